"""Split a yearly target into parts that add up exactly to the whole.

All arithmetic is done in integer "units" (cents for places=2, whole items for
places=0) with exact fractions, so no rounding drift can creep in: the parts
always sum to the total, and each part is less than one unit from its ideal
share (largest-remainder method).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from math import floor

from app.domain import messages as m
from app.domain.enums import PeriodKind
from app.domain.periods import Period
from app.domain.validation import ValidationError

_HUNDRED = Decimal(100)


def _to_units(total: Decimal, places: int) -> int:
    """`total` as a whole number of 10**-places units; refuse what cannot split."""
    if isinstance(total, bool) or not isinstance(total, Decimal | int):
        raise TypeError(f"total: expected Decimal, got {type(total).__name__}")
    if places < 0:
        raise ValueError(f"places must be zero or more, not {places}")
    total = Decimal(total)
    if not total.is_finite():
        raise ValidationError("total", m.NOT_A_NUMBER(value=total))
    if total < 0:
        raise ValidationError("total", m.SPLIT_NEGATIVE(value=total))
    scaled = total.scaleb(places)
    if scaled != scaled.to_integral_value():
        # Rounding first would make the parts add up to something else.
        raise ValidationError("total", m.TOO_MANY_PLACES(value=total, places=places))
    return int(scaled)


def _from_units(units: int, places: int) -> Decimal:
    return Decimal(units).scaleb(-places)


def _round_to_sum(ideals: Sequence[Fraction], target: int) -> list[int]:
    """Integers each floor or ceil of its ideal, summing to `target`.

    Floors first, then one extra unit to the largest fractional remainders;
    ties go to the earlier position so the result is deterministic.
    """
    floors = [floor(x) for x in ideals]
    extra = target - sum(floors)
    if not 0 <= extra <= len(ideals):  # pragma: no cover - caller guarantees
        raise AssertionError("ideals do not add up to the target")
    order = sorted(range(len(ideals)), key=lambda i: (-(ideals[i] - floors[i]), i))
    for i in order[:extra]:
        floors[i] += 1
    return floors


def _check_weights(weights: Sequence[Decimal], count: int | None = None) -> list[Fraction]:
    """Percentages as exact fractions of one; they must sum to exactly 100."""
    if count is not None and len(weights) != count:
        raise ValidationError("distribution", m.PERCENTAGES_COUNT(count=count, got=len(weights)))
    if not weights:
        raise ValidationError("distribution", m.NEEDS_A_PERCENTAGE())
    for w in weights:
        if isinstance(w, bool) or not isinstance(w, Decimal | int):
            raise TypeError(f"distribution: expected Decimal, got {type(w).__name__}")
        if not Decimal(w).is_finite() or w < 0:
            raise ValidationError("distribution", m.NOT_A_PERCENTAGE(value=w))
    total = sum((Decimal(w) for w in weights), Decimal(0))
    if total != _HUNDRED:
        raise ValidationError("distribution", m.PERCENTAGES_NOT_100(total=total))
    return [Fraction(Decimal(w)) / 100 for w in weights]


def split_even(total: Decimal, parts: int, places: int = 2) -> list[Decimal]:
    """`total` in `parts` equal shares; leftover units go to the first parts."""
    if isinstance(parts, bool) or not isinstance(parts, int) or parts < 1:
        raise ValidationError("parts", m.PARTS_1_OR_MORE(value=parts))
    base, rest = divmod(_to_units(total, places), parts)
    return [_from_units(base + (1 if i < rest else 0), places) for i in range(parts)]


def split_by_weights(total: Decimal, weights: Sequence[Decimal], places: int = 2) -> list[Decimal]:
    """`total` split by percentage `weights` (summing to exactly 100)."""
    units = _to_units(total, places)
    shares = _check_weights(weights)
    return [_from_units(u, places) for u in _round_to_sum([units * s for s in shares], units)]


@dataclass(frozen=True)
class YearSplit:
    """A yearly target with its quarterly and monthly parts."""

    year: Period
    total: Decimal
    quarters: list[tuple[Period, Decimal]]
    months: list[tuple[Period, Decimal]]

    def amount(self, period: Period) -> Decimal:
        """The part for the year itself or one of its quarters or months."""
        if period == self.year:
            return self.total
        parts = self.quarters if period.kind is PeriodKind.QUARTER else self.months
        for p, amount in parts:
            if p == period:
                return amount
        raise KeyError(period)


def split_year(
    total: Decimal,
    year: int,
    distribution: Sequence[Decimal] | None = None,
    places: int = 2,
) -> YearSplit:
    """Split a yearly target into months and quarters that add up exactly.

    `distribution` is 12 monthly percentages (summing to 100); None means even.
    Each quarter is the exact sum of its three months. The rounding is done
    quarter first, then month within quarter, so that every quarter *and*
    every month is less than one unit from its ideal share; an even split of
    100.00 gives 8.34, 8.33, 8.33 in each quarter rather than front-loading
    all the leftover cents into January to April.
    """
    year_period = Period.year(year)
    units = _to_units(total, places)
    shares = [Fraction(1, 12)] * 12 if distribution is None else _check_weights(distribution, 12)
    month_ideals = [units * s for s in shares]
    quarter_ideals = [sum(month_ideals[3 * q : 3 * q + 3], Fraction(0)) for q in range(4)]
    month_units: list[int] = []
    for q, q_units in enumerate(_round_to_sum(quarter_ideals, units)):
        # A quarter's rounded total is floor or ceil of its ideal, so it can
        # always be spread over its months with each one floor or ceil too.
        month_units += _round_to_sum(month_ideals[3 * q : 3 * q + 3], q_units)
    months = [
        (Period.month(year, m + 1), _from_units(u, places)) for m, u in enumerate(month_units)
    ]
    quarters = [
        (Period.quarter(year, q + 1), _from_units(sum(month_units[3 * q : 3 * q + 3]), places))
        for q in range(4)
    ]
    return YearSplit(year_period, _from_units(units, places), quarters, months)
