"""The Targets pane's rows: each target with its actual to date and attainment.

Everything the pane sorts by is computed in SQL, so sorting by actual or
attainment and paging happen in the database, over 5,000 reps as over five:

* Actual to date: the rep's actuals of the target's metric and unit lying
  within the target's period and started by ``today``; summed for flows,
  averaged for levels (as :mod:`app.services.period_totals` combines rows).
  Actuals in another unit than the target's are not counted here.
* Attainment: the rules of :mod:`app.domain.attainment` written as a SQL
  expression for the ORDER BY (lower-is-better metrics inverted and capped);
  the value shown is computed from the same target and actual by the domain
  function, so it is exactly what every other screen shows.
* Base currency: money targets and actuals converted into the region's base
  currency at the rate in force on the target period's last day.

A page costs at most four statements whatever the number of rows: the count,
the page, the actuals grouped for the page's targets (or one statement joining
them when sorting by a computed column) and the exchange rates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from app.db.org import Region, Rep
from app.db.targets import Actual, Target
from app.domain.attainment import ATTAINMENT_CAP, Band, band, metric_attainment
from app.domain.currency import Rate
from app.domain.enums import LEVEL_METRICS, LOWER_IS_BETTER, MONEY_METRICS, Metric, PeriodKind
from app.domain.periods import Period
from app.domain.validation import ValidationError, require_choice
from app.services.base import Page, PageRequest, Service, count_rows
from app.services.period_queries import overlapping
from app.services.period_totals import combine
from app.services.rates import load_rates_by_base, to_base

#: ``filters["period_kind"]`` value showing targets of every kind.
ANY_KIND = "any"
# Above this page size the actuals are joined in one statement instead of
# being read for a list of ids (which would hit the bind-parameter limit).
# Every page carries the count of all filtered rows (a window function), so a
# filter change costs one scan of the rows, not a count and then a page.
_TOTAL = func.count().over().label("total_rows")
_IDS_QUERY_UP_TO = 1000


@dataclass(frozen=True)
class TargetRow:
    """One line of the Targets pane (plain data)."""

    id: int
    version: int
    rep_id: int
    rep_name: str
    rep_name_zh: str | None
    region_id: int
    metric: Metric
    period: Period
    value: Decimal
    unit: str
    smart_description: str | None
    parent_id: int | None
    #: Actual to date in the target's unit; None when nothing is recorded yet.
    actual: Decimal | None
    #: How many actual rows make up ``actual``.
    actual_rows: int
    attainment: Decimal | None
    base_currency: str
    #: ``value`` / ``actual`` in the base currency (money metrics with a rate only).
    value_base: Decimal | None = None
    actual_base: Decimal | None = None

    @property
    def band(self) -> Band | None:
        return band(self.attainment)

    @property
    def is_money(self) -> bool:
        return self.metric in MONEY_METRICS


# -- SQL pieces ------------------------------------------------------------------


def _actuals_joined(today: dt.date) -> Any:
    """The join condition of a target with the actuals counting towards it."""
    return and_(
        Actual.rep_id == Target.rep_id,
        Actual.metric == Target.metric,
        Actual.unit == Target.unit,
        Actual.period_start >= Target.period_start,
        Actual.period_end <= Target.period_end,
        Actual.period_start <= today,
    )


def _actual_expr(total: Any, rows: Any) -> Any:
    """The actual to date from its summed rows: the mean for level metrics."""
    levels = [m.value for m in LEVEL_METRICS]
    return case((Target.metric.in_(levels), total * literal(1.0) / rows), else_=total)


def _attainment_expr(actual: Any) -> Any:
    """``app.domain.attainment.attainment`` as SQL (unrounded), NULL without an actual."""
    t = Target.value
    higher = case((t == 0, case((actual >= 0, 100.0), else_=0.0)), else_=actual * 100.0 / t)
    cap = float(ATTAINMENT_CAP)
    lower = case(
        (actual == 0, case((t == 0, 100.0), else_=cap)),
        (t * 100.0 / actual > cap, cap),
        else_=t * 100.0 / actual,
    )
    lower_metrics = [m.value for m in LOWER_IS_BETTER]
    return case(
        (actual.is_(None), None),
        (Target.metric.in_(lower_metrics), lower),
        else_=higher,
    )


_PLAIN_SORT: dict[str, Any] = {
    "rep_name": Rep.name,
    "rep_name_zh": Rep.name_zh,
    "metric": Target.metric,
    "period_start": Target.period_start,
    "value": Target.value,
    "unit": Target.unit,
    "smart_description": Target.smart_description,
    "updated_at": Target.updated_at,
}
_COMPUTED_SORT = frozenset({"actual", "attainment"})
#: The names ``PageRequest.sort`` accepts.
TARGET_ROW_SORT_COLUMNS: frozenset[str] = frozenset(_PLAIN_SORT) | _COMPUTED_SORT


# -- the service -------------------------------------------------------------------


class TargetRowService(Service):
    """Paged rows of the Targets pane; ``today`` decides what "to date" means."""

    def __init__(self, db: Any, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(db)
        self._today = today

    def list_rows(self, request: PageRequest | None = None) -> Page[TargetRow]:
        """A page of target rows.

        Filters: ``region_id``, ``rep_id``, ``metric``, ``period`` (a Period:
        targets overlapping it), ``period_kind`` (default: the period's kind;
        ``"any"`` for every kind). Search: rep names and the SMART description.
        Sort: one of :data:`TARGET_ROW_SORT_COLUMNS` (default ``rep_name``);
        rows without an actual or attainment come last either way.
        """
        request = request or PageRequest()
        sort = request.sort or "rep_name"
        if sort not in TARGET_ROW_SORT_COLUMNS:
            raise ValidationError("sort", f"{sort!r} is not a column to sort by")
        today = self._today()
        base = self._filtered(request)
        joined = sort in _COMPUTED_SORT or request.limit > _IDS_QUERY_UP_TO
        with self.db.read_session() as session:
            if joined:
                found, total = self._page_joined(session, base, request, sort, today)
            else:
                found, total = self._page_then_actuals(session, base, request, sort, today)
            if total is None:
                # An empty page (past the end) carries no count of its own.
                total = count_rows(session, base)
            on = max((row[0].period_end for row in found), default=today)
            bases = {row[4] for row in found}
            rates = load_rates_by_base(session, bases, on)
            rows = [self._row(*found_row, rates) for found_row in found]
        return Page(rows=rows, total=total, offset=request.offset)

    # -- statements ------------------------------------------------------------

    def _filtered(self, request: PageRequest) -> Select[Any]:
        stmt = (
            select(Target, Rep.name, Rep.name_zh, Rep.region_id, Region.base_currency)
            .join(Rep, Target.rep_id == Rep.id)
            .join(Region, Rep.region_id == Region.id)
        )
        f = request.filters
        if f.get("region_id") is not None:
            stmt = stmt.where(Rep.region_id == f["region_id"])
        if f.get("rep_id") is not None:
            stmt = stmt.where(Target.rep_id == f["rep_id"])
        if f.get("metric"):
            stmt = stmt.where(Target.metric == require_choice(f["metric"], Metric, "metric").value)
        period = f.get("period")
        if period is not None:
            if not isinstance(period, Period):
                raise ValidationError("period", "a year, quarter or month is required")
            stmt = stmt.where(overlapping(Target, period))
        kind = f.get("period_kind") or (period.kind if period is not None else None)
        if kind and kind != ANY_KIND:
            kind_m = require_choice(kind, PeriodKind, "period_kind")
            stmt = stmt.where(Target.period_kind == kind_m.value)
            if period is not None and kind_m is period.kind:
                # Calendar periods of one kind never half-overlap: equalities the
                # period index can seek, not a range over every year (and the
                # end tells a year from its first quarter and month).
                stmt = stmt.where(
                    Target.period_start == period.start, Target.period_end == period.end
                )
        elif period is not None:
            # No target spans more than a year; bounds the index range scan.
            stmt = stmt.where(Target.period_start > period.start - dt.timedelta(days=366))
        if request.search and request.search.strip():
            pattern = f"%{request.search.strip()}%"
            # Matching reps are found once in the small reps table; testing the
            # names on every joined target row made a search several times slower.
            named = select(Rep.id).where(or_(Rep.name.ilike(pattern), Rep.name_zh.ilike(pattern)))
            stmt = stmt.where(
                or_(Target.rep_id.in_(named), Target.smart_description.ilike(pattern))
            )
        return stmt

    def _ties(self) -> tuple[Any, ...]:
        # A year before its quarters before its months, then a stable id.
        return (Rep.name, Target.metric, Target.period_start, Target.period_end.desc(), Target.id)

    def _page_joined(
        self, session: Session, base: Select[Any], request: PageRequest, sort: str, today: dt.date
    ) -> tuple[list[tuple[Any, ...]], int | None]:
        """One statement: the filtered targets outer-joined to their grouped actuals."""
        ids = base.with_only_columns(Target.id).subquery()
        sums = (
            select(
                Target.id.label("target_id"),
                func.sum(Actual.value).label("total"),
                func.count(Actual.id).label("rows"),
            )
            .join(ids, ids.c.id == Target.id)
            .join(Actual, _actuals_joined(today))
            .group_by(Target.id)
            .subquery()
        )
        actual = _actual_expr(sums.c.total, sums.c.rows)
        computed = {"actual": actual, "attainment": _attainment_expr(actual)}
        column = computed.get(sort, _PLAIN_SORT.get(sort))
        order = column.desc() if request.descending else column.asc()
        stmt = (
            base.add_columns(sums.c.total, sums.c.rows, _TOTAL)
            .outerjoin(sums, sums.c.target_id == Target.id)
            .order_by(order.nulls_last(), *self._ties())
            .offset(request.offset)
            .limit(request.limit)
        )
        found = [tuple(row) for row in session.execute(stmt)]
        return [row[:-1] for row in found], (found[0][-1] if found else None)

    def _page_then_actuals(
        self, session: Session, base: Select[Any], request: PageRequest, sort: str, today: dt.date
    ) -> tuple[list[tuple[Any, ...]], int | None]:
        """The page ordered by a plain column, then the actuals of its targets grouped."""
        column = _PLAIN_SORT[sort]
        order = column.desc() if request.descending else column.asc()
        stmt = base.add_columns(_TOTAL).order_by(order.nulls_last(), *self._ties())
        counted = list(session.execute(stmt.offset(request.offset).limit(request.limit)))
        if not counted:
            return [], None
        total = counted[0][-1]
        page = [tuple(found)[:-1] for found in counted]
        sums_stmt = (
            select(Target.id, func.sum(Actual.value), func.count(Actual.id))
            .join(Actual, _actuals_joined(today))
            .where(Target.id.in_([found[0].id for found in page]))
            .group_by(Target.id)
        )
        sums = {target_id: (amount, rows) for target_id, amount, rows in session.execute(sums_stmt)}
        return [(*found, *sums.get(found[0].id, (None, 0))) for found in page], total

    # -- row -> record ---------------------------------------------------------

    def _row(
        self,
        target: Target,
        rep_name: str,
        rep_name_zh: str | None,
        region_id: int,
        base_currency: str,
        total: Decimal | None,
        rows: int | None,
        rates: dict[str, list[Rate]],
    ) -> TargetRow:
        metric = Metric(target.metric)
        period = Period(PeriodKind(target.period_kind), target.period_start, target.period_end)
        count = int(rows or 0)
        actual = combine(metric, Decimal(total), count) if total is not None and count else None
        value_base = actual_base = None
        if metric in MONEY_METRICS:
            base_rates: Sequence[Rate] = rates.get(base_currency, [])
            on = period.end
            value_base = to_base(target.value, target.unit, base_currency, base_rates, on)
            if actual is not None:
                actual_base = to_base(actual, target.unit, base_currency, base_rates, on)
        return TargetRow(
            id=target.id,
            version=target.version,
            rep_id=target.rep_id,
            rep_name=rep_name,
            rep_name_zh=rep_name_zh,
            region_id=region_id,
            metric=metric,
            period=period,
            value=target.value,
            unit=target.unit,
            smart_description=target.smart_description,
            parent_id=target.parent_id,
            actual=actual,
            actual_rows=count,
            attainment=metric_attainment(metric, target.value, actual),
            base_currency=base_currency,
            value_base=value_base,
            actual_base=actual_base,
        )


__all__ = ["ANY_KIND", "TARGET_ROW_SORT_COLUMNS", "TargetRow", "TargetRowService"]
