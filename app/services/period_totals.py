"""A rep's target and actual for a period: the one rule behind attainment and reviews.

The Targets pane, the dashboard (``app.services.attainment``) and the KPI
pre-fill of a review cycle (``app.services.kpi_prefill``) all read their
figures here, so a review's KPI line and the attainment shown for the same
rep and period agree.

Rules
-----
* Span: a calendar :class:`Period`, or any ``(start, end)`` range (a probation
  cycle need not be a calendar period). Only rows lying entirely within it
  count: a quarterly actual never counts towards one of its months.
* Target kind: if the span is exactly a calendar year, quarter or month and
  the rep has a target of that kind in it, that target. Otherwise the finest
  kind with targets inside the span: months, then quarters, then years.
  Kinds are never mixed (a year target never adds to its months), and partial
  coverage combines what exists.
* Actual: every actual within the span, whatever its length.
* Combining rows: flows (revenue, new customers, visits) are summed; levels
  (:data:`~app.domain.enums.LEVEL_METRICS`) are averaged over the rows, kept
  to four places: three months of CSAT 90 make a CSAT of 90.
* Units are kept apart. A figure has a local value only when all its rows
  share one unit; money is converted into a base currency at the rate in force
  on the span's last day (None without a rate). Attainment uses the local
  values when target and actual share a unit, else the base values.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.db.org import Rep
from app.db.targets import Actual, Target
from app.domain.attainment import metric_attainment
from app.domain.currency import Rate
from app.domain.enums import LEVEL_METRICS, MONEY_METRICS, Metric, PeriodKind
from app.domain.periods import Period
from app.services.period_queries import VALUE_STEP
from app.services.rates import load_rates, to_base

# The fallback order when the span's own kind has no target: finest first.
_FINEST_FIRST = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR)


def combine(metric: Metric, total: Decimal, rows: int) -> Decimal:
    """A figure from ``rows`` values adding up to ``total``: the sum, or the mean for levels."""
    if metric in LEVEL_METRICS and rows:
        return (Decimal(total) / rows).quantize(VALUE_STEP)
    return Decimal(total)


def calendar_kind(start: dt.date, end: dt.date) -> PeriodKind | None:
    """The kind of calendar period ``start``–``end`` is exactly, else None."""
    for kind in PeriodKind:
        period = Period.containing(start, kind)
        if (period.start, period.end) == (start, end):
            return kind
    return None


def kind_preference(start: dt.date, end: dt.date) -> tuple[PeriodKind, ...]:
    """Target kinds to try for a span, in order (see the module's rules)."""
    own = calendar_kind(start, end)
    if own is None:
        return _FINEST_FIRST
    return (own, *(k for k in _FINEST_FIRST if k is not own))


@dataclass(frozen=True)
class Figure:
    """The rows of one rep and metric in a span, kept per unit as (sum, row count)."""

    metric: Metric
    parts: Mapping[str, tuple[Decimal, int]]

    @property
    def unit(self) -> str | None:
        """The one unit of the rows; None when they mix units."""
        return next(iter(self.parts)) if len(self.parts) == 1 else None

    @property
    def value(self) -> Decimal | None:
        """The figure in its one unit; None when the rows mix units."""
        if len(self.parts) != 1:
            return None
        total, rows = next(iter(self.parts.values()))
        return combine(self.metric, total, rows)

    def by_unit(self) -> dict[str, Decimal]:
        """The figure of each unit's rows."""
        return {u: combine(self.metric, t, n) for u, (t, n) in self.parts.items()}

    def over_units(self) -> Decimal:
        """All rows combined, ignoring their units (for metrics that are not money)."""
        total = sum((t for t, _ in self.parts.values()), Decimal(0))
        return combine(self.metric, total, sum(n for _, n in self.parts.values()))


@dataclass(frozen=True)
class BaseCurrency:
    """Conversion into a region's base currency at the rates in force on ``on``."""

    code: str
    on: dt.date
    rates: tuple[Rate, ...] = ()

    @classmethod
    def load(
        cls, session: Session, code: str, on: dt.date, metrics: Iterable[Metric]
    ) -> BaseCurrency:
        """The base currency, with its rates only if a money metric is asked for (one query)."""
        if any(m in MONEY_METRICS for m in metrics):
            # Oldest first, so the last rate seen per currency is the one in
            # force on ``on``; keeping only those makes each conversion cheap.
            in_force = {rate.currency: rate for rate in load_rates(session, code, on)}
            return cls(code, on, tuple(in_force.values()))
        return cls(code, on)

    def value(self, figure: Figure | None) -> Decimal | None:
        """``figure`` in the base currency (money), or over its units (others)."""
        if figure is None:
            return None
        if figure.metric not in MONEY_METRICS:
            return figure.over_units()
        # Money metrics are flows, so each unit's sum converts on its own.
        converted = [
            to_base(v, u, self.code, self.rates, self.on) for u, v in figure.by_unit().items()
        ]
        if any(c is None for c in converted):
            return None
        return sum((c for c in converted if c is not None), Decimal(0))


@dataclass(frozen=True)
class PeriodFigures:
    """One rep's target and actual for one metric over a span."""

    rep_id: int
    metric: Metric
    target: Figure | None = None
    actual: Figure | None = None
    target_kind: PeriodKind | None = None


@dataclass(frozen=True)
class ResolvedLine:
    """What a rep's line shows: local values, their unit, base values and attainment."""

    target: Decimal | None
    actual: Decimal | None
    unit: str
    attainment: Decimal | None
    target_base: Decimal | None
    actual_base: Decimal | None


def resolve(figures: PeriodFigures, default_unit: str, base: BaseCurrency) -> ResolvedLine:
    """The line for ``figures``: the local values when target and actual share a unit,
    attainment on the base values otherwise; ``default_unit`` when nothing names one."""
    metric, t_fig, a_fig = figures.metric, figures.target, figures.actual
    target = t_fig.value if t_fig else None
    actual = a_fig.value if a_fig else None
    t_unit = (t_fig.unit if t_fig else None) or default_unit
    a_unit = (a_fig.unit if a_fig else None) or t_unit
    target_base, actual_base = base.value(t_fig), base.value(a_fig)
    if target is not None and actual is not None and t_unit == a_unit:
        att = metric_attainment(metric, target, actual)
    else:
        att = metric_attainment(metric, target_base, actual_base)
    return ResolvedLine(target, actual, t_unit if t_fig else a_unit, att, target_base, actual_base)


def period_figures(
    session: Session,
    metrics: Iterable[Metric],
    span: Period | tuple[dt.date, dt.date],
    *rep_filter: Any,
) -> dict[tuple[int, Metric], PeriodFigures]:
    """Per (rep id, metric) with any target or actual in ``span``: the figures.

    Two grouped queries whatever the number of reps; ``rep_filter`` are
    conditions on :class:`Rep` choosing whose rows are read.
    """
    start, end = (span.start, span.end) if isinstance(span, Period) else span
    wanted = [m.value for m in metrics]
    t_parts: dict[tuple[int, Metric], dict[PeriodKind, dict[str, tuple[Decimal, int]]]] = (
        defaultdict(lambda: defaultdict(dict))
    )
    t_stmt = (
        select(
            Target.rep_id,
            Target.metric,
            Target.period_kind,
            Target.unit,
            func.sum(Target.value),
            func.count(Target.id),
        )
        .join(Rep, Target.rep_id == Rep.id)
        .where(
            *rep_filter,
            Target.metric.in_(wanted),
            and_(Target.period_start >= start, Target.period_end <= end),
        )
        .group_by(Target.rep_id, Target.metric, Target.period_kind, Target.unit)
    )
    for rep_id, metric, kind, unit, total, rows in session.execute(t_stmt):
        t_parts[(rep_id, Metric(metric))][PeriodKind(kind)][unit] = (Decimal(total), int(rows))
    a_parts: dict[tuple[int, Metric], dict[str, tuple[Decimal, int]]] = defaultdict(dict)
    a_stmt = (
        select(
            Actual.rep_id, Actual.metric, Actual.unit, func.sum(Actual.value), func.count(Actual.id)
        )
        .join(Rep, Actual.rep_id == Rep.id)
        .where(
            *rep_filter,
            Actual.metric.in_(wanted),
            and_(Actual.period_start >= start, Actual.period_end <= end),
        )
        .group_by(Actual.rep_id, Actual.metric, Actual.unit)
    )
    for rep_id, metric, unit, total, rows in session.execute(a_stmt):
        a_parts[(rep_id, Metric(metric))][unit] = (Decimal(total), int(rows))
    preference = kind_preference(start, end)
    out: dict[tuple[int, Metric], PeriodFigures] = {}
    for key in t_parts.keys() | a_parts.keys():
        rep_id, metric = key
        by_kind = t_parts.get(key, {})
        kind = next((k for k in preference if k in by_kind), None)
        out[key] = PeriodFigures(
            rep_id,
            metric,
            Figure(metric, by_kind[kind]) if kind is not None else None,
            Figure(metric, a_parts[key]) if key in a_parts else None,
            kind,
        )
    return out


__all__ = [
    "BaseCurrency",
    "Figure",
    "PeriodFigures",
    "ResolvedLine",
    "calendar_kind",
    "combine",
    "kind_preference",
    "period_figures",
    "resolve",
]
