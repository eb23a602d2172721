"""One-on-ones: the One-on-ones area's use cases.

Meetings are stored in UTC with the rep's IANA zone beside them; a recurring
series keeps the rep's *local* wall time across daylight-saving changes. The
records are in :mod:`app.services.one_on_one_records`, the SQL in
:mod:`app.services.one_on_one_queries`, the action items in
:mod:`app.services.one_on_one_actions`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.db.one_on_ones import ActionItem, OneOnOne
from app.db.org import Manager, Rep
from app.domain import messages as m
from app.domain.enums import Cadence, MeetingStatus
from app.domain.scheduling import next_occurrence
from app.domain.validation import ValidationError, require_text
from app.services.base import (
    Page,
    PageRequest,
    check_link,
    count_rows,
    from_attributes,
    get_or_404,
    linked_row,
    one_or_404,
)
from app.services.listing import sorted_window, where_chosen, where_given, where_search
from app.services.one_on_one_actions import ActionItemService
from app.services.one_on_one_queries import (
    MEETING_SORT_COLUMNS,
    first_page,
    meeting_record,
    meeting_select,
    read_action,
    upcoming_select,
)
from app.services.one_on_one_records import (
    ActionItemInput,
    ActionItemRecord,
    HeldOutcome,
    OneOnOneInput,
    OneOnOneRecord,
    check_morale,
    validate_action,
    validate_meeting,
)


class OneOnOneService(ActionItemService):
    """One-on-ones and their recurrence; the action items come from :class:`ActionItemService`."""

    def get(self, meeting_id: int) -> OneOnOneRecord:
        with self.db.read_session() as session:
            return self._get(session, meeting_id)

    def _get(self, session: Session, meeting_id: int) -> OneOnOneRecord:
        return meeting_record(
            *one_or_404(session, meeting_select(), OneOnOne, meeting_id, "meeting")
        )

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
            stmt = sorted_window(stmt, request, MEETING_SORT_COLUMNS, "starts_at", OneOnOne.id)
            rows = [meeting_record(*found) for found in session.execute(stmt)]
            return Page(rows=rows, total=total, offset=request.offset)

    def _filtered(self, request: PageRequest, stmt: Select[Any] | None = None) -> Select[Any]:
        """``stmt`` (default: the full meeting select) narrowed by the request's filters."""
        f = request.filters
        stmt = where_given(
            meeting_select() if stmt is None else stmt,
            f,
            {
                "id": OneOnOne.id,
                "region_id": Rep.region_id,
                "rep_id": OneOnOne.rep_id,
                "manager_id": OneOnOne.manager_id,
            },
        )
        stmt = where_chosen(
            stmt,
            f,
            {"status": (OneOnOne.status, MeetingStatus), "cadence": (OneOnOne.cadence, Cadence)},
        )
        if f.get("from") is not None:
            stmt = stmt.where(OneOnOne.starts_at >= f["from"])
        if f.get("to") is not None:
            stmt = stmt.where(OneOnOne.starts_at < f["to"])
        # The rep's Latin or Chinese name: what a manager types to find a 1:1.
        return where_search(stmt, request.search, Rep.name, Rep.name_zh)

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
            stmt = upcoming_select(region_id, start, end)
            return [meeting_record(*found) for found in session.execute(stmt)]

    def upcoming_first(
        self, region_id: int | None, start: dt.datetime, end: dt.datetime, limit: int
    ) -> Page[OneOnOneRecord]:
        """The first ``limit`` meetings of :meth:`upcoming` and how many there are (one query)."""
        with self.db.read_session() as session:
            return first_page(
                session, upcoming_select(region_id, start, end), limit, meeting_record
            )

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
                raise ValidationError("status", m.CANNOT_CANCEL(status=MeetingStatus(row.status)))
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
        values = validate_meeting(from_attributes(OneOnOneInput, record))
        with self.db.session() as session:
            self._check_links(session, values)
            values["rep_time_zone"] = record.rep_time_zone
            values["status"] = MeetingStatus(record.status).value
            row = self._create(session, OneOnOne(**values))
            made = [self._restore_action(session, row, action).id for action in actions]
            return self._get(session, row.id), [read_action(session, i) for i in made]

    def _restore_action(
        self, session: Session, meeting: OneOnOne, action: ActionItemRecord
    ) -> ActionItem:
        """Create a deleted meeting's item again in its restored ``meeting``."""
        values = validate_action(
            ActionItemInput(meeting.rep_id, action.text, action.owner, action.due_date, meeting.id)
        )
        carried = action.carried_from_id
        if carried is not None and session.get(OneOnOne, carried) is None:
            carried = None
        item = ActionItem(**values, carried_from_id=carried, done_at=action.done_at)
        return self._create(session, item)

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
        check_morale(morale)
        note_text = require_text(notes, "notes", max_length=50_000, required=False)
        with self.db.session() as session:
            row = get_or_404(session, OneOnOne, meeting_id, "meeting")
            if row.status != MeetingStatus.PLANNED.value:
                raise ValidationError("status", m.CANNOT_HOLD(status=MeetingStatus(row.status)))
            changes: dict[str, Any] = {"status": MeetingStatus.HELD.value}
            if note_text is not None:
                changes["notes"] = note_text
            if morale is not None:
                changes["morale"] = morale
            self._update(session, row, changes, expected_version, "meeting")
            next_row: OneOnOne | None = None
            carried: list[int] = []
            if row.cadence:
                next_row = self._create(session, self._next_in_series(row))
                carried = self._carry_open_items(session, row, next_row)
            held = self._get(session, meeting_id)
            nxt = self._get(session, next_row.id) if next_row is not None else None
            return HeldOutcome(held, nxt, tuple(carried))

    def undo_held(self, outcome: HeldOutcome, expected_version: int | None) -> OneOnOneRecord:
        """Take back :meth:`mark_held`: planned again, the next meeting gone, items back.

        One transaction. The next meeting of the series is deleted only as
        ``mark_held`` left it (its version checked: a moved or noted next
        meeting is a ConflictError); items that were carried over return to
        this meeting. Notes or morale written with the hold stay as they are.
        """
        held = outcome.held
        with self.db.session() as session:
            row = get_or_404(session, OneOnOne, held.id, "meeting")
            if row.status != MeetingStatus.HELD.value:
                raise ValidationError("status", m.NO_LONGER_HELD(status=MeetingStatus(row.status)))
            nxt = outcome.next_meeting
            for item_id in outcome.carried_action_ids:
                item = session.get(ActionItem, item_id)
                if item is None or (nxt is not None and item.meeting_id != nxt.id):
                    continue  # deleted or moved on since: leave it where it is
                carried = None if item.carried_from_id == held.id else item.carried_from_id
                back = {"meeting_id": held.id, "carried_from_id": carried}
                self._update(session, item, back, None, "action item")
            if nxt is not None:
                left = session.scalar(select(ActionItem.id).where(ActionItem.meeting_id == nxt.id))
                if left is not None:
                    raise ValidationError("status", m.NEXT_HAS_ACTIONS())
                next_row = get_or_404(session, OneOnOne, nxt.id, "meeting")
                self._delete(session, next_row, nxt.version, "meeting")
            changes = {"status": MeetingStatus.PLANNED.value}
            self._update(session, row, changes, expected_version, "meeting")
            return self._get(session, held.id)

    @staticmethod
    def _next_in_series(row: OneOnOne) -> OneOnOne:
        """The planned meeting after ``row`` in its series, at the rep's same local time."""
        return OneOnOne(
            rep_id=row.rep_id,
            manager_id=row.manager_id,
            starts_at=next_occurrence(row.starts_at, row.rep_time_zone, row.cadence),
            rep_time_zone=row.rep_time_zone,
            duration_minutes=row.duration_minutes,
            channel=row.channel,
            status=MeetingStatus.PLANNED.value,
            cadence=row.cadence,
        )

    def _carry_open_items(self, session: Session, held: OneOnOne, nxt: OneOnOne) -> list[int]:
        """Move the held meeting's open items to the next one; their ids, in order."""
        open_items = session.scalars(
            select(ActionItem)
            .where(ActionItem.meeting_id == held.id, ActionItem.done_at.is_(None))
            .order_by(ActionItem.id)
        )
        carried = []
        for item in open_items:
            move = {"meeting_id": nxt.id, "carried_from_id": item.carried_from_id or held.id}
            self._update(session, item, move, None, "action item")
            carried.append(item.id)
        return carried

    def _check_links(self, session: Session, values: dict[str, Any]) -> Rep:
        rep = linked_row(session, Rep, values["rep_id"], "rep_id", "rep")
        check_link(session, Manager, values.get("manager_id"), "manager_id", "manager")
        return rep


__all__ = ["OneOnOneService"]
