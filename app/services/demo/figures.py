"""Demo figures: monthly exchange rates, target trees (year, quarters, months) and actuals."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import bindparam, update

from app.db.targets import Actual, ExchangeRate, ImportBatch, Target
from app.domain.enums import Metric
from app.domain.geo import minor_units
from app.domain.splitting import split_year
from app.services.demo.seeds import smart_description
from app.services.demo.state import (
    METRIC_UNITS,
    REP_BATCH,
    SCORECARD_WEIGHTS,
    BuilderState,
    Month,
    RepPlan,
    add_days,
    at_hour,
    column_names,
)


def _round_significant(value: float, digits: int = 2) -> int:
    """``value`` to ``digits`` significant figures, the way managers set targets."""
    if value < 1:
        return 1
    step = 10 ** max(0, math.floor(math.log10(value)) - digits + 1)
    return max(step, round(value / step) * step)


_TARGET_COLUMNS = column_names(
    "id rep_id metric period_kind period_start period_end value unit smart_description "
    "parent_id weight"
)
_ACTUAL_COLUMNS = column_names(
    "id rep_id metric period_start period_end value unit source import_batch_id note"
)
# (metric, its stored value, weight): enum .value lookups add up over a million rows.
_SCORED_METRICS = tuple((metric, metric.value, Decimal(w)) for metric, w in SCORECARD_WEIGHTS)
_NEW_CUSTOMERS_PER_YEAR = {"acquisition": 36, "retention": 12, "both": 24}


@dataclass
class _FigureRows:
    """Target and actual rows not written yet, the last ids given, each import batch's size."""

    current_month: dt.date
    batch_sizes: list[int]
    targets: list[tuple[Any, ...]] = field(default_factory=list)
    actuals: list[tuple[Any, ...]] = field(default_factory=list)
    target_id: int = 0
    actual_id: int = 0


@dataclass(frozen=True)
class _RepYear:
    """One rep in one year of the load: what its targets and actuals are drawn from."""

    rep: RepPlan
    year: int
    months: list[Month]
    form: float  # this year's form, 1.0 = on plan
    places: int  # the currency's minor units
    typed_notes: bool  # whether its typed (manual) actuals carry a note


