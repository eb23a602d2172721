"""Is this step early? Rules behind the "are you sure?" of three steps.

A manager may do each of these ahead of time on purpose (a meeting held a
little early, a forecast typed as an actual by mistake, a review signed in
the last week of its quarter), so none is refused; the console asks first,
naming the reason. The rules live here so that they are stated once and
tested without a screen:

- a meeting is marked held *early* while its start is still ahead: ``now``
  before ``starts_at`` (both aware instants; time zones do not matter);
- actuals are for a *future month* when the month has not begun on the
  manager's ``today``: the current month is not future (its first days'
  figures are real), the next one is;
- a review is signed *before its period ends* when ``today`` is on or before
  the period's last day (the period ends at the close of that day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable


def time_until_start(starts_at: dt.datetime, now: dt.datetime) -> dt.timedelta | None:
    """How long until a meeting starts; None when it has started (or is starting now)."""
    if starts_at.tzinfo is None or now.tzinfo is None:
        raise ValueError("starts_at and now must be aware datetimes")
    ahead = starts_at - now
    return ahead if ahead > dt.timedelta(0) else None


def hours_ahead(ahead: dt.timedelta) -> int:
    """Whole hours in ``ahead``, rounded up: 20 minutes is "in 1 hour", 25 h is 25."""
    seconds = int(ahead.total_seconds())
    return max(1, -(-seconds // 3600))


def future_months(year: int, months: Iterable[int], today: dt.date) -> list[int]:
    """The months (1–12) of ``year`` among ``months`` that have not begun on ``today``, sorted."""
    return sorted({m for m in months if (year, m) > (today.year, today.month)})


def period_not_ended(period_end: dt.date, today: dt.date) -> bool:
    """Whether a period ending on ``period_end`` (inclusive) is still running on ``today``."""
    return today <= period_end


__all__ = ["future_months", "hours_ahead", "period_not_ended", "time_until_start"]
