"""Saving a review in one transaction: content, KPI lines and goals, all or nothing.

:class:`ReviewWriter` is the half of :class:`~app.services.reviews.ReviewService`
that writes a review's parts. Its :meth:`~ReviewWriter.save_review` is what the
review editor's Save calls: every input is validated first, every version is
checked next (all stale rows reported in one :class:`ReviewConflictError`),
then content, lines and goals are written in one ``with self.db.session()``
block, so a failure anywhere leaves nothing written. The single-purpose
methods (``update_kpi_line``, ``add_goal``…) share the helpers here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.org import Manager, Rep
from app.db.reviews import DevelopmentGoal, KpiLine, Review
from app.db.training import Course
from app.domain import messages as m
from app.domain.attainment import metric_attainment
from app.domain.enums import LOCKED_REVIEW_STATUSES, GoalStatus, ReviewStatus
from app.domain.scoring import kpi_score, weighted_score
from app.domain.validation import ValidationError, require_choice, require_range, require_text
from app.services.base import Service, check_link, check_version, get_or_404
from app.services.errors import ConflictError, LockedError, NotFoundError
from app.services.kpi_template import to_decimal
from app.services.review_records import GoalInput, KpiLineInput, ReviewInput, ReviewRecord

T = TypeVar("T")

KPI_LINE = "KPI line"
GOAL = "development goal"


@dataclass(frozen=True)
class GoalChanges:
    """The goal edits of one save: new goals, changed ones and removed ones.

    ``changed`` maps a goal id to (the version it was edited from, its new
    values); ``removed`` maps a goal id to the version the user saw. A None
    version skips that row's check ("overwrite with mine").
    """

    added: Sequence[GoalInput] = ()
    changed: Mapping[int, tuple[int | None, GoalInput]] = field(default_factory=dict)
    removed: Mapping[int, int | None] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


class ReviewPartError(ValidationError):
    """Bad input in one KPI line or goal of a save: which row, and the field.

    ``part`` is ``"KPI line"`` or ``"development goal"``; ``item_id`` the row's
    id, or None for a new goal, whose 1-based place in ``GoalChanges.added``
    is ``row``.
    """

    def __init__(
        self,
        field: str,
        message: m.Text | str,
        row: int | None = None,
        part: str = "",
        item_id: int | None = None,
    ) -> None:
        super().__init__(field, message, row)
        # All attributes in args keep the error picklable (see ValidationError).
        self.args = (field, message, row, part, item_id)
        self.part = part
        self.item_id = item_id

    def __str__(self) -> str:
        where = f"{self.part} {self.item_id}" if self.item_id is not None else None
        if where is None:
            where = f"new {self.part} {self.row}"
        return f"{where}, {self.field}: {self.message}"

    def at_row(self, row: int) -> ReviewPartError:
        return type(self)(self.field, self.said or self.message, row, self.part, self.item_id)


class ReviewConflictError(ConflictError):
    """Rows of one save that someone else changed since the user loaded them.

    ``conflicts`` holds one :class:`ConflictError` per stale row (what, id,
    versions, stored values); this error's own attributes are the first one's,
    so code that handles a single conflict keeps working.
    """

    def __init__(self, conflicts: Sequence[ConflictError]) -> None:
        first = conflicts[0]
        super().__init__(
            first.what, first.row_id, first.expected_version, first.stored_version, first.theirs
        )
        self.conflicts = tuple(conflicts)
        if len(self.conflicts) > 1:
            self.args = ("; ".join(str(c) for c in self.conflicts),)

    def text(self, lang: str) -> str:
        return "; ".join(ConflictError.text(c, lang) for c in self.conflicts)


# -- validation (no database) ---------------------------------------------------------


def _rating(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("overall_rating", m.WHOLE_1_TO_5())
    return require_range(value, 1, 5, "overall_rating")


def content_values(data: ReviewInput) -> dict[str, Any]:
    """The review's written content, validated; raises ValidationError naming the field."""

    def text(value: str | None, name: str) -> str | None:
        return require_text(value, name, max_length=20_000, required=False)

    return {
        "overall_rating": _rating(data.overall_rating),
        "strengths": text(data.strengths, "strengths"),
        "improvements": text(data.improvements, "improvements"),
        "manager_summary": text(data.manager_summary, "manager_summary"),
        "rep_comments": text(data.rep_comments, "rep_comments"),
        "reviewer_id": data.reviewer_id,
    }


