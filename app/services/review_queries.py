"""What the Reviews pane and the review editor read beside :class:`ReviewService`.

- :meth:`ReviewQueries.context`: the header of one review (rep with Chinese
  name, cycle, period, region) in one query;
- :meth:`ReviewQueries.chinese_names`: the Chinese names of a page of reps in
  one query;
- :meth:`ReviewQueries.acknowledge_on`: record that the rep acknowledged a
  signed review on a given day (the service's ``acknowledge`` stamps "now";
  the manager often records a paper or e-mail acknowledgement days later).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.db.org import Region, Rep
from app.db.reviews import Review, ReviewCycle
from app.domain.enums import CycleKind, CycleStatus, ReviewStatus
from app.domain.validation import ValidationError, require_text
from app.services.errors import NotFoundError
from app.services.reviews import ReviewRecord, ReviewService


@dataclass(frozen=True)
class ReviewContext:
    """Who and what a review is about, for the editor's header."""

    review_id: int
    rep_id: int
    rep_name: str
    rep_name_zh: str | None
    cycle_id: int
    cycle_name: str
    cycle_kind: CycleKind
    cycle_status: CycleStatus
    period_start: dt.date
    period_end: dt.date
    region_id: int
    region_name: str
    region_name_zh: str | None


def acknowledged_at(on: dt.date, today: dt.date) -> dt.datetime:
    """The moment stored for an acknowledgement given on ``on`` (a local date).

    Today's is "now"; an earlier day's is local noon, so the date reads back
    the same in the manager's zone.
    """
    if on == today:
        return dt.datetime.now(dt.UTC)
    return dt.datetime.combine(on, dt.time(12)).astimezone().astimezone(dt.UTC)


class ReviewQueries(ReviewService):
    """:class:`ReviewService` plus the reads and the dated acknowledgement the UI needs."""

    def __init__(self, db: Any, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(db)
        self.today = today

    def context(self, review_id: int) -> ReviewContext:
        """The review's rep, cycle and region in one query."""
        stmt = (
            select(
                Review.id,
                Rep.id,
                Rep.name,
                Rep.name_zh,
                ReviewCycle.id,
                ReviewCycle.name,
                ReviewCycle.kind,
                ReviewCycle.status,
                ReviewCycle.period_start,
                ReviewCycle.period_end,
                Region.id,
                Region.name,
                Region.name_zh,
            )
            .join(Rep, Review.rep_id == Rep.id)
            .join(ReviewCycle, Review.cycle_id == ReviewCycle.id)
            .join(Region, ReviewCycle.region_id == Region.id)
            .where(Review.id == review_id)
        )
        with self.db.read_session() as session:
            row = session.execute(stmt).one_or_none()
            if row is None:
                raise NotFoundError("review", review_id)
        values = list(row)
        values[6] = CycleKind(values[6])
        values[7] = CycleStatus(values[7])
        return ReviewContext(*values)

    def chinese_names(self, rep_ids: Iterable[int]) -> dict[int, str | None]:
        """``{rep id: Chinese name}`` for the given reps, in one query."""
        ids = sorted(set(rep_ids))
        if not ids:
            return {}
        with self.db.read_session() as session:
            rows = session.execute(select(Rep.id, Rep.name_zh).where(Rep.id.in_(ids)))
            return {rep_id: name_zh for rep_id, name_zh in rows}

    def acknowledge_on(
        self,
        review_id: int,
        expected_version: int | None,
        on: dt.date,
        rep_comments: str | None = None,
    ) -> ReviewRecord:
        """Signed → acknowledged, on the day the rep acknowledged it.

        The day may not be in the future nor before the signature.
        """
        if on is None:
            raise ValidationError("acknowledged_on", "is required")
        today = self.today()
        if on > today:
            raise ValidationError("acknowledged_on", f"{on.isoformat()} is in the future")
        comments = require_text(rep_comments, "rep_comments", max_length=20_000, required=False)
        with self.db.read_session() as session:
            signed = session.scalar(select(Review.signed_at).where(Review.id == review_id))
        if signed is not None and on < signed.astimezone().date():
            raise ValidationError(
                "acknowledged_on",
                f"{on.isoformat()} is before the review was signed "
                f"({signed.astimezone().date().isoformat()})",
            )
        changes: dict[str, Any] = {"acknowledged_at": acknowledged_at(on, today)}
        if comments is not None:
            changes["rep_comments"] = comments
        return self._move(review_id, expected_version, ReviewStatus.ACKNOWLEDGED, changes)


__all__ = ["ReviewContext", "ReviewQueries", "acknowledged_at"]
