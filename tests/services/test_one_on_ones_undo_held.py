"""Taking back "held": planned again, the next meeting of the series gone, items home."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.db.engine import Database
from app.domain.enums import MeetingStatus
from app.services.errors import ConflictError, ValidationError
from app.services.one_on_one_records import ActionItemInput, OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from tests.services.factories import make_region, make_rep

MADRID = ZoneInfo("Europe/Madrid")


@pytest.fixture
def held(database: Database):
    region = make_region(database)
    rep = make_rep(database, region.id, time_zone="Europe/Madrid")
    service = OneOnOneService(database)
    start = dt.datetime(2026, 5, 4, 10, tzinfo=MADRID)
    first = service.schedule(OneOnOneInput(rep.id, start, cadence="monthly"))
    raised = service.add_action(ActionItemInput(rep.id, "Send pricing", meeting_id=first.id))
    outcome = service.mark_held(first.id, first.version)
    return service, rep, first, outcome, raised


def test_undo_held_puts_everything_back(held) -> None:
    service, _rep, first, outcome, raised = held
    assert outcome.next_meeting is not None
    again = service.undo_held(outcome, outcome.held.version)
    assert again.status is MeetingStatus.PLANNED
    assert [m.id for m in service.list_meetings().rows if m.id == outcome.next_meeting.id] == []
    item = service.get_action(raised.id)
    assert (item.meeting_id, item.carried_from_id) == (first.id, None)
    # Held again after the undo: a new next meeting, the items carried again.
    redone = service.mark_held(first.id, again.version)
    assert redone.next_meeting is not None
    assert set(redone.carried_action_ids) == set(outcome.carried_action_ids)


def test_undoing_a_later_hold_keeps_where_an_item_was_first_raised(held) -> None:
    service, _rep, first, outcome, raised = held
    second = outcome.next_meeting
    later = service.mark_held(second.id, second.version)
    service.undo_held(later, later.held.version)
    item = service.get_action(raised.id)
    assert (item.meeting_id, item.carried_from_id) == (second.id, first.id)


def test_undo_held_refuses_a_stale_version_or_a_used_next_meeting(held) -> None:
    service, rep, _first, outcome, _raised = held
    with pytest.raises(ConflictError):
        service.undo_held(outcome, outcome.held.version - 1)
    nxt = outcome.next_meeting
    service.add_action(ActionItemInput(rep.id, "New for June", meeting_id=nxt.id))
    with pytest.raises(ValidationError, match="action items of its own"):
        service.undo_held(outcome, outcome.held.version)
    # Nothing changed by the refused undo.
    assert service.get(outcome.held.id).status is MeetingStatus.HELD