def line_values(data: KpiLineInput) -> dict[str, Any]:
    """A KPI line edit, validated; ``score`` None means "from attainment"."""
    score = None
    if data.score is not None:
        score = require_range(to_decimal(data.score, "score"), Decimal(1), Decimal(5), "score")
    return {
        "actual": None if data.actual is None else to_decimal(data.actual, "actual"),
        "score": score,
        "comment": require_text(data.comment, "comment", max_length=5_000, required=False),
    }


def goal_values(data: GoalInput) -> dict[str, Any]:
    """A development goal, validated."""
    return {
        "text": require_text(data.text, "text", max_length=2_000),
        "due_date": data.due_date,
        "status": require_choice(data.status, GoalStatus, "status").value,
        "course_id": data.course_id,
    }


def _in_part(part: str, item_id: int | None, row: int | None, check: Callable[[], T]) -> T:
    """``check()``, its ValidationError located at one line or goal."""
    try:
        return check()
    except ValidationError as error:
        raise ReviewPartError(
            error.field, error.said or error.message, row, part, item_id
        ) from error


def _collect(conflicts: list[ConflictError], row: Any, version: int | None, what: str) -> None:
    try:
        check_version(row, version, what)
    except ConflictError as error:
        conflicts.append(error)


@dataclass(frozen=True)
class _Edits:
    """One save's input, validated: values to write, each with the version it was edited from."""

    content: dict[str, Any] | None
    lines: dict[int, tuple[int | None, dict[str, Any]]]
    changed: dict[int, tuple[int | None, dict[str, Any]]]
    added: list[dict[str, Any]]
    removed: Mapping[int, int | None]

    def parts(self) -> tuple[str, ...]:
        """What the save changes, in words (for the locked message)."""
        present = (
            ("content", self.content is not None),
            ("KPI lines", bool(self.lines)),
            ("development goals", bool(self.changed or self.added or self.removed)),
        )
        return tuple(name for name, here in present if here) or ("content",)

    def goal_versions(self) -> list[tuple[int, int | None]]:
        """(goal id, version edited from) of the changed goals, then the removed ones."""
        changed = [(goal_id, version) for goal_id, (version, _) in self.changed.items()]
        return changed + list(self.removed.items())


def _validated(
    content: ReviewInput | None,
    lines: Mapping[int, tuple[int | None, KpiLineInput]],
    goals: GoalChanges,
) -> _Edits:
    """Every input of a save validated, before the database is touched."""
    content_vals = None if content is None else content_values(content)
    line_vals = {
        line_id: (version, _in_part(KPI_LINE, line_id, None, lambda d=data: line_values(d)))
        for line_id, (version, data) in lines.items()
    }
    changed_vals = {
        goal_id: (version, _in_part(GOAL, goal_id, None, lambda d=data: goal_values(d)))
        for goal_id, (version, data) in goals.changed.items()
    }
    added_vals = [
        _in_part(GOAL, None, n, lambda d=data: goal_values(d))
        for n, data in enumerate(goals.added, start=1)
    ]
    both = goals.changed.keys() & goals.removed.keys()
    if both:
        raise ReviewPartError("id", m.CHANGED_AND_REMOVED(), None, GOAL, min(both))
    return _Edits(content_vals, line_vals, changed_vals, added_vals, goals.removed)


