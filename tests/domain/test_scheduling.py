"""Scheduling rules: both zones, DST gaps and folds, weekends, working hours, series."""

from __future__ import annotations

import calendar
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.enums import Cadence
from app.domain.scheduling import (
    WORKDAY_END,
    WORKDAY_START,
    Slot,
    SlotWarning,
    from_local,
    next_occurrence,
    occurrences,
    slot_warnings,
    weekend_days,
)
from app.domain.validation import ValidationError

MADRID = ZoneInfo("Europe/Madrid")
SHANGHAI = ZoneInfo("Asia/Shanghai")
DUBAI = ZoneInfo("Asia/Dubai")
UTC = dt.UTC

FAST = settings(max_examples=200, deadline=None, database=None)


def wall(moment: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


def slot(start: dt.datetime, rep_zone: str, country: str | None, minutes: int = 45) -> Slot:
    return Slot(start, minutes, "Asia/Shanghai", rep_zone, country)


# -- a series seen from Shanghai ---------------------------------------------------


def test_weekly_series_for_madrid_crosses_summer_time_end() -> None:
    first = dt.datetime(2026, 10, 19, 10, 0, tzinfo=MADRID)  # summer time ends 25 Oct
    starts = occurrences(first, "Europe/Madrid", Cadence.WEEKLY, 3)
    slots = [slot(s, "Europe/Madrid", "ES") for s in starts]

    assert [s.rep_start.replace(tzinfo=None) for s in slots] == [
        dt.datetime(2026, 10, 19, 10, 0),
        dt.datetime(2026, 10, 26, 10, 0),
        dt.datetime(2026, 11, 2, 10, 0),
    ]
    # The rep stays at 10:00; the manager in Shanghai moves from 16:00 to 17:00.
    assert [s.manager_start.hour for s in slots] == [16, 17, 17]
    assert [s.starts_at.hour for s in slots] == [8, 9, 9]
    assert all(s.warnings == () for s in slots)
    assert all(s.day_shift == 0 for s in slots)
    assert slots[1].manager_end.replace(tzinfo=None) == dt.datetime(2026, 10, 26, 17, 45)
    assert slots[1].rep_end.replace(tzinfo=None) == dt.datetime(2026, 10, 26, 10, 45)
    # Chaining next_occurrence meeting by meeting gives the same weekly series.
    assert next_occurrence(starts[0], "Europe/Madrid", "weekly") == starts[1]
    assert next_occurrence(starts[1], "Europe/Madrid", "weekly") == starts[2]


def test_weekly_series_for_madrid_crosses_summer_time_start() -> None:
    first = dt.datetime(2026, 3, 23, 10, 0, tzinfo=MADRID)  # summer time starts 29 Mar
    second = next_occurrence(first, "Europe/Madrid", Cadence.WEEKLY)
    assert second == dt.datetime(2026, 3, 30, 8, 0, tzinfo=UTC)
    before, after = slot(first, "Europe/Madrid", "ES"), slot(second, "Europe/Madrid", "ES")
    assert (before.rep_start.hour, after.rep_start.hour) == (10, 10)
    assert (before.manager_start.hour, after.manager_start.hour) == (17, 16)
    assert second.tzinfo is UTC


def test_dubai_rep_has_no_dst_and_a_saturday_sunday_weekend() -> None:
    first = dt.datetime(2026, 3, 20, 10, 0, tzinfo=DUBAI)  # a Friday, then across 29 Mar
    starts = occurrences(first, "Asia/Dubai", "weekly", 4)
    slots = [slot(s, "Asia/Dubai", "AE") for s in starts]
    assert {s.starts_at.hour for s in slots} == {6}
    assert {s.manager_start.hour for s in slots} == {14}
    assert {s.rep_start.hour for s in slots} == {10}
    # Friday is a working day in the UAE since 2022.
    assert slots[0].rep_start.isoweekday() == 5
    assert slots[0].warnings == ()
    assert weekend_days("AE") == frozenset({6, 7})
    saturday = dt.datetime(2026, 3, 21, 10, 0, tzinfo=DUBAI)
    assert slot(saturday, "Asia/Dubai", "AE").warnings == (SlotWarning.WEEKEND,)


# -- DST gaps and folds ------------------------------------------------------------


def test_nonexistent_wall_time_moves_forward_by_the_gap() -> None:
    moment, warning = from_local(dt.datetime(2026, 3, 29, 2, 30), "Europe/Madrid")
    assert warning is SlotWarning.NONEXISTENT_TIME
    assert moment == dt.datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert wall(moment, MADRID) == dt.datetime(2026, 3, 29, 3, 30)
    # New York springs forward at 02:00 on 8 March 2026.
    moment, warning = from_local(dt.datetime(2026, 3, 8, 2, 15), "America/New_York")
    assert warning is SlotWarning.NONEXISTENT_TIME
    assert wall(moment, ZoneInfo("America/New_York")) == dt.datetime(2026, 3, 8, 3, 15)
    # Lord Howe Island's gap is only 30 minutes (02:00 → 02:30 on 4 Oct 2026).
    lord_howe = ZoneInfo("Australia/Lord_Howe")
    moment, warning = from_local(dt.datetime(2026, 10, 4, 2, 15), "Australia/Lord_Howe")
    assert warning is SlotWarning.NONEXISTENT_TIME
    assert wall(moment, lord_howe) == dt.datetime(2026, 10, 4, 2, 45)


def test_ambiguous_wall_time_takes_the_first_occurrence() -> None:
    moment, warning = from_local(dt.datetime(2026, 10, 25, 2, 30), "Europe/Madrid")
    assert warning is SlotWarning.AMBIGUOUS_TIME
    # The first 02:30 is still summer time (UTC+2).
    assert moment == dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert wall(moment, MADRID) == dt.datetime(2026, 10, 25, 2, 30)


def test_ordinary_wall_time_has_no_warning() -> None:
    moment, warning = from_local(dt.datetime(2026, 10, 26, 10, 0), "Europe/Madrid")
    assert (moment, warning) == (dt.datetime(2026, 10, 26, 9, 0, tzinfo=UTC), None)
    moment, warning = from_local(dt.datetime(2026, 3, 29, 2, 30), "Asia/Dubai")
    assert (moment, warning) == (dt.datetime(2026, 3, 28, 22, 30, tzinfo=UTC), None)


def test_slot_warnings_flag_an_ambiguous_start() -> None:
    second_half_past_two = dt.datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET
    assert slot_warnings(second_half_past_two, 30, "Europe/Madrid", None) == (
        SlotWarning.OUTSIDE_HOURS,
        SlotWarning.WEEKEND,
        SlotWarning.AMBIGUOUS_TIME,
    )


def test_series_through_a_gap_moves_one_meeting_only() -> None:
    first = dt.datetime(2026, 3, 22, 2, 30, tzinfo=MADRID)  # 02:30 does not exist on 29 Mar
    starts = occurrences(first, "Europe/Madrid", Cadence.WEEKLY, 3)
    assert [wall(s, MADRID).time() for s in starts] == [
        dt.time(2, 30),
        dt.time(3, 30),
        dt.time(2, 30),
    ]
    assert next_occurrence(first, "Europe/Madrid", "weekly") == starts[1]


# -- weekends and working hours ------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "days"),
    [
        (None, {6, 7}),
        ("", {6, 7}),
        ("ES", {6, 7}),
        ("CN", {6, 7}),
        ("sa", {5, 6}),
        ("KW", {5, 6}),
        ("QA", {5, 6}),
        ("BH", {5, 6}),
        ("OM", {5, 6}),
        ("JO", {5, 6}),
        ("EG", {5, 6}),
        ("IQ", {5, 6}),
        ("DZ", {5, 6}),
        ("IL", {5, 6}),
        ("YE", {5, 6}),
        ("LY", {5, 6}),
        ("SD", {5, 6}),
        ("SY", {5, 6}),
        ("IR", {5}),
        ("AF", {4, 5}),
        ("AE", {6, 7}),
        ("IN", {7}),
        ("UG", {7}),
        # CLDR (babel 2.19, CLDR 49) lists no own weekend for these, so they rest
        # Saturday–Sunday; the hand-kept table had Bangladesh and the Maldives
        # Friday–Saturday, Nepal Saturday only and Brunei Friday and Sunday.
        ("BD", {6, 7}),
        ("MV", {6, 7}),
        ("NP", {6, 7}),
        ("BN", {6, 7}),
        # No CLDR locale of their own: the world's weekend.
        ("AQ", {6, 7}),
        ("BV", {6, 7}),
    ],
)
def test_weekend_days_by_country(country: str | None, days: set[int]) -> None:
    assert weekend_days(country) == frozenset(days)


