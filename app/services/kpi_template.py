"""A review cycle's KPI template: the weighted metrics every review of the cycle scores.

Shared by :mod:`app.services.cycles` (which validates and stores it) and
:mod:`app.services.kpi_prefill` (which pre-fills the lines from it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain import messages as m
from app.domain.enums import Metric
from app.domain.scoring import validate_weights
from app.domain.validation import ValidationError, require_choice


@dataclass(frozen=True)
class KpiWeight:
    """One metric of a cycle's KPI template and its weight (the weights add up to 100)."""

    metric: Metric
    weight: Decimal


def to_decimal(value: Any, field_name: str) -> Decimal:
    """``value`` as a finite Decimal; floats are a programming error, not bad input."""
    if isinstance(value, bool | float):
        raise TypeError(f"{field_name}: expected Decimal, got {type(value).__name__}")
    try:
        dec = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise ValidationError(field_name, m.NOT_A_NUMBER_QUOTED(value=value)) from None
    if not dec.is_finite():
        raise ValidationError(field_name, m.NOT_A_NUMBER_QUOTED(value=value))
    return dec


def validate_template(template: Sequence[Mapping[str, Any] | KpiWeight]) -> list[KpiWeight]:
    """The KPI template as (metric, weight) pairs; weights must add up to exactly 100."""
    out: list[KpiWeight] = []
    for entry in template:
        if isinstance(entry, KpiWeight):
            raw_metric, raw_weight = entry.metric, entry.weight
        else:
            raw_metric, raw_weight = entry.get("metric"), entry.get("weight")
        metric = require_choice(raw_metric, Metric, "kpi_template")  # type: ignore[arg-type]
        if any(kw.metric is metric for kw in out):
            raise ValidationError("kpi_template", m.LISTED_TWICE(value=metric))
        out.append(KpiWeight(metric, to_decimal(raw_weight, "kpi_template")))
    validate_weights([kw.weight for kw in out], "kpi_template")
    return out


__all__ = ["KpiWeight", "to_decimal", "validate_template"]