class ReviewWriter(Service):
    """Writes a review's content, KPI lines and goals; base of ``ReviewService``."""

    def _get(self, session: Session, review_id: int) -> ReviewRecord:
        raise NotImplementedError  # ReviewService reads the record

    def save_review(
        self,
        review_id: int,
        expected_version: int | None,
        content: ReviewInput | None = None,
        lines: Mapping[int, tuple[int | None, KpiLineInput]] | None = None,
        goals: GoalChanges | None = None,
    ) -> ReviewRecord:
        """Save the editor's changes to one review in ONE transaction; the whole review back.

        - ``content``: the written content (None: unchanged), version-checked
          against ``expected_version`` (the review's version it was edited from);
        - ``lines``: ``{line id: (version, KpiLineInput)}``; attainment, the
          line's score and the review's weighted score are recomputed;
        - ``goals``: the added, changed and removed development goals.

        Raises ValidationError naming the field (:class:`ReviewPartError` also
        names the line or goal), NotFoundError for a line or goal not in this
        review, :class:`ReviewConflictError` listing every stale row, and
        LockedError once the review is signed. On any error nothing is written.
        """
        edits = _validated(content, lines or {}, goals or GoalChanges())
        with self.db.session() as session:
            review = get_or_404(session, Review, review_id, "review")
            self._refuse_locked(session, review, edits.parts())
            line_rows = self._rows_of(session, KpiLine, review_id, edits.lines, KPI_LINE)
            goal_rows = self._rows_of(
                session, DevelopmentGoal, review_id, {**edits.changed, **edits.removed}, GOAL
            )
            self._check_edit_links(session, edits)
            # Every stale row at once, before anything is written: one choice for the user.
            conflicts: list[ConflictError] = []
            if edits.content is not None:
                _collect(conflicts, review, expected_version, "review")
            for line_id, (version, _values) in edits.lines.items():
                _collect(conflicts, line_rows[line_id], version, KPI_LINE)
            for goal_id, version in edits.goal_versions():
                _collect(conflicts, goal_rows[goal_id], version, GOAL)
            if conflicts:
                raise ReviewConflictError(conflicts)
            self._write_edits(session, review, expected_version, edits, line_rows, goal_rows)
            return self._get(session, review_id)

    def _check_edit_links(self, session: Session, edits: _Edits) -> None:
        """Refuse a reviewer or a goal's course that does not exist."""
        if edits.content is not None:
            self._check_reviewer(session, edits.content["reviewer_id"])
        for goal_id, (_v, values) in edits.changed.items():
            _in_part(GOAL, goal_id, None, lambda v=values: self._check_course(session, v))
        for n, values in enumerate(edits.added, start=1):
            _in_part(GOAL, None, n, lambda v=values: self._check_course(session, v))

    def _write_edits(
        self,
        session: Session,
        review: Review,
        expected_version: int | None,
        edits: _Edits,
        line_rows: Mapping[int, KpiLine],
        goal_rows: Mapping[int, DevelopmentGoal],
    ) -> None:
        """Write checked edits: content, lines (in their order, then the rescore), goals."""
        if edits.content is not None:
            self._update(session, review, edits.content, expected_version, "review")
        for line_id, (version, values) in sorted(
            edits.lines.items(), key=lambda item: line_rows[item[0]].position
        ):
            self._write_line(session, line_rows[line_id], values, version)
        if edits.lines:
            self._rescore(session, review)
        for goal_id, version in edits.removed.items():
            self._delete(session, goal_rows[goal_id], version, GOAL)
        for goal_id, (version, values) in edits.changed.items():
            self._update(session, goal_rows[goal_id], values, version, GOAL)
        for values in edits.added:
            self._create(session, DevelopmentGoal(review_id=review.id, **values))

    # -- shared by save_review and the single-purpose methods ---------------------------

    @staticmethod
    def _rows_of(
        session: Session, model: Any, review_id: int, ids: Mapping[int, Any], what: str
    ) -> dict[int, Any]:
        """The review's rows with the given ids in one query; NotFoundError for any other."""
        if not ids:
            return {}
        found = {
            row.id: row
            for row in session.scalars(
                select(model).where(model.review_id == review_id, model.id.in_(list(ids)))
            )
        }
        for row_id in ids:
            if row_id not in found:
                raise NotFoundError(what, row_id)
        return found

    def _write_line(
        self, session: Session, line: KpiLine, values: Mapping[str, Any], version: int | None
    ) -> None:
        """Store a line's edit with its attainment and score (the review is rescored after)."""
        att = metric_attainment(line.metric, line.target, values["actual"])
        score = values["score"]
        changes = {
            "actual": values["actual"],
            "attainment": att,
            "score": score if score is not None else kpi_score(att),
            "comment": values["comment"],
        }
        self._update(session, line, changes, version, KPI_LINE)

    def _rescore(self, session: Session, review: Review) -> None:
        rows = session.execute(
            select(KpiLine.weight, KpiLine.score).where(KpiLine.review_id == review.id)
        ).all()
        score = weighted_score([(w, s) for w, s in rows])
        if score != review.weighted_score:
            self._update(session, review, {"weighted_score": score}, None, "review")

    def _refuse_locked(self, session: Session, review: Review, what: tuple[str, ...]) -> None:
        if ReviewStatus(review.status) in LOCKED_REVIEW_STATUSES:
            rep_name = session.scalar(select(Rep.name).where(Rep.id == review.rep_id))
            raise LockedError(
                m.REVIEW_LOCKED(name=rep_name, status=ReviewStatus(review.status), what=what)
            )

    @staticmethod
    def _check_reviewer(session: Session, reviewer_id: int | None) -> None:
        check_link(session, Manager, reviewer_id, "reviewer_id", "manager")

    @staticmethod
    def _check_course(session: Session, values: Mapping[str, Any]) -> None:
        check_link(session, Course, values["course_id"], "course_id", "course")


__all__ = [
    "GoalChanges",
    "ReviewConflictError",
    "ReviewPartError",
    "ReviewWriter",
    "content_values",
    "goal_values",
    "line_values",
]
