"""Reviews, KPI lines and development goals: the Reviews area's use cases.

A review goes draft → in_review → signed → acknowledged. Once signed it is
locked: content, KPI lines and goals may only change after an explicit,
audited reopen (on PostgreSQL a trigger enforces the same rule). Cycles, which
create the reviews, are in ``app.services.cycles``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.db.base import utcnow
from app.db.org import Rep
from app.db.reviews import DevelopmentGoal, KpiLine, Review, ReviewCycle
from app.db.training import Course
from app.domain import messages as m
from app.domain.enums import AuditAction, ReviewStatus
from app.domain.validation import ValidationError, require_text
from app.domain.workflow import check_review_transition
from app.services.base import (
    Page,
    PageRequest,
    audit,
    check_version,
    count_rows,
    get_or_404,
    snapshot,
)
from app.services.errors import ConflictError
from app.services.listing import own_columns, sorted_window, where_chosen, where_given, where_search
from app.services.review_records import (
    GoalInput,
    GoalRecord,
    KpiLineInput,
    ReviewInput,
    ReviewRecord,
    goal_record,
    review_records,
    review_select,
)
from app.services.review_save import GOAL, KPI_LINE, ReviewWriter, goal_values, line_values


def acknowledged_at(on: dt.date, today: dt.date) -> dt.datetime:
    """The moment stored for an acknowledgement given on ``on`` (a local date).

    Today's is "now"; an earlier day's is local noon, so the date reads back
    the same in the manager's zone.
    """
    if on == today:
        return dt.datetime.now(dt.UTC)
    return dt.datetime.combine(on, dt.time(12)).astimezone().astimezone(dt.UTC)


REVIEW_SORT_COLUMNS: dict[str, Any] = {
    **own_columns(
        Review, "status", "overall_rating", "weighted_score", "signed_at", "acknowledged_at"
    ),
    "rep_name": Rep.name,
    "cycle_name": ReviewCycle.name,
}


class ReviewService(ReviewWriter):
    """Reviews and the KPI lines and development goals inside them.

    ``today`` gives the local date an acknowledgement is checked against.
    :meth:`save_review` (from :class:`ReviewWriter`) saves a whole edit at once.
    """

    def __init__(self, db: Any, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(db)
        self.today = today

    # -- reviews ---------------------------------------------------------------

    def get(self, review_id: int) -> ReviewRecord:
        """One review with its KPI lines and development goals."""
        with self.db.read_session() as session:
            return self._get(session, review_id)

    def _get(self, session: Session, review_id: int) -> ReviewRecord:
        found = session.execute(review_select().where(Review.id == review_id)).all()
        if not found:
            get_or_404(session, Review, review_id, "review")
        return review_records(session, found)[0]

    def list_reviews(self, request: PageRequest | None = None) -> Page[ReviewRecord]:
        """A page of reviews; filters ``cycle_id``, ``rep_id``, ``region_id``, ``status``."""
        request = request or PageRequest()
        with self.db.read_session() as session:
            f = request.filters
            stmt = where_given(
                review_select(),
                f,
                {
                    "cycle_id": Review.cycle_id,
                    "rep_id": Review.rep_id,
                    "region_id": ReviewCycle.region_id,
                },
            )
            stmt = where_chosen(stmt, f, {"status": (Review.status, ReviewStatus)})
            stmt = where_search(stmt, request.search, Rep.name, Rep.name_zh)
            total = count_rows(session, stmt)
            stmt = sorted_window(stmt, request, REVIEW_SORT_COLUMNS, "rep_name", Review.id)
            rows = review_records(session, session.execute(stmt).all())
            return Page(rows=rows, total=total, offset=request.offset)

    def update_review(
        self, review_id: int, data: ReviewInput, expected_version: int | None
    ) -> ReviewRecord:
        """Change a review's written content; refused once signed."""
        return self.save_review(review_id, expected_version, data)

    def update_kpi_line(
        self, line_id: int, data: KpiLineInput, expected_version: int | None
    ) -> ReviewRecord:
        """Override a line's actual, score or comment; attainment and the review's
        weighted score are recomputed. Returns the whole review."""
        values = line_values(data)
        with self.db.session() as session:
            line = get_or_404(session, KpiLine, line_id, KPI_LINE)
            check_version(line, expected_version, KPI_LINE)
            review = get_or_404(session, Review, line.review_id, "review")
            self._refuse_locked(session, review, ("KPI lines",))
            self._write_line(session, line, values, expected_version)
            self._rescore(session, review)
            return self._get(session, review.id)

    # -- workflow --------------------------------------------------------------

    def submit(self, review_id: int, expected_version: int | None) -> ReviewRecord:
        """Draft → in review."""
        return self._move(review_id, expected_version, ReviewStatus.IN_REVIEW, {})

    def sign(self, review_id: int, expected_version: int | None) -> ReviewRecord:
        """In review → signed (and locked)."""
        return self._move(review_id, expected_version, ReviewStatus.SIGNED, {"signed_at": utcnow()})

    def acknowledge(
        self,
        review_id: int,
        expected_version: int | None,
        rep_comments: str | None = None,
        on: dt.date | None = None,
    ) -> ReviewRecord:
        """Signed → acknowledged by the rep, optionally with their comments.

        ``on`` is the (local) day the rep acknowledged it, when recorded later
        from paper or e-mail; None means now. It may not be in the future nor
        before the signature (ValidationError on ``acknowledged_on``).
        """
        comments = require_text(rep_comments, "rep_comments", max_length=20_000, required=False)
        today = self.today()
        if on is not None and on > today:
            raise ValidationError("acknowledged_on", m.IN_THE_FUTURE(value=on.isoformat()))
        changes: dict[str, Any] = {
            "acknowledged_at": utcnow() if on is None else acknowledged_at(on, today)
        }
        if comments is not None:
            changes["rep_comments"] = comments

        def not_before_signature(review: Review) -> None:
            signed = review.signed_at
            if on is not None and signed is not None and on < signed.astimezone().date():
                raise ValidationError(
                    "acknowledged_on",
                    m.BEFORE_SIGNED(
                        value=on.isoformat(), signed=signed.astimezone().date().isoformat()
                    ),
                )

        return self._move(
            review_id, expected_version, ReviewStatus.ACKNOWLEDGED, changes, not_before_signature
        )

    def reopen(self, review_id: int, expected_version: int | None, reason: str) -> ReviewRecord:
        """Signed or acknowledged → in review, audited as REOPEN with the reason.

        The signature and acknowledgement are cleared: they no longer cover the
        content once it may change. The audit event keeps when they were given.
        """
        why = require_text(reason, "reason", max_length=2_000)
        with self.db.session() as session:
            review = get_or_404(session, Review, review_id, "review")
            check_version(review, expected_version, "review")
            self._check_transition(review, ReviewStatus.IN_REVIEW)
            before = snapshot(review)
            review.status = ReviewStatus.IN_REVIEW.value
            review.signed_at = None
            review.acknowledged_at = None
            try:
                session.flush()
            except StaleDataError as exc:
                raise ConflictError("review", review.id, expected_version, None) from exc
            after = snapshot(review)
            keys = ("status", "signed_at", "acknowledged_at")
            audit(
                session,
                self.actor,
                review,
                AuditAction.REOPEN,
                {k: before[k] for k in keys},
                {**{k: after[k] for k in keys}, "reason": why},
            )
            return self._get(session, review_id)

    def _move(
        self,
        review_id: int,
        expected_version: int | None,
        to: ReviewStatus,
        changes: dict[str, Any],
        check: Callable[[Review], None] | None = None,
    ) -> ReviewRecord:
        with self.db.session() as session:
            review = get_or_404(session, Review, review_id, "review")
            check_version(review, expected_version, "review")
            self._check_transition(review, to)
            if check is not None:
                check(review)
            self._update(session, review, {"status": to.value, **changes}, None, "review")
            return self._get(session, review_id)

    @staticmethod
    def _check_transition(review: Review, to: ReviewStatus) -> None:
        check_review_transition(review.status, to)

    # -- development goals -----------------------------------------------------

    def add_goal(self, review_id: int, data: GoalInput) -> GoalRecord:
        values = goal_values(data)
        with self.db.session() as session:
            review = get_or_404(session, Review, review_id, "review")
            self._refuse_locked(session, review, "development goals")
            self._check_course(session, values)
            row = self._create(session, DevelopmentGoal(review_id=review_id, **values))
            return self._goal(session, row)

    def update_goal(
        self, goal_id: int, data: GoalInput, expected_version: int | None
    ) -> GoalRecord:
        values = goal_values(data)
        with self.db.session() as session:
            row = get_or_404(session, DevelopmentGoal, goal_id, GOAL)
            check_version(row, expected_version, GOAL)
            self._refuse_locked(
                session, session.get_one(Review, row.review_id), ("development goals",)
            )
            self._check_course(session, values)
            self._update(session, row, values, expected_version, GOAL)
            return self._goal(session, row)

    def delete_goal(self, goal_id: int, expected_version: int | None) -> None:
        with self.db.session() as session:
            row = get_or_404(session, DevelopmentGoal, goal_id, GOAL)
            check_version(row, expected_version, GOAL)
            self._refuse_locked(
                session, session.get_one(Review, row.review_id), ("development goals",)
            )
            self._delete(session, row, expected_version, GOAL)

    @staticmethod
    def _goal(session: Session, row: DevelopmentGoal) -> GoalRecord:
        title = None
        if row.course_id is not None:
            title = session.scalar(select(Course.title).where(Course.id == row.course_id))
        return goal_record(row, title)


__all__ = ["ReviewService", "acknowledged_at"]
