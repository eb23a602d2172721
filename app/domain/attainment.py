"""Attainment: how far an actual got towards its target, in percent.

Rules
-----
* A missing target or a missing actual gives None ("not measurable"), never 0.
* Targets must be zero or more (a negative target raises ValidationError).
* Higher is better (revenue, customers, CSAT, visits):
  ``actual / target * 100``, reported uncapped (a rep at 250 % shows 250 %)
  and negative when net actuals are negative (credit notes exceeding sales).
  A target of 0 is met by any actual of 0 or more, giving 100; there is no
  meaningful ratio above it. A negative actual against target 0 gives 0.
* Lower is better (churn rate, DSO): ``target / actual * 100``, capped at
  ``ATTAINMENT_CAP`` (200) because the ratio explodes as the actual nears 0
  (a DSO of 1 day against 45 would otherwise read 4500 %). Actual 0 against a
  positive target gives the cap; actual 0 against target 0 gives 100 (met
  exactly); target 0 with a positive actual gives 0. Actuals must be zero or
  more here (negative churn or DSO is a data error).
* Results are rounded half-up to one decimal place.

``capped()`` clamps any attainment into 0..200 for scoring and averaging,
so one outlier cannot dominate a team figure.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from app.domain import messages as m
from app.domain.enums import LOWER_IS_BETTER, Metric
from app.domain.validation import ValidationError, require_choice

ATTAINMENT_CAP = Decimal(200)
_HUNDRED = Decimal(100)
_TENTH = Decimal("0.1")


def _q(value: Decimal) -> Decimal:
    return value.quantize(_TENTH, rounding=ROUND_HALF_UP)


def attainment(
    target: Decimal | None, actual: Decimal | None, *, lower_is_better: bool = False
) -> Decimal | None:
    """Attainment in percent (e.g. Decimal("87.5")); see the module rules."""
    if target is None or actual is None:
        return None
    target, actual = Decimal(target), Decimal(actual)
    if target < 0:
        raise ValidationError("target", m.NEGATIVE(value=target))
    if not lower_is_better:
        if target == 0:
            return _q(_HUNDRED if actual >= 0 else Decimal(0))
        return _q(actual / target * _HUNDRED)
    if actual < 0:
        raise ValidationError("actual", m.NEGATIVE(value=actual))
    if actual == 0:
        return _q(_HUNDRED if target == 0 else ATTAINMENT_CAP)
    return _q(min(target / actual * _HUNDRED, ATTAINMENT_CAP))


def metric_attainment(
    metric: Metric | str, target: Decimal | None, actual: Decimal | None
) -> Decimal | None:
    """Attainment with the direction the metric calls for."""
    m = require_choice(metric, Metric, "metric")
    return attainment(target, actual, lower_is_better=m in LOWER_IS_BETTER)


def capped(att: Decimal | None) -> Decimal | None:
    """Attainment clamped into 0..ATTAINMENT_CAP, for scoring and averages."""
    if att is None:
        return None
    return max(Decimal(0), min(att, ATTAINMENT_CAP))


class Band(StrEnum):
    """Traffic-light band of an attainment."""

    BELOW = "below"  # under 80 %: red
    NEAR = "near"  # 80 % up to (not including) 100 %: amber
    ABOVE = "above"  # 100 % and over, i.e. target met: green

    @property
    def colour(self) -> str:
        """The traffic-light colour name ("red", "amber", "green")."""
        return {"below": "red", "near": "amber", "above": "green"}[self.value]


NEAR_FROM = Decimal(80)
MET_FROM = Decimal(100)


def band(att: Decimal | None) -> Band | None:
    """The band of an attainment; None when it is not measurable."""
    if att is None:
        return None
    if att < NEAR_FROM:
        return Band.BELOW
    if att < MET_FROM:
        return Band.NEAR
    # Exactly on target counts as green: meeting the target is success.
    return Band.ABOVE
