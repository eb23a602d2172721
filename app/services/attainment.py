"""Attainment: targets against actuals per rep, per region and month by month.

A rep's target and actual for a period follow the one rule shared with the
review pre-fill, in :mod:`app.services.period_totals` (which rows count, which
target kind wins, summed flows and averaged levels, units and base currency).
Here they are gathered per region:

* "Active" reps are those not inactive (on-leave reps keep their targets).
* A region's total converts money into its base currency; reps lacking a rate
  are left out and counted. Other flows are summed, levels averaged over the
  reps having a value.
* A rep's months: the month target against the actuals lying within the month.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.org import Region, Rep
from app.db.targets import Actual, Target
from app.domain.attainment import metric_attainment
from app.domain.enums import MONEY_METRICS, Metric, PeriodKind
from app.domain.periods import Period
from app.domain.validation import ValidationError, require_choice
from app.services.base import Service, get_or_404
from app.services.period_queries import DEFAULT_UNITS, not_inactive, within
from app.services.period_totals import (
    BaseCurrency,
    PeriodFigures,
    combine,
    period_figures,
    resolve,
)


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

        def over_reps(values: list[Decimal]) -> Decimal | None:
            if not values:
                return None
            return combine(metric_m, sum(values, Decimal(0)), len(values))

        target, actual = over_reps(targets), over_reps(actuals)
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
            actual = combine(metric_m, sums[m], counts[m]) if counts[m] else None
            points.append(
                MonthPoint(month, target, actual, metric_attainment(metric_m, target, actual))
            )
        return points

    def _attainment_lines(
        self, session: Session, region: Region, period: Period, metric: Metric
    ) -> list[RepAttainment]:
        """Three queries plus the rates: the reps, then their targets and actuals grouped."""
        if not isinstance(period, Period):
            raise ValidationError("period", "a year, quarter or month is required")
        in_region = (Rep.region_id == region.id, not_inactive())
        reps = session.execute(
            select(Rep.id, Rep.name, Rep.name_zh, Rep.currency).where(*in_region)
        ).all()
        figures = period_figures(session, [metric], period, *in_region)
        base = BaseCurrency.load(session, region.base_currency, period.end, [metric])
        money = metric in MONEY_METRICS
        lines = []
        for rep_id, name, name_zh, currency in reps:
            default_unit = currency if money else DEFAULT_UNITS[metric]
            found = figures.get((rep_id, metric), PeriodFigures(rep_id, metric))
            line = resolve(found, default_unit, base)
            lines.append(
                RepAttainment(
                    rep_id,
                    name,
                    name_zh,
                    metric,
                    line.target,
                    line.actual,
                    line.unit,
                    line.attainment,
                    line.target_base,
                    line.actual_base,
                )
            )
        return lines


__all__ = ["AttainmentService", "MonthPoint", "RegionTotal", "RepAttainment"]
