"""What the Reviews pane and the review editor read beside :class:`ReviewService`.

- :meth:`ReviewQueries.context`: the header of one review (rep with Chinese
  name, cycle, period, region) in one query;
- :meth:`ReviewQueries.chinese_names`: the Chinese names of a page of reps in
  one query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from app.db.org import Region, Rep
from app.db.reviews import Review, ReviewCycle
from app.domain.enums import CycleKind, CycleStatus
from app.services.errors import NotFoundError
from app.services.reviews import ReviewService


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


class ReviewQueries(ReviewService):
    """:class:`ReviewService` plus the reads the Reviews pane and the editor need."""

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


__all__ = ["ReviewContext", "ReviewQueries"]
