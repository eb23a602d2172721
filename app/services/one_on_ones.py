"""One-on-ones and their action items: the One-on-ones area's use cases.

Meetings are stored in UTC with the rep's IANA zone beside them; a recurring
series keeps the rep's *local* wall time across daylight-saving changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.db.base import utcnow
from app.db.one_on_ones import ActionItem, OneOnOne
from app.db.org import Manager, Rep
from app.domain.enums import ActionOwner, Cadence, Channel, MeetingStatus
from app.domain.scheduling import next_occurrence
from app.domain.validation import (
    ValidationError,
    require_choice,
    require_range,
    require_text,
)
from app.services.base import Page, PageRequest, Service, count_rows, get_or_404

T = TypeVar("T")


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
    rep_id: int
    text: str
    owner: ActionOwner | str = ActionOwner.REP
    due_date: dt.date | None = None
    meeting_id: int | None = None


@dataclass(frozen=True)
class ActionItemRecord:
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


def validate_meeting(data: OneOnOneInput) -> dict[str, Any]:
    """Column values for a meeting (without the rep's zone), or a ValidationError."""
    if not isinstance(data.starts_at, dt.datetime):
        raise ValidationError("starts_at", "a date and time is required")
    if data.starts_at.tzinfo is None or data.starts_at.utcoffset() is None:
        raise ValidationError("starts_at", "needs a time zone (an aware datetime)")
    if isinstance(data.duration_minutes, bool) or not isinstance(data.duration_minutes, int):
        raise ValidationError("duration_minutes", "must be a whole number of minutes")
    require_range(data.duration_minutes, 1, 480, "duration_minutes")
    if data.morale is not None:
        if isinstance(data.morale, bool) or not isinstance(data.morale, int):
            raise ValidationError("morale", "must be a whole number from 1 to 5")
        require_range(data.morale, 1, 5, "morale")
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
    return {
        "rep_id": data.rep_id,
        "meeting_id": data.meeting_id,
        "text": require_text(data.text, "text", max_length=2_000),
        "owner": require_choice(data.owner, ActionOwner, "owner").value,
        "due_date": data.due_date,
    }


ManagerAlias = aliased(Manager)

MEETING_SORT_COLUMNS: dict[str, Any] = {
    "starts_at": OneOnOne.starts_at,
    "rep_name": Rep.name,
    "manager_name": ManagerAlias.name,
    "status": OneOnOne.status,
    "channel": OneOnOne.channel,
    "cadence": OneOnOne.cadence,
    "morale": OneOnOne.morale,
    "duration_minutes": OneOnOne.duration_minutes,
}


# Open items counted inside the meeting query (one correlated count over the
# action items' meeting index), so a page of meetings is still one statement.
_OPEN_ACTIONS = (
    select(func.count(ActionItem.id))
    .where(ActionItem.meeting_id == OneOnOne.id, ActionItem.done_at.is_(None))
    .correlate(OneOnOne)
    .scalar_subquery()
    .label("open_actions")
)

MEETING_SORT_COLUMNS["open_actions"] = _OPEN_ACTIONS


def _meeting_select() -> Select[Any]:
    return (
        select(
            OneOnOne,
            Rep.name,
            Rep.region_id,
            ManagerAlias.name,
            Rep.name_zh,
            Rep.posting_country,
            ManagerAlias.time_zone,
            _OPEN_ACTIONS,
        )
        .join(Rep, OneOnOne.rep_id == Rep.id)
        .outerjoin(ManagerAlias, OneOnOne.manager_id == ManagerAlias.id)
    )


def _meeting_record(
    row: OneOnOne,
    rep_name: str,
    region_id: int,
    manager_name: str | None,
    rep_name_zh: str | None = None,
    rep_country: str | None = None,
    manager_time_zone: str | None = None,
    open_actions: int | None = 0,
) -> OneOnOneRecord:
    return OneOnOneRecord(
        id=row.id,
        version=row.version,
        rep_id=row.rep_id,
        rep_name=rep_name,
        region_id=region_id,
        manager_id=row.manager_id,
        manager_name=manager_name,
        starts_at=row.starts_at,
        rep_time_zone=row.rep_time_zone,
        duration_minutes=row.duration_minutes,
        channel=Channel(row.channel),
        status=MeetingStatus(row.status),
        cadence=Cadence(row.cadence) if row.cadence else None,
        agenda=row.agenda,
        notes=row.notes,
        morale=row.morale,
        private_note=row.private_note,
        rep_name_zh=rep_name_zh,
        rep_country=rep_country,
        manager_time_zone=manager_time_zone,
        open_actions=int(open_actions or 0),
    )


def _action_select() -> Select[Any]:
    return select(ActionItem, Rep.name).join(Rep, ActionItem.rep_id == Rep.id)


def _action_record(
    row: ActionItem, rep_name: str, meeting_starts_at: dt.datetime | None = None
) -> ActionItemRecord:
    return ActionItemRecord(
        id=row.id,
        version=row.version,
        rep_id=row.rep_id,
        rep_name=rep_name,
        meeting_id=row.meeting_id,
        carried_from_id=row.carried_from_id,
        text=row.text,
        owner=ActionOwner(row.owner),
        due_date=row.due_date,
        done_at=row.done_at,
        meeting_starts_at=meeting_starts_at,
    )


def _upcoming_select(region_id: int | None, start: dt.datetime, end: dt.datetime) -> Select[Any]:
    stmt = (
        _meeting_select()
        .where(
            OneOnOne.status == MeetingStatus.PLANNED.value,
            OneOnOne.starts_at >= start,
            OneOnOne.starts_at < end,
        )
        .order_by(OneOnOne.starts_at, OneOnOne.id)
    )
    return stmt if region_id is None else stmt.where(Rep.region_id == region_id)


def _overdue_select(region_id: int | None, today: dt.date) -> Select[Any]:
    stmt = (
        _action_select()
        .where(ActionItem.done_at.is_(None), ActionItem.due_date < today)
        .order_by(ActionItem.due_date, ActionItem.id)
    )
    return stmt if region_id is None else stmt.where(Rep.region_id == region_id)


def _first(session: Session, stmt: Select[Any], limit: int, make: Callable[..., T]) -> Page[T]:
    """The first ``limit`` rows of ``stmt`` as records, and the count of all its rows.

    The count rides along as a window over the whole result, so a dashboard
    counting thousands of rows but showing a hundred builds only a hundred
    records, in one query.
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValidationError("limit", "must be a whole number of at least 1")
    found = session.execute(stmt.add_columns(func.count().over()).limit(limit)).all()
    total = int(found[0][-1]) if found else 0
    return Page(rows=[make(*row[:-1]) for row in found], total=total, offset=0)


class OneOnOneService(Service):
    """One-on-ones, their recurrence and their action items."""

    # -- meetings --------------------------------------------------------------

    def get(self, meeting_id: int) -> OneOnOneRecord:
        with self.db.read_session() as session:
            return self._get(session, meeting_id)

    def _get(self, session: Session, meeting_id: int) -> OneOnOneRecord:
        found = session.execute(_meeting_select().where(OneOnOne.id == meeting_id)).one_or_none()
        if found is None:
            get_or_404(session, OneOnOne, meeting_id, "meeting")
        return _meeting_record(*found)  # type: ignore[misc]

    def list_meetings(self, request: PageRequest | None = None) -> Page[OneOnOneRecord]:
        """A page of meetings.

        Filters ``id``, ``region_id``, ``rep_id``, ``manager_id``, ``status``, ``cadence``,
        ``from`` and ``to`` (aware datetimes bounding ``starts_at``, ``to`` exclusive);
        ``search`` matches the rep's name (Latin or Chinese). Two statements: the count
        and the page (open action counts ride inside it).
        """
        request = request or PageRequest()
        with self.db.read_session() as session:
            # Counted without the names and open-item counts, joining reps only when a
            # filter needs them: over every region that is an index range scan.
            needs_rep = request.filters.get("region_id") is not None or bool(request.search)
            counted = select(OneOnOne.id)
            if needs_rep:
                counted = counted.join(Rep, OneOnOne.rep_id == Rep.id)
            total = count_rows(session, self._filtered(request, counted))
            stmt = self._filtered(request)
            sort = MEETING_SORT_COLUMNS.get(request.sort or "starts_at", OneOnOne.starts_at)
            order = sort.desc() if request.descending else sort.asc()
            stmt = stmt.order_by(order, OneOnOne.id).offset(request.offset).limit(request.limit)
            rows = [_meeting_record(*found) for found in session.execute(stmt)]
            return Page(rows=rows, total=total, offset=request.offset)

    def _filtered(self, request: PageRequest, stmt: Select[Any] | None = None) -> Select[Any]:
        """``stmt`` (default: the full meeting select) narrowed by the request's filters."""
        stmt = _meeting_select() if stmt is None else stmt
        f = request.filters
        if f.get("id") is not None:
            stmt = stmt.where(OneOnOne.id == f["id"])
        if f.get("region_id") is not None:
            stmt = stmt.where(Rep.region_id == f["region_id"])
        if f.get("rep_id") is not None:
            stmt = stmt.where(OneOnOne.rep_id == f["rep_id"])
        if f.get("manager_id") is not None:
            stmt = stmt.where(OneOnOne.manager_id == f["manager_id"])
        if f.get("status"):
            stmt = stmt.where(OneOnOne.status == MeetingStatus(f["status"]).value)
        if f.get("from") is not None:
            stmt = stmt.where(OneOnOne.starts_at >= f["from"])
        if f.get("to") is not None:
            stmt = stmt.where(OneOnOne.starts_at < f["to"])
        if f.get("cadence"):
            stmt = stmt.where(OneOnOne.cadence == Cadence(f["cadence"]).value)
        if request.search:
            # The rep's Latin or Chinese name: what a manager types to find a 1:1.
            pattern = f"%{request.search.strip()}%"
            stmt = stmt.where(or_(Rep.name.ilike(pattern), Rep.name_zh.ilike(pattern)))
        return stmt

    def rep_names(self, region_id: int | None) -> list[tuple[int, str, str | None]]:
        """``(id, name, Chinese name)`` of a region's reps (None: all), by name: what a
        filter lists. One light query (no full rep records for thousands of reps)."""
        with self.db.read_session() as session:
            stmt = select(Rep.id, Rep.name, Rep.name_zh).order_by(Rep.name, Rep.id)
            if region_id is not None:
                stmt = stmt.where(Rep.region_id == region_id)
            return [(rep_id, name, name_zh) for rep_id, name, name_zh in session.execute(stmt)]

    def upcoming(
        self, region_id: int | None, start: dt.datetime, end: dt.datetime
    ) -> list[OneOnOneRecord]:
        """Planned meetings of a region (None: every region) starting in [start, end),
        soonest first. One query."""
        with self.db.read_session() as session:
            stmt = _upcoming_select(region_id, start, end)
            return [_meeting_record(*found) for found in session.execute(stmt)]

    def upcoming_first(
        self, region_id: int | None, start: dt.datetime, end: dt.datetime, limit: int
    ) -> Page[OneOnOneRecord]:
        """The first ``limit`` meetings of :meth:`upcoming` and how many there are (one query)."""
        with self.db.read_session() as session:
            return _first(session, _upcoming_select(region_id, start, end), limit, _meeting_record)

    def schedule(self, data: OneOnOneInput) -> OneOnOneRecord:
        """A planned meeting; the rep's current zone is copied beside the UTC start."""
        values = validate_meeting(data)
        with self.db.session() as session:
            rep = self._check_links(session, values)
            values["rep_time_zone"] = rep.time_zone
            values["status"] = MeetingStatus.PLANNED.value
            row = self._create(session, OneOnOne(**values))
            return self._get(session, row.id)

    def update(
        self, meeting_id: int, data: OneOnOneInput, expected_version: int | None
    ) -> OneOnOneRecord:
        values = validate_meeting(data)
        with self.db.session() as session:
            row = get_or_404(session, OneOnOne, meeting_id, "meeting")
            rep = self._check_links(session, values)
            # The zone agreed at scheduling stays unless the meeting moves to another rep.
            if values["rep_id"] != row.rep_id:
                values["rep_time_zone"] = rep.time_zone
            self._update(session, row, values, expected_version, "meeting")
            return self._get(session, meeting_id)

    def cancel(self, meeting_id: int, expected_version: int | None) -> OneOnOneRecord:
        with self.db.session() as session:
            row = get_or_404(session, OneOnOne, meeting_id, "meeting")
            if row.status != MeetingStatus.PLANNED.value:
                raise ValidationError(
                    "status", f"a {row.status} meeting cannot be cancelled, only a planned one"
                )
            changes = {"status": MeetingStatus.CANCELLED.value}
            self._update(session, row, changes, expected_version, "meeting")
            return self._get(session, meeting_id)

    def delete(self, meeting_id: int, expected_version: int | None) -> None:
        """Delete a meeting and its action items (each removal audited)."""
        with self.db.session() as session:
            row = get_or_404(session, OneOnOne, meeting_id, "meeting")
            # Delete the items through the ORM so each removal is audited.
            for item in session.scalars(select(ActionItem).where(ActionItem.meeting_id == row.id)):
                self._delete(session, item, None, "action item")
            self._delete(session, row, expected_version, "meeting")

    def restore(
        self, record: OneOnOneRecord, actions: Sequence[ActionItemRecord] = ()
    ) -> tuple[OneOnOneRecord, list[ActionItemRecord]]:
        """Create a deleted meeting again as it was (status, zone, notes) with its items.

        What undoing a delete needs: one transaction, each row audited as a
        create; the new rows get new ids (returned). An item's ``carried_from``
        meeting is kept only if it still exists.
        """
        data = OneOnOneInput(
            rep_id=record.rep_id,
            starts_at=record.starts_at,
            manager_id=record.manager_id,
            duration_minutes=record.duration_minutes,
            channel=record.channel,
            cadence=record.cadence,
            agenda=record.agenda,
            notes=record.notes,
            morale=record.morale,
            private_note=record.private_note,
        )
        values = validate_meeting(data)
        with self.db.session() as session:
            self._check_links(session, values)
            values["rep_time_zone"] = record.rep_time_zone
            values["status"] = MeetingStatus(record.status).value
            row = self._create(session, OneOnOne(**values))
            made: list[int] = []
            for action in actions:
                item_values = validate_action(
                    ActionItemInput(
                        record.rep_id, action.text, action.owner, action.due_date, row.id
                    )
                )
                carried = action.carried_from_id
                if carried is not None and session.get(OneOnOne, carried) is None:
                    carried = None
                item = ActionItem(**item_values, carried_from_id=carried, done_at=action.done_at)
                made.append(self._create(session, item).id)
            return self._get(session, row.id), [self._get_action(session, i) for i in made]

    def mark_held(
        self,
        meeting_id: int,
        expected_version: int | None,
        notes: str | None = None,
        morale: int | None = None,
    ) -> HeldOutcome:
        """Mark a planned meeting held; for a series, plan the next one and carry open items.

        All in one transaction: either the meeting is held, the next one exists
        and the open items moved, or nothing changed.
        """
        if morale is not None:
            if isinstance(morale, bool) or not isinstance(morale, int):
                raise ValidationError("morale", "must be a whole number from 1 to 5")
            require_range(morale, 1, 5, "morale")
        note_text = require_text(notes, "notes", max_length=50_000, required=False)
        with self.db.session() as session:
            row = get_or_404(session, OneOnOne, meeting_id, "meeting")
            if row.status != MeetingStatus.PLANNED.value:
                raise ValidationError(
                    "status", f"cannot go from {row.status} to held; only a planned meeting can"
                )
            changes: dict[str, Any] = {"status": MeetingStatus.HELD.value}
            if note_text is not None:
                changes["notes"] = note_text
            if morale is not None:
                changes["morale"] = morale
            self._update(session, row, changes, expected_version, "meeting")
            next_row: OneOnOne | None = None
            carried: list[int] = []
            if row.cadence:
                next_row = self._create(
                    session,
                    OneOnOne(
                        rep_id=row.rep_id,
                        manager_id=row.manager_id,
                        starts_at=next_occurrence(row.starts_at, row.rep_time_zone, row.cadence),
                        rep_time_zone=row.rep_time_zone,
                        duration_minutes=row.duration_minutes,
                        channel=row.channel,
                        status=MeetingStatus.PLANNED.value,
                        cadence=row.cadence,
                    ),
                )
                open_items = session.scalars(
                    select(ActionItem)
                    .where(ActionItem.meeting_id == row.id, ActionItem.done_at.is_(None))
                    .order_by(ActionItem.id)
                )
                for item in open_items:
                    move = {
                        "meeting_id": next_row.id,
                        "carried_from_id": item.carried_from_id or row.id,
                    }
                    self._update(session, item, move, None, "action item")
                    carried.append(item.id)
            held = self._get(session, meeting_id)
            nxt = self._get(session, next_row.id) if next_row is not None else None
            return HeldOutcome(held, nxt, tuple(carried))

    def _check_links(self, session: Session, values: dict[str, Any]) -> Rep:
        rep = session.get(Rep, values["rep_id"])
        if rep is None:
            raise ValidationError("rep_id", f"rep {values['rep_id']} does not exist")
        manager_id = values.get("manager_id")
        if manager_id is not None and session.get(Manager, manager_id) is None:
            raise ValidationError("manager_id", f"manager {manager_id} does not exist")
        return rep

    # -- action items ----------------------------------------------------------

    def get_action(self, action_id: int) -> ActionItemRecord:
        with self.db.read_session() as session:
            return self._get_action(session, action_id)

    def _get_action(self, session: Session, action_id: int) -> ActionItemRecord:
        found = session.execute(_action_select().where(ActionItem.id == action_id)).one_or_none()
        if found is None:
            get_or_404(session, ActionItem, action_id, "action item")
        return _action_record(*found)  # type: ignore[misc]

    def actions_of(self, meeting_id: int) -> list[ActionItemRecord]:
        """The items of one meeting: open ones first, each by due date (undated last)."""
        with self.db.read_session() as session:
            stmt = (
                _action_select()
                .where(ActionItem.meeting_id == meeting_id)
                .order_by(
                    ActionItem.done_at.is_not(None),
                    ActionItem.due_date.is_(None),
                    ActionItem.due_date,
                    ActionItem.id,
                )
            )
            return [_action_record(*found) for found in session.execute(stmt)]

    def actions_for_meeting(self, meeting_id: int) -> list[ActionItemRecord]:
        """What a meeting's editor lists: its own items, and the rep's items still open
        from earlier meetings (or from none), which the agenda carries over.

        Open ones first, this meeting's before earlier ones, each by due date
        (undated last). ``meeting_starts_at`` says where each was raised. Two queries.
        """
        with self.db.read_session() as session:
            meeting = get_or_404(session, OneOnOne, meeting_id, "meeting")
            raised = aliased(OneOnOne)
            earlier_open = and_(
                ActionItem.rep_id == meeting.rep_id,
                ActionItem.done_at.is_(None),
                or_(ActionItem.meeting_id.is_(None), raised.starts_at < meeting.starts_at),
            )
            stmt = (
                _action_select()
                .add_columns(raised.starts_at)
                .outerjoin(raised, ActionItem.meeting_id == raised.id)
                .where(or_(ActionItem.meeting_id == meeting_id, earlier_open))
                .order_by(
                    ActionItem.done_at.is_not(None),
                    ActionItem.meeting_id.is_distinct_from(meeting_id),
                    ActionItem.due_date.is_(None),
                    ActionItem.due_date,
                    ActionItem.id,
                )
            )
            return [_action_record(*found) for found in session.execute(stmt)]

    def open_actions(self, rep_id: int) -> list[ActionItemRecord]:
        """A rep's items not done yet, by due date (undated last)."""
        with self.db.read_session() as session:
            stmt = (
                _action_select()
                .where(ActionItem.rep_id == rep_id, ActionItem.done_at.is_(None))
                .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.id)
            )
            return [_action_record(*found) for found in session.execute(stmt)]

    def overdue_actions(self, region_id: int | None, today: dt.date) -> list[ActionItemRecord]:
        """A region's (None: every region's) open items due before ``today``, oldest
        first. One query."""
        with self.db.read_session() as session:
            stmt = _overdue_select(region_id, today)
            return [_action_record(*found) for found in session.execute(stmt)]

    def overdue_actions_first(
        self, region_id: int | None, today: dt.date, limit: int
    ) -> Page[ActionItemRecord]:
        """The first ``limit`` items of :meth:`overdue_actions` and how many there are
        (one query)."""
        with self.db.read_session() as session:
            return _first(session, _overdue_select(region_id, today), limit, _action_record)

    def add_action(self, data: ActionItemInput) -> ActionItemRecord:
        values = validate_action(data)
        with self.db.session() as session:
            self._check_action_links(session, values)
            row = self._create(session, ActionItem(**values))
            return self._get_action(session, row.id)

    def update_action(
        self, action_id: int, data: ActionItemInput, expected_version: int | None
    ) -> ActionItemRecord:
        values = validate_action(data)
        with self.db.session() as session:
            row = get_or_404(session, ActionItem, action_id, "action item")
            self._check_action_links(session, values)
            self._update(session, row, values, expected_version, "action item")
            return self._get_action(session, action_id)

    def complete_action(
        self, action_id: int, expected_version: int | None, when: dt.datetime | None = None
    ) -> ActionItemRecord:
        with self.db.session() as session:
            row = get_or_404(session, ActionItem, action_id, "action item")
            done_at = when or utcnow()
            if done_at.tzinfo is None:
                raise ValidationError("done_at", "needs a time zone (an aware datetime)")
            self._update(session, row, {"done_at": done_at}, expected_version, "action item")
            return self._get_action(session, action_id)

    def reopen_action(self, action_id: int, expected_version: int | None) -> ActionItemRecord:
        with self.db.session() as session:
            row = get_or_404(session, ActionItem, action_id, "action item")
            self._update(session, row, {"done_at": None}, expected_version, "action item")
            return self._get_action(session, action_id)

    def delete_action(self, action_id: int, expected_version: int | None) -> None:
        with self.db.session() as session:
            row = get_or_404(session, ActionItem, action_id, "action item")
            self._delete(session, row, expected_version, "action item")

    def _check_action_links(self, session: Session, values: dict[str, Any]) -> None:
        if session.get(Rep, values["rep_id"]) is None:
            raise ValidationError("rep_id", f"rep {values['rep_id']} does not exist")
        meeting_id = values["meeting_id"]
        if meeting_id is None:
            return
        meeting = session.get(OneOnOne, meeting_id)
        if meeting is None:
            raise ValidationError("meeting_id", f"meeting {meeting_id} does not exist")
        if meeting.rep_id != values["rep_id"]:
            raise ValidationError(
                "meeting_id", f"meeting {meeting_id} is with another rep (rep {meeting.rep_id})"
            )


__all__ = [
    "ActionItemInput",
    "ActionItemRecord",
    "HeldOutcome",
    "OneOnOneInput",
    "OneOnOneRecord",
    "OneOnOneService",
    "next_occurrence",
    "validate_action",
    "validate_meeting",
]
