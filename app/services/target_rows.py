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

A page costs at most four statements whatever the number of rows: the page,
the count (skipped when the first page holds everything; folded into the page
for a search), the actuals grouped for the page's targets (or one statement
joining them when sorting by a computed column) and the exchange rates.
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
from app.domain import messages as m
from app.domain.attainment import ATTAINMENT_CAP, Band, band, metric_attainment
from app.domain.currency import Rate
from app.domain.enums import LEVEL_METRICS, LOWER_IS_BETTER, MONEY_METRICS, Metric, PeriodKind
from app.domain.periods import Period
from app.domain.validation import ValidationError, require_choice
from app.services.base import Page, PageRequest, Service, count_rows
from app.services.listing import own_columns, sort_name
from app.services.period_queries import overlapping
from app.services.period_totals import combine
from app.services.rates import load_rates_by_base, to_base
from app.services.targets import TargetBase

#: ``filters["period_kind"]`` value showing targets of every kind.
ANY_KIND = "any"
# The count of every filtered row, carried on each row of the page when the
# page statement must read every filtered target anyway.
_TOTAL = func.count().over().label("total_rows")
# Above this page size the actuals are joined in one statement instead of
# being read for a list of ids (which would hit the bind-parameter limit).
_IDS_QUERY_UP_TO = 1000


@dataclass(frozen=True)
class TargetRow(TargetBase):
    """One line of the Targets pane (plain data)."""

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
    **own_columns(
        Target, "metric", "period_start", "value", "unit", "smart_description", "updated_at"
    ),
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
        sort = sort_name(request, TARGET_ROW_SORT_COLUMNS, "rep_name")
        today = self._today()
        conditions = self._conditions(request)
        joined = sort in _COMPUTED_SORT or request.limit > _IDS_QUERY_UP_TO
        with self.db.read_session() as session:
            if joined:
                found, total = self._page_joined(session, conditions, request, sort, today)
            else:
                found, total = self._page_then_actuals(session, conditions, request, sort, today)
            if total is None:
                total = count_rows(session, _targets_of_reps(Target.id).where(*conditions))
            rates = self._rates(session, found)
            rows = [self._row(found_row, rates) for found_row in found]
        return Page(rows=rows, total=total, offset=request.offset)

    # -- statements ------------------------------------------------------------

    def _conditions(self, request: PageRequest) -> list[Any]:
        """The WHERE of the filters and search, over targets joined to their reps."""
        conditions: list[Any] = []
        f = request.filters
        if f.get("region_id") is not None:
            # The region's reps as a list the period index is probed with: every
            # other test (the search's description) then meets only their rows.
            in_region = select(Rep.id).where(Rep.region_id == f["region_id"])
            conditions.append(Target.rep_id.in_(in_region))
        if f.get("rep_id") is not None:
            conditions.append(Target.rep_id == f["rep_id"])
        if f.get("metric"):
            metric = require_choice(f["metric"], Metric, "metric")
            conditions.append(Target.metric == metric.value)
        period = f.get("period")
        if period is not None and not isinstance(period, Period):
            raise ValidationError("period", m.PERIOD_REQUIRED())
        kind = f.get("period_kind") or (period.kind if period is not None else None)
        kind_m: PeriodKind | None = None
        if kind and kind != ANY_KIND:
            kind_m = require_choice(kind, PeriodKind, "period_kind")
            conditions.append(Target.period_kind == kind_m.value)
        if period is not None and kind_m is period.kind:
            # Calendar periods of one kind never half-overlap: equalities the
            # period index seeks, not a range over every year (and the end
            # tells a year from its first quarter and month).
            conditions += [Target.period_start == period.start, Target.period_end == period.end]
        elif period is not None:
            conditions.append(overlapping(Target, period))
            # No target spans more than a year; bounds the index range scan.
            conditions.append(Target.period_start > period.start - dt.timedelta(days=366))
        if request.search and request.search.strip():
            pattern = f"%{request.search.strip()}%"
            # Matching reps are found once in the small reps table; testing the
            # names on every joined target row made a search several times slower.
            named = select(Rep.id).where(or_(Rep.name.ilike(pattern), Rep.name_zh.ilike(pattern)))
            conditions.append(
                or_(Target.rep_id.in_(named), Target.smart_description.ilike(pattern))
            )
        return conditions

    def _ordering(self, column: Any, descending: bool) -> tuple[Any, ...]:
        order = column.desc() if descending else column.asc()
        # A year before its quarters before its months, then a stable id.
        ties = (Rep.name, Target.metric, Target.period_start, Target.period_end.desc(), Target.id)
        return (order.nulls_last(), *ties)

    def _page_joined(
        self,
        session: Session,
        conditions: list[Any],
        request: PageRequest,
        sort: str,
        today: dt.date,
    ) -> tuple[list[Any], int | None]:
        """One statement: the filtered targets outer-joined to their grouped actuals.

        Sorting by actual or attainment needs every filtered target's actual,
        so the count rides along as a window function over the same scan.
        """
        ids = _targets_of_reps(Target.id).where(*conditions).subquery()
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
        stmt = (
            _targets_of_reps(*_ROW_COLUMNS, sums.c.total, sums.c.rows, _TOTAL)
            .join(Region, Rep.region_id == Region.id)
            .outerjoin(sums, sums.c.target_id == Target.id)
            .where(*conditions)
            .order_by(*self._ordering(column, request.descending))
            .offset(request.offset)
            .limit(request.limit)
        )
        found = list(session.execute(stmt))
        return found, (found[0].total_rows if found else None)

    def _page_then_actuals(
        self,
        session: Session,
        conditions: list[Any],
        request: PageRequest,
        sort: str,
        today: dt.date,
    ) -> tuple[list[Any], int | None]:
        """The page's ids in order, its rows, the actuals of its targets, the count.

        Ordering by a plain column reads only the covering period index and
        the reps table (no target row is fetched for the rows off the page),
        and the count is a second index-only pass: cheaper together than one
        window function, which makes SQLite materialize and sort every row.
        A search is the exception: its description test reads the target
        rows, so the count rides along in the same pass instead of repeating it.
        """
        ordering = self._ordering(_PLAIN_SORT[sort], request.descending)
        counted = bool(request.search and request.search.strip())
        page_ids = (
            _targets_of_reps(Target.id, *([_TOTAL] if counted else []))
            .where(*conditions)
            .order_by(*ordering)
            .offset(request.offset)
            .limit(request.limit)
            .subquery()
        )
        stmt = (
            select(*_ROW_COLUMNS, *([page_ids.c.total_rows] if counted else []))
            .join_from(page_ids, Target, Target.id == page_ids.c.id)
            .join(Rep, Target.rep_id == Rep.id)
            .join(Region, Rep.region_id == Region.id)
            .order_by(*ordering)
        )
        page = list(session.execute(stmt))
        if not page:
            return [], None
        if counted:
            total = page[0].total_rows
        elif request.offset == 0 and len(page) < request.limit:
            total = len(page)  # the whole result fits the first page
        else:
            total = count_rows(session, _targets_of_reps(Target.id).where(*conditions))
        sums_stmt = (
            select(Target.id, func.sum(Actual.value), func.count(Actual.id))
            .join(Actual, _actuals_joined(today))
            .where(Target.id.in_([row.id for row in page]))
            .group_by(Target.id)
        )
        sums = {target_id: (amount, rows) for target_id, amount, rows in session.execute(sums_stmt)}
        return [_with_sums(row, *sums.get(row.id, (None, 0))) for row in page], total

    def _rates(self, session: Session, found: list[Any]) -> _InForce:
        """The rates the page's money rows need, in force on their periods' ends."""
        money = [row for row in found if row.metric in _MONEY_VALUES]
        if not money:
            return _InForce({})
        on = max(row.period_end for row in money)
        by_base = load_rates_by_base(
            session, {row.base_currency for row in money}, on, {row.unit for row in money}
        )
        return _InForce(by_base)

    # -- row -> record ---------------------------------------------------------

    def _row(self, found: Any, rates: _InForce) -> TargetRow:
        metric = Metric(found.metric)
        period = Period(PeriodKind(found.period_kind), found.period_start, found.period_end)
        count = int(found.rows or 0)
        total = found.total
        actual = combine(metric, Decimal(total), count) if total is not None and count else None
        value_base = actual_base = None
        base_currency = found.base_currency
        if metric in MONEY_METRICS:
            in_force = rates.on(base_currency, period.end)
            value_base = to_base(found.value, found.unit, base_currency, in_force, period.end)
            if actual is not None:
                actual_base = to_base(actual, found.unit, base_currency, in_force, period.end)
        return TargetRow(
            id=found.id,
            version=found.version,
            rep_id=found.rep_id,
            rep_name=found.name,
            rep_name_zh=found.name_zh,
            region_id=found.region_id,
            metric=metric,
            period=period,
            value=found.value,
            unit=found.unit,
            smart_description=found.smart_description,
            parent_id=found.parent_id,
            actual=actual,
            actual_rows=count,
            attainment=metric_attainment(metric, found.value, actual),
            base_currency=base_currency,
            value_base=value_base,
            actual_base=actual_base,
        )


