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
* Every region at once (:meth:`AttainmentService.region_overview` with
  ``region_id`` None): the reps of every region, and one total per region,
  each in its own base currency. Totals are never added across regions here:
  whether they can be (one shared base currency) is the caller's rule, see
  :func:`app.services.dashboard.combine_totals`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.org import Region, Rep
from app.db.targets import Actual, Target
from app.domain import messages as m
from app.domain.attainment import metric_attainment
from app.domain.enums import MONEY_METRICS, Metric, PeriodKind
from app.domain.periods import Period
from app.domain.validation import ValidationError, require_choice
from app.services.base import Service, get_or_404
from app.services.errors import NotFoundError
from app.services.period_queries import DEFAULT_UNITS, not_inactive, within
from app.services.period_totals import (
    BaseCurrency,
    PeriodFigures,
    combine,
    period_figures,
    resolve,
)
from app.services.rates import load_rates_by_base


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


@dataclass(frozen=True)
class RegionOverview:
    """A region's (or every region's) rep lines, best first, and each region's total.

    ``totals`` holds one :class:`RegionTotal` per region, regions by name; a
    region without active reps has a total of ``reps == 0`` and no figures.
    """

    lines: tuple[RepAttainment, ...]
    totals: tuple[RegionTotal, ...]


def _best_first(line: RepAttainment) -> tuple[object, ...]:
    return (line.attainment is None, -(line.attainment or 0), line.rep_name, line.rep_id)


def region_total_of(
    region_id: int, unit_base: str, lines: list[RepAttainment], period: Period, metric: Metric
) -> RegionTotal:
    """The total of one region's ``lines`` (see :meth:`AttainmentService.region_total`)."""
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
        return combine(metric, sum(values, Decimal(0)), len(values))

    target, actual = over_reps(targets), over_reps(actuals)
    unit = unit_base if metric in MONEY_METRICS else DEFAULT_UNITS[metric]
    return RegionTotal(
        region_id,
        period,
        metric,
        unit,
        target,
        actual,
        metric_attainment(metric, target, actual),
        len(lines),
        missing,
    )


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
        return list(self.region_overview(region_id, period, metric).lines)

    def region_total(
        self, region_id: int, period: Period, metric: Metric | str = Metric.REVENUE
    ) -> RegionTotal:
        """The region's target, actual and attainment for ``period``.

        Money metrics are totalled in the base currency (reps lacking a rate are
        left out and counted in ``reps_without_rate``); other flow metrics are
        summed, level metrics averaged over the reps that have a value.
        """
        return self.region_overview(region_id, period, metric).totals[0]

    def region_overview(
        self, region_id: int | None, period: Period, metric: Metric | str = Metric.REVENUE
    ) -> RegionOverview:
        """The lines of :meth:`region_attainment` and the totals of :meth:`region_total`
        from one read; ``region_id`` None reads every region at once.

        Five queries whatever the number of regions and reps (four for metrics
        that are not money): the regions, their reps, targets and actuals
        grouped by rep in SQL, and the rates into every base currency involved.
        Lines of every region are merged best first; totals stay one per region
        (regions by name), each in its own base currency.
        """
        metric_m = require_choice(metric, Metric, "metric")
        if not isinstance(period, Period):
            raise ValidationError("period", m.PERIOD_REQUIRED())
        with self.db.read_session() as session:
            regions_stmt = select(Region.id, Region.base_currency).order_by(Region.name, Region.id)
            if region_id is not None:
                regions_stmt = regions_stmt.where(Region.id == region_id)
            regions = session.execute(regions_stmt).all()
            if region_id is not None and not regions:
                raise NotFoundError("region", region_id)
            base_of = {rid: code for rid, code in regions}
            lines = self._attainment_lines(session, region_id, base_of, period, metric_m)
        by_region: dict[int, list[RepAttainment]] = defaultdict(list)
        for region_of, line in lines:
            by_region[region_of].append(line)
        totals = tuple(
            region_total_of(rid, code, by_region[rid], period, metric_m) for rid, code in regions
        )
        return RegionOverview(tuple(sorted((line for _, line in lines), key=_best_first)), totals)

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
        self,
        session: Session,
        region_id: int | None,
        base_of: dict[int, str],
        period: Period,
        metric: Metric,
    ) -> list[tuple[int, RepAttainment]]:
        """(region id, line) per active rep: three queries plus one for the rates."""
        in_scope = [not_inactive()]
        if region_id is not None:
            in_scope.append(Rep.region_id == region_id)
        reps = session.execute(
            select(Rep.id, Rep.name, Rep.name_zh, Rep.currency, Rep.region_id).where(*in_scope)
        ).all()
        figures = period_figures(session, [metric], period, *in_scope)
        bases = _load_bases(session, set(base_of.values()), period.end, metric)
        return [
            (
                rep_region,
                _line(rep_id, name, name_zh, currency, metric, figures, bases[base_of[rep_region]]),
            )
            for rep_id, name, name_zh, currency, rep_region in reps
        ]

    def rep_attainment(
        self, rep_id: int, period: Period, metrics: Sequence[Metric | str] | None = None
    ) -> list[RepAttainment]:
        """One rep's line per metric: each of ``metrics``, or every metric with a
        target or actual in ``period`` (in Metric order).

        Four queries at most (the rep, targets, actuals, rates), however long
        the rep's history; the rep profile uses it, not a whole region's read.
        """
        wanted = [require_choice(m, Metric, "metrics") for m in metrics or Metric]
        with self.db.read_session() as session:
            rep = session.execute(
                select(Rep.name, Rep.name_zh, Rep.currency, Region.base_currency)
                .join(Region, Rep.region_id == Region.id)
                .where(Rep.id == rep_id)
            ).one_or_none()
            if rep is None:
                raise NotFoundError("rep", rep_id)
            name, name_zh, currency, base_code = rep
            figures = period_figures(session, wanted, period, Rep.id == rep_id)
            shown = wanted if metrics else [m for m in wanted if (rep_id, m) in figures]
            money = next((m for m in shown if m in MONEY_METRICS), None)
            base = _load_bases(session, {base_code}, period.end, money or Metric.VISITS)[base_code]
        return [_line(rep_id, name, name_zh, currency, m, figures, base) for m in shown]


