"""Demo figures: monthly exchange rates, target trees (year, quarters, months) and actuals."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
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
        rng, today = self.rng, self.today
        current_month = dt.date(today.year, today.month, 1)
        batch_sizes = self._import_batches(current_month)
        target_cols = column_names(
            "id rep_id metric period_kind period_start period_end value unit smart_description "
            "parent_id weight"
        )
        actual_cols = column_names(
            "id rep_id metric period_start period_end value unit source import_batch_id note"
        )
        # (metric, its stored value, weight): enum .value lookups add up over a million rows.
        weights = [(metric, metric.value, Decimal(w)) for metric, w in SCORECARD_WEIGHTS]
        target_id = actual_id = 0
        targets: list[tuple[Any, ...]] = []
        actuals: list[tuple[Any, ...]] = []
        for n, rep in enumerate(self.reps):
            places = minor_units(rep.currency)
            new_per_year = {"acquisition": 36, "retention": 12, "both": 24}[rep.focus]
            csat_level = rng.choice((85, 88, 90))
            rep_targets: dict[tuple[Metric, int, int], Decimal] = {}
            rep_actuals: dict[Metric, dict[int, Decimal]] = {m: {} for m, _ in SCORECARD_WEIGHTS}
            for yi, y in enumerate(self.years):
                if rep.start.year > y or (rep.end is not None and rep.end.year < y):
                    continue
                form = rep.skill * (1 + rng.gauss(0, 0.05))
                local = rep.revenue_usd * 1.08**yi / self._usd_rate(rep.currency, yi * 12)
                totals = {
                    Metric.REVENUE: (_round_significant(local), rep.region_id, places),
                    Metric.NEW_CUSTOMERS: (
                        max(4, round(new_per_year * math.exp(rng.gauss(0, 0.2)))),
                        rep.region_id,
                        0,
                    ),
                    Metric.VISITS: (12 * rng.randrange(12, 26), 0, 0),
                }
                months = self.months[yi * 12 : yi * 12 + 12]
                for metric, mv, weight in weights:
                    unit = rep.currency if metric is Metric.REVENUE else METRIC_UNITS[metric]
                    if metric is Metric.CSAT:
                        # A level, not a flow: every quarter and month keeps the year's value.
                        total = Decimal(csat_level)
                        parts, month_values = [total] * 16, [float(csat_level)] * 12
                    else:
                        total_units, season, plc = totals[metric]
                        total = Decimal(total_units)
                        parts, month_values = self._split(total_units, season, plc)
                    target_id += 1
                    year_id = target_id
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
                    for k, month in enumerate(months):
                        # Actuals only for months already (partly) behind us, while posted.
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
                        elif n % 7 == 0:
                            note = "Typed from the rep's monthly report"
                        actuals.append(
                            (actual_id, rep.id, mv, month.start, month.end, value,
                             unit, source, batch, note)
                        )  # fmt: skip
                        rep_actuals[metric][month.index] = value
            self.period_targets[rep.id] = rep_targets
            self.month_actuals[rep.id] = rep_actuals
            if (n + 1) % REP_BATCH == 0 or n + 1 == len(self.reps):
                self.w.insert(Target, target_cols, targets)
                self.w.insert(Actual, actual_cols, actuals)
                targets, actuals = [], []
                pct = first_pct + (last_pct - first_pct) * (n + 1) // len(self.reps)
                self.report(pct, f"Targets and actuals: {n + 1} of {len(self.reps)} reps")
        counts = [{"b_id": i, "n": c} for i, c in enumerate(batch_sizes) if c]
        if counts:
            table = ImportBatch.__table__
            stmt = update(table).where(table.c.id == bindparam("b_id"))
            self.w.session.execute(stmt.values(row_count=bindparam("n")), counts)

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
