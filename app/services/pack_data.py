"""Everything a PDF review pack shows, loaded as plain frozen data (contract 1 of issue 5).

The renderer (app/reports) only reads the dataclasses of :mod:`app.services.pack_records`;
it never touches the database.

What a pack selects (decisions of issue 5):

* KPI lines, goals and the written review: the review's own record, as
  :mod:`app.services.review_records` reads it.
* Months and quarters of the main metric (revenue, else the template's first
  metric): the monthly rule of ``AttainmentService.rep_monthly_series`` and the
  period rule of :mod:`app.services.period_totals` respectively.
* Peers: every review of the cycle, best weighted score first (unscored last);
  the rep by name, everyone else only by their rank ("1", "2", ...).
* Meetings: the rep's held and planned one-on-ones starting within the cycle
  (in the rep's local days), oldest first, with their action items. Cancelled
  ones are left out. The private manager note is never selected.
* Risks: the rep's live (open or monitoring) risks; the register links
  customers to risks by free text only, so "their customers' risks" are the
  ones linked to the rep. Compliance: the rep's own items plus the rep's work
  permit expiry.
* Training: the rep's open assignments plus those due or completed within the
  cycle.
* ``issued_on``: the day (UTC) the review was signed, else the cycle's end, so
  the same data always gives the same pack.

:meth:`PackDataService.load` costs the same number of SQL statements (21 with a
money metric, 20 without) however long the rep's history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC
from typing import Any, NamedTuple

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.org import Region
from app.db.reviews import Review, ReviewCycle
from app.domain import messages as m
from app.domain.enums import MONEY_METRICS, CycleKind, Metric, ReviewStatus
from app.domain.periods import last_n_quarters
from app.services import pack_queries as q
from app.services.base import Service, from_attributes, get_or_404
from app.services.errors import NotFoundError, ValidationError
from app.services.pack_records import PackData, PackGoal, PackKpi, RegionRow, RegionSummary
from app.services.period_queries import DEFAULT_UNITS
from app.services.review_records import ReviewRecord, review_records, review_select
from app.services.risks import RiskService


class Resolved(NamedTuple):
    """What ``resolve`` found: the cycle and the reviews to print (by rep name)."""

    cycle_id: int
    review_ids: list[int]


def document_id(review_id: int, version: int) -> str:
    """The pack's id: the same for the same review version, so reprints match."""
    return f"OP-R{review_id:06d}-V{version}"


def main_metric_of(template: Sequence[Mapping[str, Any]], lines: Sequence[Metric]) -> Metric:
    """Revenue when the cycle's template has it, else its first metric."""
    metrics = [Metric(item["metric"]) for item in template] or list(lines)
    if not metrics or Metric.REVENUE in metrics:
        return Metric.REVENUE
    return metrics[0]


def _main_unit(record: ReviewRecord, main: Metric, currency: str) -> str:
    """The main metric's unit: its KPI line's, else the rep's currency or the metric's unit."""
    main_line = next((x for x in record.kpi_lines if x.metric is main), None)
    if main_line is not None and main_line.unit:
        return main_line.unit
    return currency if main in MONEY_METRICS else DEFAULT_UNITS[main]


def _history(session: Session, ctx: Row[Any], main: Metric, main_unit: str) -> dict[str, Any]:
    """The pack's parts beyond the review itself, named as :class:`PackData` names them:
    a fixed number of statements each."""
    start, end, rep_id = ctx.period_start, ctx.period_end, ctx.rep_id
    last_quarters = last_n_quarters(end, 4)
    return {
        "peers": q.peers(session, ctx.cycle_id, rep_id),
        "training": q.training(session, rep_id, start, end),
        "meetings": q.meetings(session, rep_id, start, end, ctx.time_zone),
        "risks": q.risks(session, rep_id),
        "compliance": q.compliance(session, rep_id),
        "months": q.months(session, rep_id, main, start, end),
        "quarters": q.quarters(session, rep_id, main, last_quarters, main_unit, ctx.base_currency),
    }


def _pack_data(
    ctx: Row[Any], record: ReviewRecord, main: Metric, main_unit: str, parts: dict[str, Any]
) -> PackData:
    """The pack: the written review from its record, the rest from the context and parts."""
    signed = record.signed_at
    start, end = ctx.period_start, ctx.period_end
    return from_attributes(
        PackData,
        record,
        document_id=document_id(record.id, record.version),
        issued_on=signed.astimezone(UTC).date() if signed is not None else end,
        rep_name=ctx.rep_name,
        rep_name_zh=ctx.rep_name_zh,
        region_name=ctx.region_name,
        region_name_zh=ctx.region_name_zh,
        country=ctx.posting_country,
        city=ctx.posting_city or None,
        cycle_name=ctx.cycle_name,
        cycle_kind=CycleKind(ctx.cycle_kind),
        period=q.enclosing_period(start, end),
        kpis=tuple(from_attributes(PackKpi, line) for line in record.kpi_lines),
        main_metric=main,
        main_unit=main_unit,
        goals=tuple(from_attributes(PackGoal, goal) for goal in record.goals),
        work_permit_expiry=ctx.work_permit_expiry,
        period_start=start,
        period_end=end,
        review_id=record.id,
        review_version=record.version,
        **parts,
    )


