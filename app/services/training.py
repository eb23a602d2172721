"""The course catalogue and the courses planned per rep: the Training area's use cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, select
from sqlalchemy.orm import Session

from app.db.org import Rep
from app.db.reviews import DevelopmentGoal, Review
from app.db.training import Course, TrainingAssignment
from app.domain import messages as m
from app.domain.enums import AssignmentStatus, CourseCategory, CourseFormat
from app.domain.validation import (
    ValidationError,
    require_choice,
    require_currency,
    require_non_negative,
    require_range,
    require_text,
)
from app.services.base import (
    Editable,
    Page,
    PageRequest,
    Service,
    count_rows,
    from_attributes,
    get_or_404,
    linked_row,
    one_or_404,
)
from app.services.listing import own_columns, sorted_window, where_chosen, where_given, where_search
from app.services.references import course_referrers, refuse_if_used

_ASSIGNMENT = "training assignment"

# Assignments in these states still have to be done; only they can be overdue.
OPEN_STATUSES = (AssignmentStatus.PLANNED.value, AssignmentStatus.IN_PROGRESS.value)


@dataclass(frozen=True)
class CourseInput:
    title: str
    category: CourseCategory | str
    format: CourseFormat | str
    hours: Decimal
    provider: str | None = None
    title_zh: str | None = None
    description: str | None = None
    active: bool = True
    #: The list price per participant and its ISO 4217 code (both or neither).
    cost: Decimal | None = None
    currency: str | None = None


@dataclass(frozen=True)
class CourseRecord:
    id: int
    version: int
    title: str
    title_zh: str | None
    category: CourseCategory
    format: CourseFormat
    hours: Decimal
    provider: str | None
    description: str | None
    active: bool
    cost: Decimal | None = None
    currency: str | None = None

    def to_input(self) -> CourseInput:
        """The editable part, e.g. to pre-fill an edit form."""
        return from_attributes(CourseInput, self)

    def title_label(self, chinese: bool) -> str:
        """The title in the reader's language, falling back to English."""
        return (self.title_zh if chinese else None) or self.title


@dataclass(frozen=True)
class AssignmentInput:
    rep_id: int
    course_id: int
    due_date: dt.date | None = None
    status: AssignmentStatus | str = AssignmentStatus.PLANNED
    completed_on: dt.date | None = None
    score: Decimal | None = None
    feedback: str | None = None
    cost: Decimal | None = None
    currency: str | None = None


@dataclass(frozen=True)
class AssignmentRecord:
    id: int
    version: int
    rep_id: int
    rep_name: str
    region_id: int
    course_id: int
    course_title: str
    due_date: dt.date | None
    status: AssignmentStatus
    completed_on: dt.date | None
    score: Decimal | None
    feedback: str | None
    cost: Decimal | None
    currency: str | None
    rep_name_zh: str | None = None
    course_title_zh: str | None = None
    category: CourseCategory | None = None
    #: The course's hours (what a completed assignment adds to the rep's year).
    hours: Decimal | None = None
    #: The latest development goal of the rep's reviews linking this course, if any.
    goal_id: int | None = None
    goal_text: str | None = None

    def to_input(self) -> AssignmentInput:
        """The editable part, e.g. to pre-fill an edit form."""
        return from_attributes(AssignmentInput, self)

    def course_label(self, chinese: bool) -> str:
        """The course's title in the reader's language, falling back to English."""
        return (self.course_title_zh if chinese else None) or self.course_title

    def rep_label(self, chinese: bool) -> str:
        return (self.rep_name_zh if chinese else None) or self.rep_name

    def is_due_within(self, today: dt.date, days: int) -> bool:
        """Open and due from today through ``today + days`` (not yet overdue)."""
        return (
            self.status.value in OPEN_STATUSES
            and self.due_date is not None
            and today <= self.due_date <= today + dt.timedelta(days=days)
        )

    def is_overdue(self, today: dt.date) -> bool:
        return (
            self.status.value in OPEN_STATUSES
            and self.due_date is not None
            and self.due_date < today
        )


def validate_cost(cost: Decimal | None, currency: str | None) -> tuple[Decimal | None, str | None]:
    """A price and its currency: not negative, and a currency whenever there is a cost."""
    amount = None if cost is None else require_non_negative(cost, "cost")
    code = None
    if currency is not None and str(currency).strip():
        code = require_currency(currency, "currency")
    if amount is not None and code is None:
        raise ValidationError("currency", m.CURRENCY_WITH_COST())
    return amount, code


