"""KPI scores for performance reviews.

A KPI line's attainment maps to a 1–5 score; a review's overall score is the
weighted mean of its lines' scores; the overall rating is that score rounded.

Attainment → score (lower bound inclusive):

    below 70 % → 1, 70 % → 2, 85 % → 3, 100 % → 4, 115 % and over → 5

so exactly meeting a target scores 4 ("exceeds expectations" starts at the
target, as in most sales comp plans), and 3 means "close to target".
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from app.domain import messages as m
from app.domain.validation import ValidationError

# (lowest attainment for the score, score), highest first.
SCORE_THRESHOLDS: tuple[tuple[Decimal, int], ...] = (
    (Decimal(115), 5),
    (Decimal(100), 4),
    (Decimal(85), 3),
    (Decimal(70), 2),
)

RATING_RUBRIC: dict[int, tuple[str, str]] = {
    1: (
        "Unsatisfactory: misses most targets; needs an improvement plan",
        "不合格：大多数目标未达成，需要制定改进计划",
    ),
    2: (
        "Needs improvement: misses several targets",
        "待改进：多项目标未达成",
    ),
    3: (
        "Meets expectations: close to or meeting most targets",
        "符合期望：大多数目标接近或达成",
    ),
    4: (
        "Exceeds expectations: meets or exceeds most targets",
        "超出期望：大多数目标达成或超额完成",
    ),
    5: (
        "Outstanding: consistently exceeds every target",
        "卓越：持续超越所有目标",
    ),
}

_HUNDRED = Decimal(100)
_CENT = Decimal("0.01")


def validate_weights(weights: Sequence[Decimal], field: str = "weights") -> list[Decimal]:
    """Weights each 0..100 that sum to exactly 100; returned as Decimals."""
    if not weights:
        raise ValidationError(field, m.NEEDS_A_WEIGHT())
    out: list[Decimal] = []
    for w in weights:
        if isinstance(w, bool) or not isinstance(w, Decimal | int):
            raise TypeError(f"{field}: expected Decimal, got {type(w).__name__}")
        d = Decimal(w)
        if not d.is_finite() or not 0 <= d <= _HUNDRED:
            raise ValidationError(field, m.NOT_A_WEIGHT(value=w))
        out.append(d)
    total = sum(out, Decimal(0))
    if total != _HUNDRED:
        raise ValidationError(field, m.WEIGHTS_NOT_100(total=total))
    return out


def kpi_score(attainment: Decimal | None) -> Decimal | None:
    """The 1–5 score for an attainment percent; None when not measurable."""
    if attainment is None:
        return None
    for low, score in SCORE_THRESHOLDS:
        if attainment >= low:
            return Decimal(score)
    return Decimal(1)


def weighted_score(lines: Sequence[tuple[Decimal, Decimal | None]]) -> Decimal | None:
    """Weighted mean of (weight, score) lines, to 0.01.

    Lines without a score are left out and the remaining weights renormalised,
    so an unmeasurable KPI neither helps nor hurts. None if no line has a
    score or the scored lines all weigh 0.
    """
    num = Decimal(0)
    den = Decimal(0)
    for weight, score in lines:
        if weight < 0:
            raise ValidationError("weights", m.NEGATIVE(value=weight))
        if score is None:
            continue
        num += Decimal(weight) * Decimal(score)
        den += Decimal(weight)
    if den == 0:
        return None
    return (num / den).quantize(_CENT, rounding=ROUND_HALF_UP)


def rating_for_score(score: Decimal) -> int:
    """The overall 1–5 rating: the score rounded half-up (2.50 → 3)."""
    if not 1 <= score <= 5:
        raise ValidationError("score", m.OUTSIDE_RANGE(value=score, low=1, high=5))
    return int(Decimal(score).quantize(Decimal(1), rounding=ROUND_HALF_UP))
