"""Administration's reference data: regions, managers and courses listed, edited, and
refused deletion while others refer to them (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from app.db.audit import AuditEvent
from app.db.engine import Database
from app.db.reviews import Review
from app.domain.enums import ManagerRole
from app.services.base import PageRequest
from app.services.cycles import CycleInput, CycleService
from app.services.errors import ConflictError, DeleteRefusedError, NotFoundError, ValidationError
from app.services.one_on_one_records import OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from app.services.review_records import GoalInput
from app.services.reviews import ReviewService
from app.services.team import TeamService
from app.services.training import AssignmentInput, CourseInput, TrainingService
from tests.services.factories import make_manager, make_region, make_rep, manager_input

TEMPLATE = [{"metric": "revenue", "weight": 100}]


def _cycle(region_id: int) -> CycleInput:
    return CycleInput(
        region_id, "2026 Q2", "quarterly", dt.date(2026, 4, 1), dt.date(2026, 6, 30), TEMPLATE
    )


def _audited(database: Database, table: str, row_id: int) -> list[str]:
    with database.read_session() as session:
        stmt = select(AuditEvent.action).where(
            AuditEvent.table_name == table, AuditEvent.row_id == row_id
        )
        return list(session.scalars(stmt.order_by(AuditEvent.id)))


def test_region_page_counts_reps_names_managers_sorts_and_searches(database: Database) -> None:
    team = TeamService(database)
    emea = make_region(
        database, name="EMEA", name_zh=None, base_currency="EUR", countries=("DE", "FR")
    )
    asia = make_region(database, name="Asia", name_zh="亚洲")
    for _ in range(3):
        make_rep(database, emea.id)
    make_rep(database, asia.id)
    make_manager(database, emea.id, name="Zoe")
    make_manager(database, emea.id, name="Adam")

    page = team.list_region_page()
    assert [(r.name, r.rep_count, r.managers) for r in page.rows] == [
        ("Asia", 1, ()),
        ("EMEA", 3, ("Adam", "Zoe")),
    ]
    by_reps = team.list_region_page(PageRequest(sort="rep_count", descending=True))
    assert [r.name for r in by_reps.rows] == ["EMEA", "Asia"]
    assert [r.name for r in team.list_region_page(PageRequest(search="亚")).rows] == ["Asia"]
    assert team.list_region_page(PageRequest(search="fr")).total == 1
    assert page.rows[1].to_input().countries == ("DE", "FR")


def test_region_delete_refused_while_used_then_allowed(database: Database) -> None:
    team = TeamService(database)
    emea = make_region(database, name="EMEA")
    reps = [make_rep(database, emea.id) for _ in range(12)]
    manager = make_manager(database, emea.id)
    with pytest.raises(DeleteRefusedError) as refused:
        team.delete_region(emea.id, emea.version)
    assert str(refused.value) == "Region EMEA is used by 12 reps and 1 manager"
    assert refused.value.referrers == {"reps": 12, "managers": 1}

    for rep in reps:
        team.delete_rep(rep.id, rep.version)
    CycleService(database).open_cycle(_cycle(emea.id))
    with pytest.raises(DeleteRefusedError, match=r"1 manager and 1 review cycle$"):
        team.delete_region(emea.id, emea.version)
    assert team.get_region(emea.id).name == "EMEA"

    empty = make_region(database, name="Empty")
    with pytest.raises(ConflictError):
        team.delete_region(empty.id, empty.version + 1)
    team.delete_region(empty.id, empty.version)
    with pytest.raises(NotFoundError):
        team.get_region(empty.id)
    assert _audited(database, "regions", empty.id) == ["create", "delete"]
    assert manager.region_id == emea.id


def test_manager_update_page_and_delete_refusals(database: Database) -> None:
    team = TeamService(database)
    asia = make_region(database, name="Asia", name_zh="亚洲")
    gulf = make_region(database, name="Gulf")
    lee = make_manager(database, asia.id, name="Ana Lee", email="ana@example.com")
    make_manager(database, gulf.id, name="Bo Wu", role=ManagerRole.HEAD_OF_SALES)

    edited = manager_input(
        name="Ana Lee", email="ana@example.com", region_id=gulf.id, time_zone="Asia/Dubai"
    )
    moved = team.update_manager(lee.id, edited, lee.version)
    assert (moved.region_id, moved.time_zone, moved.version) == (gulf.id, "Asia/Dubai", 2)
    with pytest.raises(ConflictError):
        team.update_manager(lee.id, edited, lee.version)
    with pytest.raises(ValidationError) as err:
        team.create_manager(manager_input(email="ana@example.com"))
    assert err.value.field == "email"
    with pytest.raises(ValidationError) as err:
        team.update_manager(lee.id, manager_input(region_id=999_999), moved.version)
    assert err.value.field == "region_id"

    page = team.list_manager_page(PageRequest(filters={"region_id": gulf.id}))
    assert [(m.name, m.region_name) for m in page.rows] == [("Ana Lee", "Gulf"), ("Bo Wu", "Gulf")]
    assert team.list_manager_page(PageRequest(filters={"role": "head_of_sales"})).total == 1
    assert [m.name for m in team.list_manager_page(PageRequest(search="ANA@")).rows] == ["Ana Lee"]
    by_region = team.list_manager_page(PageRequest(sort="region_name"))
    assert by_region.total == 2

    rep = make_rep(database, gulf.id, manager_id=lee.id)
    make_rep(database, gulf.id, manager_id=lee.id)
    OneOnOneService(database).schedule(
        OneOnOneInput(rep.id, dt.datetime(2026, 5, 4, 8, tzinfo=dt.UTC), manager_id=lee.id)
    )
    CycleService(database).open_cycle(_cycle(gulf.id))
    with database.session() as session:
        session.execute(update(Review).values(reviewer_id=lee.id))
    with pytest.raises(DeleteRefusedError) as refused:
        team.delete_manager(lee.id, moved.version)
    assert str(refused.value) == (
        "Manager Ana Lee is used by 2 reps, 2 reviews (as reviewer) and 1 one-on-one (as owner)"
    )
    assert team.get_manager(lee.id).name == "Ana Lee"

    spare = make_manager(database, None, name="Spare")
    team.delete_manager(spare.id, spare.version)
    assert _audited(database, "managers", spare.id) == ["create", "delete"]
    assert _audited(database, "managers", lee.id) == ["create", "update"]


def test_course_price_and_delete_refused_naming_assignments_and_goals(
    database: Database,
) -> None:
    training = TrainingService(database)
    course = training.create_course(
        CourseInput(
            "Negotiation",
            "sales_skills",
            "online",
            Decimal(8),
            cost=Decimal("1200.50"),
            currency="sgd",
        )
    )
    assert (course.cost, course.currency) == (Decimal("1200.50"), "SGD")
    with pytest.raises(ValidationError) as err:
        training.update_course(course.id, replace(course.to_input(), currency=None), 1)
    assert err.value.field == "currency"
    with pytest.raises(ValidationError) as err:
        training.update_course(course.id, replace(course.to_input(), cost=Decimal(-1)), 1)
    assert err.value.field == "cost"
    by_cost = training.list_courses(PageRequest(sort="cost", descending=True))
    assert by_cost.rows[0].id == course.id

    region = make_region(database)
    reps = [make_rep(database, region.id) for _ in range(3)]
    for rep in reps:
        training.assign(AssignmentInput(rep.id, course.id))
    cycle = CycleService(database).open_cycle(_cycle(region.id))
    reviews = ReviewService(database)
    for review in reviews.list_reviews(PageRequest(filters={"cycle_id": cycle.id})).rows[:2]:
        reviews.add_goal(review.id, GoalInput("Close bigger deals", course_id=course.id))
    with pytest.raises(DeleteRefusedError) as refused:
        training.delete_course(course.id, course.version)
    assert str(refused.value) == (
        "Course Negotiation is assigned 3 times and linked from 2 development goals"
    )

    goals_only = training.create_course(CourseInput("Thai", "culture_language", "online", 4))
    review = reviews.list_reviews(PageRequest(filters={"cycle_id": cycle.id})).rows[0]
    reviews.add_goal(review.id, GoalInput("Learn Thai", course_id=goals_only.id))
    with pytest.raises(DeleteRefusedError, match=r"^Course Thai is linked from 1 development"):
        training.delete_course(goals_only.id, goals_only.version)
