"""What the demo's area builders share: the load's state, the rep plan and small helpers.

Each area module (:mod:`.team`, :mod:`.figures`, :mod:`.one_on_ones`,
:mod:`.reviews`, :mod:`.registers`) adds its steps to ``BuilderState`` as a
mixin; :mod:`.builder` combines them and runs them in foreign-key order. All
draw from one random generator in a fixed order, which keeps a seed's data
identical from run to run.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from app.domain.enums import Metric
from app.services.demo.seeds import CountrySeed, Seeds, customer_names
from app.services.demo.writer import BulkWriter

EXPIRING_DAYS = 60
"""Work permits expiring within this many days of ``today`` count as expiring soon."""


REP_BATCH = 250
"""Reps generated between two flushes (and progress reports)."""

SCORECARD_WEIGHTS: tuple[tuple[Metric, int], ...] = (
    (Metric.REVENUE, 50),
    (Metric.NEW_CUSTOMERS, 20),
    (Metric.VISITS, 10),
    (Metric.CSAT, 20),
)
"""The scorecard: target weights and the review cycles' KPI template (sum 100)."""

METRIC_UNITS = {Metric.NEW_CUSTOMERS: "customers", Metric.VISITS: "visits", Metric.CSAT: "score"}
"""The unit of each scorecard metric that is not money."""


@dataclass
class RepPlan:
    """A generated rep: who, where, when posted and how good, for the later steps."""

    id: int
    region_id: int
    manager_id: int
    name: str
    country: CountrySeed
    city: str
    zone: str
    start: dt.date
    end: dt.date | None
    status: str
    permit_expiry: dt.date | None
    skill: float  # 1.0 meets plan on average
    revenue_usd: float
    focus: str

    @property
    def currency(self) -> str:
        return self.country.currency


@dataclass(frozen=True)
class Month:
    """A calendar month of the load: its position in ``BuilderState.months``, first and last day."""

    index: int
    start: dt.date
    end: dt.date


def column_names(names: str) -> tuple[str, ...]:
    """Column names written as one string, in the order the row tuples use."""
    return tuple(names.split())


def add_days(d: dt.date, n: int) -> dt.date:
    """The day ``n`` days after ``d`` (before it for a negative ``n``)."""
    return d + dt.timedelta(days=n)


def at_hour(d: dt.date, hour: int = 9) -> dt.datetime:
    """``hour`` o'clock UTC on day ``d``."""
    return dt.datetime(d.year, d.month, d.day, hour, tzinfo=dt.UTC)


class BuilderState:
    """The load's inputs and what earlier steps generated, for the later steps."""

    def __init__(
        self,
        writer: BulkWriter,
        seeds: Seeds,
        rng: random.Random,
        today: dt.date,
        years: int,
        report: Callable[[int, str], None],
    ):
        self.w = writer
        self.s = seeds
        self.rng = rng
        self.today = today
        self.years = list(range(today.year - years + 1, today.year + 1))
        self.report = report
        self.months: list[Month] = []
        for y in self.years:
            for m in range(1, 13):
                following = dt.date(y + m // 12, m % 12 + 1, 1)
                self.months.append(
                    Month(len(self.months), dt.date(y, m, 1), add_days(following, -1))
                )
        self.managers: list[tuple[int, str, int | None, str]] = []  # id, name, region, zone
        self.reps: list[RepPlan] = []
        self.emails: set[str] = set()
        self.usd_rates: dict[str, list[float]] = {}
        self._splits: dict[tuple[int, int, int], tuple[list[Decimal], list[float]]] = {}
        # Per rep: targets by (metric, year, quarter or 0) and actuals by month index.
        self.period_targets: dict[int, dict[tuple[Metric, int, int], Decimal]] = {}
        self.month_actuals: dict[int, dict[Metric, dict[int, Decimal]]] = {}
        self.customers = customer_names(seeds, rng)