def _line(
    rep_id: int,
    name: str,
    name_zh: str | None,
    currency: str,
    metric: Metric,
    figures: dict[tuple[int, Metric], PeriodFigures],
    base: BaseCurrency,
) -> RepAttainment:
    """A rep's attainment line from the figures read for the period."""
    default_unit = currency if metric in MONEY_METRICS else DEFAULT_UNITS[metric]
    found = figures.get((rep_id, metric), PeriodFigures(rep_id, metric))
    line = resolve(found, default_unit, base)
    return RepAttainment(
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


def _load_bases(
    session: Session, codes: set[str], on: dt.date, metric: Metric
) -> dict[str, BaseCurrency]:
    """Each base currency with the rates in force ``on``: one query for all of them.

    :meth:`BaseCurrency.load` does the same for one code; regions may have
    different base currencies, and one query per currency would make the
    count grow with them. No query for metrics that are not money.
    """
    if metric not in MONEY_METRICS or not codes:
        return {code: BaseCurrency(code, on) for code in codes}
    bases = {}
    for code, rates in load_rates_by_base(session, codes, on).items():
        # Oldest first: the last rate seen per currency is the one in force on ``on``.
        in_force = {rate.currency: rate for rate in rates}
        bases[code] = BaseCurrency(code, on, tuple(in_force.values()))
    return bases


__all__ = [
    "AttainmentService",
    "MonthPoint",
    "RegionOverview",
    "RegionTotal",
    "RepAttainment",
    "region_total_of",
]
