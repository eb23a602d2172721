"""One-on-ones as an iCalendar (.ics) file that calendar programs import.

Each meeting is one VEVENT in the *rep's* zone (DTSTART/DTEND with a TZID and
the matching VTIMEZONE), so the rep's 10:00 stays 10:00 whatever zone the
reader's calendar is in. A series carries an RRULE and calendar programs
repeat it at the same local wall time across daylight-saving changes, as the
console's own series do (:mod:`app.domain.scheduling`).

The manager's private note is never written: DESCRIPTION is the caller's text
or the meeting's agenda.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from icalendar import Calendar, Event, Timezone

from app.domain import messages as m
from app.domain.enums import Cadence, MeetingStatus
from app.domain.validation import ValidationError
from app.services.one_on_one_records import OneOnOneRecord

PRODID = "-//Outpost//Outpost Console//EN"

# A series repeats without an end; its VTIMEZONE must then cover the years
# ahead too (icalendar writes explicit transitions for the range asked).
_SERIES_HORIZON = dt.date(2038, 1, 1)


def meeting_uid(meeting_id: int) -> str:
    """The stable UID of a meeting, so re-importing updates instead of duplicating."""
    return f"outpost-meeting-{meeting_id}@outpost.local"


def recurrence_rule(cadence: Cadence | str, day_of_month: int) -> dict[str, Any]:
    """The RRULE of a cadence for a series starting on ``day_of_month``.

    Monthly on the 29th–31st asks for "that day, or the month's last day when it
    is shorter" (BYMONTHDAY up to the day, last of them): a bare FREQ=MONTHLY
    would skip the short months, unlike the console's series.
    """
    step = Cadence(cadence)
    if step is Cadence.WEEKLY:
        return {"FREQ": "WEEKLY"}
    if step is Cadence.FORTNIGHTLY:
        return {"FREQ": "WEEKLY", "INTERVAL": 2}
    if day_of_month <= 28:
        return {"FREQ": "MONTHLY"}
    return {"FREQ": "MONTHLY", "BYMONTHDAY": list(range(28, day_of_month + 1)), "BYSETPOS": -1}


def _event(
    meeting: OneOnOneRecord,
    *,
    series: bool,
    summary: str,
    description_of: Callable[[OneOnOneRecord], str | None] | None,
    stamp: dt.datetime,
) -> Event:
    start = meeting.local_starts_at
    end = meeting.ends_at.astimezone(start.tzinfo)
    event = Event()
    event.add("uid", meeting_uid(meeting.id))
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", end)
    # The row's version grows with every saved change: calendars take the
    # higher SEQUENCE as the newer copy of the same UID.
    event.add("sequence", max(meeting.version - 1, 0))
    event.add("summary", summary.format(rep=meeting.rep_name, manager=meeting.manager_name or ""))
    described = description_of(meeting) if description_of is not None else None
    text = described or meeting.agenda
    if text:
        event.add("description", text)
    cancelled = meeting.status is MeetingStatus.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    # A cancelled meeting is one occurrence called off, never a whole series.
    if series and meeting.cadence is not None and not cancelled:
        event.add("rrule", recurrence_rule(meeting.cadence, start.day))
    return event


def meetings_calendar(
    meetings: Sequence[OneOnOneRecord],
    *,
    series: bool = False,
    summary: str = "1:1 {rep}",
    description_of: Callable[[OneOnOneRecord], str | None] | None = None,
    stamp: dt.datetime | None = None,
) -> bytes:
    """A VCALENDAR with one VEVENT per meeting, UTF-8 bytes.

    ``series``: meetings with a cadence repeat from their start (pass one
    meeting per series, e.g. its next planned one). ``summary`` is formatted
    with ``{rep}`` (and ``{manager}``). ``description_of`` gives a meeting's
    description (None: its agenda); it must not return the private note.
    ``stamp`` is the DTSTAMP (default: now), fixed in tests. No meetings is a
    ValidationError naming "meetings".
    """
    if not meetings:
        # RFC 5545 wants at least one component; calendar programs reject none.
        raise ValidationError("meetings", m.NOTHING_TO_EXPORT())
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    spans: dict[str, tuple[dt.date, dt.date]] = {}
    for meeting in meetings:
        start = meeting.local_starts_at.date()
        last = start + dt.timedelta(days=366)
        if series and meeting.cadence is not None:
            last = max(last, _SERIES_HORIZON)
        first_seen, last_seen = spans.get(meeting.rep_time_zone, (start, last))
        spans[meeting.rep_time_zone] = (min(first_seen, start), max(last_seen, last))
    for zone, (first, last) in sorted(spans.items()):
        cal.add_component(
            Timezone.from_tzid(zone, first_date=first - dt.timedelta(days=7), last_date=last)
        )
    for meeting in meetings:
        cal.add_component(
            _event(
                meeting, series=series, summary=summary, description_of=description_of, stamp=stamp
            )
        )
    return cal.to_ical()


def export_ics(path: Path, meetings: Sequence[OneOnOneRecord], **kwargs: Any) -> Path:
    """Write :func:`meetings_calendar` to ``path`` atomically; returns ``path``.

    The bytes go to a temporary file in the same folder, then replace the
    target in one step, so a crash never leaves half a calendar behind.
    """
    path = Path(path)
    data = meetings_calendar(meetings, **kwargs)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path


__all__ = ["PRODID", "export_ics", "meeting_uid", "meetings_calendar", "recurrence_rule"]
