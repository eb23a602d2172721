"""Planning one course for many reps at once: the selected reps, a region, or a country.

Rules (each stated once, here):

* **Who.** ``SELECTED``: exactly the reps given (whatever their status: the
  manager picked them). ``REGION``: every rep of the region who has not left
  (status other than inactive). ``COUNTRY``: every such rep posted in the
  country, within the region when one is given. ``posted_since`` keeps only
  reps whose posting started on or after that day ("newly posted").
* **Skipped.** A rep who already has the course open (planned or in progress)
  is not planned again; the preview and the result name them. Completed or
  waived earlier runs of the course do not count: a course may be retaken.
* **Due.** Either one fixed date for everyone, or ``due_days_after_posting``
  days after each rep's own posting start (a rep posted long ago may then be
  due already: the preview counts those, so the manager sees it before OK).
* **Cost.** Each assignment carries the course's list price and currency
  unless the request gives another price.
* **One transaction.** Every assignment is written (and audited) in one
  session, or none is: a failure half way leaves nothing planned.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.org import Rep
from app.db.training import Course, TrainingAssignment
from app.domain import messages as m
from app.domain.enums import AssignmentStatus, RepStatus
from app.domain.validation import ValidationError, require_country, require_range
from app.services.base import Service, get_or_404
from app.services.training import OPEN_STATUSES, validate_cost

#: A relative due date further out than this is surely a typo.
MAX_DUE_DAYS = 3650


class PlanScope(enum.StrEnum):
    SELECTED = "selected"
    REGION = "region"
    COUNTRY = "country"


@dataclass(frozen=True)
class PlanRequest:
    """Which course for whom, due when (see the module for the rules)."""

    course_id: int
    scope: PlanScope | str
    rep_ids: tuple[int, ...] = ()
    region_id: int | None = None
    country: str | None = None
    posted_since: dt.date | None = None
    due_date: dt.date | None = None
    due_days_after_posting: int | None = None
    #: A price other than the course's list price (both or neither).
    cost: Decimal | None = None
    currency: str | None = None


@dataclass(frozen=True)
class PlannedRep:
    rep_id: int
    rep_name: str
    rep_name_zh: str | None
    posting_start: dt.date
    due_date: dt.date


@dataclass(frozen=True)
class SkippedRep:
    """A rep left out because the course is already open for them."""

    rep_id: int
    rep_name: str
    rep_name_zh: str | None
    assignment_id: int


@dataclass(frozen=True)
class PlanPreview:
    """What OK would do: the reps to plan (with their due dates) and those skipped."""

    course_title: str
    planned: tuple[PlannedRep, ...]
    skipped: tuple[SkippedRep, ...]

    def overdue_on(self, today: dt.date) -> int:
        """How many of the planned would be due before ``today`` already."""
        return sum(1 for p in self.planned if p.due_date < today)


@dataclass(frozen=True)
class PlanResult:
    """The assignments created (ids in the order of ``preview.planned``) and who was skipped."""

    assignment_ids: tuple[int, ...]
    preview: PlanPreview


@dataclass(frozen=True)
class _Checked:
    scope: PlanScope
    country: str | None
    due_days: int | None
    cost: Decimal | None
    currency: str | None


def _check(request: PlanRequest) -> _Checked:
    """The request's values, or a ValidationError naming the first bad field."""
    try:
        scope = PlanScope(request.scope)
    except ValueError:
        raise ValidationError("scope", m.NOT_A_CHOICE(value=request.scope)) from None
    if scope is PlanScope.SELECTED and not request.rep_ids:
        raise ValidationError("rep_ids", m.SELECT_A_REP())
    if scope is PlanScope.REGION and request.region_id is None:
        raise ValidationError("region_id", m.CHOOSE_A_REGION())
    country = None
    if scope is PlanScope.COUNTRY:
        if not (request.country or "").strip():
            raise ValidationError("country", m.CHOOSE_A_COUNTRY())
        country = require_country(request.country or "", "country")
    if (request.due_date is None) == (request.due_days_after_posting is None):
        raise ValidationError("due_date", m.DUE_DATE_OR_DAYS())
    days = None
    if request.due_days_after_posting is not None:
        days = require_range(int(request.due_days_after_posting), 0, MAX_DUE_DAYS, "due_days")
    cost, currency = validate_cost(request.cost, request.currency)
    return _Checked(scope, country, days, cost, currency)


