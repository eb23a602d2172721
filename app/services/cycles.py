"""Review cycles: opening one (with a pre-filled draft review per rep), closing it, its summary.

The reviews inside a cycle, their KPI lines and goals are in
``app.services.reviews``; the pre-fill rules are in ``app.services.kpi_prefill``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.db.audit import AuditEvent
from app.db.base import utcnow
from app.db.org import Manager, Region, Rep
from app.db.reviews import KpiLine, Review, ReviewCycle
from app.domain import messages as m
from app.domain.enums import AuditAction, CycleKind, CycleStatus, Metric, ReviewStatus
from app.domain.validation import (
    ValidationError,
    require_choice,
    require_date_order,
    require_text,
)
from app.services.base import (
    Service,
    check_link,
    from_attributes,
    get_or_404,
    linked_row,
    snapshot,
)
from app.services.kpi_prefill import PlannedReviews, plan_reviews
from app.services.kpi_template import KpiWeight, validate_template


@dataclass(frozen=True)
class CycleInput:
    """A cycle to open; ``kpi_template`` is a list of {"metric", "weight"} adding up to 100."""

    region_id: int
    name: str
    kind: CycleKind | str
    period_start: dt.date
    period_end: dt.date
    kpi_template: Sequence[Mapping[str, Any] | KpiWeight] = ()
    #: The manager every draft review starts with as its reviewer (None: nobody yet).
    reviewer_id: int | None = None


@dataclass(frozen=True)
class CycleRecord:
    id: int
    version: int
    region_id: int
    name: str
    kind: CycleKind
    period_start: dt.date
    period_end: dt.date
    status: CycleStatus
    kpi_template: tuple[KpiWeight, ...]
    closed_at: dt.datetime | None


@dataclass(frozen=True)
class CycleSummary:
    cycle: CycleRecord
    counts: Mapping[ReviewStatus, int]
    draft_rep_names: tuple[str, ...]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def validate_cycle(data: CycleInput) -> dict[str, Any]:
    require_date_order(data.period_start, data.period_end, "period_start", "period_end")
    template = validate_template(data.kpi_template)
    return {
        "region_id": data.region_id,
        "name": require_text(data.name, "name", max_length=120),
        "kind": require_choice(data.kind, CycleKind, "kind").value,
        "period_start": data.period_start,
        "period_end": data.period_end,
        "kpi_template": [{"metric": kw.metric.value, "weight": str(kw.weight)} for kw in template],
    }


def _cycle_record(row: ReviewCycle) -> CycleRecord:
    template = tuple(
        KpiWeight(Metric(e["metric"]), Decimal(str(e["weight"]))) for e in row.kpi_template
    )
    return from_attributes(
        CycleRecord,
        row,
        kind=CycleKind(row.kind),
        status=CycleStatus(row.status),
        kpi_template=template,
    )


class CycleService(Service):
    """Review cycles: open (with a draft review per active rep), close, summarise."""

    def get_cycle(self, cycle_id: int) -> CycleRecord:
        with self.db.read_session() as session:
            return _cycle_record(get_or_404(session, ReviewCycle, cycle_id, "review cycle"))

    def list_cycles(self, region_id: int | None = None) -> list[CycleRecord]:
        """Cycles, newest period first."""
        with self.db.read_session() as session:
            stmt = select(ReviewCycle).order_by(ReviewCycle.period_start.desc(), ReviewCycle.name)
            if region_id is not None:
                stmt = stmt.where(ReviewCycle.region_id == region_id)
            return [_cycle_record(row) for row in session.scalars(stmt)]

    def open_cycle(self, data: CycleInput) -> CycleRecord:
        """Open a cycle with a draft review for every active rep of the region.

        KPI lines are pre-filled from the reps' targets and actuals over the
        cycle's period. One transaction, and a constant number of queries
        however many reps the region has.
        """
        values = validate_cycle(data)
        template = validate_template(data.kpi_template)
        start, end = values["period_start"], values["period_end"]
        with self.db.session() as session:
            linked_row(session, Region, data.region_id, "region_id", "region")
            check_link(session, Manager, data.reviewer_id, "reviewer_id", "manager")
            duplicate = session.scalar(
                select(ReviewCycle.id).where(
                    ReviewCycle.region_id == data.region_id, ReviewCycle.name == values["name"]
                )
            )
            if duplicate is not None:
                raise ValidationError("name", m.NAME_USED_IN_REGION(value=values["name"]))
            cycle = self._create(session, ReviewCycle(status=CycleStatus.OPEN.value, **values))
            planned = plan_reviews(
                session, cycle.id, data.region_id, template, start, end, data.reviewer_id
            )
            if planned:
                self._bulk_create(session, cycle.id, planned)
            return _cycle_record(cycle)

    def _bulk_create(self, session: Session, cycle_id: int, planned: PlannedReviews) -> None:
        """Insert reviews, KPI lines and their audit events with one executemany each.

        ORM unit-of-work inserts would run one INSERT per row on SQLite (it
        must match RETURNING rows to objects), so rows go in as plain
        executemany and the new ids are read back by cycle.
        """
        session.execute(insert(Review), [review for review, _ in planned.values()])
        reviews = list(session.scalars(select(Review).where(Review.cycle_id == cycle_id)))
        session.execute(
            insert(KpiLine),
            [
                {"review_id": review.id, **values}
                for review in reviews
                for values in planned[review.rep_id][1]
            ],
        )
        lines = session.scalars(
            select(KpiLine).join(Review).where(Review.cycle_id == cycle_id)
        ).all()
        session.execute(
            insert(AuditEvent),
            [
                {
                    "actor": self.actor,
                    "table_name": row.__tablename__,
                    "row_id": row.id,
                    "action": AuditAction.CREATE.value,
                    "before": None,
                    "after": snapshot(row),
                }
                for row in [*reviews, *lines]
            ],
        )

    def close_cycle(self, cycle_id: int, expected_version: int | None) -> CycleRecord:
        """Close a cycle; refused while any of its reviews is still a draft."""
        with self.db.session() as session:
            cycle = get_or_404(session, ReviewCycle, cycle_id, "review cycle")
            if cycle.status == CycleStatus.CLOSED.value:
                raise ValidationError("status", m.CYCLE_CLOSED(name=cycle.name))
            drafts = self._draft_names(session, cycle_id)
            if drafts:
                noun = "review is" if len(drafts) == 1 else "reviews are"
                raise ValidationError(
                    "status",
                    m.CYCLE_DRAFTS(
                        name=cycle.name, count=len(drafts), noun=noun, names=tuple(drafts)
                    ),
                )
            changes = {"status": CycleStatus.CLOSED.value, "closed_at": utcnow()}
            return _cycle_record(
                self._update(session, cycle, changes, expected_version, "review cycle")
            )

    def cycle_summary(self, cycle_id: int) -> CycleSummary:
        """Reviews counted by status, and who still has a draft."""
        with self.db.read_session() as session:
            cycle = get_or_404(session, ReviewCycle, cycle_id, "review cycle")
            counts = {status: 0 for status in ReviewStatus}
            stmt = (
                select(Review.status, func.count())
                .where(Review.cycle_id == cycle_id)
                .group_by(Review.status)
            )
            for status, n in session.execute(stmt):
                counts[ReviewStatus(status)] = int(n)
            return CycleSummary(
                _cycle_record(cycle), counts, tuple(self._draft_names(session, cycle_id))
            )

    @staticmethod
    def _draft_names(session: Session, cycle_id: int) -> list[str]:
        stmt = (
            select(Rep.name)
            .join(Review, Review.rep_id == Rep.id)
            .where(Review.cycle_id == cycle_id, Review.status == ReviewStatus.DRAFT.value)
            .order_by(Rep.name)
        )
        return list(session.scalars(stmt))


__all__ = [
    "CycleInput",
    "CycleRecord",
    "CycleService",
    "CycleSummary",
    "validate_cycle",
]