class PackDataService(Service):
    """Reads everything a review pack prints, as :class:`PackData` (read-only)."""

    @classmethod
    def connect(cls, db_url: str) -> PackDataService:
        """A service over its own connection to ``db_url`` (e.g. in a worker process);
        :meth:`close` releases it."""
        return cls(Database(db_url))

    def close(self) -> None:
        """Release the database connections (of a service made by :meth:`connect`)."""
        self.db.dispose()

    def load(self, review_id: int) -> PackData:
        """The pack of one review: a constant number of statements (about twenty)
        whatever the length of the rep's history."""
        with self.db.read_session() as session:
            ctx = q.context_row(session, review_id)
            if ctx is None:
                raise NotFoundError("review", review_id)
            found = session.execute(review_select().where(Review.id == review_id)).all()
            # The review's own record (lines, goals) by the rule the Reviews pane shows.
            record = review_records(session, found)[0]
            lines = [line.metric for line in record.kpi_lines]
            main = main_metric_of(ctx.kpi_template or [], lines)
            main_unit = _main_unit(record, main, ctx.currency)
            parts = _history(session, ctx, main, main_unit)
        return _pack_data(ctx, record, main, main_unit, parts)

    def review_ids(self, cycle_id: int) -> list[int]:
        """The cycle's review ids, by rep name."""
        with self.db.read_session() as session:
            get_or_404(session, ReviewCycle, cycle_id, "cycle")
            return q.review_ids(session, cycle_id)

    def review_names(self, cycle_id: int, review_ids: Sequence[int]) -> list[tuple[int, str, str]]:
        """(review id, rep name, cycle name) of the given reviews of the cycle."""
        with self.db.read_session() as session:
            rows = q.review_names(session, cycle_id, list(review_ids))
        return [(review_id, rep, cycle) for review_id, rep, cycle in rows]

    def region_summary(self, cycle_id: int) -> RegionSummary:
        """The cycle's team table (best first) and its region's live-risk heat map."""
        with self.db.read_session() as session:
            cycle = get_or_404(session, ReviewCycle, cycle_id, "cycle")
            region = get_or_404(session, Region, cycle.region_id, "region")
            rows = tuple(
                RegionRow(name, name_zh, ReviewStatus(status), score, rating)
                for _, _, name, name_zh, status, score, rating in q.ranked_reviews(
                    session, cycle_id
                )
            )
            summary = (region.id, region.name, region.name_zh, cycle.name)
            start, end = cycle.period_start, cycle.period_end
        grid = RiskService(self.db).heat_map(summary[0])
        heat = {(lk + 1, im + 1): n for lk, row in enumerate(grid) for im, n in enumerate(row)}
        return RegionSummary(
            summary[1], summary[2], summary[3], q.enclosing_period(start, end), rows, heat
        )

    def resolve(self, *, cycle: str, rep: str | None = None, region: str | None = None) -> Resolved:
        """Ids or names (case-insensitive, Latin or Chinese) -> the cycle and its reviews.

        With ``rep``: that rep's review only; with ``region`` alone (or nothing):
        every review of the cycle. Unknown or ambiguous values raise a
        ValidationError naming "rep", "cycle" or "region" (listing candidates).
        """
        with self.db.read_session() as session:
            region_id = q.pick_region(session, region) if region is not None else None
            rep_row = q.pick_rep(session, rep, region_id) if rep is not None else None
            scope = region_id if region_id is not None else (rep_row[2] if rep_row else None)
            cycle_id, cycle_name = q.pick_cycle(session, cycle, scope)
            if rep_row is None:
                return Resolved(cycle_id, q.review_ids(session, cycle_id))
            review_id = session.scalar(
                select(Review.id).where(Review.cycle_id == cycle_id, Review.rep_id == rep_row[0])
            )
            if review_id is None:
                raise ValidationError(
                    "rep", m.NO_REVIEW_IN_CYCLE(name=rep_row[1], cycle=cycle_name)
                )
            return Resolved(cycle_id, [review_id])


__all__ = ["PackDataService", "Resolved", "document_id"]
