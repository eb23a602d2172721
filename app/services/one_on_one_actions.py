"""Action items: what a rep or the manager agreed to do, raised in a one-on-one or on their own.

:class:`ActionItemService` is the action-item half of
:class:`~app.services.one_on_ones.OneOnOneService`, which adds the meetings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import and_, or_
from sqlalchemy.orm import Session, aliased

from app.db.base import utcnow
from app.db.one_on_ones import ActionItem, OneOnOne
from app.db.org import Rep
from app.domain import messages as m
from app.domain.validation import ValidationError
from app.services.base import Editable, Page, Service, get_or_404, linked_row
from app.services.one_on_one_queries import (
    action_record,
    action_select,
    first_page,
    overdue_select,
    read_action,
)
from app.services.one_on_one_records import ActionItemInput, ActionItemRecord, validate_action

_ITEM = "action item"


def _check_action_links(session: Session, values: Mapping[str, Any]) -> None:
    linked_row(session, Rep, values["rep_id"], "rep_id", "rep")
    meeting_id = values["meeting_id"]
    if meeting_id is None:
        return
    meeting = linked_row(session, OneOnOne, meeting_id, "meeting_id", "meeting")
    if meeting.rep_id != values["rep_id"]:
        raise ValidationError("meeting_id", m.OTHER_REP_MEETING(id=meeting_id, rep=meeting.rep_id))


_ACTIONS = Editable(ActionItem, _ITEM, validate_action, _check_action_links, read_action)


class ActionItemService(Service):
    """Action items: read one, a meeting's or a rep's, the overdue ones; add, edit,
    complete, reopen and delete them (each change audited)."""

    def get_action(self, action_id: int) -> ActionItemRecord:
        with self.db.read_session() as session:
            return read_action(session, action_id)

    def actions_of(self, meeting_id: int) -> list[ActionItemRecord]:
        """The items of one meeting: open ones first, each by due date (undated last)."""
        with self.db.read_session() as session:
            stmt = (
                action_select()
                .where(ActionItem.meeting_id == meeting_id)
                .order_by(
                    ActionItem.done_at.is_not(None),
                    ActionItem.due_date.is_(None),
                    ActionItem.due_date,
                    ActionItem.id,
                )
            )
            return [action_record(*found) for found in session.execute(stmt)]

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
                action_select()
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
            return [action_record(*found) for found in session.execute(stmt)]

    def open_actions(self, rep_id: int) -> list[ActionItemRecord]:
        """A rep's items not done yet, by due date (undated last)."""
        with self.db.read_session() as session:
            stmt = (
                action_select()
                .where(ActionItem.rep_id == rep_id, ActionItem.done_at.is_(None))
                .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.id)
            )
            return [action_record(*found) for found in session.execute(stmt)]

    def overdue_actions(self, region_id: int | None, today: dt.date) -> list[ActionItemRecord]:
        """A region's (None: every region's) open items due before ``today``, oldest
        first. One query."""
        with self.db.read_session() as session:
            stmt = overdue_select(region_id, today)
            return [action_record(*found) for found in session.execute(stmt)]

    def overdue_actions_first(
        self, region_id: int | None, today: dt.date, limit: int
    ) -> Page[ActionItemRecord]:
        """The first ``limit`` items of :meth:`overdue_actions` and how many there are
        (one query)."""
        with self.db.read_session() as session:
            return first_page(session, overdue_select(region_id, today), limit, action_record)

    def add_action(self, data: ActionItemInput) -> ActionItemRecord:
        return self._create_from(_ACTIONS, data)

    def update_action(
        self, action_id: int, data: ActionItemInput, expected_version: int | None
    ) -> ActionItemRecord:
        return self._update_from(_ACTIONS, action_id, data, expected_version)

    def complete_action(
        self, action_id: int, expected_version: int | None, when: dt.datetime | None = None
    ) -> ActionItemRecord:
        with self.db.session() as session:
            row = get_or_404(session, ActionItem, action_id, _ITEM)
            done_at = when or utcnow()
            if done_at.tzinfo is None:
                raise ValidationError("done_at", m.NEEDS_TIME_ZONE())
            self._update(session, row, {"done_at": done_at}, expected_version, _ITEM)
            return read_action(session, action_id)

    def reopen_action(self, action_id: int, expected_version: int | None) -> ActionItemRecord:
        with self.db.session() as session:
            row = get_or_404(session, ActionItem, action_id, _ITEM)
            self._update(session, row, {"done_at": None}, expected_version, _ITEM)
            return read_action(session, action_id)

    def delete_action(self, action_id: int, expected_version: int | None) -> None:
        self._delete_by_id(ActionItem, action_id, expected_version, _ITEM)


__all__ = ["ActionItemService"]
