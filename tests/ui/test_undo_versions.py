"""Undo and redo expect the version this session's own last write left.

Edit → hold → undo → undo → redo → redo → undo on a meeting, and two rep
edits undone in a row, run without any "changed by someone else"; a change
made meanwhile by another session (its own Database on the same file) is
still refused as a conflict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.db.engine import Database
from app.domain.enums import Cadence, MeetingStatus
from app.services.one_on_one_records import ActionItemInput, OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from app.services.team import TeamService
from app.ui.one_on_ones.editor import OneOnOneEditor
from app.ui.team.rep_dialog import RepHistory

START = dt.datetime(2026, 10, 27, 7, 0, tzinfo=dt.UTC)


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What a refused undo/redo would have shown (recorded, never a blocking box)."""
    shown: list[str] = []
    monkeypatch.setattr(
        "app.ui.undo.QMessageBox.warning", lambda _parent, _title, text: shown.append(text)
    )
    return shown


@pytest.fixture
def other_session(ctx) -> Iterator[Database]:
    """Another console on the same database file."""
    other = Database(str(ctx.db.engine.url), actor="someone else")
    yield other
    other.dispose()


def hold_with_notes(qtbot, ctx, team) -> tuple[OneOnOneService, int]:
    """In the editor: notes saved, then the weekly meeting held with an open item."""
    service = OneOnOneService(ctx.db)
    rep = team["reps"]["Li Wei"]
    meeting = service.schedule(OneOnOneInput(rep.id, START, cadence=Cadence.WEEKLY))
    service.add_action(ActionItemInput(rep.id, "Send the price list", meeting_id=meeting.id))
    editor = OneOnOneEditor(ctx, meeting.id, now=lambda: START + dt.timedelta(hours=1))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.notes_edit, "Discussed pricing")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.held_button, Qt.MouseButton.LeftButton)
    editor.reject()
    return service, meeting.id


def meetings(service: OneOnOneService) -> list[tuple[MeetingStatus, str | None]]:
    return [(m.status, m.notes) for m in service.list_meetings().rows]


def test_meeting_edit_and_hold_undo_redo_undo_without_conflict(qtbot, ctx, team, refusals) -> None:
    service, meeting_id = hold_with_notes(qtbot, ctx, team)
    stack = ctx.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        "Edit one-on-one with Li Wei",
        "Mark one-on-one with Li Wei held",
    ]
    held = [(MeetingStatus.HELD, "Discussed pricing"), (MeetingStatus.PLANNED, None)]
    assert meetings(service) == held
    assert len(service.actions_of(meeting_id)) == 0  # carried to the next one

    stack.undo()  # the hold: planned again, the next meeting and its carry gone
    assert meetings(service) == [(MeetingStatus.PLANNED, "Discussed pricing")]
    assert [a.text for a in service.actions_of(meeting_id)] == ["Send the price list"]
    assert service.actions_of(meeting_id)[0].carried_from_id is None
    stack.undo()  # the notes
    assert meetings(service) == [(MeetingStatus.PLANNED, None)]
    stack.redo()
    stack.redo()
    assert meetings(service) == held
    stack.undo()
    stack.undo()
    assert meetings(service) == [(MeetingStatus.PLANNED, None)]
    assert refusals == []


def test_a_change_by_another_session_is_still_a_conflict(
    qtbot, ctx, team, refusals, other_session
) -> None:
    service, meeting_id = hold_with_notes(qtbot, ctx, team)
    ctx.undo_stack.undo()  # the hold
    theirs = OneOnOneService(other_session)
    stored = theirs.get(meeting_id)
    data = OneOnOneInput(stored.rep_id, stored.starts_at, notes="Their notes")
    theirs.update(meeting_id, data, stored.version)

    ctx.undo_stack.undo()  # my notes: the meeting moved on under someone else's hand
    assert len(refusals) == 1
    assert "changed by someone else" in refusals[0]
    assert service.get(meeting_id).notes == "Their notes"


def test_two_rep_edits_undone_in_a_row_and_redone(ctx, team, refusals) -> None:
    service = TeamService(ctx.db)
    history = RepHistory(ctx, service, None)
    rep = team["reps"]["Li Wei"]
    first = service.update_rep(rep.id, _with(rep, posting_city="Jurong"), rep.version)
    history.edited(rep, first)
    second = service.update_rep(rep.id, _with(first, posting_city="Woodlands"), first.version)
    history.edited(first, second)

    stack = ctx.undo_stack
    stack.undo()
    stack.undo()
    assert service.get_rep(rep.id).posting_city == "Singapore"
    stack.redo()
    stack.undo()
    stack.redo()
    stack.redo()
    assert service.get_rep(rep.id).posting_city == "Woodlands"
    assert refusals == []

    other = Database(str(ctx.db.engine.url), actor="someone else")
    try:
        stored = TeamService(other).get_rep(rep.id)
        TeamService(other).update_rep(rep.id, _with(stored, posting_city="Sentosa"), stored.version)
    finally:
        other.dispose()
    stack.undo()
    assert len(refusals) == 1 and "changed by someone else" in refusals[0]
    assert service.get_rep(rep.id).posting_city == "Sentosa"


def _with(record, **changes):
    return replace(record.to_input(), **changes)
