"""PackDataService on SQLite and PostgreSQL: a review pack's data, resolving names, query count."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.compliance import ComplianceItem
from app.db.engine import Database
from app.db.one_on_ones import ActionItem, OneOnOne
from app.db.reviews import Review, ReviewCycle
from app.db.risks import Risk
from app.db.targets import Actual, Target
from app.db.training import Course, TrainingAssignment
from app.domain.enums import (
    ActionOwner,
    AssignmentStatus,
    CycleKind,
    GoalStatus,
    MeetingStatus,
    Metric,
    PeriodKind,
    ReviewStatus,
    RiskLevel,
    RiskStatus,
)
from app.domain.periods import Period
from app.services.base import PageRequest
from app.services.cycles import CycleInput, CycleService
from app.services.demo import generate_demo
from app.services.errors import NotFoundError, ValidationError
from app.services.one_on_one_records import ActionItemInput, OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from app.services.pack_data import PackDataService, document_id
from app.services.pack_records import PackData
from app.services.review_records import GoalInput, ReviewInput
from app.services.reviews import ReviewService
from tests.services.factories import make_manager, make_region, make_rep
from tests.services.targets_helpers import count_queries

Q2 = (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
TEMPLATE = [{"metric": "revenue", "weight": 60}, {"metric": "csat", "weight": "40"}]
SECRET = "Thinking of moving her to Jakarta"


def _utc(y: int, m: int, d: int, h: int = 2) -> dt.datetime:
    return dt.datetime(y, m, d, h, tzinfo=dt.UTC)


def _month_rows(db: Database, rep_id: int, months: list[Period], target: int, actual: int) -> None:
    with db.session() as s:
        for month in months:
            common = {"rep_id": rep_id, "metric": "revenue", "unit": "SGD"}
            span = {"period_start": month.start, "period_end": month.end}
            s.add(Target(**common, **span, period_kind="month", value=Decimal(target)))
            s.add(Actual(**common, **span, value=Decimal(actual)))


def _review_of(db: Database, cycle_id: int, rep_id: int):
    request = PageRequest(filters={"cycle_id": cycle_id, "rep_id": rep_id})
    return ReviewService(db).list_reviews(request).rows[0]


@pytest.fixture
def scene(database: Database) -> dict:
    """A region with Ana (rich history, signed review), Bo and Cy, and a second region."""
    region = make_region(database, name="Pack Region", name_zh="包装区")
    other = make_region(database, name="Other Region", name_zh="其他区")
    boss = make_manager(database, region.id, name="Mara Boss")
    ana = make_rep(
        database,
        region.id,
        name="Ana Lim",
        name_zh="林安娜",
        work_permit_expiry=dt.date(2027, 3, 31),
        posting_city="Singapore",
    )
    bo = make_rep(database, region.id, name="Bo Tan", name_zh="陈波")
    cy = make_rep(database, region.id, name="Cy Ong")
    twin = make_rep(database, other.id, name="Cy Ong")
    # Ana: months of 2026 Q2 (one missing actual) and quarterly history before it.
    _month_rows(database, ana.id, [Period.month(2026, 4), Period.month(2026, 5)], 1000, 900)
    with database.session() as s:
        june = Period.month(2026, 6)
        s.add(
            Target(
                rep_id=ana.id,
                metric="revenue",
                period_kind="month",
                period_start=june.start,
                period_end=june.end,
                value=Decimal(1000),
                unit="SGD",
            )
        )
        for q, actual in ((Period.quarter(2025, 3), 1500), (Period.quarter(2026, 1), 3300)):
            common = {"rep_id": ana.id, "metric": "revenue", "unit": "SGD"}
            span = {"period_start": q.start, "period_end": q.end}
            s.add(Target(**common, **span, period_kind="quarter", value=Decimal(3000)))
            s.add(Actual(**common, **span, value=Decimal(actual)))
    _month_rows(database, bo.id, [Period.month(2026, 4)], 1000, 1500)
    cycles = CycleService(database)
    cycle = cycles.open_cycle(CycleInput(region.id, "2026 Q2", "quarterly", *Q2, TEMPLATE))
    cycles.open_cycle(CycleInput(other.id, "2026 Q2", "quarterly", *Q2, TEMPLATE))
    reviews = ReviewService(database)
    review = _review_of(database, cycle.id, ana.id)
    review = reviews.update_review(
        review.id,
        ReviewInput(
            overall_rating=4,
            strengths="Opened three accounts in 新加坡",
            improvements="Forecasting",
            manager_summary="Solid quarter",
            reviewer_id=boss.id,
        ),
        review.version,
    )
    with database.session() as s:
        course = Course(title="Negotiation", category="sales_skills", format="online", hours=8)
        old_course = Course(title="Old Course", category="sales_skills", format="online", hours=2)
        s.add_all([course, old_course])
        s.flush()
        s.add_all(
            [
                TrainingAssignment(
                    rep_id=ana.id, course_id=course.id, due_date=dt.date(2026, 9, 30)
                ),
                # Completed long before the cycle: not part of this pack.
                TrainingAssignment(
                    rep_id=ana.id,
                    course_id=old_course.id,
                    status="completed",
                    completed_on=dt.date(2024, 5, 1),
                ),
                TrainingAssignment(rep_id=bo.id, course_id=course.id),
            ]
        )
        s.add_all(
            [
                Risk(
                    region_id=region.id,
                    rep_id=ana.id,
                    category="customer_credit",
                    title="Distributor pays late",
                    likelihood=4,
                    impact=4,
                    owner="Ana",
                ),
                Risk(
                    region_id=region.id,
                    rep_id=ana.id,
                    category="fx",
                    title="SGD swings",
                    likelihood=2,
                    impact=1,
                    owner="Ana",
                    status="monitoring",
                ),
                Risk(
                    region_id=region.id,
                    rep_id=ana.id,
                    category="legal",
                    title="Closed matter",
                    likelihood=5,
                    impact=5,
                    owner="Ana",
                    status="closed",
                ),
                Risk(
                    region_id=region.id,
                    rep_id=bo.id,
                    category="market",
                    title="Bo's market",
                    likelihood=3,
                    impact=3,
                    owner="Bo",
                ),
            ]
        )
        s.add_all(
            [
                ComplianceItem(
                    region_id=region.id,
                    country="SG",
                    rep_id=ana.id,
                    category="immigration",
                    obligation="Renew employment pass",
                    owner="HR",
                    due_date=dt.date(2027, 1, 31),
                    status="at_risk",
                ),
                ComplianceItem(
                    region_id=region.id,
                    country="SG",
                    rep_id=bo.id,
                    category="tax",
                    obligation="Bo's tax filing",
                    owner="HR",
                ),
            ]
        )
        course_id = course.id
    reviews.add_goal(
        review.id, GoalInput("Finish negotiation course", dt.date(2026, 9, 30), course_id=course_id)
    )
    reviews.add_goal(review.id, GoalInput("Two new distributors"))
    review = reviews.submit(review.id, review.version)
    review = reviews.sign(review.id, review.version)
    meetings = OneOnOneService(database)
    held = meetings.schedule(
        OneOnOneInput(
            ana.id, _utc(2026, 5, 4), boss.id, notes="Pipeline review", private_note=SECRET
        )
    )
    meetings.add_action(
        ActionItemInput(ana.id, "Send forecast", "rep", dt.date(2026, 5, 10), held.id)
    )
    meetings.add_action(ActionItemInput(ana.id, "Book visit", "manager", None, held.id))
    meetings.mark_held(held.id, held.version, notes="Pipeline review, 新客户")
    dropped = meetings.schedule(OneOnOneInput(ana.id, _utc(2026, 6, 1), boss.id))
    meetings.cancel(dropped.id, dropped.version)
    meetings.schedule(OneOnOneInput(ana.id, _utc(2026, 6, 29), boss.id, agenda="Wrap up"))
    meetings.schedule(OneOnOneInput(ana.id, _utc(2026, 3, 20), boss.id, notes="Q1 talk"))
    meetings.schedule(OneOnOneInput(bo.id, _utc(2026, 5, 5), boss.id, notes="Bo's talk"))
    return {
        "region": region,
        "other": other,
        "cycle": cycle,
        "ana": ana,
        "bo": bo,
        "cy": cy,
        "twin": twin,
        "review": review,
        "boss": boss,
    }


def test_load_gathers_a_signed_review_pack(database: Database, scene: dict) -> None:
    review, ana = scene["review"], scene["ana"]
    pack = PackDataService(database).load(review.id)

    assert pack.document_id == f"OP-R{review.id:06d}-V{review.version}"
    assert pack.document_id == document_id(review.id, review.version)
    assert pack.issued_on == review.signed_at.astimezone(dt.UTC).date()
    assert (pack.rep_name, pack.rep_name_zh) == ("Ana Lim", "林安娜")
    assert (pack.region_name, pack.region_name_zh) == ("Pack Region", "包装区")
    assert (pack.country, pack.city) == ("SG", "Singapore")
    assert (pack.cycle_name, pack.cycle_kind) == ("2026 Q2", CycleKind.QUARTERLY)
    assert pack.period == Period.quarter(2026, 2)
    assert (pack.period_start, pack.period_end) == Q2
    assert pack.reviewer_name == "Mara Boss"
    assert pack.status is ReviewStatus.SIGNED and pack.signed_at == review.signed_at
    assert pack.acknowledged_at is None
    assert pack.overall_rating == 4
    assert pack.weighted_score == review.weighted_score
    assert pack.strengths == "Opened three accounts in 新加坡"
    assert (pack.improvements, pack.manager_summary, pack.rep_comments) == (
        "Forecasting",
        "Solid quarter",
        None,
    )

    # Scorecard: the review's KPI lines as stored (Q2 revenue: 3000 target, 1800 actual).
    assert [(k.metric, k.weight, k.target, k.actual, k.unit) for k in pack.kpis] == [
        (Metric.REVENUE, Decimal(60), Decimal(3000), Decimal(1800), "SGD"),
        (Metric.CSAT, Decimal(40), None, None, "score"),
    ]
    assert pack.kpis[0].attainment == Decimal(60) and pack.kpis[0].score is not None
    assert (pack.main_metric, pack.main_unit) == (Metric.REVENUE, "SGD")
    assert [(m.month, m.target, m.actual) for m in pack.months] == [
        (Period.month(2026, 4), Decimal(1000), Decimal(900)),
        (Period.month(2026, 5), Decimal(1000), Decimal(900)),
        (Period.month(2026, 6), Decimal(1000), None),
    ]
    # Last four quarters ending with the cycle: 2025 Q3 .. 2026 Q2.
    assert [q.quarter for q in pack.quarters] == [
        Period.quarter(2025, 3),
        Period.quarter(2025, 4),
        Period.quarter(2026, 1),
        Period.quarter(2026, 2),
    ]
    assert [q.attainment for q in pack.quarters] == [Decimal(50), None, Decimal(110), Decimal(60)]

    # Peers: Bo (150%) first, Ana second by name, Cy unscored... everyone else by rank.
    labels = [(p.label, p.is_rep) for p in pack.peers]
    assert labels == [("1", False), ("Ana Lim", True), ("3", False)]
    assert [p.weighted_score for p in pack.peers][1] == review.weighted_score

    assert [(g.text, g.due_date, g.status, g.course_title) for g in pack.goals] == [
        ("Finish negotiation course", dt.date(2026, 9, 30), GoalStatus.OPEN, "Negotiation"),
        ("Two new distributors", None, GoalStatus.OPEN, None),
    ]
    assert [(t.course_title, t.status, t.due_date) for t in pack.training] == [
        ("Negotiation", AssignmentStatus.PLANNED, dt.date(2026, 9, 30))
    ]

    # Meetings in Q2, oldest first: held and planned, not the cancelled one nor March's.
    assert [(m.starts_at, m.status) for m in pack.meetings] == [
        (_utc(2026, 5, 4), MeetingStatus.HELD),
        (_utc(2026, 6, 29), MeetingStatus.PLANNED),
    ]
    held = pack.meetings[0]
    assert held.notes == "Pipeline review, 新客户" and held.rep_time_zone == "Asia/Singapore"
    assert [(a.text, a.owner, a.due_date, a.done) for a in held.actions] == [
        ("Send forecast", ActionOwner.REP, dt.date(2026, 5, 10), False),
        ("Book visit", ActionOwner.MANAGER, None, False),
    ]
    assert not any(f.name == "private_note" for f in dataclasses.fields(held))

    # Ana's live risks, highest score first; the closed one and Bo's are not hers to see.
    assert [(r.title, r.score, r.level, r.status) for r in pack.risks] == [
        ("Distributor pays late", 16, RiskLevel.CRITICAL, RiskStatus.OPEN),
        ("SGD swings", 2, RiskLevel.LOW, RiskStatus.MONITORING),
    ]
    assert [(c.title, c.category, c.due_date, c.status) for c in pack.compliance] == [
        ("Renew employment pass", "immigration", dt.date(2027, 1, 31), "at_risk")
    ]
    assert pack.work_permit_expiry == dt.date(2027, 3, 31)
    assert (pack.review_id, pack.review_version) == (review.id, review.version)
    assert isinstance(pack, PackData) and ana.work_permit_expiry == pack.work_permit_expiry


def test_private_note_is_never_read(database: Database, scene: dict) -> None:
    with count_queries(database) as statements:
        pack = PackDataService(database).load(scene["review"].id)
    assert statements and not any("private_note" in s for s in statements)
    assert SECRET not in repr(pack)
    with database.read_session() as s:  # the note is really there to leak
        assert SECRET in s.scalars(select(OneOnOne.private_note)).all()


def test_unsigned_review_and_a_template_without_revenue(database: Database, scene: dict) -> None:
    region, bo = scene["region"], scene["bo"]
    cycle = CycleService(database).open_cycle(
        CycleInput(
            region.id,
            "Probation spring",
            "probation",
            dt.date(2026, 2, 15),
            dt.date(2026, 5, 14),
            [{"metric": "visits", "weight": 70}, {"metric": "csat", "weight": 30}],
        )
    )
    review = _review_of(database, cycle.id, bo.id)
    pack = PackDataService(database).load(review.id)
    assert pack.status is ReviewStatus.DRAFT and pack.signed_at is None
    assert pack.issued_on == dt.date(2026, 5, 14)  # the cycle's end, not today
    assert pack.period == Period.year(2026) and pack.period.kind is PeriodKind.YEAR
    assert (pack.period_start, pack.period_end) == (dt.date(2026, 2, 15), dt.date(2026, 5, 14))
    assert (pack.main_metric, pack.main_unit) == (Metric.VISITS, "visits")
    assert [m.month for m in pack.months] == [Period.month(2026, m) for m in (2, 3, 4, 5)]
    assert all(m.target is None and m.actual is None for m in pack.months)
    assert [q.quarter for q in pack.quarters][-1] == Period.quarter(2026, 2)
    assert [p.is_rep for p in pack.peers].count(True) == 1
    assert [(t.course_title, t.status) for t in pack.training] == [
        ("Negotiation", AssignmentStatus.PLANNED)
    ]
    assert [r.title for r in pack.risks] == ["Bo's market"]
    assert [c.title for c in pack.compliance] == ["Bo's tax filing"]
    assert pack.work_permit_expiry is None
    # Meetings of the probation span in Bo's local days: only his May talk.
    assert [m.notes for m in pack.meetings] == ["Bo's talk"]
    with pytest.raises(NotFoundError):
        PackDataService(database).load(999_999)


def _history(db: Database, rep_id: int, region_id: int, years: int) -> None:
    """``years`` of monthly figures, meetings with actions, risks, compliance and training."""
    months = [Period.month(y, m) for y in range(2027 - years, 2027) for m in range(1, 13)]
    _month_rows(db, rep_id, months, 1000, 950)
    with db.session() as s:
        course = Course(title=f"Course {rep_id}", category="sales_skills", format="online", hours=1)
        s.add(course)
        s.flush()
        for i, month in enumerate(months):
            meeting = OneOnOne(
                rep_id=rep_id,
                starts_at=dt.datetime.combine(month.start, dt.time(3), dt.UTC),
                rep_time_zone="Asia/Singapore",
                status="held",
                notes=f"talk {i}",
                private_note="never",
            )
            s.add(meeting)
            s.flush()
            s.add(ActionItem(rep_id=rep_id, meeting_id=meeting.id, text=f"do {i}", owner="rep"))
            s.add(TrainingAssignment(rep_id=rep_id, course_id=course.id, due_date=month.end))
            s.add(
                Risk(
                    region_id=region_id,
                    rep_id=rep_id,
                    category="market",
                    title=f"risk {i}",
                    likelihood=2,
                    impact=3,
                    owner="x",
                )
            )
            s.add(
                ComplianceItem(
                    region_id=region_id,
                    country="SG",
                    rep_id=rep_id,
                    category="tax",
                    obligation=f"duty {i}",
                    owner="x",
                )
            )


def test_load_uses_the_same_number_of_statements_for_any_history(database: Database) -> None:
    region = make_region(database)
    short = make_rep(database, region.id, name="Short History")
    long = make_rep(database, region.id, name="Long History")
    _history(database, short.id, region.id, 0)
    _month_rows(database, short.id, [Period.month(2026, 12)], 1000, 800)
    _history(database, long.id, region.id, 4)
    cycle = CycleService(database).open_cycle(
        CycleInput(
            region.id, "FY2026", "annual", dt.date(2026, 1, 1), dt.date(2026, 12, 31), TEMPLATE
        )
    )
    service = PackDataService(database)
    counts, packs = [], []
    for rep in (short, long):
        review = _review_of(database, cycle.id, rep.id)
        with count_queries(database) as statements:
            packs.append(service.load(review.id))
        counts.append(len(statements))
    assert counts[0] == counts[1] and counts[0] <= 25
    # The long history really was read: twelve meetings in the year, each with its action.
    assert len(packs[1].meetings) == 12 and all(len(m.actions) == 1 for m in packs[1].meetings)
    assert len(packs[1].risks) == 48 and len(packs[1].compliance) == 48
    assert len(packs[0].meetings) == 0 and packs[0].months[-1].actual == Decimal(800)
    assert all(q.attainment == Decimal(95) for q in packs[1].quarters)


def test_resolve_ids_names_and_errors(database: Database, scene: dict) -> None:
    service = PackDataService(database)
    cycle, review, region = scene["cycle"], scene["review"], scene["region"]
    ana, bo, cy, twin = scene["ana"], scene["bo"], scene["cy"], scene["twin"]
    by_name = service.review_ids(cycle.id)
    assert by_name == [
        _review_of(database, cycle.id, r.id).id for r in (ana, bo, cy)
    ]  # Ana, Bo, Cy by name

    # Ids, names (any case), Chinese names; the rep's region picks among same-named cycles.
    assert service.resolve(cycle=str(cycle.id), rep=str(ana.id)) == (cycle.id, [review.id])
    assert service.resolve(cycle="2026 q2", rep="ANA LIM") == (cycle.id, [review.id])
    assert service.resolve(cycle=" 2026 Q2 ", rep="林安娜").review_ids == [review.id]
    assert service.resolve(cycle="2026 Q2", region="包装区") == (cycle.id, by_name)
    assert service.resolve(cycle="2026 Q2", region="pack region").cycle_id == cycle.id
    assert service.resolve(cycle=str(cycle.id)) == (cycle.id, by_name)
    assert service.resolve(cycle="2026 Q2", rep="cy ong", region=str(region.id)).review_ids == [
        _review_of(database, cycle.id, cy.id).id
    ]

    def error(**kw: str) -> ValidationError:
        with pytest.raises(ValidationError) as err:
            service.resolve(**kw)
        return err.value

    e = error(cycle="2026 Q2", region="Pack Region", rep="Nobody")
    assert e.field == "rep" and "Nobody" in str(e)
    e = error(cycle="2026 Q2", rep="Cy Ong")  # one in each region
    assert e.field == "rep" and f"id {cy.id}" in str(e) and f"id {twin.id}" in str(e)
    e = error(cycle="2026 Q2")  # the same name in both regions
    assert e.field == "cycle" and "Pack Region" in str(e) and "Other Region" in str(e)
    e = error(cycle="2030 Q9", region="Pack Region")
    assert e.field == "cycle" and "2030 Q9" in str(e)
    e = error(cycle="2026 Q2", region="Atlantis")
    assert e.field == "region" and "Atlantis" in str(e)
    e = error(cycle=str(cycle.id), region="Other Region")
    assert e.field == "cycle" and "another region" in str(e)
    e = error(cycle="2026 Q2", rep=str(twin.id), region="Pack Region")
    assert e.field == "rep"
    late = make_rep(database, region.id, name="Late Joiner")
    e = error(cycle="2026 Q2", rep="late joiner")
    assert e.field == "rep" and "no review" in str(e) and "Late Joiner" in str(e)
    with pytest.raises(NotFoundError):
        service.review_ids(999_999)
    assert late.id


def test_region_summary(database: Database, scene: dict) -> None:
    summary = PackDataService(database).region_summary(scene["cycle"].id)
    assert (summary.region_name, summary.region_name_zh) == ("Pack Region", "包装区")
    assert (summary.cycle_name, summary.period) == ("2026 Q2", Period.quarter(2026, 2))
    assert [(r.rep_name, r.status) for r in summary.rows] == [
        ("Bo Tan", ReviewStatus.DRAFT),
        ("Ana Lim", ReviewStatus.SIGNED),
        ("Cy Ong", ReviewStatus.DRAFT),
    ]
    _name, name_zh, _status, score, rating = summary.rows[1]  # rows unpack as tuples too
    assert (name_zh, rating) == ("林安娜", 4) and score == scene["review"].weighted_score
    assert summary.rows[2].weighted_score is None
    assert len(summary.heat) == 25 and sum(summary.heat.values()) == 3  # the closed risk is out
    assert (summary.heat[(4, 4)], summary.heat[(2, 1)], summary.heat[(3, 3)]) == (1, 1, 1)


def test_pack_of_a_demo_review_is_complete(database: Database) -> None:
    generate_demo(database, reps=12, years=1, today=dt.date(2026, 11, 15))
    with database.read_session() as s:
        rows = s.execute(
            select(Review.id, Review.cycle_id, Review.rep_id)
            .join(ReviewCycle, Review.cycle_id == ReviewCycle.id)
            .where(Review.status.in_(["signed", "acknowledged"]))
            .order_by(ReviewCycle.period_end.desc(), Review.id)
        ).all()
        assert rows, "the demo has signed reviews"
        review_id, cycle_id, _rep_id = rows[0]
        in_cycle = s.scalar(
            select(func.count()).select_from(Review).where(Review.cycle_id == cycle_id)
        )
    service = PackDataService(database)
    pack = service.load(review_id)
    assert pack.rep_name and pack.region_name and pack.country and pack.reviewer_name
    assert pack.signed_at is not None and pack.issued_on == pack.signed_at.astimezone(dt.UTC).date()
    assert pack.overall_rating is not None and pack.weighted_score is not None
    assert pack.strengths and pack.manager_summary
    assert pack.kpis and sum(k.weight for k in pack.kpis) == 100
    assert any(k.target is not None and k.actual is not None for k in pack.kpis)
    assert len(pack.months) == len(pack.period.months()) >= 3
    assert any(m.target is not None and m.actual is not None for m in pack.months)
    assert len(pack.quarters) == 4 and any(q.attainment is not None for q in pack.quarters)
    assert len(pack.peers) == in_cycle and [p.is_rep for p in pack.peers].count(True) == 1
    assert next(p for p in pack.peers if p.is_rep).label == pack.rep_name
    assert pack.meetings and all(pack.period.contains(m.starts_at.date()) for m in pack.meetings)
    assert pack.meetings == tuple(sorted(pack.meetings, key=lambda m: m.starts_at))
    assert service.resolve(cycle=str(cycle_id), rep=pack.rep_name).review_ids == [review_id]
    assert service.region_summary(cycle_id).rows
