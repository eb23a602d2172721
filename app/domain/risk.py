"""Risk scoring on the register's 5×5 likelihood × impact heat map."""

from __future__ import annotations

from app.domain import messages as m
from app.domain.enums import RiskLevel
from app.domain.validation import ValidationError

_L, _M, _H, _C = RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.CRITICAL

# RISK_MATRIX[likelihood - 1][impact - 1]. Written out cell by cell (rather
# than computed from the score) so the risk owner can tune single cells, e.g.
# make every impact-5 risk at least high. As shipped it follows the score:
# 1–3 low, 4–7 medium, 8–14 high, 15–25 critical.
RISK_MATRIX: tuple[tuple[RiskLevel, ...], ...] = (
    # impact: 1   2   3   4   5
    (_L, _L, _L, _M, _M),  # likelihood 1 (rare)
    (_L, _M, _M, _H, _H),  # likelihood 2 (unlikely)
    (_L, _M, _H, _H, _C),  # likelihood 3 (possible)
    (_M, _H, _H, _C, _C),  # likelihood 4 (likely)
    (_M, _H, _C, _C, _C),  # likelihood 5 (almost certain)
)

# Levels in increasing severity, for sorting and comparisons.
LEVEL_ORDER: tuple[RiskLevel, ...] = (_L, _M, _H, _C)

_HIGH_LEVELS = frozenset({_H, _C})


def _check(value: int, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValidationError(field, m.RATING_1_TO_5(value=value))
    return value


def risk_score(likelihood: int, impact: int) -> int:
    """Likelihood × impact, 1–25."""
    return _check(likelihood, "likelihood") * _check(impact, "impact")


def risk_level(likelihood: int, impact: int) -> RiskLevel:
    """The heat-map level for a likelihood and an impact (each 1–5)."""
    return RISK_MATRIX[_check(likelihood, "likelihood") - 1][_check(impact, "impact") - 1]


def level_rank(level: RiskLevel | str) -> int:
    """0 for low up to 3 for critical."""
    return LEVEL_ORDER.index(RiskLevel(level))


def is_high(level: RiskLevel | str) -> bool:
    """Whether a level belongs on the dashboard's high-risk list."""
    return RiskLevel(level) in _HIGH_LEVELS