def validate_course(data: CourseInput) -> dict[str, Any]:
    hours = require_non_negative(data.hours, "hours")
    if hours == 0:
        raise ValidationError("hours", m.MORE_THAN_ZERO())
    cost, currency = validate_cost(data.cost, data.currency)
    return {
        "title": require_text(data.title, "title", max_length=200),
        "title_zh": require_text(data.title_zh, "title_zh", max_length=200, required=False),
        "category": require_choice(data.category, CourseCategory, "category").value,
        "format": require_choice(data.format, CourseFormat, "format").value,
        "hours": hours,
        "provider": require_text(data.provider, "provider", max_length=200, required=False),
        "description": require_text(
            data.description, "description", max_length=10_000, required=False
        ),
        "active": bool(data.active),
        "cost": cost,
        "currency": currency,
    }


def validate_assignment(data: AssignmentInput) -> dict[str, Any]:
    status = require_choice(data.status, AssignmentStatus, "status")
    if status is AssignmentStatus.COMPLETED and data.completed_on is None:
        raise ValidationError("completed_on", m.COMPLETED_ON_REQUIRED())
    score = None
    if data.score is not None:
        score = require_range(require_non_negative(data.score, "score"), 0, 100, "score")
    cost, currency = validate_cost(data.cost, data.currency)
    return {
        "rep_id": data.rep_id,
        "course_id": data.course_id,
        "due_date": data.due_date,
        "status": status.value,
        "completed_on": data.completed_on,
        "score": score,
        "feedback": require_text(data.feedback, "feedback", max_length=10_000, required=False),
        "cost": cost,
        "currency": currency,
    }


def _course_record(row: Course) -> CourseRecord:
    return from_attributes(
        CourseRecord, row, category=CourseCategory(row.category), format=CourseFormat(row.format)
    )


COURSE_SORT_COLUMNS: dict[str, Any] = own_columns(
    Course,
    "title",
    "title_zh",
    "category",
    "format",
    "hours",
    "provider",
    "cost",
    "currency",
    "active",
)

ASSIGNMENT_SORT_COLUMNS: dict[str, Any] = {
    **own_columns(TrainingAssignment, "due_date", "status", "completed_on", "score", "cost"),
    "rep_name": Rep.name,
    "course_title": Course.title,
    "category": Course.category,
    "hours": Course.hours,
    "currency": TrainingAssignment.currency,
}


def _linked_goal(column: Any) -> Any:
    """``column`` of the newest goal of the rep's reviews that links the assignment's course.

    A correlated subquery on the page's rows (at most a page of them, each an
    indexed lookup by course), so listing stays one statement per page.
    """
    return (
        select(column)
        .join(Review, DevelopmentGoal.review_id == Review.id)
        .where(
            DevelopmentGoal.course_id == TrainingAssignment.course_id,
            Review.rep_id == TrainingAssignment.rep_id,
        )
        .order_by(DevelopmentGoal.id.desc())
        .limit(1)
        .correlate(TrainingAssignment)
        .scalar_subquery()
    )


def _with_goal(stmt: Select[Any]) -> Select[Any]:
    """``stmt`` with the linked goal's id and text (added after counting: the count
    has no use for them)."""
    return stmt.add_columns(
        _linked_goal(DevelopmentGoal.id).label("goal_id"),
        _linked_goal(DevelopmentGoal.text).label("goal_text"),
    )


def _page_goals(
    session: Session, pairs: list[tuple[int, int]]
) -> dict[tuple[int, int], tuple[int, str]]:
    """The newest linked goal's (id, text) for each (rep id, course id) of a page."""
    if not pairs:
        return {}
    stmt = (
        select(Review.rep_id, DevelopmentGoal.course_id, DevelopmentGoal.id, DevelopmentGoal.text)
        .join(Review, DevelopmentGoal.review_id == Review.id)
        .where(
            Review.rep_id.in_({rep for rep, _ in pairs}),
            DevelopmentGoal.course_id.in_({course for _, course in pairs}),
        )
        .order_by(DevelopmentGoal.id.desc())
    )
    wanted = set(pairs)
    goals: dict[tuple[int, int], tuple[int, str]] = {}
    for rep_id, course_id, goal_id, text in session.execute(stmt):
        if (rep_id, course_id) in wanted:
            goals.setdefault((rep_id, course_id), (goal_id, text))
    return goals


def _assignment_select(*, goal: bool = True) -> Select[Any]:
    """Assignments with their rep's and course's columns (and the linked goal's)."""
    stmt = (
        select(
            TrainingAssignment,
            Rep.name,
            Rep.region_id,
            Course.title,
            Rep.name_zh,
            Course.title_zh,
            Course.category,
            Course.hours,
        )
        .join(Rep, TrainingAssignment.rep_id == Rep.id)
        .join(Course, TrainingAssignment.course_id == Course.id)
    )
    return _with_goal(stmt) if goal else stmt


