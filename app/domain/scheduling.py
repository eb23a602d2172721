"""Scheduling one-on-ones across two time zones: working hours, weekends, DST.

Rules
-----
* A meeting is stored as an aware UTC start plus the rep's IANA zone. The
  rep's *local* wall time is what a series keeps: across a daylight-saving
  change the rep still meets at 10:00 and the manager's side moves an hour.
* A slot is fine for the rep when it starts at or after 08:00 and ends by
  20:00 in the rep's zone (:data:`WORKDAY_START`, :data:`WORKDAY_END`), not on
  the rep's weekend, which depends on the country (:func:`weekend_days`, from
  CLDR's week data through babel).
* Wall times that do not exist (skipped when clocks go forward) move forward
  by the gap (02:30 on the spring-forward day in Madrid becomes 03:30 local);
  wall times that happen twice (clocks go back) take the first occurrence.
  Both are reported as :class:`SlotWarning` so the UI can say so.
* Monthly series keep the day of month, or the month's last day when the month
  is shorter (31 January → 28/29 February → 31 March).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError

from app.domain import messages as m
from app.domain.enums import Cadence
from app.domain.geo import is_country
from app.domain.validation import ValidationError, require_choice, require_timezone

WORKDAY_START = dt.time(8, 0)
WORKDAY_END = dt.time(20, 0)

# ISO weekday numbers (Monday = 1 … Sunday = 7).
_SAT_SUN = frozenset({6, 7})


@cache
def _cldr_weekend(code: str) -> frozenset[int]:
    """CLDR's weekend (supplemental weekData) of a territory, as ISO weekday numbers.

    babel keeps week data per locale, so the territory's is read from its
    likely locale ("und_SA" → ar_SA). A territory with no locale of its own
    (Antarctica, Bouvet Island…) has the world's: Saturday–Sunday.
    """
    try:
        locale = Locale.parse(f"und_{code}")
    except (UnknownLocaleError, ValueError):
        return _SAT_SUN
    if locale.territory != code:
        return _SAT_SUN
    # CLDR gives a first and a last day (0 = Monday), wrapping past Sunday.
    first, last = locale.weekend_start, locale.weekend_end
    return frozenset((first + i) % 7 + 1 for i in range((last - first) % 7 + 1))


class SlotWarning(StrEnum):
    """Why a proposed slot deserves a second look."""

    OUTSIDE_HOURS = "outside_hours"  # the rep's local start before 08:00 or end after 20:00
    WEEKEND = "weekend"  # the rep's local start falls on the rep's weekend
    NONEXISTENT_TIME = "nonexistent_time"  # a wall time skipped by a DST change
    AMBIGUOUS_TIME = "ambiguous_time"  # a wall time that happens twice (clocks go back)


def weekend_days(country: str | None) -> frozenset[int]:
    """The ISO weekday numbers (Mon = 1 … Sun = 7) of a country's weekend, per CLDR.

    ``None`` or a blank code gives Saturday–Sunday; an unknown code is an error.
    CLDR keeps one contiguous span per country (Saudi Arabia Friday–Saturday,
    the UAE Saturday–Sunday since 2022, Iran Friday, India Sunday); private
    employers and regional rules (Malaysian states) may differ.
    """
    if country is None or not str(country).strip():
        return _SAT_SUN
    code = str(country).strip().upper()
    if not is_country(code):
        raise ValidationError("country", m.NOT_A_COUNTRY(value=code))
    return _cldr_weekend(code)


def _zone(name: str, field: str) -> ZoneInfo:
    return ZoneInfo(require_timezone(name, field))


def _aware(value: dt.datetime, field: str) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise ValidationError(field, m.DATE_TIME_REQUIRED())
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, m.NEEDS_TIME_ZONE())
    return value


def _duration(minutes: int) -> int:
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValidationError("duration_minutes", m.WHOLE_MINUTES())
    if not 1 <= minutes <= 480:
        raise ValidationError("duration_minutes", m.OUTSIDE_RANGE(value=minutes, low=1, high=480))
    return minutes


def _place(local: dt.datetime, zone: ZoneInfo) -> tuple[dt.datetime, SlotWarning | None]:
    """A naive wall time in ``zone`` as aware UTC, with the DST warning if any."""
    first = local.replace(tzinfo=zone, fold=0)
    second = local.replace(tzinfo=zone, fold=1)
    utc = first.astimezone(dt.UTC)
    if first.utcoffset() == second.utcoffset():
        return utc, None
    # The two folds disagree: the wall time is either skipped or repeated. A
    # skipped one does not survive the round trip through UTC.
    if utc.astimezone(zone).replace(tzinfo=None) != local:
        # fold=0 in a gap reads the time with the offset from before the change,
        # which lands the length of the gap later: 02:30 → 03:30.
        return utc, SlotWarning.NONEXISTENT_TIME
    return utc, SlotWarning.AMBIGUOUS_TIME


def from_local(local: dt.datetime, zone: str) -> tuple[dt.datetime, SlotWarning | None]:
    """A naive wall time in ``zone`` as an aware UTC datetime.

    In a DST gap the time moves forward by the gap (NONEXISTENT_TIME); in a
    fold it is the first occurrence (AMBIGUOUS_TIME); otherwise no warning.
    """
    if not isinstance(local, dt.datetime):
        raise ValidationError("starts_at", m.DATE_TIME_REQUIRED())
    if local.tzinfo is not None:
        raise ValidationError("starts_at", m.WALL_TIME())
    return _place(local.replace(fold=0), _zone(zone, "time_zone"))


def _is_ambiguous(moment: dt.datetime, zone: ZoneInfo) -> bool:
    wall = moment.astimezone(zone).replace(tzinfo=None, fold=0)
    return wall.replace(tzinfo=zone).utcoffset() != wall.replace(tzinfo=zone, fold=1).utcoffset()


def slot_warnings(
    starts_at: dt.datetime, duration_minutes: int, rep_zone: str, rep_country: str | None
) -> tuple[SlotWarning, ...]:
    """What is awkward about a slot for the rep, in :class:`SlotWarning` order.

    ``AMBIGUOUS_TIME`` flags a start whose local wall time happens twice that
    night (an aware start is never nonexistent).
    """
    start_utc = _aware(starts_at, "starts_at").astimezone(dt.UTC)
    minutes = _duration(duration_minutes)
    zone = _zone(rep_zone, "rep_time_zone")
    weekend = weekend_days(rep_country)
    start = start_utc.astimezone(zone)
    end = (start_utc + dt.timedelta(minutes=minutes)).astimezone(zone)
    # Compare the end with 20:00 of the *start's* day, so a slot running past
    # midnight counts as late, not as early the next morning.
    latest = dt.datetime.combine(start.date(), WORKDAY_END)
    found: list[SlotWarning] = []
    if start.time() < WORKDAY_START or end.replace(tzinfo=None) > latest:
        found.append(SlotWarning.OUTSIDE_HOURS)
    if start.isoweekday() in weekend:
        found.append(SlotWarning.WEEKEND)
    if _is_ambiguous(start_utc, zone):
        found.append(SlotWarning.AMBIGUOUS_TIME)
    return tuple(found)


@dataclass(frozen=True)
class Slot:
    """One meeting slot seen from both sides: the manager's zone and the rep's."""

    starts_at: dt.datetime
    duration_minutes: int
    manager_zone: str
    rep_zone: str
    rep_country: str | None = None

    def __post_init__(self) -> None:
        start = _aware(self.starts_at, "starts_at").astimezone(dt.UTC)
        object.__setattr__(self, "starts_at", start)
        _duration(self.duration_minutes)
        require_timezone(self.manager_zone, "manager_time_zone")
        require_timezone(self.rep_zone, "rep_time_zone")
        weekend_days(self.rep_country)

    @property
    def ends_at(self) -> dt.datetime:
        """The end, aware UTC."""
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)

    @property
    def manager_start(self) -> dt.datetime:
        return self.starts_at.astimezone(ZoneInfo(self.manager_zone))

    @property
    def manager_end(self) -> dt.datetime:
        return self.ends_at.astimezone(ZoneInfo(self.manager_zone))

    @property
    def rep_start(self) -> dt.datetime:
        return self.starts_at.astimezone(ZoneInfo(self.rep_zone))

    @property
    def rep_end(self) -> dt.datetime:
        return self.ends_at.astimezone(ZoneInfo(self.rep_zone))

    @property
    def warnings(self) -> tuple[SlotWarning, ...]:
        return slot_warnings(self.starts_at, self.duration_minutes, self.rep_zone, self.rep_country)

    @property
    def day_shift(self) -> int:
        """The rep's local date minus the manager's: +1 means "next day" for the rep."""
        return (self.rep_start.date() - self.manager_start.date()).days


def _month_step(local: dt.datetime, months: int, day: int) -> dt.datetime:
    """``local`` moved ``months`` ahead on ``day``, or the month's last day if shorter."""
    index = local.year * 12 + local.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return local.replace(year=year, month=month, day=min(day, calendar.monthrange(year, month)[1]))


