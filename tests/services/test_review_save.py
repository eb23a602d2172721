"""ReviewService.save_review and acknowledge(on=...) on SQLite and PostgreSQL.

A save writes content, KPI lines and goals in one transaction: any stale row,
bad value or lock leaves the review exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from app.db.audit import AuditEvent
from app.db.engine import Database
from app.domain.enums import CourseCategory, CourseFormat, GoalStatus, Metric, ReviewStatus
from app.domain.periods import Period
from app.services.actuals import ActualInput, ActualService
from app.services.base import PageRequest
from app.services.cycles import CycleInput, CycleService
from app.services.errors import ConflictError, LockedError, NotFoundError, ValidationError
from app.services.review_records import GoalInput, KpiLineInput, ReviewInput, ReviewRecord
from app.services.review_save import GoalChanges, ReviewConflictError, ReviewPartError
from app.services.reviews import ReviewService, acknowledged_at
from app.services.targets import TargetInput, TargetService
from app.services.training import CourseInput, TrainingService
from tests.services.factories import make_manager, make_region, make_rep

Q2 = Period.quarter(2026, 2)
TEMPLATE = [{"metric": "revenue", "weight": 60}, {"metric": "csat", "weight": 40}]


@pytest.fixture
def review(database: Database) -> ReviewRecord:
    """Ana's draft 2026 Q2 review: revenue 2,100 of 3,000 (70 %), CSAT 81 of 90 (90 %),
    with one goal already written."""
    region = make_region(database)
    ana = make_rep(database, region.id, name="Ana")
    make_rep(database, region.id, name="Bo")
    targets, actuals = TargetService(database), ActualService(database)
    targets.create_target(TargetInput(ana.id, Metric.REVENUE, Q2, D(3000), "SGD"))
    targets.create_target(TargetInput(ana.id, Metric.CSAT, Q2, D(90), "%"))
    may = Period.month(2026, 5)
    actuals.create_actual(ActualInput(ana.id, Metric.REVENUE, may.start, may.end, D(2100), "SGD"))
    actuals.create_actual(ActualInput(ana.id, Metric.CSAT, may.start, may.end, D(81), "%"))
    cycle = CycleService(database).open_cycle(
        CycleInput(region.id, "2026 Q2", "quarterly", Q2.start, Q2.end, TEMPLATE)
    )
    service = ReviewService(database)
    page = service.list_reviews(PageRequest(filters={"cycle_id": cycle.id, "rep_id": ana.id}))
    record = page.rows[0]
    service.add_goal(record.id, GoalInput("Learn Thai"))
    return service.get(record.id)


def _audit_count(db: Database) -> int:
    with db.read_session() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def _course(db: Database) -> int:
    return (
        TrainingService(db)
        .create_course(
            CourseInput("Negotiation", CourseCategory.SALES_SKILLS, CourseFormat.ONLINE, D(8))
        )
        .id
    )


def test_content_lines_and_goals_are_saved_together(database: Database, review) -> None:
    service = ReviewService(database)
    manager = make_manager(database, name="Zhou Ping")
    course_id = _course(database)
    revenue, csat = review.kpi_lines
    (learn_thai,) = review.goals
    assert (revenue.score, csat.score, review.weighted_score) == (D(2), D(3), D("2.40"))
    audit_before = _audit_count(database)

    saved = service.save_review(
        review.id,
        review.version,
        ReviewInput(overall_rating=4, strengths="Opens doors", reviewer_id=manager.id),
        {
            revenue.id: (revenue.version, KpiLineInput(D(3600), comment="late deal")),
            csat.id: (csat.version, KpiLineInput(csat.actual, score=D(4))),
        },
        GoalChanges(
            added=[GoalInput("Run a workshop", dt.date(2026, 12, 1), course_id=course_id)],
            removed={learn_thai.id: learn_thai.version},
        ),
    )

    stored = service.get(review.id)
    assert stored == saved
    assert (stored.overall_rating, stored.strengths, stored.reviewer_id) == (
        4,
        "Opens doors",
        manager.id,
    )
    revenue, csat = stored.kpi_lines
    assert (revenue.actual, revenue.attainment, revenue.score, revenue.comment) == (
        D(3600),
        D("120.0"),
        D(5),
        "late deal",
    )
    assert csat.score == D(4)
    assert stored.weighted_score == D("4.60")  # 0.6 × 5 + 0.4 × 4
    (goal,) = stored.goals
    assert (goal.text, goal.due_date, goal.course_title, goal.status) == (
        "Run a workshop",
        dt.date(2026, 12, 1),
        "Negotiation",
        GoalStatus.OPEN,
    )

    # Every row written has its audit event.
    with database.read_session() as session:
        events = session.execute(
            select(AuditEvent.table_name, AuditEvent.row_id, AuditEvent.action)
            .order_by(AuditEvent.id)
            .offset(audit_before)
        ).all()
    assert sorted(events) == sorted(
        [
            ("reviews", review.id, "update"),  # content
            ("kpi_lines", revenue.id, "update"),
            ("kpi_lines", csat.id, "update"),
            ("reviews", review.id, "update"),  # weighted score
            ("development_goals", learn_thai.id, "delete"),
            ("development_goals", goal.id, "create"),
        ]
    )


def test_a_changed_goal_keeps_its_id(database: Database, review) -> None:
    service = ReviewService(database)
    (goal,) = review.goals
    edit = GoalInput("Speak Thai", status="done")
    saved = service.save_review(
        review.id, None, goals=GoalChanges(changed={goal.id: (goal.version, edit)})
    )
    (changed,) = saved.goals
    assert (changed.id, changed.text, changed.status) == (goal.id, "Speak Thai", GoalStatus.DONE)
    # Nothing to change: the review comes back as it is.
    assert service.save_review(review.id, saved.version) == saved


def test_a_stale_kpi_line_fails_the_whole_save(database: Database, review) -> None:
    service = ReviewService(database)
    revenue, csat = review.kpi_lines
    theirs = service.update_kpi_line(csat.id, KpiLineInput(D(85), comment="theirs"), csat.version)
    audit_before = _audit_count(database)

    with pytest.raises(ConflictError) as err:
        service.save_review(
            review.id,
            theirs.version,
            ReviewInput(strengths="Mine"),
            {
                revenue.id: (revenue.version, KpiLineInput(D(3600))),
                csat.id: (csat.version, KpiLineInput(D(70))),
            },
            GoalChanges(added=[GoalInput("New goal")]),
        )
    assert isinstance(err.value, ReviewConflictError)
    assert [(c.what, c.row_id) for c in err.value.conflicts] == [("KPI line", csat.id)]
    assert (err.value.what, err.value.row_id) == ("KPI line", csat.id)
    assert err.value.stored_version == csat.version + 1
    assert err.value.theirs["comment"] == "theirs"
    assert f"KPI line {csat.id}" in str(err.value)

    # Nothing was written: not the content, not the other line, not the goal.
    assert service.get(review.id) == theirs
    assert _audit_count(database) == audit_before

    # "Overwrite with mine": the stored version for the stale line.
    saved = service.save_review(
        review.id,
        theirs.version,
        ReviewInput(strengths="Mine"),
        {
            revenue.id: (revenue.version, KpiLineInput(D(3600))),
            csat.id: (err.value.stored_version, KpiLineInput(D(70))),
        },
    )
    assert saved.strengths == "Mine"
    assert [line.actual for line in saved.kpi_lines] == [D(3600), D(70)]


def test_every_stale_row_is_reported_at_once(database: Database, review) -> None:
    service = ReviewService(database)
    (goal,) = review.goals
    service.update_goal(goal.id, GoalInput("Theirs"), goal.version)
    theirs = service.update_review(review.id, ReviewInput(strengths="Theirs"), review.version)

    with pytest.raises(ReviewConflictError) as err:
        service.save_review(
            review.id,
            review.version,
            ReviewInput(strengths="Mine"),
            goals=GoalChanges(changed={goal.id: (goal.version, GoalInput("Mine"))}),
        )
    assert [(c.what, c.row_id) for c in err.value.conflicts] == [
        ("review", review.id),
        ("development goal", goal.id),
    ]
    assert f"review {review.id}" in str(err.value)
    assert f"development goal {goal.id}" in str(err.value)
    stored = service.get(review.id)
    assert stored.strengths == "Theirs" and stored.goals[0].text == "Theirs"
    assert stored.version == theirs.version

    # A stale removal is a conflict too.
    with pytest.raises(ReviewConflictError) as err:
        service.save_review(review.id, None, goals=GoalChanges(removed={goal.id: goal.version}))
    assert [(c.what, c.row_id) for c in err.value.conflicts] == [("development goal", goal.id)]
    assert len(service.get(review.id).goals) == 1


def test_a_locked_review_refuses_and_keeps_everything(database: Database, review) -> None:
    service = ReviewService(database)
    record = service.submit(review.id, review.version)
    record = service.sign(record.id, record.version)
    revenue = record.kpi_lines[0]
    audit_before = _audit_count(database)
    with pytest.raises(LockedError, match=r"Ana.*signed.*content, KPI lines"):
        service.save_review(
            record.id,
            record.version,
            ReviewInput(strengths="Rewritten"),
            {revenue.id: (revenue.version, KpiLineInput(D(1)))},
        )
    with pytest.raises(LockedError, match="development goals"):
        service.save_review(record.id, None, goals=GoalChanges(added=[GoalInput("x")]))
    assert service.get(record.id) == record
    assert _audit_count(database) == audit_before


def test_bad_input_names_the_field_and_the_row(database: Database, review) -> None:
    service = ReviewService(database)
    revenue, csat = review.kpi_lines
    (goal,) = review.goals
    audit_before = _audit_count(database)

    with pytest.raises(ValidationError) as err:
        service.save_review(review.id, review.version, ReviewInput(overall_rating=6))
    assert err.value.field == "overall_rating"

    with pytest.raises(ReviewPartError) as part:
        service.save_review(
            review.id,
            review.version,
            ReviewInput(strengths="Fine"),
            {
                revenue.id: (revenue.version, KpiLineInput(D(1))),
                csat.id: (csat.version, KpiLineInput(D(1), score=D(7))),
            },
        )
    assert (part.value.field, part.value.part, part.value.item_id) == ("score", "KPI line", csat.id)
    assert str(part.value).startswith(f"KPI line {csat.id}, score:")

    with pytest.raises(ReviewPartError) as part:
        service.save_review(
            review.id, None, goals=GoalChanges(added=[GoalInput("Fine"), GoalInput("  ")])
        )
    assert (part.value.field, part.value.item_id, part.value.row) == ("text", None, 2)
    assert str(part.value).startswith("new development goal 2, text:")

    # Checked against the database (inside the transaction): still nothing written.
    with pytest.raises(ReviewPartError) as part:
        service.save_review(
            review.id,
            review.version,
            ReviewInput(strengths="Fine"),
            {revenue.id: (revenue.version, KpiLineInput(D(1)))},
            GoalChanges(changed={goal.id: (goal.version, GoalInput("x", course_id=999_999))}),
        )
    assert (part.value.field, part.value.item_id) == ("course_id", goal.id)
    with pytest.raises(ValidationError) as err:
        service.save_review(review.id, review.version, ReviewInput(reviewer_id=999_999))
    assert err.value.field == "reviewer_id"

    with pytest.raises(ReviewPartError, match="both changed and removed"):
        service.save_review(
            review.id,
            None,
            goals=GoalChanges(
                changed={goal.id: (goal.version, GoalInput("x"))}, removed={goal.id: goal.version}
            ),
        )

    # A line of another review is not this review's.
    other = service.list_reviews(PageRequest(search="Bo")).rows[0]
    line = other.kpi_lines[0]
    with pytest.raises(NotFoundError, match="KPI line"):
        service.save_review(review.id, None, lines={line.id: (line.version, KpiLineInput(D(1)))})

    assert service.get(review.id) == review
    assert _audit_count(database) == audit_before


def test_a_part_error_survives_pickling() -> None:
    error = ReviewPartError("score", "must be from 1 to 5", None, "KPI line", 12)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.field, copy.message, copy.part, copy.item_id) == (
        "score",
        "must be from 1 to 5",
        "KPI line",
        12,
    )
    assert str(copy) == "KPI line 12, score: must be from 1 to 5"


def test_acknowledge_on_a_past_day(database: Database, review) -> None:
    today = dt.date.today()
    service = ReviewService(database, today=lambda: today)
    record = service.submit(review.id, review.version)
    record = service.sign(record.id, record.version)
    signed_on = record.signed_at.astimezone().date()

    with pytest.raises(ValidationError) as err:
        service.acknowledge(record.id, record.version, on=today + dt.timedelta(days=1))
    assert err.value.field == "acknowledged_on" and "future" in err.value.message
    with pytest.raises(ValidationError) as err:
        service.acknowledge(record.id, record.version, on=signed_on - dt.timedelta(days=1))
    assert err.value.field == "acknowledged_on" and "before the review was signed" in str(err.value)
    assert service.get(record.id).status is ReviewStatus.SIGNED

    # The real signature is "now"; the rep acknowledged on the day it was signed.
    acknowledged = service.acknowledge(record.id, record.version, "Agreed", on=signed_on)
    assert acknowledged.status is ReviewStatus.ACKNOWLEDGED
    assert acknowledged.acknowledged_at.astimezone().date() == signed_on
    assert acknowledged.rep_comments == "Agreed"
    # Only a signed review can be acknowledged.
    with pytest.raises(ValidationError, match="acknowledged to acknowledged"):
        service.acknowledge(record.id, acknowledged.version, on=signed_on)


def test_acknowledge_without_a_day_is_now(database: Database, review) -> None:
    service = ReviewService(database)
    record = service.submit(review.id, review.version)
    record = service.sign(record.id, record.version)
    acknowledged = service.acknowledge(record.id, record.version)
    assert abs(acknowledged.acknowledged_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    assert acknowledged.rep_comments is None


def test_acknowledged_at_keeps_the_local_day() -> None:
    today = dt.date(2026, 7, 20)
    assert acknowledged_at(dt.date(2026, 7, 3), today).astimezone().date() == dt.date(2026, 7, 3)
    now = acknowledged_at(today, today)
    assert abs(now - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