def _assignment_record(
    row: TrainingAssignment,
    rep_name: str,
    region_id: int,
    course_title: str,
    rep_name_zh: str | None = None,
    course_title_zh: str | None = None,
    category: str | None = None,
    hours: Decimal | None = None,
    goal_id: int | None = None,
    goal_text: str | None = None,
) -> AssignmentRecord:
    return from_attributes(
        AssignmentRecord,
        row,
        rep_name=rep_name,
        region_id=region_id,
        course_title=course_title,
        status=AssignmentStatus(row.status),
        rep_name_zh=rep_name_zh,
        course_title_zh=course_title_zh,
        category=CourseCategory(category) if category else None,
        hours=hours,
        goal_id=goal_id,
        goal_text=goal_text,
    )


def _read_assignment(session: Session, assignment_id: int) -> AssignmentRecord:
    found = one_or_404(
        session, _assignment_select(), TrainingAssignment, assignment_id, _ASSIGNMENT
    )
    return _assignment_record(*found)


def _check_assignment_links(session: Session, values: Mapping[str, Any]) -> None:
    linked_row(session, Rep, values["rep_id"], "rep_id", "rep")
    linked_row(session, Course, values["course_id"], "course_id", "course")


_ASSIGNMENTS = Editable(
    TrainingAssignment,
    _ASSIGNMENT,
    validate_assignment,
    _check_assignment_links,
    _read_assignment,
)


