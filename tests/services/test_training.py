"""TrainingService on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.db.engine import Database
from app.domain.enums import AssignmentStatus, CourseCategory
from app.services.base import PageRequest
from app.services.errors import ConflictError, DeleteRefusedError, ValidationError
from app.services.training import AssignmentInput, CourseInput, TrainingService
from tests.services.factories import make_region, make_rep

TODAY = dt.date(2026, 6, 10)


def _course(title: str = "Negotiation", **kw) -> CourseInput:
    values = {"category": "sales_skills", "format": "online", "hours": Decimal(8)}
    values.update(kw)
    return CourseInput(title, **values)


def test_course_crud_and_unique_title(database: Database) -> None:
    service = TrainingService(database)
    course = service.create_course(_course(provider="Acme Academy"))
    assert (course.category, course.hours, course.active) == (
        CourseCategory.SALES_SKILLS,
        Decimal(8),
        True,
    )
    with pytest.raises(ValidationError) as err:
        service.create_course(_course("  Negotiation "))
    assert err.value.field == "title"
    updated = service.update_course(
        course.id, _course(hours=Decimal("7.5"), provider="Acme Academy"), course.version
    )
    assert updated.hours == Decimal("7.5")
    with pytest.raises(ConflictError):
        service.update_course(course.id, _course(), course.version)
    service.create_course(_course("Thai for sales", category="culture_language"))
    page = service.list_courses(PageRequest(filters={"category": "culture_language"}))
    assert [c.title for c in page.rows] == ["Thai for sales"]
    assert service.list_courses(PageRequest(search="acme")).total == 1
    service.delete_course(course.id, updated.version)
    assert service.list_courses().total == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"hours": Decimal(0)}, "hours"),
        ({"hours": Decimal(-1)}, "hours"),
        ({"category": "cooking"}, "category"),
        ({"format": "telepathy"}, "format"),
        ({"title": ""}, "title"),
    ],
)
def test_course_validation_names_field(database: Database, changes: dict, field: str) -> None:
    values = {"title": "Course", **changes}
    title = values.pop("title")
    with pytest.raises(ValidationError) as err:
        TrainingService(database).create_course(_course(title, **values))
    assert err.value.field == field


def test_assignments_lifecycle_filters_and_due(database: Database) -> None:
    region = make_region(database)
    ana = make_rep(database, region.id, name="Ana")
    other_region = make_region(database)
    bo = make_rep(database, other_region.id, name="Bo")
    service = TrainingService(database)
    course = service.create_course(_course())

    late = service.assign(AssignmentInput(ana.id, course.id, due_date=dt.date(2026, 6, 1)))
    soon = service.assign(
        AssignmentInput(ana.id, course.id, due_date=dt.date(2026, 7, 1), status="in_progress")
    )
    later = service.assign(AssignmentInput(ana.id, course.id, due_date=dt.date(2026, 9, 1)))
    service.assign(AssignmentInput(bo.id, course.id, due_date=dt.date(2026, 5, 1)))
    assert late.course_title == "Negotiation" and late.rep_name == "Ana"
    assert late.is_overdue(TODAY) and not soon.is_overdue(TODAY)

    assert [a.id for a in service.due_or_overdue(ana.id, TODAY)] == [late.id, soon.id]
    assert [a.id for a in service.due_or_overdue(ana.id, TODAY, within_days=90)] == [
        late.id,
        soon.id,
        later.id,
    ]
    overdue = service.list_assignments(
        PageRequest(filters={"region_id": region.id, "overdue_on": TODAY})
    )
    assert [a.id for a in overdue.rows] == [late.id]

    done = service.update_assignment(
        late.id,
        AssignmentInput(
            ana.id,
            course.id,
            due_date=dt.date(2026, 6, 1),
            status=AssignmentStatus.COMPLETED,
            completed_on=dt.date(2026, 6, 5),
            score=Decimal(92),
            feedback="Useful",
            cost=Decimal("450.00"),
            currency="sgd",
        ),
        late.version,
    )
    assert (done.status, done.score, done.currency) == (
        AssignmentStatus.COMPLETED,
        Decimal(92),
        "SGD",
    )
    assert service.due_or_overdue(ana.id, TODAY) == [service.get_assignment(soon.id)]
    page = service.list_assignments(PageRequest(filters={"status": "completed"}))
    assert [a.id for a in page.rows] == [done.id]
    with pytest.raises(DeleteRefusedError) as refused:
        service.delete_course(course.id, course.version)
    assert str(refused.value) == f"Course {course.title} is assigned 4 times"
    with pytest.raises(ConflictError):
        service.delete_assignment(later.id, later.version + 3)
    service.delete_assignment(later.id, later.version)
    assert service.list_assignments(PageRequest(filters={"rep_id": ana.id})).total == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"status": "completed"}, "completed_on"),
        ({"status": "done"}, "status"),
        ({"score": Decimal(101)}, "score"),
        ({"score": Decimal(-1)}, "score"),
        ({"cost": Decimal(-5), "currency": "SGD"}, "cost"),
        ({"cost": Decimal(5)}, "currency"),
        ({"cost": Decimal(5), "currency": "XYZ"}, "currency"),
        ({"rep_id": 999_999}, "rep_id"),
        ({"course_id": 999_999}, "course_id"),
    ],
)
def test_assignment_validation_names_field(database: Database, changes: dict, field: str) -> None:
    region = make_region(database)
    rep = make_rep(database, region.id)
    service = TrainingService(database)
    course = service.create_course(_course())
    values = {"rep_id": rep.id, "course_id": course.id, **changes}
    with pytest.raises(ValidationError) as err:
        service.assign(AssignmentInput(**values))
    assert err.value.field == field