def test_unknown_country_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        weekend_days("XX")
    assert err.value.field == "country"


@pytest.mark.parametrize(
    ("country", "zone", "local", "weekend"),
    [
        ("SA", "Asia/Riyadh", dt.datetime(2026, 11, 13, 10, 0), True),  # Friday
        ("SA", "Asia/Riyadh", dt.datetime(2026, 11, 15, 10, 0), False),  # Sunday
        ("ES", "Europe/Madrid", dt.datetime(2026, 11, 14, 10, 0), True),  # Saturday
        ("ES", "Europe/Madrid", dt.datetime(2026, 11, 13, 10, 0), False),  # Friday
        ("AE", "Asia/Dubai", dt.datetime(2026, 11, 13, 10, 0), False),  # Friday
        ("IR", "Asia/Tehran", dt.datetime(2026, 11, 12, 10, 0), False),  # Thursday
        ("IR", "Asia/Tehran", dt.datetime(2026, 11, 14, 10, 0), False),  # Saturday
        ("AF", "Asia/Kabul", dt.datetime(2026, 11, 12, 10, 0), True),  # Thursday
        ("IN", "Asia/Kolkata", dt.datetime(2026, 11, 14, 10, 0), False),  # Saturday
        ("IN", "Asia/Kolkata", dt.datetime(2026, 11, 15, 10, 0), True),  # Sunday
    ],
)
def test_weekend_warning_uses_the_reps_country(
    country: str, zone: str, local: dt.datetime, weekend: bool
) -> None:
    start = local.replace(tzinfo=ZoneInfo(zone))
    warnings = slot_warnings(start, 45, zone, country)
    assert (SlotWarning.WEEKEND in warnings) is weekend
    assert SlotWarning.OUTSIDE_HOURS not in warnings


