"""Attainment: targets against actuals per rep, per region and month by month.

Aggregation rules (used by the dashboard, the Targets pane and reviews)
-----------------------------------------------------------------------
* Only rows whose period lies *within* the requested period count
  (``start >= period.start and end <= period.end``); a quarterly actual never
  counts towards one of its months.
* Target of a rep for a period: the targets of the same kind as the period
  (the one exact target) if any; else the month targets inside it; else (for a
  year) the quarter targets inside it. Partial coverage sums what exists.
* Actual: all actuals inside the period, whatever their span.
* Flow metrics (revenue, new customers, visits) are summed. Level metrics
  (active customers, CSAT, churn rate, DSO) are averaged: a year's CSAT is
  the mean of its monthly figures, not their sum.
* Money values are converted into the region's base currency at the rate in
  force on the period's last day; with no rate the base value is None. For
  other metrics the base values equal the local ones.
* Attainment is computed on the local values when target and actual share a
  unit, else on the base values.
* "Active" reps are those not inactive (on-leave reps keep their targets).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.db.org import Region, Rep
from app.db.targets import Actual, Target
from app.domain.attainment import metric_attainment
from app.domain.enums import MONEY_METRICS, Metric, PeriodKind
from app.domain.periods import Period
from app.domain.validation import ValidationError, require_choice
from app.services.base import Service, get_or_404
from app.services.period_queries import (
    ADDITIVE_METRICS,
    DEFAULT_UNITS,
    VALUE_STEP,
    not_inactive,
    within,
)
from app.services.rates import load_rates, to_base


@dataclass(frozen=True)
class RepAttainment:
    rep_id: int
    rep_name: str
    rep_name_zh: str | None
    metric: Metric
    target: Decimal | None
    actual: Decimal | None
    unit: str
    attainment: Decimal | None
    target_base: Decimal | None
    actual_base: Decimal | None


@dataclass(frozen=True)
class MonthPoint:
    month: Period
    target: Decimal | None
    actual: Decimal | None
    attainment: Decimal | None = None


@dataclass(frozen=True)
class RegionTotal:
    """A region's figure for a period, in its base currency for money metrics."""

    region_id: int
    period: Period
    metric: Metric
    unit: str
    target: Decimal | None
    actual: Decimal | None
    attainment: Decimal | None
    reps: int
    reps_without_rate: int


def _mean_or_sum(metric: Metric, total: Decimal, count: int) -> Decimal:
    if metric in ADDITIVE_METRICS or count == 0:
        return total
    return (total / count).quantize(VALUE_STEP)


# -- the service ---------------------------------------------------------------