def _reps(session: Session, request: PlanRequest, checked: _Checked) -> list[Any]:
    stmt = select(Rep.id, Rep.name, Rep.name_zh, Rep.posting_start)
    if checked.scope is PlanScope.SELECTED:
        stmt = stmt.where(Rep.id.in_(sorted(set(request.rep_ids))))
    else:
        stmt = stmt.where(Rep.status != RepStatus.INACTIVE.value)
        if request.region_id is not None:
            stmt = stmt.where(Rep.region_id == request.region_id)
        if checked.country is not None:
            stmt = stmt.where(Rep.posting_country == checked.country)
    if request.posted_since is not None:
        stmt = stmt.where(Rep.posting_start >= request.posted_since)
    rows = list(session.execute(stmt.order_by(Rep.name, Rep.id)))
    if checked.scope is PlanScope.SELECTED and len(rows) != len(set(request.rep_ids)):
        missing = sorted(set(request.rep_ids) - {r.id for r in rows})
        if request.posted_since is None:
            raise ValidationError("rep_ids", m.DOES_NOT_EXIST(what="rep", value=missing[0]))
    return rows


def _open_assignments(session: Session, course_id: int, rep_ids: Sequence[int]) -> dict[int, int]:
    """Rep id → the id of their open assignment of the course (one statement)."""
    stmt = select(TrainingAssignment.rep_id, TrainingAssignment.id).where(
        TrainingAssignment.course_id == course_id,
        TrainingAssignment.status.in_(OPEN_STATUSES),
        TrainingAssignment.rep_id.in_(list(rep_ids)),
    )
    found: dict[int, int] = {}
    for rep_id, assignment_id in session.execute(stmt.order_by(TrainingAssignment.id)):
        found.setdefault(rep_id, assignment_id)
    return found


def _preview(session: Session, request: PlanRequest, checked: _Checked) -> PlanPreview:
    course = get_or_404(session, Course, request.course_id, "course")
    if not course.active:
        raise ValidationError("course_id", m.COURSE_NO_LONGER_OFFERED(title=course.title))
    reps = _reps(session, request, checked)
    open_ = _open_assignments(session, course.id, [r.id for r in reps])
    planned: list[PlannedRep] = []
    skipped: list[SkippedRep] = []
    for rep in reps:
        if rep.id in open_:
            skipped.append(SkippedRep(rep.id, rep.name, rep.name_zh, open_[rep.id]))
            continue
        due = request.due_date
        if checked.due_days is not None:
            due = rep.posting_start + dt.timedelta(days=checked.due_days)
        planned.append(PlannedRep(rep.id, rep.name, rep.name_zh, rep.posting_start, due))  # type: ignore[arg-type]
    return PlanPreview(course.title, tuple(planned), tuple(skipped))


class TrainingPlanService(Service):
    """Plan one course for many reps; preview first, then write it all at once."""

    def preview(self, request: PlanRequest) -> PlanPreview:
        """Who would get the course and when, and who is skipped (nothing written)."""
        checked = _check(request)
        with self.db.read_session() as session:
            return _preview(session, request, checked)

    def plan(self, request: PlanRequest) -> PlanResult:
        """Create the assignments of :meth:`preview` in one transaction, each audited.

        A ValidationError on ``rep_ids`` when nobody is left to plan (all skipped
        or none matched), so OK never silently does nothing.
        """
        checked = _check(request)
        with self.db.session() as session:
            preview = _preview(session, request, checked)
            if not preview.planned:
                raise ValidationError("rep_ids", m.NO_REP_LEFT_TO_PLAN())
            course = session.get(Course, request.course_id)
            cost, currency = checked.cost, checked.currency
            if cost is None and course is not None and course.cost is not None:
                cost, currency = course.cost, course.currency
            ids = []
            for rep in preview.planned:
                row = TrainingAssignment(
                    rep_id=rep.rep_id,
                    course_id=request.course_id,
                    due_date=rep.due_date,
                    status=AssignmentStatus.PLANNED.value,
                    cost=cost,
                    currency=currency,
                )
                ids.append(self._create(session, row).id)
            return PlanResult(tuple(ids), preview)


__all__ = [
    "MAX_DUE_DAYS",
    "PlanPreview",
    "PlanRequest",
    "PlanResult",
    "PlanScope",
    "PlannedRep",
    "SkippedRep",
    "TrainingPlanService",
]