class FigureSteps(BuilderState):
    """Exchange rates into USD, then each rep's targets and monthly actuals."""

    def write_rates(self) -> None:
        """Monthly rates into USD with drift, walked back from today's level."""
        rng = self.rng
        scale = ExchangeRate.__table__.c.rate_to_base.type.scale or 4  # type: ignore[attr-defined]
        step = Decimal(1).scaleb(-scale)
        months = [m for m in self.months if m.start <= self.today]
        rows = []
        for code in sorted({r.currency for r in self.reps} | {"EUR", "CNY"}):
            if code == "USD":
                continue
            seed = self.s.usd_rates[code]
            value = float(seed.rate)
            series = [0.0] * len(months)
            for i in range(len(months) - 1, -1, -1):
                series[i] = value
                value /= 1 + (seed.trend_pct + rng.gauss(0, seed.noise_pct)) / 100
            self.usd_rates[code] = series
            for m, rate in zip(months, series, strict=True):
                # The column keeps `scale` places; its smallest step stands in for
                # smaller rates (IDR, VND…) rather than failing the positive check.
                stored = max(step, Decimal(repr(rate)).quantize(step, ROUND_HALF_UP))
                rows.append((len(rows) + 1, "USD", code, stored, m.start))
        cols = column_names("id base_currency currency rate_to_base valid_from")
        self.w.insert(ExchangeRate, cols, rows)

    def _usd_rate(self, currency: str, month_index: int) -> float:
        if currency == "USD":
            return 1.0
        series = self.usd_rates[currency]
        return series[min(month_index, len(series) - 1)]

    # -- targets and actuals -------------------------------------------------------------

    def _split(self, total: int, region: int, places: int) -> tuple[list[Decimal], list[float]]:
        """Quarter and month parts of a yearly total; cached, as round totals repeat.

        ``region`` picks the seasonal profile (a region id), or 0 for an even split.
        """
        key = (total, region, places)
        if key not in self._splits:
            season = self.s.regions[region - 1].season if region else None
            distribution = [Decimal(p) for p in season] if season else None
            parts = split_year(Decimal(total), self.years[0], distribution, places)
            amounts = [a for _, a in parts.quarters] + [a for _, a in parts.months]
            self._splits[key] = (amounts, [float(a) for a in amounts[4:]])
        return self._splits[key]

    def _import_batches(self, current_month: dt.date) -> list[int]:
        closed = [m for m in self.months if m.end < current_month]
        rows = []
        for m in closed:
            label = f"{m.start.year}-{m.start.month:02d}"
            digest = hashlib.sha256(f"demo-crm-{label}".encode()).hexdigest()
            source = f"crm_export_{label}.csv"
            rows.append(
                (m.index + 1, at_hour(add_days(m.end, 3), 6), "crm-sync", source, digest, 0)
            )
        cols = ("id", "imported_at", "imported_by", "source_name", "sha256", "row_count")
        self.w.insert(ImportBatch, cols, rows)
        return [0] * (len(self.months) + 1)

    def write_targets_and_actuals(self, first_pct: int, last_pct: int) -> None:
        """Each rep's target tree per year and scorecard metric, and monthly actuals to date."""
        today = self.today
        current_month = dt.date(today.year, today.month, 1)
        rows = _FigureRows(current_month, self._import_batches(current_month))
        for n, rep in enumerate(self.reps):
            self._rep_figures(rows, rep, typed_notes=n % 7 == 0)
            if (n + 1) % REP_BATCH == 0 or n + 1 == len(self.reps):
                self.w.insert(Target, _TARGET_COLUMNS, rows.targets)
                self.w.insert(Actual, _ACTUAL_COLUMNS, rows.actuals)
                rows.targets, rows.actuals = [], []
                pct = first_pct + (last_pct - first_pct) * (n + 1) // len(self.reps)
                self.report(pct, f"Targets and actuals: {n + 1} of {len(self.reps)} reps")
        counts = [{"b_id": i, "n": c} for i, c in enumerate(rows.batch_sizes) if c]
        if counts:
            table = ImportBatch.__table__
            stmt = update(table).where(table.c.id == bindparam("b_id"))
            self.w.session.execute(stmt.values(row_count=bindparam("n")), counts)

    def _rep_figures(self, rows: _FigureRows, rep: RepPlan, typed_notes: bool) -> None:
        """One rep's targets and actuals, for each year of the load the rep is posted in."""
        rng = self.rng
        places = minor_units(rep.currency)
        csat_level = rng.choice((85, 88, 90))
        self.period_targets[rep.id] = {}
        self.month_actuals[rep.id] = {m: {} for m, _ in SCORECARD_WEIGHTS}
        for yi, y in enumerate(self.years):
            if rep.start.year > y or (rep.end is not None and rep.end.year < y):
                continue
            form = rep.skill * (1 + rng.gauss(0, 0.05))
            totals = self._year_totals(rep, yi, places, csat_level)
            months = self.months[yi * 12 : yi * 12 + 12]
            rep_year = _RepYear(rep, y, months, form, places, typed_notes)
            for scored in _SCORED_METRICS:
                metric = scored[0]
                unit = rep.currency if metric is Metric.REVENUE else METRIC_UNITS[metric]
                total, parts, month_values = totals[metric]
                self._target_tree(rows, rep_year, scored, unit, total, parts)
                self._month_actuals(rows, rep_year, scored, unit, month_values)

    def _year_totals(
        self, rep: RepPlan, year_index: int, places: int, csat_level: int
    ) -> dict[Metric, tuple[Decimal, list[Decimal], list[float]]]:
        """Per metric: the rep's yearly target, its quarter then month parts, the month values."""
        rng = self.rng
        local = rep.revenue_usd * 1.08**year_index / self._usd_rate(rep.currency, year_index * 12)
        revenue = _round_significant(local)
        new_per_year = _NEW_CUSTOMERS_PER_YEAR[rep.focus]
        new_customers = max(4, round(new_per_year * math.exp(rng.gauss(0, 0.2))))
        visits = 12 * rng.randrange(12, 26)
        csat = Decimal(csat_level)
        return {
            Metric.REVENUE: (Decimal(revenue), *self._split(revenue, rep.region_id, places)),
            Metric.NEW_CUSTOMERS: (
                Decimal(new_customers),
                *self._split(new_customers, rep.region_id, 0),
            ),
            Metric.VISITS: (Decimal(visits), *self._split(visits, 0, 0)),
            # A level, not a flow: every quarter and month keeps the year's value.
            Metric.CSAT: (csat, [csat] * 16, [float(csat_level)] * 12),
        }

    def _target_tree(
        self,
        rows: _FigureRows,
        rep_year: _RepYear,
        scored: tuple[Metric, str, Decimal],
        unit: str,
        total: Decimal,
        parts: list[Decimal],
    ) -> None:
        """A metric's target for the year, its quarters under it and their months under them."""
        metric, mv, weight = scored
        rep, y, months = rep_year.rep, rep_year.year, rep_year.months
        rep_targets = self.period_targets[rep.id]
        targets = rows.targets
        target_id = year_id = rows.target_id + 1
        description = smart_description(metric, total, unit, rep.city, y)
        targets.append(
            (year_id, rep.id, mv, "year", months[0].start, months[11].end,
             total, unit, description, None, weight)
        )  # fmt: skip
        rep_targets[(metric, y, 0)] = total
        for q in range(4):
            target_id += 1
            quarter_id = target_id
            first, last = months[3 * q], months[3 * q + 2]
            targets.append(
                (quarter_id, rep.id, mv, "quarter", first.start, last.end,
                 parts[q], unit, None, year_id, weight)
            )  # fmt: skip
            rep_targets[(metric, y, q + 1)] = parts[q]
            for k in range(3 * q, 3 * q + 3):
                target_id += 1
                targets.append(
                    (target_id, rep.id, mv, "month", months[k].start,
                     months[k].end, parts[4 + k], unit, None, quarter_id, weight)
                )  # fmt: skip
        rows.target_id = target_id

    def _month_actuals(
        self,
        rows: _FigureRows,
        rep_year: _RepYear,
        scored: tuple[Metric, str, Decimal],
        unit: str,
        month_values: list[float],
    ) -> None:
        """A metric's actual for each month of the year already (partly) behind us, while posted."""
        rng, today, current_month = self.rng, self.today, rows.current_month
        metric, mv, _ = scored
        rep, form, places = rep_year.rep, rep_year.form, rep_year.places
        rep_actuals = self.month_actuals[rep.id][metric]
        actuals, batch_sizes = rows.actuals, rows.batch_sizes
        actual_id = rows.actual_id
        for k, month in enumerate(rep_year.months):
            if month.start > today or month.end < rep.start:
                continue
            if rep.end is not None and month.start > rep.end:
                continue
            share = 1.0
            if month.start == current_month:
                share = today.day / month.end.day
            value = self._actual(metric, month_values[k], form * share, rep, places)
            actual_id += 1
            source, batch, note = "manual", None, None
            if month.start < current_month and rng.random() < 0.9:
                source, batch = "import", month.index + 1
                batch_sizes[batch] += 1
            elif rep_year.typed_notes:
                note = "Typed from the rep's monthly report"
            actuals.append(
                (actual_id, rep.id, mv, month.start, month.end, value,
                 unit, source, batch, note)
            )  # fmt: skip
            rep_actuals[month.index] = value
        rows.actual_id = actual_id

    def _actual(
        self, metric: Metric, target: float, form: float, rep: RepPlan, places: int
    ) -> Decimal:
        """One month's actual around ``target`` for a rep in ``form`` (1.0 = on plan)."""
        rng = self.rng
        if metric is Metric.REVENUE:
            factor = form * (1 + rng.gauss(0, 0.15))
            return Decimal(max(0, int(target * factor * 10**places))).scaleb(-places)
        if metric is Metric.CSAT:
            score = target + (rep.skill - 1) * 25 + rng.gauss(0, 3)
            return Decimal(round(min(100.0, max(50.0, score)) * 10)).scaleb(-1)
        mean = target * form
        return Decimal(max(0, round(rng.gauss(mean, math.sqrt(mean + 1)))))
