"""Training figures for a year: cost per rep and per region, hours per rep.

Rules:

* **Cost** of an assignment is its own price, else the course's list price.
  It falls on the day the course was completed, else on its due day; that day
  decides the year it counts in and the exchange rate used. Waived
  assignments cost nothing. Assignments with neither a day nor a price count
  for nothing.
* **Currency.** Each cost is converted into the base currency of the rep's
  region at the rate in force on its day (:func:`app.services.rates.to_base`);
  a cost with no rate in force is left out of the total and its currency
  listed in ``missing``, so a figure never silently mixes currencies.
* **Hours** of a rep in a year are the course hours of the assignments the
  rep completed that year (planned and waived ones add nothing).

Three statements whatever the number of reps or rows: the assignments of the
year, the regions, and the exchange rates of the currencies met.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select

from app.db.org import Region, Rep
from app.db.training import Course, TrainingAssignment
from app.domain.currency import Rate
from app.domain.enums import AssignmentStatus
from app.services.base import Service
from app.services.rates import load_rates_by_base, to_base


@dataclass
class RepFigures:
    """One rep's year: cost in the region's base currency and completed hours."""

    rep_id: int
    rep_name: str
    rep_name_zh: str | None
    region_id: int
    base_currency: str
    cost: Decimal = Decimal(0)
    hours: Decimal = Decimal(0)
    completed: int = 0
    assignments: int = 0
    #: Currencies of costs left out for want of a rate in force.
    missing: set[str] = field(default_factory=set)

    def name(self, chinese: bool) -> str:
        return (self.rep_name_zh if chinese else None) or self.rep_name


@dataclass
class RegionFigures:
    """A region's year: its reps' costs and hours added up."""

    region_id: int
    name: str
    name_zh: str | None
    base_currency: str
    cost: Decimal = Decimal(0)
    hours: Decimal = Decimal(0)
    reps: int = 0
    missing: set[str] = field(default_factory=set)

    def label(self, chinese: bool) -> str:
        return (self.name_zh if chinese else None) or self.name


@dataclass(frozen=True)
class TrainingFigures:
    year: int
    reps: tuple[RepFigures, ...]
    regions: tuple[RegionFigures, ...]

    def rep(self, rep_id: int) -> RepFigures | None:
        return next((r for r in self.reps if r.rep_id == rep_id), None)


def _rates_by_currency(rates: dict[str, list[Rate]]) -> dict[tuple[str, str], list[Rate]]:
    # to_base scans the list it is given: hand it only the currency's own rates.
    grouped: dict[tuple[str, str], list[Rate]] = defaultdict(list)
    for base, found in rates.items():
        for rate in found:
            grouped[(base, rate.currency)].append(rate)
    return grouped


class TrainingFiguresService(Service):
    """Cost and hours of training for a year (see the module for the rules)."""

    def figures(self, region_id: int | None, year: int) -> TrainingFigures:
        """Per rep (reps with an assignment that year) and per region, by name."""
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        day = func.coalesce(TrainingAssignment.completed_on, TrainingAssignment.due_date)
        stmt = (
            select(
                Rep.id,
                Rep.name,
                Rep.name_zh,
                Rep.region_id,
                TrainingAssignment.status,
                TrainingAssignment.completed_on,
                day,
                func.coalesce(TrainingAssignment.cost, Course.cost),
                func.coalesce(TrainingAssignment.currency, Course.currency),
                Course.hours,
            )
            .join(Rep, TrainingAssignment.rep_id == Rep.id)
            .join(Course, TrainingAssignment.course_id == Course.id)
            .where(
                day >= start, day <= end, TrainingAssignment.status != AssignmentStatus.WAIVED.value
            )
        )
        regions_stmt = select(Region.id, Region.name, Region.name_zh, Region.base_currency)
        if region_id is not None:
            stmt = stmt.where(Rep.region_id == region_id)
            regions_stmt = regions_stmt.where(Region.id == region_id)
        with self.db.read_session() as session:
            rows = list(session.execute(stmt))
            regions = {
                rid: RegionFigures(rid, name, zh, base)
                for rid, name, zh, base in session.execute(regions_stmt.order_by(Region.name))
            }
            bases = {r.base_currency for r in regions.values()}
            currencies = {row[8] for row in rows if row[8] is not None}
            rates = _rates_by_currency(
                load_rates_by_base(session, bases, end, currencies) if currencies else {}
            )
        reps: dict[int, RepFigures] = {}
        for rep_id, name, zh, rid, status, completed_on, on, cost, currency, hours in rows:
            region = regions[rid]
            rep = reps.setdefault(rep_id, RepFigures(rep_id, name, zh, rid, region.base_currency))
            rep.assignments += 1
            if status == AssignmentStatus.COMPLETED.value and completed_on is not None:
                rep.completed += 1
                rep.hours += hours
            if cost is None or currency is None:
                continue
            base = region.base_currency
            converted = to_base(cost, currency, base, rates.get((base, currency), ()), on)
            if converted is None:
                rep.missing.add(currency)
            else:
                rep.cost += converted
        for rep in reps.values():
            region = regions[rep.region_id]
            region.reps += 1
            region.cost += rep.cost
            region.hours += rep.hours
            region.missing |= rep.missing
        ordered = sorted(reps.values(), key=lambda r: (r.rep_name, r.rep_id))
        return TrainingFigures(year, tuple(ordered), tuple(regions.values()))


__all__ = ["RegionFigures", "RepFigures", "TrainingFigures", "TrainingFiguresService"]
