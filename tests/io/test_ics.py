"""The .ics export, parsed back with icalendar: zones, series, privacy, UTF-8."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from app.domain.enums import Cadence, Channel, MeetingStatus
from app.domain.scheduling import occurrences
from app.domain.validation import ValidationError
from app.io.ics import PRODID, export_ics, meetings_calendar, recurrence_rule
from app.services.one_on_one_records import OneOnOneRecord

MADRID = ZoneInfo("Europe/Madrid")
DUBAI = ZoneInfo("Asia/Dubai")
STAMP = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
_ids = itertools.count(1)


def meeting(
    starts_at: dt.datetime, zone: str = "Europe/Madrid", **overrides: Any
) -> OneOnOneRecord:
    values: dict[str, Any] = {
        "id": next(_ids),
        "version": 3,
        "rep_id": 7,
        "rep_name": "Ana García",
        "region_id": 1,
        "manager_id": 2,
        "manager_name": "Li Wei",
        "starts_at": starts_at.astimezone(dt.UTC),
        "rep_time_zone": zone,
        "duration_minutes": 45,
        "channel": Channel.VIDEO,
        "status": MeetingStatus.PLANNED,
        "cadence": None,
        "agenda": "Pipeline review",
        "notes": "Discussed Q4",
        "morale": 4,
        "private_note": "Thinking of leaving — keep an eye",
    }
    values.update(overrides)
    return OneOnOneRecord(**values)


def events(data: bytes) -> list[Any]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_single_meeting_in_the_reps_zone() -> None:
    m = meeting(dt.datetime(2026, 11, 10, 10, 0, tzinfo=MADRID))
    data = meetings_calendar([m], stamp=STAMP)

    cal = Calendar.from_ical(data)
    assert cal["PRODID"] == PRODID
    assert cal["VERSION"] == "2.0"
    [event] = events(data)
    start = event["DTSTART"]
    assert start.params["TZID"] == "Europe/Madrid"
    assert start.dt == dt.datetime(2026, 11, 10, 10, 0, tzinfo=MADRID)
    assert start.dt.utcoffset() == dt.timedelta(hours=1)
    assert start.dt.astimezone(dt.UTC) == m.starts_at
    assert event["DTEND"].dt == dt.datetime(2026, 11, 10, 10, 45, tzinfo=MADRID)
    assert event["DTEND"].params["TZID"] == "Europe/Madrid"
    assert str(event["UID"]) == f"outpost-meeting-{m.id}@outpost.local"
    assert event["DTSTAMP"].dt == STAMP
    assert str(event["SUMMARY"]) == "1:1 Ana García"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event["SEQUENCE"] == 2
    assert "RRULE" not in event
    [tz] = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Madrid"
    offsets = {sub["TZOFFSETTO"].td for sub in tz.subcomponents}
    assert offsets == {dt.timedelta(hours=1), dt.timedelta(hours=2)}


def test_dubai_rep_and_two_zones_get_one_vtimezone_each() -> None:
    dubai = meeting(dt.datetime(2026, 11, 10, 9, 0, tzinfo=DUBAI), "Asia/Dubai")
    madrid = meeting(dt.datetime(2026, 11, 11, 9, 0, tzinfo=MADRID))
    data = meetings_calendar([dubai, madrid], stamp=STAMP)

    cal = Calendar.from_ical(data)
    assert sorted(str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")) == [
        "Asia/Dubai",
        "Europe/Madrid",
    ]
    first = events(data)[0]["DTSTART"]
    assert first.params["TZID"] == "Asia/Dubai"
    assert first.dt == dt.datetime(2026, 11, 10, 9, 0, tzinfo=DUBAI)
    assert first.dt.astimezone(dt.UTC).hour == 5


def test_private_note_never_written_agenda_is() -> None:
    m = meeting(dt.datetime(2026, 11, 10, 10, 0, tzinfo=MADRID))
    data = meetings_calendar([m], stamp=STAMP)
    assert b"Thinking of leaving" not in data
    assert b"keep an eye" not in data
    assert b"Discussed Q4" not in data  # notes are not the description either
    assert str(events(data)[0]["DESCRIPTION"]) == "Pipeline review"


def test_description_of_replaces_the_agenda() -> None:
    m = meeting(dt.datetime(2026, 11, 10, 10, 0, tzinfo=MADRID))
    data = meetings_calendar([m], stamp=STAMP, description_of=lambda r: f"Agenda for {r.rep_name}")
    assert str(events(data)[0]["DESCRIPTION"]) == "Agenda for Ana García"
    assert b"Thinking of leaving" not in data
    bare = meeting(dt.datetime(2026, 11, 10, 10, 0, tzinfo=MADRID), agenda=None)
    assert "DESCRIPTION" not in events(meetings_calendar([bare], stamp=STAMP))[0]


def test_chinese_names_survive_as_utf8() -> None:
    m = meeting(
        dt.datetime(2026, 11, 10, 10, 0, tzinfo=MADRID),
        rep_name="王小明",
        agenda="回顾第四季度的销售管道，讨论马德里的新客户" * 3,  # long: folded lines
    )
    data = meetings_calendar([m], summary="一对一 {rep}", stamp=STAMP)
    assert "王小明".encode() in data
    [event] = events(data)
    assert str(event["SUMMARY"]) == "一对一 王小明"
    assert str(event["DESCRIPTION"]) == "回顾第四季度的销售管道，讨论马德里的新客户" * 3


def test_cancelled_meeting_says_cancelled_and_does_not_repeat() -> None:
    m = meeting(
        dt.datetime(2026, 11, 10, 10, 0, tzinfo=MADRID),
        status=MeetingStatus.CANCELLED,
        cadence=Cadence.WEEKLY,
    )
    [event] = events(meetings_calendar([m], series=True, stamp=STAMP))
    assert str(event["STATUS"]) == "CANCELLED"
    assert "RRULE" not in event


def _expand(event: Any, count: int) -> list[dt.datetime]:
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=event["DTSTART"].dt)
    return [d.astimezone(dt.UTC) for d in itertools.islice(rule, count)]


def test_weekly_series_keeps_the_reps_wall_time_across_dst() -> None:
    # 19 October 2026, 10:00 in Madrid; summer time ends on 25 October.
    m = meeting(dt.datetime(2026, 10, 19, 10, 0, tzinfo=MADRID), cadence=Cadence.WEEKLY)
    [event] = events(meetings_calendar([m], series=True, stamp=STAMP))
    assert event["RRULE"]["FREQ"] == ["WEEKLY"]
    expanded = _expand(event, 3)
    assert expanded == occurrences(m.starts_at, "Europe/Madrid", Cadence.WEEKLY, 3)
    assert [d.astimezone(MADRID).hour for d in expanded] == [10, 10, 10]
    assert [d.hour for d in expanded] == [8, 9, 9]  # the UTC hour moves
    # Without series=True the cadence is not exported.
    assert "RRULE" not in events(meetings_calendar([m], stamp=STAMP))[0]


def test_fortnightly_series_interval_two() -> None:
    m = meeting(dt.datetime(2026, 3, 16, 9, 0, tzinfo=MADRID), cadence=Cadence.FORTNIGHTLY)
    [event] = events(meetings_calendar([m], series=True, stamp=STAMP))
    assert event["RRULE"]["FREQ"] == ["WEEKLY"]
    assert event["RRULE"]["INTERVAL"] == [2]
    assert _expand(event, 4) == occurrences(m.starts_at, "Europe/Madrid", "fortnightly", 4)


@pytest.mark.parametrize("day", [15, 29, 30, 31])
def test_monthly_series_matches_the_consoles_rule(day: int) -> None:
    m = meeting(dt.datetime(2026, 1, day, 9, 30, tzinfo=MADRID), cadence=Cadence.MONTHLY)
    [event] = events(meetings_calendar([m], series=True, stamp=STAMP))
    assert event["RRULE"]["FREQ"] == ["MONTHLY"]
    expanded = _expand(event, 13)
    assert expanded == occurrences(m.starts_at, "Europe/Madrid", Cadence.MONTHLY, 13)
    assert len({d.month for d in expanded}) == 12  # no month skipped


def test_recurrence_rule_values() -> None:
    assert recurrence_rule("weekly", 3) == {"FREQ": "WEEKLY"}
    assert recurrence_rule(Cadence.FORTNIGHTLY, 3) == {"FREQ": "WEEKLY", "INTERVAL": 2}
    assert recurrence_rule("monthly", 28) == {"FREQ": "MONTHLY"}
    assert recurrence_rule("monthly", 31) == {
        "FREQ": "MONTHLY",
        "BYMONTHDAY": [28, 29, 30, 31],
        "BYSETPOS": -1,
    }


def test_uid_stable_and_export_is_atomic(tmp_path: Path) -> None:
    m = meeting(dt.datetime(2026, 11, 10, 10, 0, tzinfo=MADRID))
    target = tmp_path / "one-on-ones.ics"
    target.write_bytes(b"old content")

    written = export_ics(target, [m], stamp=STAMP)
    assert written == target
    later = export_ics(tmp_path / "again.ics", [m], stamp=STAMP + dt.timedelta(days=1))

    first, second = events(target.read_bytes())[0], events(later.read_bytes())[0]
    assert str(first["UID"]) == str(second["UID"])
    assert first["DTSTART"].dt == dt.datetime(2026, 11, 10, 10, 0, tzinfo=MADRID)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.ics", "one-on-ones.ics"]


def test_nothing_to_export_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        export_ics(tmp_path / "empty.ics", [])
    assert err.value.field == "meetings"
    assert list(tmp_path.iterdir()) == []


def test_export_into_a_missing_folder_fails_without_leftovers(tmp_path: Path) -> None:
    m = meeting(dt.datetime(2026, 11, 10, 10, 0, tzinfo=MADRID))
    with pytest.raises(FileNotFoundError):
        export_ics(tmp_path / "missing" / "x.ics", [m], stamp=STAMP)
    assert list(tmp_path.iterdir()) == []