#: What a row is built from: plain columns, so no ORM object is made per row.
_ROW_COLUMNS = (
    Target.id,
    Target.version,
    Target.rep_id,
    Target.metric,
    Target.period_kind,
    Target.period_start,
    Target.period_end,
    Target.value,
    Target.unit,
    Target.smart_description,
    Target.parent_id,
    Rep.name,
    Rep.name_zh,
    Rep.region_id,
    Region.base_currency,
)
_MONEY_VALUES = frozenset(m.value for m in MONEY_METRICS)


def _targets_of_reps(*columns: Any) -> Select[Any]:
    return select(*columns).select_from(Target).join(Rep, Target.rep_id == Rep.id)


@dataclass(frozen=True)
class _Found:
    """A row of the page statement with its actuals' sum and count."""

    id: int
    version: int
    rep_id: int
    metric: str
    period_kind: str
    period_start: dt.date
    period_end: dt.date
    value: Decimal
    unit: str
    smart_description: str | None
    parent_id: int | None
    name: str
    name_zh: str | None
    region_id: int
    base_currency: str
    total: Decimal | None
    rows: int


def _with_sums(row: Any, total: Decimal | None, rows: int) -> _Found:
    return _Found(*row[: len(_ROW_COLUMNS)], total, rows)


class _InForce:
    """Rates per base currency, reduced once per day to those in force then.

    A page's rows share a few period ends; picking the rate in force once per
    (base, day) instead of once per row keeps a page's conversion cheap.
    """

    def __init__(self, by_base: dict[str, list[Rate]]) -> None:
        self._by_base = by_base
        self._cache: dict[tuple[str, dt.date], list[Rate]] = {}

    def on(self, base: str, day: dt.date) -> Sequence[Rate]:
        key = (base, day)
        if key not in self._cache:
            latest: dict[str, Rate] = {}
            for rate in self._by_base.get(base, []):  # oldest first
                if rate.valid_from <= day:
                    latest[rate.currency] = rate
            self._cache[key] = list(latest.values())
        return self._cache[key]


__all__ = ["ANY_KIND", "TARGET_ROW_SORT_COLUMNS", "TargetRow", "TargetRowService"]
