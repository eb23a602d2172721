"""Shared pieces of the Targets area's services: metric rules, value checks and
the SQL filters over periods used by targets, actuals and attainment alike.

Private to ``app.services``: the UI imports the services, not this module.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import and_

from app.db.org import Rep
from app.domain import messages as m
from app.domain.enums import LEVEL_METRICS, MONEY_METRICS, Metric, RepStatus
from app.domain.periods import Period
from app.domain.validation import (
    ValidationError,
    require_currency,
    require_non_negative,
    require_text,
)

# Flows add up over time (and may be negative, e.g. refunds); the rest are levels.
ADDITIVE_METRICS: frozenset[Metric] = frozenset(Metric) - LEVEL_METRICS
# Metrics counted in whole items: targets must be whole and splits use places=0.
COUNT_METRICS: frozenset[Metric] = frozenset(
    {Metric.NEW_CUSTOMERS, Metric.ACTIVE_CUSTOMERS, Metric.VISITS}
)
DEFAULT_UNITS: dict[Metric, str] = {
    Metric.NEW_CUSTOMERS: "customers",
    Metric.ACTIVE_CUSTOMERS: "customers",
    Metric.VISITS: "visits",
    Metric.CSAT: "score",
    Metric.CHURN_RATE: "%",
    Metric.DSO: "days",
}
_MAX_VALUE = Decimal(10) ** 14  # Numeric(18, 4)
VALUE_STEP = Decimal("0.0001")  # the 4 decimal places the value columns keep


# -- validation ----------------------------------------------------------------


def check_value(value: Decimal, field_name: str, *, negative_ok: bool = False) -> Decimal:
    """``value`` as a Decimal the value columns can hold, or a ValidationError."""
    if negative_ok:
        if isinstance(value, bool) or not isinstance(value, Decimal | int):
            raise TypeError(f"{field_name}: expected Decimal, got {type(value).__name__}")
        dec = Decimal(value)
        if not dec.is_finite():
            raise ValidationError(field_name, m.NOT_A_NUMBER(value=value))
    else:
        dec = require_non_negative(value, field_name)
    if abs(dec) >= _MAX_VALUE:
        raise ValidationError(field_name, m.TOO_LARGE(value=value))
    if dec != dec.quantize(VALUE_STEP):
        raise ValidationError(field_name, m.TOO_MANY_PLACES(value=value, places=4))
    return dec


def check_unit(metric: Metric, unit: str | None) -> str:
    """A currency code for money metrics, else a short free-text unit."""
    if metric in MONEY_METRICS:
        return require_currency(unit or "", "unit")
    return require_text(unit, "unit", max_length=20) or ""


# -- queries -------------------------------------------------------------------


def within(model: Any, period: Period) -> Any:
    """Rows of ``model`` whose period lies entirely inside ``period``."""
    return and_(model.period_start >= period.start, model.period_end <= period.end)


def overlapping(model: Any, period: Period) -> Any:
    """Rows of ``model`` whose period shares at least one day with ``period``."""
    return and_(model.period_start <= period.end, model.period_end >= period.start)


def not_inactive() -> Any:
    """Reps that count as active: on-leave reps keep their targets."""
    return Rep.status != RepStatus.INACTIVE.value


__all__ = [
    "ADDITIVE_METRICS",
    "COUNT_METRICS",
    "DEFAULT_UNITS",
    "VALUE_STEP",
    "check_unit",
    "check_value",
    "not_inactive",
    "overlapping",
    "within",
]
