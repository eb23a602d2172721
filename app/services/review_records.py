"""A review as plain data: its inputs, its records, and how records are read from rows.

Shared by :mod:`app.services.reviews` (the use cases), :mod:`app.services.review_save`
(the writes) and :mod:`app.services.pack_data` (the PDF pack), so each reads a review
by the same rule and none imports another in a circle.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.db.org import Manager, Rep
from app.db.reviews import DevelopmentGoal, KpiLine, Review, ReviewCycle
from app.db.training import Course
from app.domain.enums import LOCKED_REVIEW_STATUSES, GoalStatus, Metric, ReviewStatus
from app.domain.scoring import rating_for_score
from app.services.base import from_attributes


@dataclass(frozen=True)
class KpiLineRecord:
    """One KPI line of a review: the metric's weight, figures, attainment and score."""

    id: int
    version: int
    review_id: int
    position: int
    metric: Metric
    weight: Decimal
    target: Decimal | None
    actual: Decimal | None
    unit: str
    attainment: Decimal | None
    score: Decimal | None
    comment: str | None


@dataclass(frozen=True)
class KpiLineInput:
    """A manager's edit of one KPI line; ``score`` None means "from attainment"."""

    actual: Decimal | None
    score: Decimal | None = None
    comment: str | None = None


@dataclass(frozen=True)
class GoalInput:
    """A development goal as the manager writes it, optionally tied to a course."""

    text: str
    due_date: dt.date | None = None
    status: GoalStatus | str = GoalStatus.OPEN
    course_id: int | None = None


@dataclass(frozen=True)
class GoalRecord:
    """A development goal of a review, with its course's title."""

    id: int
    version: int
    review_id: int
    text: str
    due_date: dt.date | None
    status: GoalStatus
    course_id: int | None
    course_title: str | None


@dataclass(frozen=True)
class ReviewInput:
    """The written content of a review."""

    overall_rating: int | None = None
    strengths: str | None = None
    improvements: str | None = None
    manager_summary: str | None = None
    rep_comments: str | None = None
    reviewer_id: int | None = None


@dataclass(frozen=True)
class ReviewRecord:
    """A review with its cycle, rep and reviewer names, KPI lines and goals."""

    id: int
    version: int
    cycle_id: int
    cycle_name: str
    rep_id: int
    rep_name: str
    region_id: int
    reviewer_id: int | None
    reviewer_name: str | None
    status: ReviewStatus
    overall_rating: int | None
    weighted_score: Decimal | None
    strengths: str | None
    improvements: str | None
    manager_summary: str | None
    rep_comments: str | None
    signed_at: dt.datetime | None
    acknowledged_at: dt.datetime | None
    kpi_lines: tuple[KpiLineRecord, ...] = field(default=())
    goals: tuple[GoalRecord, ...] = field(default=())

    @property
    def is_locked(self) -> bool:
        return self.status in LOCKED_REVIEW_STATUSES

    @property
    def suggested_rating(self) -> int | None:
        """The rating the weighted score points to, to pre-fill the manager's choice."""
        return None if self.weighted_score is None else rating_for_score(self.weighted_score)


def line_record(row: KpiLine) -> KpiLineRecord:
    """The record of a KPI line row."""
    return from_attributes(KpiLineRecord, row, metric=Metric(row.metric))


def goal_record(row: DevelopmentGoal, course_title: str | None) -> GoalRecord:
    """The record of a development goal row and its course's title."""
    return from_attributes(
        GoalRecord, row, status=GoalStatus(row.status), course_title=course_title
    )


def review_select() -> Select[Any]:
    """(Review, cycle name, rep name, region id, reviewer name) rows; narrow it with ``where``."""
    return (
        select(Review, ReviewCycle.name, Rep.name, Rep.region_id, Manager.name)
        .join(ReviewCycle, Review.cycle_id == ReviewCycle.id)
        .join(Rep, Review.rep_id == Rep.id)
        .outerjoin(Manager, Review.reviewer_id == Manager.id)
    )


def review_records(session: Session, found: Sequence[Any]) -> list[ReviewRecord]:
    """Records for rows of :func:`review_select`, with their lines and goals loaded
    in two queries for the whole batch."""
    ids = [row[0].id for row in found]
    lines: dict[int, list[KpiLineRecord]] = defaultdict(list)
    goals: dict[int, list[GoalRecord]] = defaultdict(list)
    if ids:
        for line in session.scalars(
            select(KpiLine).where(KpiLine.review_id.in_(ids)).order_by(KpiLine.position)
        ):
            lines[line.review_id].append(line_record(line))
        goal_stmt = (
            select(DevelopmentGoal, Course.title)
            .outerjoin(Course, DevelopmentGoal.course_id == Course.id)
            .where(DevelopmentGoal.review_id.in_(ids))
            .order_by(DevelopmentGoal.id)
        )
        for goal, title in session.execute(goal_stmt):
            goals[goal.review_id].append(goal_record(goal, title))
    return [
        from_attributes(
            ReviewRecord,
            review,
            cycle_name=cycle_name,
            rep_name=rep_name,
            region_id=region_id,
            reviewer_name=reviewer_name,
            status=ReviewStatus(review.status),
            kpi_lines=tuple(lines[review.id]),
            goals=tuple(goals[review.id]),
        )
        for review, cycle_name, rep_name, region_id, reviewer_name in found
    ]


__all__ = [
    "GoalInput",
    "GoalRecord",
    "KpiLineInput",
    "KpiLineRecord",
    "ReviewInput",
    "ReviewRecord",
    "goal_record",
    "line_record",
    "review_records",
    "review_select",
]