def test_weekend_is_the_reps_local_day_not_the_managers() -> None:
    # Friday 21:00 UTC is Saturday 10:00 in Auckland (UTC+13 in November).
    start = dt.datetime(2026, 11, 13, 21, 0, tzinfo=UTC)
    s = Slot(start, 45, "Asia/Shanghai", "Pacific/Auckland", "NZ")
    assert s.manager_start.isoweekday() == 6  # Saturday 05:00 in Shanghai too
    assert s.rep_start.replace(tzinfo=None) == dt.datetime(2026, 11, 14, 10, 0)
    assert s.warnings == (SlotWarning.WEEKEND,)
    assert s.day_shift == 0


@pytest.mark.parametrize(
    ("local", "minutes", "outside"),
    [
        (dt.datetime(2026, 11, 10, 7, 59), 30, True),
        (dt.datetime(2026, 11, 10, 8, 0), 30, False),
        (dt.datetime(2026, 11, 10, 19, 15), 45, False),  # ends at 20:00 exactly
        (dt.datetime(2026, 11, 10, 19, 16), 45, True),
        (dt.datetime(2026, 11, 10, 20, 0), 15, True),
        (dt.datetime(2026, 11, 10, 23, 30), 60, True),  # runs past midnight
        (dt.datetime(2026, 11, 10, 0, 30), 30, True),
    ],
)
def test_outside_working_hours(local: dt.datetime, minutes: int, outside: bool) -> None:
    start = local.replace(tzinfo=MADRID)
    warnings = slot_warnings(start, minutes, "Europe/Madrid", "ES")
    assert (SlotWarning.OUTSIDE_HOURS in warnings) is outside
    assert (dt.time(8, 0), dt.time(20, 0)) == (WORKDAY_START, WORKDAY_END)


# -- day shift ---------------------------------------------------------------------


