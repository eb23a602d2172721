"""The rules behind asking before an early step (held, future actuals, early sign)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.domain.early import future_months, hours_ahead, period_not_ended, time_until_start

UTC = dt.UTC
DUBAI = ZoneInfo("Asia/Dubai")


def test_a_meeting_ahead_is_early_and_says_how_long() -> None:
    start = dt.datetime(2026, 10, 27, 11, 0, tzinfo=DUBAI)  # 07:00 UTC
    now = dt.datetime(2026, 10, 27, 1, 30, tzinfo=UTC)
    assert time_until_start(start, now) == dt.timedelta(hours=5, minutes=30)
    assert hours_ahead(dt.timedelta(hours=5, minutes=30)) == 6


def test_a_meeting_started_or_starting_now_is_not_early() -> None:
    start = dt.datetime(2026, 10, 27, 7, 0, tzinfo=UTC)
    assert time_until_start(start, start) is None
    assert time_until_start(start, start + dt.timedelta(minutes=1)) is None
    # The same instant written in another zone.
    assert time_until_start(start, start.astimezone(DUBAI)) is None


def test_hours_ahead_rounds_up_and_is_at_least_one() -> None:
    assert hours_ahead(dt.timedelta(minutes=20)) == 1
    assert hours_ahead(dt.timedelta(hours=2)) == 2
    assert hours_ahead(dt.timedelta(hours=24, seconds=1)) == 25


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        time_until_start(dt.datetime(2026, 1, 1), dt.datetime.now(UTC))


def test_future_months_are_those_not_begun() -> None:
    today = dt.date(2026, 10, 20)
    assert future_months(2026, [9, 10, 11, 12, 11], today) == [11, 12]
    assert future_months(2026, [1, 2], today) == []
    assert future_months(2027, [1], today) == [1]
    assert future_months(2025, range(1, 13), today) == []
    # The first day of a month: that month has begun.
    assert future_months(2026, [11], dt.date(2026, 11, 1)) == []


def test_a_period_runs_to_the_end_of_its_last_day() -> None:
    end = dt.date(2026, 6, 30)
    assert period_not_ended(end, dt.date(2026, 6, 1))
    assert period_not_ended(end, end)
    assert not period_not_ended(end, dt.date(2026, 7, 1))
