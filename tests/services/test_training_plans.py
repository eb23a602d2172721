"""Planning a course for many reps, and the year's training figures, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from app.db.audit import AuditEvent
from app.db.engine import Database
from app.db.training import TrainingAssignment
from app.domain.enums import AssignmentStatus, CourseCategory
from app.services.base import PageRequest, Service
from app.services.cycles import CycleInput, CycleService
from app.services.errors import ValidationError
from app.services.rates import RateService
from app.services.review_records import GoalInput
from app.services.reviews import ReviewService
from app.services.team import TeamService
from app.services.training import AssignmentInput, CourseInput, TrainingService
from app.services.training_figures import TrainingFiguresService
from app.services.training_plans import PlanRequest, PlanScope, TrainingPlanService
from tests.services.factories import make_region, make_rep
from tests.services.targets_helpers import count_queries

TODAY = dt.date(2026, 6, 10)


def _course(service: TrainingService, title: str = "Arabic for sales", **kw) -> int:
    values = {"category": "culture_language", "format": "classroom", "hours": Decimal(16)}
    values.update(kw)
    return service.create_course(CourseInput(title, **values)).id


@pytest.fixture
def world(database: Database):
    """Two regions; the Gulf has two reps in Saudi Arabia (one newly posted) and one in
    the UAE, one of them inactive; Asia has a rep in Singapore."""
    gulf = make_region(database, base_currency="USD", countries=("SA", "AE"))
    asia = make_region(database)
    sa_old = make_rep(
        database,
        gulf.id,
        name="Amal",
        posting_country="SA",
        posting_city="Riyadh",
        time_zone="Asia/Riyadh",
        currency="SAR",
        posting_start=dt.date(2024, 3, 1),
    )
    sa_new = make_rep(
        database,
        gulf.id,
        name="Badr",
        posting_country="SA",
        posting_city="Jeddah",
        time_zone="Asia/Riyadh",
        currency="SAR",
        posting_start=dt.date(2026, 5, 1),
    )
    ae = make_rep(
        database,
        gulf.id,
        name="Chen",
        posting_country="AE",
        posting_city="Dubai",
        time_zone="Asia/Dubai",
        currency="AED",
    )
    gone = make_rep(
        database,
        gulf.id,
        name="Dara",
        posting_country="SA",
        posting_city="Riyadh",
        time_zone="Asia/Riyadh",
        currency="SAR",
        posting_start=dt.date(2026, 5, 2),
    )
    TeamService(database).deactivate_rep(gone.id, None, dt.date(2026, 6, 1))
    sg = make_rep(database, asia.id, name="Ema")
    training = TrainingService(database)
    course = _course(training, cost=Decimal(500), currency="USD")
    return {
        "db": database,
        "gulf": gulf,
        "asia": asia,
        "sa_old": sa_old,
        "sa_new": sa_new,
        "ae": ae,
        "gone": gone,
        "sg": sg,
        "course": course,
        "training": training,
        "plans": TrainingPlanService(database),
    }


def _assignments(db: Database, course_id: int) -> dict[int, SimpleNamespace]:
    """The stored assignments of the course by rep, as plain values."""
    with db.read_session() as session:
        rows = session.scalars(
            select(TrainingAssignment).where(TrainingAssignment.course_id == course_id)
        )
        return {
            row.rep_id: SimpleNamespace(
                id=row.id,
                due_date=row.due_date,
                status=row.status,
                cost=row.cost,
                currency=row.currency,
            )
            for row in rows
        }


def test_every_rep_posted_in_a_country_gets_the_course(world) -> None:
    request = PlanRequest(
        world["course"], PlanScope.COUNTRY, country="sa", due_date=dt.date(2026, 9, 30)
    )
    preview = world["plans"].preview(request)
    # Active reps posted in SA only: not the UAE rep, not the one who left.
    assert [p.rep_name for p in preview.planned] == ["Amal", "Badr"]
    assert preview.skipped == ()
    assert _assignments(world["db"], world["course"]) == {}  # a preview writes nothing

    result = world["plans"].plan(request)
    stored = _assignments(world["db"], world["course"])
    assert set(stored) == {world["sa_old"].id, world["sa_new"].id}
    assert set(result.assignment_ids) == {row.id for row in stored.values()}
    for row in stored.values():
        assert (row.due_date, row.status) == (dt.date(2026, 9, 30), "planned")
        # The course's list price rides along.
        assert (row.cost, row.currency) == (Decimal(500), "USD")


def test_newly_posted_with_due_dates_relative_to_each_posting(world) -> None:
    request = PlanRequest(
        world["course"],
        PlanScope.COUNTRY,
        country="SA",
        region_id=world["gulf"].id,
        posted_since=dt.date(2026, 1, 1),
        due_days_after_posting=90,
    )
    preview = world["plans"].preview(request)
    assert [(p.rep_name, p.due_date) for p in preview.planned] == [("Badr", dt.date(2026, 7, 30))]
    assert preview.overdue_on(TODAY) == 0
    old = PlanRequest(world["course"], PlanScope.COUNTRY, country="SA", due_days_after_posting=60)
    # Amal was posted in 2024: 60 days after is long past, and the preview says so.
    assert world["plans"].preview(old).overdue_on(TODAY) == 1
    world["plans"].plan(request)
    assert _assignments(world["db"], world["course"])[world["sa_new"].id].due_date == dt.date(
        2026, 7, 30
    )


def test_a_whole_region_and_selected_reps(world) -> None:
    region = PlanRequest(
        world["course"], PlanScope.REGION, region_id=world["gulf"].id, due_date=TODAY
    )
    assert [p.rep_name for p in world["plans"].preview(region).planned] == [
        "Amal",
        "Badr",
        "Chen",
    ]
    chosen = PlanRequest(
        world["course"],
        PlanScope.SELECTED,
        rep_ids=(world["sg"].id, world["gone"].id),
        due_date=TODAY,
        cost=Decimal(120),
        currency="sgd",
    )
    world["plans"].plan(chosen)
    stored = _assignments(world["db"], world["course"])
    # Selected means exactly those, even a rep who has left.
    assert set(stored) == {world["sg"].id, world["gone"].id}
    assert {(r.cost, r.currency) for r in stored.values()} == {(Decimal(120), "SGD")}


def test_reps_with_the_course_open_are_skipped_and_reported(world) -> None:
    training, course = world["training"], world["course"]
    open_one = training.assign(AssignmentInput(world["sa_old"].id, course, status="in_progress"))
    # A completed run does not stop the course being planned again.
    training.assign(
        AssignmentInput(world["sa_new"].id, course, status="completed", completed_on=TODAY)
    )
    request = PlanRequest(course, PlanScope.COUNTRY, country="SA", due_date=TODAY)
    result = world["plans"].plan(request)
    assert [p.rep_name for p in result.preview.planned] == ["Badr"]
    assert [(s.rep_name, s.assignment_id) for s in result.preview.skipped] == [
        ("Amal", open_one.id)
    ]
    # Again: everyone has it open now, so nothing is left to plan.
    with pytest.raises(ValidationError) as err:
        world["plans"].plan(request)
    assert err.value.field == "rep_ids"


def test_all_or_nothing_in_one_transaction(world, monkeypatch) -> None:
    db = world["db"]
    with db.read_session() as session:
        events_before = session.scalar(select(func.count()).select_from(AuditEvent))
    real_create = Service._create
    calls = []

    def failing_create(self, session, row):
        calls.append(row)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return real_create(self, session, row)

    monkeypatch.setattr(Service, "_create", failing_create)
    request = PlanRequest(
        world["course"], PlanScope.REGION, region_id=world["gulf"].id, due_date=TODAY
    )
    with pytest.raises(RuntimeError):
        world["plans"].plan(request)
    assert len(calls) == 3
    assert _assignments(db, world["course"]) == {}
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == events_before
    monkeypatch.undo()
    result = world["plans"].plan(request)
    with db.read_session() as session:
        created = session.scalars(
            select(AuditEvent.row_id).where(AuditEvent.table_name == "training_assignments")
        ).all()
    assert sorted(created) == sorted(result.assignment_ids)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"scope": "galaxy"}, "scope"),
        ({"scope": "selected"}, "rep_ids"),
        ({"scope": "region", "region_id": None}, "region_id"),
        ({"scope": "country"}, "country"),
        ({"scope": "country", "country": "XX"}, "country"),
        ({"due_date": None}, "due_date"),
        ({"due_days_after_posting": 30}, "due_date"),
        ({"due_date": None, "due_days_after_posting": -1}, "due_days"),
        ({"cost": Decimal(5)}, "currency"),
    ],
)
def test_bad_requests_name_the_field(world, changes, field) -> None:
    values = {"course_id": world["course"], "scope": "region", "due_date": TODAY}
    values["region_id"] = world["gulf"].id if changes.get("scope", "region") == "region" else None
    values.update(changes)
    with pytest.raises(ValidationError) as err:
        world["plans"].preview(PlanRequest(**values))
    assert err.value.field == field


def test_an_inactive_course_is_not_planned(world) -> None:
    training = world["training"]
    old = _course(training, "Old course", active=False)
    with pytest.raises(ValidationError) as err:
        world["plans"].preview(
            PlanRequest(old, PlanScope.REGION, region_id=world["gulf"].id, due_date=TODAY)
        )
    assert err.value.field == "course_id"


def test_cost_per_rep_and_region_in_base_currency_at_the_rate_in_force(world) -> None:
    db, training = world["db"], world["training"]
    rates = RateService(db)
    # Asia's base is CNY: USD at 7.0 until July, then 7.2.
    rates.set_rate("CNY", "USD", Decimal("7.0"), dt.date(2025, 1, 1))
    rates.set_rate("CNY", "USD", Decimal("7.2"), dt.date(2026, 7, 1))
    cheap = _course(training, "Negotiation", category="sales_skills", hours=Decimal("7.5"))
    sg = world["sg"].id
    # Completed in March: 500 USD at 7.0; due in August: 100 USD at 7.2.
    training.assign(
        AssignmentInput(
            sg,
            world["course"],
            due_date=dt.date(2026, 3, 31),
            status="completed",
            completed_on=dt.date(2026, 3, 20),
            cost=Decimal(500),
            currency="USD",
        )
    )
    training.assign(
        AssignmentInput(sg, cheap, dt.date(2026, 8, 1), cost=Decimal(100), currency="USD")
    )
    # Waived: no cost; another year: not counted; a currency without a rate: listed.
    training.assign(
        AssignmentInput(sg, cheap, dt.date(2026, 5, 1), "waived", cost=Decimal(9), currency="USD")
    )
    training.assign(
        AssignmentInput(sg, cheap, dt.date(2025, 5, 1), cost=Decimal(50), currency="USD")
    )
    training.assign(
        AssignmentInput(sg, cheap, dt.date(2026, 2, 1), cost=Decimal(80), currency="EUR")
    )
    # The Gulf's base is USD: no conversion.
    training.assign(
        AssignmentInput(
            world["ae"].id,
            cheap,
            dt.date(2026, 4, 1),
            "completed",
            dt.date(2026, 4, 2),
            cost=Decimal("250.50"),
            currency="USD",
        )
    )
    figures = TrainingFiguresService(db).figures(None, 2026)
    rep = figures.rep(sg)
    assert rep is not None and rep.base_currency == "CNY"
    assert rep.cost == Decimal("3500.00") + Decimal("720.00")
    assert rep.missing == {"EUR"}
    assert (rep.hours, rep.completed, rep.assignments) == (Decimal(16), 1, 3)
    by_region = {r.region_id: r for r in figures.regions}
    asia, gulf = by_region[world["asia"].id], by_region[world["gulf"].id]
    assert (asia.cost, asia.base_currency, asia.missing, asia.reps) == (
        Decimal("4220.00"),
        "CNY",
        {"EUR"},
        1,
    )
    assert (gulf.cost, gulf.hours, gulf.base_currency) == (Decimal("250.50"), Decimal("7.5"), "USD")
    only_gulf = TrainingFiguresService(db).figures(world["gulf"].id, 2026)
    assert [r.region_id for r in only_gulf.regions] == [world["gulf"].id]
    assert [r.rep_name for r in only_gulf.reps] == ["Chen"]


def test_hours_per_rep_per_year_count_completed_courses_of_that_year(world) -> None:
    db, training = world["db"], world["training"]
    rep = world["sa_old"].id
    short = _course(training, "Product basics", category="product_knowledge", hours=Decimal(4))
    for completed in (dt.date(2025, 12, 31), dt.date(2026, 1, 1), dt.date(2026, 11, 5)):
        training.assign(AssignmentInput(rep, short, completed, "completed", completed))
    training.assign(AssignmentInput(rep, world["course"], dt.date(2026, 6, 1), "in_progress"))
    service = TrainingFiguresService(db)
    assert service.figures(None, 2026).rep(rep).hours == Decimal(8)  # type: ignore[union-attr]
    assert service.figures(None, 2025).rep(rep).hours == Decimal(4)  # type: ignore[union-attr]
    assert service.figures(None, 2024).reps == ()


def test_listing_shows_the_goal_linking_the_course_and_filters_by_category(world) -> None:
    db, training = world["db"], world["training"]
    rep = world["sg"]
    linked = training.assign(AssignmentInput(rep.id, world["course"], TODAY))
    other = _course(training, "Negotiation", category="sales_skills")
    plain = training.assign(AssignmentInput(rep.id, other, TODAY))
    cycle = CycleService(db).open_cycle(
        CycleInput(
            world["asia"].id,
            "2026 Q2",
            "quarterly",
            dt.date(2026, 4, 1),
            dt.date(2026, 6, 30),
            [{"metric": "revenue", "weight": "100"}],
        )
    )
    reviews = ReviewService(db)
    review = reviews.list_reviews(PageRequest(filters={"cycle_id": cycle.id})).rows[0]
    goal = reviews.add_goal(review.id, GoalInput("Speak Arabic", course_id=world["course"]))

    rows = {a.id: a for a in training.list_assignments(PageRequest()).rows}
    assert (rows[linked.id].goal_id, rows[linked.id].goal_text) == (goal.id, "Speak Arabic")
    assert rows[plain.id].goal_id is None
    page = training.list_assignments(PageRequest(filters={"category": "sales_skills"}))
    assert [a.id for a in page.rows] == [plain.id]
    assert page.rows[0].category is CourseCategory.SALES_SKILLS
    # The goal's course opens its assignment: the open one first.
    done = training.complete(linked.id, TODAY, Decimal(90), "Good", linked.version)
    again = training.assign(AssignmentInput(rep.id, world["course"], dt.date(2026, 12, 1)))
    assert training.assignment_for(rep.id, world["course"]).id == again.id  # type: ignore[union-attr]
    training.delete_assignment(again.id, again.version)
    assert training.assignment_for(rep.id, world["course"]).id == done.id  # type: ignore[union-attr]
    assert training.assignment_for(world["ae"].id, world["course"]) is None


def test_complete_needs_a_day_and_keeps_the_rest(world) -> None:
    training = world["training"]
    row = training.assign(
        AssignmentInput(world["sg"].id, world["course"], TODAY, cost=Decimal(5), currency="EUR")
    )
    with pytest.raises(ValidationError) as err:
        training.complete(row.id, None, Decimal(80), None, row.version)
    assert err.value.field == "completed_on"
    with pytest.raises(ValidationError) as err:
        training.complete(row.id, TODAY, Decimal(101), None, row.version)
    assert err.value.field == "score"
    done = training.complete(row.id, TODAY, Decimal("87.5"), "Clear", row.version)
    assert (done.status, done.completed_on, done.score, done.feedback) == (
        AssignmentStatus.COMPLETED,
        TODAY,
        Decimal("87.5"),
        "Clear",
    )
    assert (done.due_date, done.cost, done.currency) == (TODAY, Decimal(5), "EUR")


def test_listing_statements_do_not_grow_with_rows(world) -> None:
    db, training = world["db"], world["training"]
    service = training

    def count_for_page() -> int:
        with count_queries(db) as statements:
            page = service.list_assignments(PageRequest(limit=200))
        assert page.rows
        return len(statements)

    training.assign(AssignmentInput(world["sg"].id, world["course"], TODAY))
    few = count_for_page()
    request = PlanRequest(world["course"], PlanScope.REGION, region_id=world["gulf"].id,
                          due_date=TODAY)  # fmt: skip
    world["plans"].plan(request)
    for rep in (world["sa_old"], world["sa_new"], world["ae"]):
        for _ in range(20):
            training.assign(AssignmentInput(rep.id, world["course"], TODAY, "completed", TODAY))
    assert count_for_page() == few == 3  # the count, the page and its linked goals
    with count_queries(db) as statements:
        TrainingFiguresService(db).figures(None, 2026)
    assert len(statements) <= 3