def test_day_shift_across_midnight() -> None:
    # 07:00 Tuesday in Shanghai is 15:00 Monday in Los Angeles: the previous day.
    start = dt.datetime(2026, 11, 10, 7, 0, tzinfo=SHANGHAI)
    s = Slot(start, 45, "Asia/Shanghai", "America/Los_Angeles", "US")
    assert s.rep_start.replace(tzinfo=None) == dt.datetime(2026, 11, 9, 15, 0)
    assert s.day_shift == -1
    # 20:00 Monday in New York is 10:00 Tuesday in Tokyo: the next day.
    start = dt.datetime(2026, 11, 9, 20, 0, tzinfo=ZoneInfo("America/New_York"))
    s = Slot(start, 45, "America/New_York", "Asia/Tokyo", "JP")
    assert s.day_shift == 1
    assert s.warnings == ()
    assert s.starts_at.tzinfo is UTC


# -- monthly series ----------------------------------------------------------------


def test_monthly_on_the_31st_keeps_the_day_or_the_months_last() -> None:
    first = dt.datetime(2026, 1, 31, 9, 30, tzinfo=MADRID)
    starts = occurrences(first, "Europe/Madrid", Cadence.MONTHLY, 5)
    assert [wall(s, MADRID) for s in starts] == [
        dt.datetime(2026, 1, 31, 9, 30),
        dt.datetime(2026, 2, 28, 9, 30),
        dt.datetime(2026, 3, 31, 9, 30),
        dt.datetime(2026, 4, 30, 9, 30),
        dt.datetime(2026, 5, 31, 9, 30),
    ]
    # Chained meeting by meeting (as marking one held does), February's 28th stays.
    feb = next_occurrence(first, "Europe/Madrid", "monthly")
    assert wall(feb, MADRID) == dt.datetime(2026, 2, 28, 9, 30)
    assert wall(next_occurrence(feb, "Europe/Madrid", "monthly"), MADRID).day == 28
    leap = occurrences(dt.datetime(2028, 1, 30, 9, 0, tzinfo=MADRID), "Europe/Madrid", "monthly", 2)
    assert wall(leap[1], MADRID).date() == dt.date(2028, 2, 29)
    december = dt.datetime(2026, 12, 15, 9, 0, tzinfo=MADRID)
    assert wall(next_occurrence(december, "Europe/Madrid", "monthly"), MADRID).date() == dt.date(
        2027, 1, 15
    )


def test_fortnightly_and_single_meetings() -> None:
    first = dt.datetime(2026, 10, 19, 10, 0, tzinfo=MADRID)
    starts = occurrences(first, "Europe/Madrid", "fortnightly", 3)
    assert [wall(s, MADRID).date() for s in starts] == [
        dt.date(2026, 10, 19),
        dt.date(2026, 11, 2),
        dt.date(2026, 11, 16),
    ]
    assert occurrences(first, "Europe/Madrid", None, 5) == [first.astimezone(UTC)]
    assert occurrences(first, "Europe/Madrid", "weekly", 0) == []


# -- validation --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: from_local(dt.datetime(2026, 1, 1, 9), "Mars/Olympus"), "time_zone"),
        (lambda: from_local(dt.datetime(2026, 1, 1, 9, tzinfo=UTC), "Europe/Madrid"), "starts_at"),
        (
            lambda: next_occurrence(dt.datetime(2026, 1, 1, 9), "Europe/Madrid", "weekly"),
            "starts_at",
        ),
        (
            lambda: next_occurrence(dt.datetime(2026, 1, 1, 9, tzinfo=UTC), "Nowhere", "weekly"),
            "time_zone",
        ),
        (
            lambda: next_occurrence(dt.datetime(2026, 1, 1, 9, tzinfo=UTC), "UTC", "daily"),
            "cadence",
        ),
        (lambda: occurrences(dt.datetime(2026, 1, 1, 9, tzinfo=UTC), "UTC", "weekly", -1), "count"),
        (lambda: slot_warnings(dt.datetime(2026, 1, 1, 9), 30, "UTC", None), "starts_at"),
        (
            lambda: slot_warnings(dt.datetime(2026, 1, 1, 9, tzinfo=UTC), 0, "UTC", None),
            "duration_minutes",
        ),
        (
            lambda: slot_warnings(dt.datetime(2026, 1, 1, 9, tzinfo=UTC), 30, "Bad/Zone", None),
            "rep_time_zone",
        ),
        (
            lambda: Slot(dt.datetime(2026, 1, 1, 9, tzinfo=UTC), 30, "Bad/Zone", "UTC"),
            "manager_time_zone",
        ),
        (lambda: Slot(dt.datetime(2026, 1, 1, 9, tzinfo=UTC), 30, "UTC", "UTC", "ZZ"), "country"),
    ],
)
def test_bad_input_names_the_field(call, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.field == field


# -- properties --------------------------------------------------------------------

ZONES = [
    "Europe/Madrid",
    "America/New_York",
    "America/Santiago",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Dubai",
    "Asia/Shanghai",
    "Asia/Tehran",
]


def _transitions(zone: str, first_year: int, last_year: int) -> list[dt.datetime]:
    """The naive local wall times at which ``zone`` changed its UTC offset."""
    tz = ZoneInfo(zone)
    found = []
    day = dt.datetime(first_year, 1, 1, tzinfo=UTC)
    end = dt.datetime(last_year + 1, 1, 1, tzinfo=UTC)
    while day < end:
        nxt = day + dt.timedelta(days=1)
        if day.astimezone(tz).utcoffset() != nxt.astimezone(tz).utcoffset():
            hour = day
            while hour.astimezone(tz).utcoffset() == day.astimezone(tz).utcoffset():
                hour += dt.timedelta(minutes=15)
            # The wall time just before the change, read with the old offset.
            found.append((hour - dt.timedelta(minutes=15)).astimezone(tz).replace(tzinfo=None))
        day = nxt
    return found


TRANSITIONS = {zone: _transitions(zone, 2020, 2035) for zone in ZONES}
uniform_times = st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2035, 12, 31))