class AttainmentService(Service):
    """Attainment of a region's reps, the region's total and a rep's months."""

    def region_attainment(
        self, region_id: int, period: Period, metric: Metric | str = Metric.REVENUE
    ) -> list[RepAttainment]:
        """One line per active rep of the region, best attainment first (None last).

        Five queries whatever the number of reps: the region, its reps, targets
        and actuals grouped by rep in SQL, and the exchange rates.
        """
        metric_m = require_choice(metric, Metric, "metric")
        with self.db.read_session() as session:
            region = get_or_404(session, Region, region_id, "region")
            lines = self._attainment_lines(session, region, period, metric_m)
        return sorted(
            lines,
            key=lambda a: (a.attainment is None, -(a.attainment or 0), a.rep_name, a.rep_id),
        )

    def region_total(
        self, region_id: int, period: Period, metric: Metric | str = Metric.REVENUE
    ) -> RegionTotal:
        """The region's target, actual and attainment for ``period``.

        Money metrics are totalled in the base currency (reps lacking a rate are
        left out and counted in ``reps_without_rate``); other flow metrics are
        summed, level metrics averaged over the reps that have a value.
        """
        metric_m = require_choice(metric, Metric, "metric")
        with self.db.read_session() as session:
            region = get_or_404(session, Region, region_id, "region")
            lines = self._attainment_lines(session, region, period, metric_m)
            base = region.base_currency
        targets = [a.target_base for a in lines if a.target_base is not None]
        actuals = [a.actual_base for a in lines if a.actual_base is not None]
        missing = sum(
            1
            for a in lines
            if (a.target is not None and a.target_base is None)
            or (a.actual is not None and a.actual_base is None)
        )

        def combine(values: list[Decimal]) -> Decimal | None:
            if not values:
                return None
            return _mean_or_sum(metric_m, sum(values, Decimal(0)), len(values))

        target, actual = combine(targets), combine(actuals)
        unit = base if metric_m in MONEY_METRICS else DEFAULT_UNITS[metric_m]
        return RegionTotal(
            region_id,
            period,
            metric_m,
            unit,
            target,
            actual,
            metric_attainment(metric_m, target, actual),
            len(lines),
            missing,
        )

    def rep_monthly_series(
        self, rep_id: int, year: int, metric: Metric | str = Metric.REVENUE
    ) -> list[MonthPoint]:
        """Twelve points: the month's target and the actuals lying within the month."""
        metric_m = require_choice(metric, Metric, "metric")
        year_p = Period.year(year)
        with self.db.read_session() as session:
            get_or_404(session, Rep, rep_id, "rep")
            targets: dict[int, Decimal] = {}
            t_stmt = select(Target.period_start, Target.value).where(
                Target.rep_id == rep_id,
                Target.metric == metric_m.value,
                Target.period_kind == PeriodKind.MONTH.value,
                within(Target, year_p),
            )
            for start, value in session.execute(t_stmt):
                targets[start.month] = value
            sums: dict[int, Decimal] = defaultdict(Decimal)
            counts: dict[int, int] = defaultdict(int)
            a_stmt = select(Actual.period_start, Actual.period_end, Actual.value).where(
                Actual.rep_id == rep_id, Actual.metric == metric_m.value, within(Actual, year_p)
            )
            for start, end, value in session.execute(a_stmt):
                if start.month == end.month:  # longer actuals belong to no month
                    sums[start.month] += value
                    counts[start.month] += 1
        points = []
        for month in year_p.months():
            m = month.number
            target = targets.get(m)
            actual = _mean_or_sum(metric_m, sums[m], counts[m]) if counts[m] else None
            points.append(
                MonthPoint(month, target, actual, metric_attainment(metric_m, target, actual))
            )
        return points

    def _attainment_lines(
        self, session: Session, region: Region, period: Period, metric: Metric
    ) -> list[RepAttainment]:
        if not isinstance(period, Period):
            raise ValidationError("period", "a year, quarter or month is required")
        reps = session.execute(
            select(Rep.id, Rep.name, Rep.name_zh, Rep.currency).where(
                Rep.region_id == region.id, not_inactive()
            )
        ).all()
        in_region = and_(Rep.region_id == region.id, not_inactive())
        # rep -> kind -> unit -> (sum, count)
        targets: dict[int, dict[PeriodKind, dict[str, tuple[Decimal, int]]]] = defaultdict(
            lambda: defaultdict(dict)
        )
        t_stmt = (
            select(
                Target.rep_id,
                Target.period_kind,
                Target.unit,
                func.sum(Target.value),
                func.count(Target.id),
            )
            .join(Rep, Target.rep_id == Rep.id)
            .where(in_region, Target.metric == metric.value, within(Target, period))
            .group_by(Target.rep_id, Target.period_kind, Target.unit)
        )
        for rep_id, kind, unit, total, count in session.execute(t_stmt):
            targets[rep_id][PeriodKind(kind)][unit] = (Decimal(total), int(count))
        actuals: dict[int, dict[str, tuple[Decimal, int]]] = defaultdict(dict)
        a_stmt = (
            select(Actual.rep_id, Actual.unit, func.sum(Actual.value), func.count(Actual.id))
            .join(Rep, Actual.rep_id == Rep.id)
            .where(in_region, Actual.metric == metric.value, within(Actual, period))
            .group_by(Actual.rep_id, Actual.unit)
        )
        for rep_id, unit, total, count in session.execute(a_stmt):
            actuals[rep_id][unit] = (Decimal(total), int(count))
        money = metric in MONEY_METRICS
        base = region.base_currency
        rates = load_rates(session, base, period.end) if money else []
        # The kind to use: the period's own, else months, else quarters.
        preference = [period.kind, PeriodKind.MONTH, PeriodKind.QUARTER]

        def figure(groups: Mapping[str, tuple[Decimal, int]] | None, default_unit: str) -> tuple:
            """(local value, unit, base value) of unit groups; local None when mixed."""
            if not groups:
                return None, default_unit, None
            total = sum((v for v, _ in groups.values()), Decimal(0))
            count = sum(c for _, c in groups.values())
            if money:
                converted = [
                    to_base(v, unit, base, rates, period.end) for unit, (v, _) in groups.items()
                ]
                base_value = None if None in converted else sum(converted, Decimal(0))  # type: ignore[arg-type]
            else:
                base_value = _mean_or_sum(metric, total, count)
            if len(groups) > 1:
                return None, default_unit, base_value
            unit = next(iter(groups))
            return _mean_or_sum(metric, total, count), unit, base_value

        lines = []
        for rep_id, name, name_zh, currency in reps:
            default_unit = currency if money else DEFAULT_UNITS[metric]
            by_kind = targets.get(rep_id, {})
            chosen = next((by_kind[k] for k in preference if k in by_kind), None)
            target, t_unit, target_base = figure(chosen, default_unit)
            actual, a_unit, actual_base = figure(actuals.get(rep_id), t_unit)
            if target is not None and actual is not None and t_unit == a_unit:
                att = metric_attainment(metric, target, actual)
            else:
                att = metric_attainment(metric, target_base, actual_base)
            lines.append(
                RepAttainment(
                    rep_id,
                    name,
                    name_zh,
                    metric,
                    target,
                    actual,
                    t_unit if chosen else a_unit,
                    att,
                    target_base,
                    actual_base,
                )
            )
        return lines


__all__ = ["AttainmentService", "MonthPoint", "RegionTotal", "RepAttainment"]
