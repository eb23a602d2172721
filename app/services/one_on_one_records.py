"""One-on-ones and action items as plain data: inputs, records and their validation.

Meetings are stored in UTC with the rep's IANA zone beside them; the records
show a start in either party's zone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from app.domain import messages as m
from app.domain.enums import ActionOwner, Cadence, Channel, MeetingStatus
from app.domain.validation import (
    ValidationError,
    require_choice,
    require_range,
    require_text,
)


@dataclass(frozen=True)
class OneOnOneInput:
    """The editable fields of a one-on-one; status changes go through the workflow."""

    rep_id: int
    starts_at: dt.datetime
    manager_id: int | None = None
    duration_minutes: int = 45
    channel: Channel | str = Channel.VIDEO
    cadence: Cadence | str | None = None
    agenda: str | None = None
    notes: str | None = None
    morale: int | None = None
    private_note: str | None = None


@dataclass(frozen=True)
class OneOnOneRecord:
    """A one-on-one as panes show it.

    ``private_note`` is PRIVATE to the manager: it must never be printed in a
    rep's pack, exported to the rep or shown on a screen the rep may see.
    """

    id: int
    version: int
    rep_id: int
    rep_name: str
    region_id: int
    manager_id: int | None
    manager_name: str | None
    starts_at: dt.datetime
    rep_time_zone: str
    duration_minutes: int
    channel: Channel
    status: MeetingStatus
    cadence: Cadence | None
    agenda: str | None
    notes: str | None
    morale: int | None
    private_note: str | None = field(default=None, repr=False)
    rep_name_zh: str | None = None
    #: The rep's posting country (ISO 3166), for the rep's weekend.
    rep_country: str | None = None
    #: The manager's IANA zone (None without a manager).
    manager_time_zone: str | None = None
    #: Action items of this meeting not done yet.
    open_actions: int = 0

    @property
    def local_starts_at(self) -> dt.datetime:
        """The start in the rep's own zone."""
        return self.starts_at.astimezone(ZoneInfo(self.rep_time_zone))

    def manager_starts_at(self, fallback_zone: str = "UTC") -> dt.datetime:
        """The start in the manager's zone (``fallback_zone`` without a manager)."""
        return self.starts_at.astimezone(ZoneInfo(self.manager_time_zone or fallback_zone))

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class HeldOutcome:
    """What ``mark_held`` did: the held meeting, the next one of a series, carried items."""

    held: OneOnOneRecord
    next_meeting: OneOnOneRecord | None
    carried_action_ids: tuple[int, ...]


@dataclass(frozen=True)
class ActionItemInput:
    """An action item as the manager writes it, optionally raised in a meeting."""

    rep_id: int
    text: str
    owner: ActionOwner | str = ActionOwner.REP
    due_date: dt.date | None = None
    meeting_id: int | None = None


@dataclass(frozen=True)
class ActionItemRecord:
    """An action item with its rep's name; ``carried_from_id`` is the meeting it was
    first raised in when a series carried it over."""

    id: int
    version: int
    rep_id: int
    rep_name: str
    meeting_id: int | None
    carried_from_id: int | None
    text: str
    owner: ActionOwner
    due_date: dt.date | None
    done_at: dt.datetime | None
    #: When the meeting the item belongs to starts (set by :meth:`actions_for_meeting`).
    meeting_starts_at: dt.datetime | None = None

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    def is_overdue(self, today: dt.date) -> bool:
        return self.done_at is None and self.due_date is not None and self.due_date < today


def check_morale(morale: int | None) -> None:
    """Refuse a morale mark other than a whole number from 1 to 5 (None: not recorded)."""
    if morale is not None:
        if isinstance(morale, bool) or not isinstance(morale, int):
            raise ValidationError("morale", m.WHOLE_1_TO_5())
        require_range(morale, 1, 5, "morale")


def validate_meeting(data: OneOnOneInput) -> dict[str, Any]:
    """Column values for a meeting (without the rep's zone), or a ValidationError."""
    if not isinstance(data.starts_at, dt.datetime):
        raise ValidationError("starts_at", m.DATE_TIME_REQUIRED())
    if data.starts_at.tzinfo is None or data.starts_at.utcoffset() is None:
        raise ValidationError("starts_at", m.NEEDS_TIME_ZONE())
    if isinstance(data.duration_minutes, bool) or not isinstance(data.duration_minutes, int):
        raise ValidationError("duration_minutes", m.WHOLE_MINUTES())
    require_range(data.duration_minutes, 1, 480, "duration_minutes")
    check_morale(data.morale)
    cadence = data.cadence.strip() if isinstance(data.cadence, str) else data.cadence
    return {
        "rep_id": data.rep_id,
        "manager_id": data.manager_id,
        "starts_at": data.starts_at.astimezone(dt.UTC),
        "duration_minutes": data.duration_minutes,
        "channel": require_choice(data.channel, Channel, "channel").value,
        "cadence": require_choice(cadence, Cadence, "cadence").value if cadence else None,
        "agenda": require_text(data.agenda, "agenda", max_length=20_000, required=False),
        "notes": require_text(data.notes, "notes", max_length=50_000, required=False),
        "morale": data.morale,
        "private_note": require_text(
            data.private_note, "private_note", max_length=20_000, required=False
        ),
    }


def validate_action(data: ActionItemInput) -> dict[str, Any]:
    """Column values for an action item, or a ValidationError."""
    return {
        "rep_id": data.rep_id,
        "meeting_id": data.meeting_id,
        "text": require_text(data.text, "text", max_length=2_000),
        "owner": require_choice(data.owner, ActionOwner, "owner").value,
        "due_date": data.due_date,
    }


__all__ = [
    "ActionItemInput",
    "ActionItemRecord",
    "HeldOutcome",
    "OneOnOneInput",
    "OneOnOneRecord",
    "check_morale",
    "validate_action",
    "validate_meeting",
]