class TrainingService(Service):
    """Courses and the training planned for each rep."""

    # -- courses ---------------------------------------------------------------

    def get_course(self, course_id: int) -> CourseRecord:
        with self.db.read_session() as session:
            return _course_record(get_or_404(session, Course, course_id, "course"))

    def list_courses(self, request: PageRequest | None = None) -> Page[CourseRecord]:
        """A page of courses; filters ``category``, ``format``, ``active``."""
        request = request or PageRequest()
        with self.db.read_session() as session:
            f = request.filters
            stmt = where_chosen(
                select(Course),
                f,
                {
                    "category": (Course.category, CourseCategory),
                    "format": (Course.format, CourseFormat),
                },
            )
            if f.get("active") is not None:
                stmt = stmt.where(Course.active.is_(bool(f["active"])))
            stmt = where_search(
                stmt, request.search, Course.title, Course.title_zh, Course.provider
            )
            total = count_rows(session, stmt)
            stmt = sorted_window(stmt, request, COURSE_SORT_COLUMNS, "title", Course.id)
            rows = [_course_record(row) for row in session.scalars(stmt)]
            return Page(rows=rows, total=total, offset=request.offset)

    def create_course(self, data: CourseInput) -> CourseRecord:
        values = validate_course(data)
        with self.db.session() as session:
            self._refuse_duplicate(session, Course, Course.title, values["title"], "title")
            return _course_record(self._create(session, Course(**values)))

    def update_course(
        self, course_id: int, data: CourseInput, expected_version: int | None
    ) -> CourseRecord:
        values = validate_course(data)
        with self.db.session() as session:
            row = get_or_404(session, Course, course_id, "course")
            self._refuse_duplicate(
                session, Course, Course.title, values["title"], "title", course_id
            )
            return _course_record(self._update(session, row, values, expected_version, "course"))

    def delete_course(self, course_id: int, expected_version: int | None) -> None:
        """Delete a course nothing refers to; otherwise DeleteRefusedError naming the
        assignments and development goals (mark it inactive instead)."""
        with self.db.session() as session:
            row = get_or_404(session, Course, course_id, "course")
            refuse_if_used("Course", row.title, course_referrers(session, course_id), m.LINKED_FROM)
            self._delete(session, row, expected_version, "course")

    # -- assignments -----------------------------------------------------------

    def get_assignment(self, assignment_id: int) -> AssignmentRecord:
        with self.db.read_session() as session:
            return _read_assignment(session, assignment_id)

    def list_assignments(self, request: PageRequest | None = None) -> Page[AssignmentRecord]:
        """A page of assignments; filters ``region_id``, ``rep_id``, ``course_id``,
        ``status``, ``category`` (the course's), ``id`` (one row) and
        ``overdue_on`` (a date: open ones due before it); search: rep and course."""
        request = request or PageRequest()
        with self.db.read_session() as session:
            f = request.filters
            stmt = where_given(
                _assignment_select(goal=False),
                f,
                {
                    "region_id": Rep.region_id,
                    "rep_id": TrainingAssignment.rep_id,
                    "course_id": TrainingAssignment.course_id,
                },
            )
            stmt = where_chosen(
                stmt,
                f,
                {
                    "status": (TrainingAssignment.status, AssignmentStatus),
                    "category": (Course.category, CourseCategory),
                },
            )
            if f.get("id") is not None:
                stmt = stmt.where(TrainingAssignment.id == f["id"])
            if f.get("overdue_on") is not None:
                stmt = stmt.where(
                    TrainingAssignment.status.in_(OPEN_STATUSES),
                    TrainingAssignment.due_date < f["overdue_on"],
                )
            stmt = where_search(
                stmt, request.search, Rep.name, Rep.name_zh, Course.title, Course.title_zh
            )
            total = count_rows(session, stmt)
            stmt = sorted_window(
                stmt, request, ASSIGNMENT_SORT_COLUMNS, "due_date", TrainingAssignment.id
            )
            found = session.execute(stmt).all()
            # The linked goals are read for the page's rows only, in one more
            # statement: as columns of the listing, the database worked them out
            # for every assignment before sorting (4 s over 55,000 rows).
            goals = _page_goals(session, [(row[0].rep_id, row[0].course_id) for row in found])
            rows = [
                _assignment_record(
                    *row, *goals.get((row[0].rep_id, row[0].course_id), (None, None))
                )
                for row in found
            ]
            return Page(rows=rows, total=total, offset=request.offset)

    def due_or_overdue(
        self, rep_id: int, today: dt.date, within_days: int = 30
    ) -> list[AssignmentRecord]:
        """A rep's open assignments due by ``today + within_days`` (overdue included)."""
        horizon = today + dt.timedelta(days=within_days)
        with self.db.read_session() as session:
            stmt = (
                _assignment_select()
                .where(
                    TrainingAssignment.rep_id == rep_id,
                    TrainingAssignment.status.in_(OPEN_STATUSES),
                    TrainingAssignment.due_date <= horizon,
                )
                .order_by(TrainingAssignment.due_date, TrainingAssignment.id)
            )
            return [_assignment_record(*found) for found in session.execute(stmt)]

    def due_soon_first(
        self, region_id: int | None, today: dt.date, within_days: int, limit: int
    ) -> Page[AssignmentRecord]:
        """Open assignments due by ``today + within_days`` (overdue ones included), the
        earliest first, at most ``limit`` of them, with the count of all: two statements
        whatever the number of regions or rows (the dashboard's training list)."""
        horizon = today + dt.timedelta(days=within_days)
        with self.db.read_session() as session:
            stmt = _assignment_select(goal=False).where(
                TrainingAssignment.status.in_(OPEN_STATUSES),
                TrainingAssignment.due_date <= horizon,
            )
            if region_id is not None:
                stmt = stmt.where(Rep.region_id == region_id)
            total = count_rows(session, stmt)
            stmt = stmt.order_by(TrainingAssignment.due_date, TrainingAssignment.id).limit(limit)
            rows = [_assignment_record(*found) for found in session.execute(stmt)]
            return Page(rows=rows, total=total, offset=0)

    def assignment_for(self, rep_id: int, course_id: int) -> AssignmentRecord | None:
        """The rep's assignment of the course a goal links: the open one first, else the
        latest by due date; None when the course was never planned for the rep."""
        with self.db.read_session() as session:
            open_first = case((TrainingAssignment.status.in_(OPEN_STATUSES), 0), else_=1)
            stmt = (
                _assignment_select()
                .where(
                    TrainingAssignment.rep_id == rep_id,
                    TrainingAssignment.course_id == course_id,
                )
                .order_by(
                    open_first,
                    TrainingAssignment.due_date.desc().nulls_last(),
                    TrainingAssignment.id.desc(),
                )
                .limit(1)
            )
            found = session.execute(stmt).one_or_none()
            return _assignment_record(*found) if found is not None else None

    def complete(
        self,
        assignment_id: int,
        completed_on: dt.date | None,
        score: Decimal | None,
        feedback: str | None,
        expected_version: int | None,
    ) -> AssignmentRecord:
        """Mark an assignment completed on a day, with its score (0–100) and feedback."""
        if completed_on is None:
            raise ValidationError("completed_on", m.COMPLETED_ON_REQUIRED())
        stored = self.get_assignment(assignment_id)
        data = replace(
            stored.to_input(),
            status=AssignmentStatus.COMPLETED,
            completed_on=completed_on,
            score=score,
            feedback=feedback,
        )
        return self.update_assignment(assignment_id, data, expected_version)

    def assign(self, data: AssignmentInput) -> AssignmentRecord:
        return self._create_from(_ASSIGNMENTS, data)

    def update_assignment(
        self, assignment_id: int, data: AssignmentInput, expected_version: int | None
    ) -> AssignmentRecord:
        return self._update_from(_ASSIGNMENTS, assignment_id, data, expected_version)

    def delete_assignment(self, assignment_id: int, expected_version: int | None) -> None:
        self._delete_by_id(TrainingAssignment, assignment_id, expected_version, _ASSIGNMENT)


__all__ = [
    "AssignmentInput",
    "AssignmentRecord",
    "CourseInput",
    "CourseRecord",
    "TrainingService",
    "validate_assignment",
    "validate_cost",
    "validate_course",
]
