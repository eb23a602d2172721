"""Risk scoring on the register's 5×5 likelihood × impact heat map."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

from app.domain import messages as m
from app.domain.enums import RiskLevel, RiskStatus
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


# -- review cadence ------------------------------------------------------------------

#: Days from one review to the next by the risk's residual level (the level it has
#: after treatment, which is what the manager lives with). The worse the level, the
#: sooner it is looked at again. A manager may change them (Preferences); the
#: services take the mapping as given, so these are only the defaults.
REVIEW_DAYS: Mapping[RiskLevel, int] = MappingProxyType({_C: 30, _H: 60, _M: 90, _L: 180})


def review_cadence(days: Mapping[RiskLevel | str, int] | None = None) -> dict[RiskLevel, int]:
    """A full cadence: ``days`` where given (keys a level or its value), the defaults elsewhere.

    A number of days below 1 is refused, naming the level: a review cannot be due
    on the day it was made or before.
    """
    cadence = dict(REVIEW_DAYS)
    for level, n in (days or {}).items():
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise ValidationError(
                f"review_days_{RiskLevel(level).value}", m.NOT_ONE_OR_MORE_DAYS(value=n)
            )
        cadence[RiskLevel(level)] = n
    return cadence


def next_review_date(
    reviewed_on: dt.date,
    level: RiskLevel | str,
    days: Mapping[RiskLevel | str, int] | None = None,
) -> dt.date:
    """When a risk reviewed on ``reviewed_on`` at residual ``level`` is due again.

    Calendar days, weekends included: a register's review is not a meeting, and a
    date falling on a weekend is read as "by then".
    """
    return reviewed_on + dt.timedelta(days=review_cadence(days)[RiskLevel(level)])


def effective_status(
    status: RiskStatus | str, accepted_until: dt.date | None, today: dt.date
) -> RiskStatus:
    """The status a risk shows today: an acceptance past its date is open again.

    An accepted risk is accepted *through* ``accepted_until`` (that day included);
    from the day after, the decision has lapsed and the risk is open until someone
    accepts it again or treats it. An accepted risk without a date (not written by
    the services, but possible in an old row) stays accepted.
    """
    status = RiskStatus(status)
    if status is RiskStatus.ACCEPTED and accepted_until is not None and accepted_until < today:
        return RiskStatus.OPEN
    return status