@st.composite
def zoned_local_times(draw: st.DrawFn) -> tuple[str, dt.datetime]:
    """A zone and a wall time in it, often within three hours of a DST change."""
    zone = draw(st.sampled_from(ZONES))
    changes = TRANSITIONS[zone]
    if changes and draw(st.booleans()):
        base = draw(st.sampled_from(changes))
        return zone, base + dt.timedelta(minutes=draw(st.integers(-180, 180)))
    return zone, draw(uniform_times)


@FAST
@given(zoned=zoned_local_times())
def test_from_local_round_trips_or_moves_forward_by_the_gap(zoned: tuple[str, dt.datetime]) -> None:
    zone, local = zoned
    moment, warning = from_local(local, zone)
    tz = ZoneInfo(zone)
    assert moment.tzinfo is UTC
    back = wall(moment, tz)
    if warning is SlotWarning.NONEXISTENT_TIME:
        before = local.replace(tzinfo=tz, fold=0).utcoffset()
        after = local.replace(tzinfo=tz, fold=1).utcoffset()
        assert before is not None and after is not None
        assert back - local == after - before
        assert dt.timedelta(0) < back - local <= dt.timedelta(hours=2)
    else:
        assert back == local
        if warning is SlotWarning.AMBIGUOUS_TIME:
            # The first of the two: an hour (or the fold's length) later is the same wall time.
            later = local.replace(tzinfo=tz, fold=1).astimezone(UTC)
            assert moment < later


@FAST
@given(zoned=zoned_local_times(), cadence=st.sampled_from(list(Cadence)), count=st.integers(1, 30))
def test_series_keep_the_wall_time_except_in_a_gap(
    zoned: tuple[str, dt.datetime], cadence: Cadence, count: int
) -> None:
    zone, local = zoned
    tz = ZoneInfo(zone)
    first, _ = from_local(local.replace(second=0, microsecond=0), zone)
    starts = occurrences(first, zone, cadence, count)
    assert len(starts) == count
    assert starts == sorted(set(starts))
    anchor = wall(first, tz)
    for n, start in enumerate(starts[1:], start=1):
        if cadence is Cadence.MONTHLY:
            year, month0 = divmod(anchor.year * 12 + anchor.month - 1 + n, 12)
            day = min(anchor.day, calendar.monthrange(year, month0 + 1)[1])
            expected = anchor.replace(year=year, month=month0 + 1, day=day)
        else:
            expected = anchor + dt.timedelta(days=n * (7 if cadence is Cadence.WEEKLY else 14))
        moment, warning = from_local(expected, zone)
        assert start == moment
        if warning is not SlotWarning.NONEXISTENT_TIME:
            assert wall(start, tz) == expected  # the wall time is kept
