"""OneOnOneService on SQLite and PostgreSQL: scheduling, series across DST, action items."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.db.audit import AuditEvent
from app.db.engine import Database
from app.db.one_on_ones import OneOnOne
from app.domain.enums import ActionOwner, Cadence, MeetingStatus
from app.domain.scheduling import next_occurrence
from app.services.base import PageRequest
from app.services.errors import ConflictError, ValidationError
from app.services.one_on_one_records import ActionItemInput, OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from tests.services.factories import make_manager, make_region, make_rep

MADRID = ZoneInfo("Europe/Madrid")


@pytest.fixture
def setup(database: Database) -> tuple[OneOnOneService, int, int, int]:
    region = make_region(database)
    manager = make_manager(database, region.id)
    rep = make_rep(database, region.id, time_zone="Europe/Madrid", manager_id=manager.id)
    return OneOnOneService(database), region.id, rep.id, manager.id


def test_weekly_series_keeps_local_time_across_dst(setup) -> None:
    service, _region_id, rep_id, manager_id = setup
    start = dt.datetime(2026, 3, 23, 10, 0, tzinfo=MADRID)
    meeting = service.schedule(
        OneOnOneInput(rep_id, start, manager_id=manager_id, cadence=Cadence.WEEKLY, agenda="Q1")
    )
    assert meeting.rep_time_zone == "Europe/Madrid"
    assert meeting.starts_at == dt.datetime(2026, 3, 23, 9, 0, tzinfo=dt.UTC)

    outcome = service.mark_held(meeting.id, meeting.version, notes="Went well", morale=4)

    assert outcome.held.status is MeetingStatus.HELD
    assert outcome.held.notes == "Went well"
    assert outcome.held.morale == 4
    nxt = outcome.next_meeting
    assert nxt is not None
    assert nxt.local_starts_at.replace(tzinfo=None) == dt.datetime(2026, 3, 30, 10, 0)
    # Summer time began on 29 March: the UTC hour moves from 09:00 to 08:00.
    assert nxt.starts_at == dt.datetime(2026, 3, 30, 8, 0, tzinfo=dt.UTC)
    assert nxt.status is MeetingStatus.PLANNED
    assert nxt.cadence is Cadence.WEEKLY
    assert nxt.manager_id == manager_id
    assert nxt.agenda is None


def test_next_occurrence_fortnightly_and_monthly() -> None:
    start = dt.datetime(2026, 10, 19, 10, 0, tzinfo=MADRID)
    fortnight = next_occurrence(start, "Europe/Madrid", "fortnightly").astimezone(MADRID)
    assert (fortnight.date(), fortnight.hour) == (dt.date(2026, 11, 2), 10)
    jan31 = dt.datetime(2026, 1, 31, 9, 30, tzinfo=MADRID)
    feb = next_occurrence(jan31, "Europe/Madrid", Cadence.MONTHLY).astimezone(MADRID)
    assert (feb.date(), feb.hour, feb.minute) == (dt.date(2026, 2, 28), 9, 30)
    dec = dt.datetime(2026, 12, 15, 9, 0, tzinfo=MADRID)
    jan = next_occurrence(dec, "Europe/Madrid", Cadence.MONTHLY).astimezone(MADRID)
    assert jan.date() == dt.date(2027, 1, 15)


def test_mark_held_carries_open_actions_to_next_meeting(setup) -> None:
    service, _region_id, rep_id, _manager_id = setup
    first = service.schedule(
        OneOnOneInput(rep_id, dt.datetime(2026, 5, 4, 10, tzinfo=MADRID), cadence="monthly")
    )
    open_item = service.add_action(ActionItemInput(rep_id, "Send pricing", meeting_id=first.id))
    done_item = service.add_action(
        ActionItemInput(rep_id, "Book visit", owner=ActionOwner.MANAGER, meeting_id=first.id)
    )
    service.complete_action(done_item.id, done_item.version)

    outcome = service.mark_held(first.id, first.version)
    second = outcome.next_meeting
    assert second is not None
    assert second.local_starts_at.date() == dt.date(2026, 6, 4)
    assert outcome.carried_action_ids == (open_item.id,)
    moved = service.get_action(open_item.id)
    assert (moved.meeting_id, moved.carried_from_id) == (second.id, first.id)
    assert service.get_action(done_item.id).meeting_id == first.id

    # Carried again: carried_from keeps the meeting the item was first raised in.
    third = service.mark_held(second.id, second.version).next_meeting
    assert third is not None
    moved = service.get_action(open_item.id)
    assert (moved.meeting_id, moved.carried_from_id) == (third.id, first.id)
    assert [a.id for a in service.actions_of(third.id)] == [open_item.id]


def test_single_meeting_held_creates_nothing(setup, database: Database) -> None:
    service, _region_id, rep_id, _ = setup
    meeting = service.schedule(OneOnOneInput(rep_id, dt.datetime(2026, 5, 4, 8, tzinfo=dt.UTC)))
    item = service.add_action(ActionItemInput(rep_id, "Follow up", meeting_id=meeting.id))
    outcome = service.mark_held(meeting.id, meeting.version)
    assert outcome.next_meeting is None
    assert service.get_action(item.id).meeting_id == meeting.id
    with database.read_session() as session:
        assert len(session.scalars(select(OneOnOne)).all()) == 1
    with pytest.raises(ValidationError) as err:
        service.mark_held(meeting.id, outcome.held.version)
    assert err.value.field == "status"


def test_mark_held_is_all_or_nothing(setup, database: Database) -> None:
    service, _region_id, rep_id, _ = setup
    meeting = service.schedule(
        OneOnOneInput(rep_id, dt.datetime(2026, 5, 4, 8, tzinfo=dt.UTC), cadence="weekly")
    )
    service.add_action(ActionItemInput(rep_id, "Open", meeting_id=meeting.id))
    with pytest.raises(ConflictError):
        service.mark_held(meeting.id, meeting.version + 1)
    with pytest.raises(ValidationError) as err:
        service.mark_held(meeting.id, meeting.version, morale=9)
    assert err.value.field == "morale"
    assert service.get(meeting.id).status is MeetingStatus.PLANNED
    with database.read_session() as session:
        assert len(session.scalars(select(OneOnOne)).all()) == 1


def test_schedule_validation_names_the_field(setup) -> None:
    service, _region_id, rep_id, _ = setup
    naive = dt.datetime(2026, 5, 4, 10)
    cases = [
        (OneOnOneInput(rep_id, naive), "starts_at"),
        (
            OneOnOneInput(rep_id, naive.replace(tzinfo=dt.UTC), duration_minutes=0),
            "duration_minutes",
        ),
        (OneOnOneInput(rep_id, naive.replace(tzinfo=dt.UTC), channel="fax"), "channel"),
        (OneOnOneInput(rep_id, naive.replace(tzinfo=dt.UTC), cadence="daily"), "cadence"),
        (OneOnOneInput(rep_id, naive.replace(tzinfo=dt.UTC), morale=6), "morale"),
        (OneOnOneInput(999_999, naive.replace(tzinfo=dt.UTC)), "rep_id"),
        (OneOnOneInput(rep_id, naive.replace(tzinfo=dt.UTC), manager_id=999_999), "manager_id"),
    ]
    for data, field in cases:
        with pytest.raises(ValidationError) as err:
            service.schedule(data)
        assert err.value.field == field, data


def test_update_cancel_delete_and_stale_versions(setup, database: Database) -> None:
    service, _region_id, rep_id, _ = setup
    start = dt.datetime(2026, 5, 4, 8, tzinfo=dt.UTC)
    meeting = service.schedule(OneOnOneInput(rep_id, start, private_note="worried about visa"))
    assert meeting.private_note == "worried about visa"
    assert "worried" not in repr(meeting)
    moved = service.update(
        meeting.id, OneOnOneInput(rep_id, start + dt.timedelta(hours=2)), meeting.version
    )
    assert moved.starts_at == start + dt.timedelta(hours=2)
    assert moved.version == meeting.version + 1
    with pytest.raises(ConflictError):
        service.update(meeting.id, OneOnOneInput(rep_id, start), meeting.version)
    cancelled = service.cancel(meeting.id, moved.version)
    assert cancelled.status is MeetingStatus.CANCELLED
    with pytest.raises(ValidationError):
        service.mark_held(meeting.id, cancelled.version)
    item = service.add_action(ActionItemInput(rep_id, "x", meeting_id=meeting.id))
    with pytest.raises(ConflictError):
        service.delete(meeting.id, moved.version)
    service.delete(meeting.id, cancelled.version)
    with database.read_session() as session:
        assert session.get(OneOnOne, meeting.id) is None
        actions = session.scalars(
            select(AuditEvent.action).where(
                AuditEvent.table_name == "action_items", AuditEvent.row_id == item.id
            )
        ).all()
    assert sorted(actions) == ["create", "delete"]


def test_list_filters_and_upcoming(setup, database: Database) -> None:
    service, region_id, rep_id, _ = setup
    other_region = make_region(database)
    other_rep = make_rep(database, other_region.id, name="Zed Other")
    base = dt.datetime(2026, 6, 1, 8, tzinfo=dt.UTC)
    for days in (0, 7, 14):
        service.schedule(OneOnOneInput(rep_id, base + dt.timedelta(days=days)))
    service.schedule(OneOnOneInput(other_rep.id, base))
    cancelled = service.schedule(OneOnOneInput(rep_id, base + dt.timedelta(days=3)))
    service.cancel(cancelled.id, cancelled.version)

    page = service.list_meetings(PageRequest(filters={"region_id": region_id}))
    assert page.total == 4
    page = service.list_meetings(
        PageRequest(
            filters={
                "region_id": region_id,
                "status": "planned",
                "from": base,
                "to": base + dt.timedelta(days=8),
            },
            sort="starts_at",
            descending=True,
        )
    )
    assert [m.starts_at for m in page.rows] == [base + dt.timedelta(days=7), base]
    upcoming = service.upcoming(region_id, base, base + dt.timedelta(days=30))
    assert [m.starts_at for m in upcoming] == [base + dt.timedelta(days=d) for d in (0, 7, 14)]
    assert service.list_meetings(PageRequest(search="zed")).total == 1


def test_action_items_lifecycle_and_queries(setup, database: Database) -> None:
    service, region_id, rep_id, _ = setup
    today = dt.date(2026, 6, 10)
    late = service.add_action(ActionItemInput(rep_id, "Late", due_date=dt.date(2026, 6, 1)))
    soon = service.add_action(ActionItemInput(rep_id, "Soon", due_date=dt.date(2026, 6, 20)))
    undated = service.add_action(ActionItemInput(rep_id, "Whenever"))
    assert [a.id for a in service.open_actions(rep_id)] == [late.id, soon.id, undated.id]
    assert [a.id for a in service.overdue_actions(region_id, today)] == [late.id]

    done = service.complete_action(late.id, late.version)
    assert done.is_done
    assert service.overdue_actions(region_id, today) == []
    with pytest.raises(ConflictError):
        service.complete_action(late.id, late.version)
    reopened = service.reopen_action(late.id, done.version)
    assert not reopened.is_done and reopened.is_overdue(today)

    edited = service.update_action(
        soon.id, ActionItemInput(rep_id, "Sooner", owner="manager"), soon.version
    )
    assert (edited.text, edited.owner, edited.due_date) == ("Sooner", ActionOwner.MANAGER, None)
    with pytest.raises(ValidationError) as err:
        service.add_action(ActionItemInput(rep_id, "  "))
    assert err.value.field == "text"
    other = make_rep(database, region_id)
    meeting = service.schedule(OneOnOneInput(other.id, dt.datetime(2026, 6, 1, tzinfo=dt.UTC)))
    with pytest.raises(ValidationError) as err:
        service.add_action(ActionItemInput(rep_id, "x", meeting_id=meeting.id))
    assert err.value.field == "meeting_id"
    service.delete_action(undated.id, undated.version)
    assert [a.id for a in service.open_actions(rep_id)] == [late.id, soon.id]


def test_every_region_at_once_and_first_rows_with_count(setup, database: Database) -> None:
    service, region_id, rep_id, _ = setup
    other_rep = make_rep(database, make_region(database).id)
    base = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)
    mine = service.schedule(OneOnOneInput(rep_id, base + dt.timedelta(hours=2)))
    theirs = service.schedule(OneOnOneInput(other_rep.id, base))
    later = service.schedule(OneOnOneInput(rep_id, base + dt.timedelta(days=3)))
    today = dt.date(2026, 6, 10)
    old = service.add_action(ActionItemInput(other_rep.id, "Old", due_date=dt.date(2026, 5, 1)))
    late = service.add_action(ActionItemInput(rep_id, "Late", due_date=dt.date(2026, 6, 1)))
    service.add_action(ActionItemInput(rep_id, "Not yet", due_date=dt.date(2026, 6, 20)))
    end = base + dt.timedelta(days=7)

    # None: every region in one list, soonest (oldest) first.
    assert [m.id for m in service.upcoming(None, base, end)] == [theirs.id, mine.id, later.id]
    assert [m.id for m in service.upcoming(region_id, base, end)] == [mine.id, later.id]
    assert [a.id for a in service.overdue_actions(None, today)] == [old.id, late.id]
    assert [a.id for a in service.overdue_actions(region_id, today)] == [late.id]

    first = service.upcoming_first(None, base, end, 2)
    assert ([m.id for m in first.rows], first.total) == ([theirs.id, mine.id], 3)
    assert first.rows[0] == service.get(theirs.id)
    mine_only = service.upcoming_first(region_id, base, end, 5)
    assert ([m.id for m in mine_only.rows], mine_only.total) == ([mine.id, later.id], 2)
    none = service.upcoming_first(None, end, end + dt.timedelta(days=1), 5)
    assert (none.rows, none.total) == ([], 0)
    actions = service.overdue_actions_first(None, today, 1)
    assert ([a.id for a in actions.rows], actions.total) == ([old.id], 2)
    assert actions.rows[0].rep_name == other_rep.name
    with pytest.raises(ValidationError) as err:
        service.overdue_actions_first(None, today, 0)
    assert err.value.field == "limit"