def next_occurrence(starts_at: dt.datetime, time_zone: str, cadence: Cadence | str) -> dt.datetime:
    """The next meeting of a series at the same local wall time in ``time_zone`` (UTC).

    Monthly keeps the day of month, or the month's last day when it is shorter
    (31 January → 28/29 February). Chained from one meeting to the next, a
    monthly series on the 31st then stays on the 28th; :func:`occurrences`
    works from the first meeting and goes back to the 31st.
    """
    zone = _zone(time_zone, "time_zone")
    local = _aware(starts_at, "starts_at").astimezone(zone).replace(tzinfo=None, fold=0)
    step = require_choice(cadence, Cadence, "cadence")
    if step is Cadence.MONTHLY:
        nxt = _month_step(local, 1, local.day)
    else:
        nxt = local + dt.timedelta(days=7 if step is Cadence.WEEKLY else 14)
    # Naive wall-time arithmetic then attaching the zone is what keeps 10:00
    # local across a DST change (aware arithmetic would keep the UTC offset).
    return nxt.replace(tzinfo=zone).astimezone(dt.UTC)


def occurrences(
    starts_at: dt.datetime, time_zone: str, cadence: Cadence | str | None, count: int
) -> list[dt.datetime]:
    """The first ``count`` starts of a series (aware UTC), the first one included.

    Every occurrence is worked out from the first meeting's wall time and day
    of month, as calendar programs do with a recurrence rule, so a skipped
    wall time or a short month moves one meeting only. ``cadence`` None is a
    single meeting: ``[starts_at]``.
    """
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= 1000:
        raise ValidationError("count", m.COUNT_0_TO_1000(value=count))
    zone = _zone(time_zone, "time_zone")
    first = _aware(starts_at, "starts_at").astimezone(dt.UTC)
    if count == 0:
        return []
    if cadence is None or (isinstance(cadence, str) and not cadence.strip()):
        return [first]
    step = require_choice(cadence, Cadence, "cadence")
    local = first.astimezone(zone).replace(tzinfo=None)
    out = [first]
    for n in range(1, count):
        if step is Cadence.MONTHLY:
            wall = _month_step(local, n, local.day)
        else:
            wall = local + dt.timedelta(days=n * (7 if step is Cadence.WEEKLY else 14))
        out.append(_place(wall, zone)[0])
    return out


__all__ = [
    "WORKDAY_END",
    "WORKDAY_START",
    "Slot",
    "SlotWarning",
    "from_local",
    "next_occurrence",
    "occurrences",
    "slot_warnings",
    "weekend_days",
]
