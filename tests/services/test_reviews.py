"""CycleService and ReviewService on SQLite and PostgreSQL: pre-filled KPI lines, workflow, lock."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from app.db.audit import AuditEvent
from app.db.engine import Database
from app.db.reviews import Review, ReviewCycle
from app.db.targets import Actual, Target
from app.db.training import Course
from app.domain.enums import GoalStatus, Metric, RepStatus, ReviewStatus
from app.services.base import PageRequest
from app.services.cycles import CycleInput, CycleService
from app.services.errors import ConflictError, LockedError, ValidationError
from app.services.review_records import GoalInput, KpiLineInput, ReviewInput
from app.services.reviews import ReviewService
from app.services.team import TeamService
from tests.services.factories import make_region, make_rep

Q2 = (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
TEMPLATE = [{"metric": "revenue", "weight": 60}, {"metric": "csat", "weight": "40"}]


def _month(m: int) -> tuple[dt.date, dt.date]:
    ends = {4: 30, 5: 31, 6: 30, 7: 31}
    return dt.date(2026, m, 1), dt.date(2026, m, ends[m])


def _add_figures(db: Database, rep_id: int, *, months: bool = True) -> None:
    """Q2 targets (per month, or one quarter target) and actuals for revenue and CSAT."""
    with db.session() as s:
        if months:
            for m in (4, 5, 6):
                start, end = _month(m)
                s.add(
                    Target(
                        rep_id=rep_id,
                        metric="revenue",
                        period_kind="month",
                        period_start=start,
                        period_end=end,
                        value=Decimal(1000),
                        unit="SGD",
                    )
                )
                s.add(
                    Target(
                        rep_id=rep_id,
                        metric="csat",
                        period_kind="month",
                        period_start=start,
                        period_end=end,
                        value=Decimal(90),
                        unit="%",
                    )
                )
        else:
            s.add(
                Target(
                    rep_id=rep_id,
                    metric="revenue",
                    period_kind="quarter",
                    period_start=Q2[0],
                    period_end=Q2[1],
                    value=Decimal(4000),
                    unit="SGD",
                )
            )
        # The year target must be ignored when months (or the quarter) exist.
        s.add(
            Target(
                rep_id=rep_id,
                metric="revenue",
                period_kind="year",
                period_start=dt.date(2026, 1, 1),
                period_end=dt.date(2026, 12, 31),
                value=Decimal(99999),
                unit="SGD",
            )
        )
        for m, revenue, csat in ((4, 900, 80), (5, 1200, 90)):
            start, end = _month(m)
            s.add(
                Actual(
                    rep_id=rep_id,
                    metric="revenue",
                    period_start=start,
                    period_end=end,
                    value=Decimal(revenue),
                    unit="SGD",
                )
            )
            s.add(
                Actual(
                    rep_id=rep_id,
                    metric="csat",
                    period_start=start,
                    period_end=end,
                    value=Decimal(csat),
                    unit="%",
                )
            )
        # Outside the cycle: must not count.
        start, end = _month(7)
        s.add(
            Actual(
                rep_id=rep_id,
                metric="revenue",
                period_start=start,
                period_end=end,
                value=Decimal(5000),
                unit="SGD",
            )
        )


@pytest.fixture
def region_with_reps(database: Database) -> tuple[int, list[int]]:
    region = make_region(database)
    reps = [make_rep(database, region.id, name=n).id for n in ("Ana", "Bo", "Cy")]
    return region.id, reps


def _open(service: CycleService, region_id: int, name: str = "2026 Q2"):
    return service.open_cycle(CycleInput(region_id, name, "quarterly", *Q2, TEMPLATE))


def test_open_cycle_prefills_kpi_lines_from_targets_and_actuals(
    database: Database, region_with_reps
) -> None:
    region_id, (ana, bo, cy) = region_with_reps
    _add_figures(database, ana)
    _add_figures(database, bo, months=False)
    team = TeamService(database)
    rep = team.get_rep(cy)
    team.deactivate_rep(cy, rep.version, dt.date(2026, 3, 31))
    service = ReviewService(database)

    cycle = _open(CycleService(database), region_id)

    assert [(kw.metric, kw.weight) for kw in cycle.kpi_template] == [
        (Metric.REVENUE, Decimal(60)),
        (Metric.CSAT, Decimal(40)),
    ]
    page = service.list_reviews(PageRequest(filters={"cycle_id": cycle.id}))
    assert [r.rep_name for r in page.rows] == ["Ana", "Bo"]  # Cy is inactive
    review = service.get(page.rows[0].id)
    assert review.status is ReviewStatus.DRAFT
    revenue, csat = review.kpi_lines
    assert (revenue.metric, revenue.target, revenue.actual, revenue.unit) == (
        Metric.REVENUE,
        Decimal(3000),
        Decimal(2100),
        "SGD",
    )
    assert revenue.attainment == Decimal("70.0") and revenue.score == Decimal(2)
    # CSAT is averaged over the months, not added up.
    assert (csat.target, csat.actual, csat.attainment, csat.score) == (
        Decimal(90),
        Decimal(85),
        Decimal("94.4"),
        Decimal(3),
    )
    assert review.weighted_score == Decimal("2.40")
    assert review.suggested_rating == 2

    bo_review = page.rows[1]
    bo_revenue, bo_csat = bo_review.kpi_lines
    assert bo_revenue.target == Decimal(4000)  # the quarter target, no months
    assert bo_revenue.attainment == Decimal("52.5")
    assert bo_csat.target is None and bo_csat.score is None
    assert bo_review.weighted_score == Decimal("1.00")


def test_open_cycle_uses_a_constant_number_of_queries(database: Database) -> None:
    def count_for(n_reps: int) -> int:
        region = make_region(database)
        for _ in range(n_reps):
            rep = make_rep(database, region.id)
            _add_figures(database, rep.id)
        statements: list[str] = []

        def record(*_args: object) -> None:
            statements.append("x")

        event.listen(database.engine, "before_cursor_execute", record)
        try:
            _open(CycleService(database), region.id, f"cycle {n_reps}")
        finally:
            event.remove(database.engine, "before_cursor_execute", record)
        return len(statements)

    assert count_for(2) == count_for(12)


def test_cycle_template_and_period_validation(database: Database, region_with_reps) -> None:
    region_id, _ = region_with_reps
    service = CycleService(database)
    bad = [
        (
            CycleInput(region_id, "x", "quarterly", *Q2, [{"metric": "revenue", "weight": 90}]),
            "kpi_template",
        ),
        (
            CycleInput(region_id, "x", "quarterly", *Q2, [{"metric": "profit", "weight": 100}]),
            "kpi_template",
        ),
        (
            CycleInput(region_id, "x", "quarterly", *Q2, [{"metric": "revenue", "weight": 50}] * 2),
            "kpi_template",
        ),
        (CycleInput(region_id, "x", "quarterly", *Q2, []), "kpi_template"),
        (CycleInput(region_id, "x", "quarterly", Q2[1], Q2[0], TEMPLATE), "period_end"),
        (CycleInput(region_id, "x", "monthly", *Q2, TEMPLATE), "kind"),
        (CycleInput(region_id, " ", "quarterly", *Q2, TEMPLATE), "name"),
        (CycleInput(999_999, "x", "quarterly", *Q2, TEMPLATE), "region_id"),
    ]
    for data, field in bad:
        with pytest.raises(ValidationError) as err:
            service.open_cycle(data)
        assert err.value.field == field, data
    _open(service, region_id)
    with pytest.raises(ValidationError) as err:
        _open(service, region_id)
    assert err.value.field == "name"
    with database.read_session() as s:
        assert len(s.scalars(select(ReviewCycle)).all()) == 1
        assert len(s.scalars(select(Review)).all()) == 3


def test_workflow_lock_and_reopen(database: Database, region_with_reps) -> None:
    region_id, (ana, _bo, _cy) = region_with_reps
    _add_figures(database, ana)
    service = ReviewService(database)
    cycle = _open(CycleService(database), region_id)
    review = service.list_reviews(PageRequest(filters={"cycle_id": cycle.id, "rep_id": ana})).rows[
        0
    ]

    with pytest.raises(ValidationError) as err:
        service.sign(review.id, review.version)
    assert err.value.field == "status"
    assert "draft to signed" in str(err.value)

    review = service.update_review(
        review.id, ReviewInput(overall_rating=3, strengths="Closes well"), review.version
    )
    assert (review.overall_rating, review.strengths) == (3, "Closes well")
    with pytest.raises(ConflictError):
        service.update_review(review.id, ReviewInput(strengths="old"), review.version - 1)
    with pytest.raises(ValidationError) as err:
        service.update_review(review.id, ReviewInput(overall_rating=6), review.version)
    assert err.value.field == "overall_rating"

    review = service.submit(review.id, review.version)
    review = service.sign(review.id, review.version)
    assert review.status is ReviewStatus.SIGNED and review.signed_at is not None
    assert review.is_locked

    with pytest.raises(LockedError, match=r"Ana.*signed"):
        service.update_review(review.id, ReviewInput(strengths="rewritten"), review.version)
    with pytest.raises(LockedError, match="KPI lines"):
        service.update_kpi_line(review.kpi_lines[0].id, KpiLineInput(Decimal(1)), None)
    with pytest.raises(LockedError, match="development goals"):
        service.add_goal(review.id, GoalInput("Learn Thai"))

    review = service.acknowledge(review.id, review.version, rep_comments="Fair")
    assert review.status is ReviewStatus.ACKNOWLEDGED
    assert review.rep_comments == "Fair" and review.acknowledged_at is not None
    assert service.get(review.id).strengths == "Closes well"

    with pytest.raises(ValidationError) as err:
        service.reopen(review.id, review.version, " ")
    assert err.value.field == "reason"
    review = service.reopen(review.id, review.version, "Revenue figures were corrected")
    assert review.status is ReviewStatus.IN_REVIEW
    assert review.signed_at is None and review.acknowledged_at is None
    with database.read_session() as s:
        event_row = s.scalars(
            select(AuditEvent).where(
                AuditEvent.table_name == "reviews",
                AuditEvent.row_id == review.id,
                AuditEvent.action == "reopen",
            )
        ).one()
        before, after = event_row.before, event_row.after
    assert after["reason"] == "Revenue figures were corrected"
    assert before["status"] == "acknowledged"
    review = service.update_review(review.id, ReviewInput(strengths="Edited"), review.version)
    assert review.strengths == "Edited"
    with pytest.raises(ValidationError, match="in_review to acknowledged"):
        service.acknowledge(review.id, review.version)


def test_kpi_line_override_recomputes_scores(database: Database, region_with_reps) -> None:
    region_id, (ana, _bo, _cy) = region_with_reps
    _add_figures(database, ana)
    service = ReviewService(database)
    cycle = _open(CycleService(database), region_id)
    review = service.list_reviews(PageRequest(filters={"cycle_id": cycle.id, "rep_id": ana})).rows[
        0
    ]
    revenue = review.kpi_lines[0]

    review = service.update_kpi_line(
        revenue.id, KpiLineInput(Decimal(3600), comment="late deal"), revenue.version
    )
    line = review.kpi_lines[0]
    assert (line.actual, line.attainment, line.score, line.comment) == (
        Decimal(3600),
        Decimal("120.0"),
        Decimal(5),
        "late deal",
    )
    assert review.weighted_score == Decimal("4.20")  # 0.6 × 5 + 0.4 × 3

    review = service.update_kpi_line(
        line.id, KpiLineInput(Decimal(3600), score=Decimal(4)), line.version
    )
    assert review.kpi_lines[0].score == Decimal(4)
    assert review.weighted_score == Decimal("3.60")
    with pytest.raises(ConflictError):
        service.update_kpi_line(line.id, KpiLineInput(Decimal(1)), line.version)
    with pytest.raises(ValidationError) as err:
        service.update_kpi_line(line.id, KpiLineInput(Decimal(1), score=Decimal(7)), None)
    assert err.value.field == "score"


def test_goals_crud_with_course_link(database: Database, region_with_reps) -> None:
    region_id, _ = region_with_reps
    service = ReviewService(database)
    cycle = _open(CycleService(database), region_id)
    review = service.list_reviews(PageRequest(filters={"cycle_id": cycle.id})).rows[0]
    with database.session() as s:
        course = Course(
            title="Negotiation", category="sales_skills", format="online", hours=Decimal(8)
        )
        s.add(course)
        s.flush()
        course_id = course.id
    goal = service.add_goal(review.id, GoalInput("Close bigger deals", course_id=course_id))
    assert goal.course_title == "Negotiation" and goal.status is GoalStatus.OPEN
    goal = service.update_goal(
        goal.id, GoalInput("Close bigger deals", status="done"), goal.version
    )
    assert goal.status is GoalStatus.DONE and goal.course_id is None
    with pytest.raises(ValidationError) as err:
        service.add_goal(review.id, GoalInput("x", course_id=999_999))
    assert err.value.field == "course_id"
    assert [g.id for g in service.get(review.id).goals] == [goal.id]
    with pytest.raises(ConflictError):
        service.delete_goal(goal.id, goal.version - 1)
    service.delete_goal(goal.id, goal.version)
    assert service.get(review.id).goals == ()


def test_close_cycle_refuses_drafts_and_summary(database: Database, region_with_reps) -> None:
    region_id, _ = region_with_reps
    cycles = CycleService(database)
    service = ReviewService(database)
    cycle = _open(cycles, region_id)
    reviews = service.list_reviews(PageRequest(filters={"cycle_id": cycle.id})).rows
    service.submit(reviews[0].id, reviews[0].version)

    summary = cycles.cycle_summary(cycle.id)
    assert summary.counts[ReviewStatus.DRAFT] == 2
    assert summary.counts[ReviewStatus.IN_REVIEW] == 1
    assert summary.draft_rep_names == ("Bo", "Cy")
    assert summary.total == 3
    with pytest.raises(ValidationError, match=r"2 reviews are still draft \(Bo, Cy\)"):
        cycles.close_cycle(cycle.id, cycle.version)

    for review in reviews[1:]:
        service.submit(review.id, review.version)
    with pytest.raises(ConflictError):
        cycles.close_cycle(cycle.id, cycle.version + 1)
    closed = cycles.close_cycle(cycle.id, cycle.version)
    assert closed.status.value == "closed" and closed.closed_at is not None
    assert service.list_reviews(PageRequest(filters={"status": "in_review"})).total == 3
    assert [c.id for c in cycles.list_cycles(region_id)] == [cycle.id]


def test_open_cycle_skips_reps_on_leave(database: Database) -> None:
    region = make_region(database)
    make_rep(database, region.id, name="Here")
    make_rep(database, region.id, name="Away", status=RepStatus.ON_LEAVE)
    service = CycleService(database)
    cycle = _open(service, region.id)
    assert service.cycle_summary(cycle.id).draft_rep_names == ("Here",)


def test_rep_with_a_signed_review_cannot_be_deleted(database: Database, region_with_reps) -> None:
    region_id, (ana, bo, _cy) = region_with_reps
    service = ReviewService(database)
    cycle = _open(CycleService(database), region_id)
    review = service.list_reviews(PageRequest(filters={"cycle_id": cycle.id, "rep_id": ana})).rows[
        0
    ]
    review = service.submit(review.id, review.version)
    service.sign(review.id, review.version)

    team = TeamService(database)
    with pytest.raises(LockedError, match="deactivate"):
        team.delete_rep(ana, None)
    assert team.get_rep(ana).id == ana
    # A rep whose review is only a draft can still go.
    team.delete_rep(bo, None)
