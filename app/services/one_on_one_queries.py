"""The SQL behind the One-on-ones area: selects and the records built from their rows.

Shared by :class:`~app.services.one_on_ones.OneOnOneService` and the agenda
(:mod:`app.services.agenda`), which read meetings and items by the same rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from app.db.one_on_ones import ActionItem, OneOnOne
from app.db.org import Manager, Rep
from app.domain import messages as m
from app.domain.enums import ActionOwner, Cadence, Channel, MeetingStatus
from app.domain.validation import ValidationError
from app.services.base import Page, from_attributes, one_or_404
from app.services.listing import own_columns
from app.services.one_on_one_records import ActionItemRecord, OneOnOneRecord

T = TypeVar("T")

ManagerAlias = aliased(Manager)

# Open items counted inside the meeting query (one correlated count over the
# action items' meeting index), so a page of meetings is still one statement.
OPEN_ACTIONS = (
    select(func.count(ActionItem.id))
    .where(ActionItem.meeting_id == OneOnOne.id, ActionItem.done_at.is_(None))
    .correlate(OneOnOne)
    .scalar_subquery()
    .label("open_actions")
)

# The meeting's own columns sort under their names; the rest are joined or counted.
MEETING_SORT_COLUMNS: dict[str, Any] = {
    **own_columns(
        OneOnOne, "starts_at", "status", "channel", "cadence", "morale", "duration_minutes"
    ),
    "rep_name": Rep.name,
    "manager_name": ManagerAlias.name,
    "open_actions": OPEN_ACTIONS,
}


def meeting_select() -> Select[Any]:
    """(OneOnOne, rep name, region id, manager name, rep Chinese name, rep country,
    manager zone, open action count) rows, the columns of :func:`meeting_record`."""
    return (
        select(
            OneOnOne,
            Rep.name,
            Rep.region_id,
            ManagerAlias.name,
            Rep.name_zh,
            Rep.posting_country,
            ManagerAlias.time_zone,
            OPEN_ACTIONS,
        )
        .join(Rep, OneOnOne.rep_id == Rep.id)
        .outerjoin(ManagerAlias, OneOnOne.manager_id == ManagerAlias.id)
    )


def meeting_record(
    row: OneOnOne,
    rep_name: str,
    region_id: int,
    manager_name: str | None,
    rep_name_zh: str | None = None,
    rep_country: str | None = None,
    manager_time_zone: str | None = None,
    open_actions: int | None = 0,
) -> OneOnOneRecord:
    """The record of a row of :func:`meeting_select` (the private note included)."""
    return from_attributes(
        OneOnOneRecord,
        row,
        rep_name=rep_name,
        region_id=region_id,
        manager_name=manager_name,
        channel=Channel(row.channel),
        status=MeetingStatus(row.status),
        cadence=Cadence(row.cadence) if row.cadence else None,
        rep_name_zh=rep_name_zh,
        rep_country=rep_country,
        manager_time_zone=manager_time_zone,
        open_actions=int(open_actions or 0),
    )


def action_select() -> Select[Any]:
    """(ActionItem, rep name) rows, the arguments of :func:`action_record`."""
    return select(ActionItem, Rep.name).join(Rep, ActionItem.rep_id == Rep.id)


def action_record(
    row: ActionItem, rep_name: str, meeting_starts_at: dt.datetime | None = None
) -> ActionItemRecord:
    """The record of an action item row."""
    return from_attributes(
        ActionItemRecord,
        row,
        rep_name=rep_name,
        owner=ActionOwner(row.owner),
        meeting_starts_at=meeting_starts_at,
    )


def read_action(session: Session, action_id: int) -> ActionItemRecord:
    """The record of action item ``action_id``; NotFoundError when there is none."""
    return action_record(
        *one_or_404(session, action_select(), ActionItem, action_id, "action item")
    )


def upcoming_select(region_id: int | None, start: dt.datetime, end: dt.datetime) -> Select[Any]:
    """Planned meetings of a region (None: all) starting in [start, end), soonest first."""
    stmt = (
        meeting_select()
        .where(
            OneOnOne.status == MeetingStatus.PLANNED.value,
            OneOnOne.starts_at >= start,
            OneOnOne.starts_at < end,
        )
        .order_by(OneOnOne.starts_at, OneOnOne.id)
    )
    return stmt if region_id is None else stmt.where(Rep.region_id == region_id)


def overdue_select(region_id: int | None, today: dt.date) -> Select[Any]:
    """Open action items of a region (None: all) due before ``today``, oldest first."""
    stmt = (
        action_select()
        .where(ActionItem.done_at.is_(None), ActionItem.due_date < today)
        .order_by(ActionItem.due_date, ActionItem.id)
    )
    return stmt if region_id is None else stmt.where(Rep.region_id == region_id)


def first_page(session: Session, stmt: Select[Any], limit: int, make: Callable[..., T]) -> Page[T]:
    """The first ``limit`` rows of ``stmt`` as records, and the count of all its rows.

    The count rides along as a window over the whole result, so a dashboard
    counting thousands of rows but showing a hundred builds only a hundred
    records, in one query.
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValidationError("limit", m.AT_LEAST_ONE())
    found = session.execute(stmt.add_columns(func.count().over()).limit(limit)).all()
    total = int(found[0][-1]) if found else 0
    return Page(rows=[make(*row[:-1]) for row in found], total=total, offset=0)


__all__ = [
    "MEETING_SORT_COLUMNS",
    "OPEN_ACTIONS",
    "action_record",
    "action_select",
    "first_page",
    "meeting_record",
    "meeting_select",
    "overdue_select",
    "read_action",
    "upcoming_select",
]
