"""The One-on-ones pane driven like a manager in Shanghai with reps in Madrid and Dubai."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from app.domain.enums import ActionOwner, Cadence, MeetingStatus
from app.domain.periods import Period
from app.services.base import PageRequest
from app.services.one_on_one_records import ActionItemInput, OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from app.ui.one_on_ones.editor import OneOnOneEditor
from app.ui.one_on_ones.pane import OneOnOnesPane
from app.ui.one_on_ones.schedule_dialog import ScheduleDialog
from tests.services.targets_helpers import count_queries
from tests.ui.one_on_ones.test_dialogs import (
    DUBAI,
    MADRID,
    TODAY,
    Answer,
    People,
    make_people,
    prepare_world,
    type_rep_time,
)

Q4 = Period.quarter(2026, 4)


@pytest.fixture
def people(ctx) -> People:
    return make_people(ctx.db)


def make_pane(qtbot, ctx, people: People, period: Period = Q4) -> OneOnOnesPane:
    pane = OneOnOnesPane(ctx)
    pane.today = lambda: TODAY
    # During Lucia's meeting of 21 October (08:00 UTC), when the walk-through holds it.
    pane.now = lambda: dt.datetime(2026, 10, 21, 8, 30, tzinfo=dt.UTC)
    qtbot.addWidget(pane)
    pane.resize(1400, 600)
    pane.show()
    pane.set_region(people.region_id)
    pane.set_period(period)
    return pane


def shown(pane: OneOnOnesPane, key: str) -> list[str]:
    column = pane.model.column_index(key)
    return [pane.model.index(r, column).data() for r in range(pane.model.rowCount())]


def row_texts(pane: OneOnOnesPane, meeting_id: int) -> dict[str, str]:
    row = pane.model.row_of_id(meeting_id)
    assert row is not None, f"meeting {meeting_id} is not listed"
    return {c.key: pane.model.index(row, i).data() for i, c in enumerate(pane.model.columns)}


def click_row(qtbot, pane: OneOnOnesPane, meeting_id: int) -> None:
    rect = pane.view.visualRect(pane.model.index(pane.model.row_of_id(meeting_id), 0))
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def schedule(service: OneOnOneService, rep_id: int, when: dt.datetime, **kw):
    return service.schedule(OneOnOneInput(rep_id, when, **kw))


# -- the walk-through -------------------------------------------------------------


def test_a_manager_in_shanghai_runs_a_series_across_madrid_dst(
    qtbot, qtmodeltester, ctx, people, answer_dialog
) -> None:
    earlier = prepare_world(ctx.db, people)
    pane = make_pane(qtbot, ctx, people)
    service = OneOnOneService(ctx.db)
    assert pane.model.total == 1  # the meeting held on 7 October

    # 1. A weekly series with Lucia in Madrid, Wednesdays 10:00 her time.
    def schedule_lucia(dialog: ScheduleDialog) -> None:
        dialog.rep_picker.setValue(people.lucia)
        type_rep_time(qtbot, dialog, dt.date(2026, 10, 21), "1000")
        dialog.cadence.setCurrentIndex(dialog.cadence.findData(Cadence.WEEKLY.value))
        assert dialog.slot.manager_side.time_edit.time() == QTime(16, 0)
        rows = dialog.preview_rows()
        assert [rep for rep, _ in rows] == [
            "Wed, 21 Oct 2026 10:00 Madrid (CEST)",
            "Wed, 28 Oct 2026 10:00 Madrid (CET)",
            "Wed, 4 Nov 2026 10:00 Madrid (CET)",
            "Wed, 11 Nov 2026 10:00 Madrid (CET)",
        ]
        assert rows[0][1] == "Wed, 21 Oct 2026 16:00 Shanghai (CST)"
        assert rows[1][1] == "Wed, 28 Oct 2026 17:00 Shanghai (CST)  (+1 h)"
        assert dialog.warning_text() == ""
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer = Answer(answer_dialog, schedule_lucia)
    pane.create()
    answer.check()
    assert [s.title for s in answer.seen] == ["Schedule a one-on-one"]
    lucia_meeting = service.list_meetings(
        PageRequest(filters={"rep_id": people.lucia, "status": "planned"})
    ).rows[0]
    assert lucia_meeting.starts_at == dt.datetime(2026, 10, 21, 8, 0, tzinfo=dt.UTC)
    assert pane.selected_id() == lucia_meeting.id

    # 2. Omar in Dubai: a Saturday and 21:00 are flagged before a Tuesday morning is chosen.
    warnings: list[str] = []

    def schedule_omar(dialog: ScheduleDialog) -> None:
        dialog.rep_picker.setValue(people.omar)
        type_rep_time(qtbot, dialog, dt.date(2026, 10, 24), "1000")
        warnings.append(dialog.warning_text())
        type_rep_time(qtbot, dialog, dt.date(2026, 10, 26), "2100")
        warnings.append(dialog.warning_text())
        type_rep_time(qtbot, dialog, dt.date(2026, 10, 27), "1100")
        warnings.append(dialog.warning_text())
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer = Answer(answer_dialog, schedule_omar)
    pane.create()
    answer.check()
    assert warnings == [
        "⚠ Saturday 24 Oct 2026 is a weekend day for the rep (AE).",
        "⚠ 21:00–21:45 in Dubai is outside the rep's working hours (08:00–20:00).",
        "",
    ]
    omar_meeting = service.list_meetings(PageRequest(filters={"rep_id": people.omar})).rows[0]
    assert omar_meeting.starts_at == dt.datetime(2026, 10, 27, 11, 0, tzinfo=DUBAI)

    qtmodeltester.check(pane.model)
    assert shown(pane, "rep_name") == ["Lucia Gomez", "Lucia Gomez", "Omar Haddad"]
    assert row_texts(pane, lucia_meeting.id) == {
        "rep_name": "Lucia Gomez",
        "manager_time": "Wed, 21 Oct 2026 16:00 Shanghai (CST)",
        "rep_time": "Wed, 21 Oct 2026 10:00 Madrid (CEST)",
        "channel": "Video call",
        "status": "Planned",
        "cadence": "Weekly",
        "morale": "",
        "open_actions": "",
    }
    assert row_texts(pane, omar_meeting.id)["rep_time"] == "Tue, 27 Oct 2026 11:00 Dubai (UTC+4)"
    assert row_texts(pane, omar_meeting.id)["manager_time"] == (
        "Tue, 27 Oct 2026 15:00 Shanghai (CST)"
    )

    # 3. Prepare Lucia's meeting, hold it, see the open items move to the next one.
    def hold_the_meeting(editor: OneOnOneEditor) -> None:
        qtbot.mouseClick(editor.prepare_button, Qt.MouseButton.LeftButton)
        agenda = editor.agenda_edit.toPlainText()
        for expected in (
            "• Send the Q4 price list to Iberdrola — Rep, due 14 Oct 2026, overdue",
            "• Revenue: 120,000.00 of 150,000.00 EUR — 80.0 %",
            "• Negotiating in Spain — Planned, due 30 Oct 2026",
            "• Iberdrola pays 90 days late — Customer credit, score 20 (Critical)",
            "• Modelo 151 tax filing (Tax) — due 20 Nov 2026, in 30 days",
            "• Work permit ES-2291 expires 1 Dec 2026 (in 41 days)",
        ):
            assert expected in agenda
        editor.agenda_edit.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(editor.agenda_edit, "Visit plan for November")
        qtbot.keyClicks(editor.notes_edit, "Iberdrola will pay in two instalments.")
        editor.morale.setCurrentIndex(editor.morale.findData(4))
        qtbot.keyClicks(editor.private_edit, "Worried about her visa renewal")
        assert editor.private_label.text() == "Private — never printed in the rep's pack"
        qtbot.keyClicks(editor.actions.new_text, "Send revised pricing to Iberdrola")
        editor.actions.new_due.setValue(dt.date(2026, 10, 27))
        qtbot.mouseClick(editor.actions.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(editor.actions.new_text, "Approve the Bilbao trip")
        editor.actions.new_owner.setValue(ActionOwner.MANAGER)
        qtbot.mouseClick(editor.actions.add_button, Qt.MouseButton.LeftButton)
        # Its own items first, then the one still open from 7 October.
        model = editor.actions.model
        assert [(a.text, model.origin_text(a)) for a in model.rows] == [
            ("Send revised pricing to Iberdrola", ""),
            ("Approve the Bilbao trip", ""),
            ("Send the Q4 price list to Iberdrola", "7 Oct 2026"),
        ]
        editor.actions.view.selectRow(1)
        qtbot.mouseClick(editor.actions.done_button, Qt.MouseButton.LeftButton)

        qtbot.mouseClick(editor.held_button, Qt.MouseButton.LeftButton)
        assert editor.outcome_label.text() == (
            "Marked held. Next meeting: Wed, 28 Oct 2026 10:00 Madrid (CET) "
            "(17:00 Shanghai (CST) for you); 1 open item carried over."
        )
        assert not editor.held_button.isEnabled()
        qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)
        assert editor.times_label.text() == (
            "Wed, 28 Oct 2026 17:00 Shanghai (CST) for you · 10:00 Madrid (CET) for the rep"
        )
        model = editor.actions.model
        assert [(a.text, model.origin_text(a)) for a in model.rows] == [
            ("Send revised pricing to Iberdrola", "carried over"),
            ("Send the Q4 price list to Iberdrola", "7 Oct 2026"),
        ]
        assert editor.held_button.isEnabled()
        qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)

    click_row(qtbot, pane, lucia_meeting.id)
    answer = Answer(answer_dialog, hold_the_meeting)
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    answer.check()
    assert answer.seen[-1].class_name == "OneOnOneEditor"

    held = service.get(lucia_meeting.id)
    assert (held.status, held.morale) == (MeetingStatus.HELD, 4)
    assert held.notes == "Iberdrola will pay in two instalments."
    assert held.private_note == "Worried about her visa renewal"
    assert held.agenda is not None and held.agenda.endswith("Visit plan for November")
    nxt = service.list_meetings(
        PageRequest(filters={"rep_id": people.lucia, "status": "planned"})
    ).rows[0]
    # Madrid's clocks went back on 25 October: 10:00 there is now 09:00 UTC, 17:00 Shanghai.
    assert nxt.starts_at == dt.datetime(2026, 10, 28, 9, 0, tzinfo=dt.UTC)
    assert nxt.local_starts_at.replace(tzinfo=None) == dt.datetime(2026, 10, 28, 10, 0)
    assert nxt.manager_starts_at().replace(tzinfo=None) == dt.datetime(2026, 10, 28, 17, 0)
    assert (nxt.cadence, nxt.manager_id) == (Cadence.WEEKLY, people.manager_id)
    carried = service.actions_of(nxt.id)
    assert [(a.text, a.carried_from_id) for a in carried] == [
        ("Send revised pricing to Iberdrola", lucia_meeting.id)
    ]
    # The item from 7 October is still open there, and on the next agenda.
    assert [a.text for a in service.actions_of(earlier) if not a.is_done] == [
        "Send the Q4 price list to Iberdrola"
    ]
    assert [(a.text, a.is_done) for a in service.actions_of(lucia_meeting.id)] == [
        ("Approve the Bilbao trip", True)
    ]

    # The pane shows it all after the bus said meetings and actions changed.
    assert row_texts(pane, lucia_meeting.id)["status"] == "Held"
    assert row_texts(pane, lucia_meeting.id)["morale"] == "●●●●○"
    assert row_texts(pane, nxt.id) == {
        "rep_name": "Lucia Gomez",
        "manager_time": "Wed, 28 Oct 2026 17:00 Shanghai (CST)",
        "rep_time": "Wed, 28 Oct 2026 10:00 Madrid (CET)",
        "channel": "Video call",
        "status": "Planned",
        "cadence": "Weekly",
        "morale": "",
        "open_actions": "1",
    }
    assert pane.count_label.text() == "Meetings: 4"


# -- export ------------------------------------------------------------------------------


def test_export_a_meeting_and_its_series_to_ics(
    qtbot, ctx, people, answer_dialog, monkeypatch, tmp_path
) -> None:
    service = OneOnOneService(ctx.db)
    meeting = schedule(
        service,
        people.lucia,
        dt.datetime(2026, 10, 21, 10, 0, tzinfo=MADRID),
        manager_id=people.manager_id,
        cadence=Cadence.WEEKLY,
        agenda="Pricing for Iberdrola",
        private_note="Worried about her visa renewal",
    )
    pane = make_pane(qtbot, ctx, people)
    click_row(qtbot, pane, meeting.id)
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(tmp_path / "lucia"), "Calendar files (*.ics)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    def export(button: str) -> icalendar.Calendar:
        answer = Answer(answer_dialog, lambda box: box.findChild(QPushButton, button).click())
        pane.export_calendar()
        answer.check()
        assert answer.seen[0].text == "Export this meeting only, or the whole series?"
        data = (tmp_path / "lucia.ics").read_bytes()
        assert b"visa" not in data  # the private note never leaves the console
        return icalendar.Calendar.from_ical(data)

    single = export("export_one")
    assert asked[0].endswith("1-1 Lucia Gomez 2026-10-21.ics")
    (event,) = single.walk("VEVENT")
    start = event["DTSTART"].dt
    assert start == dt.datetime(2026, 10, 21, 10, 0, tzinfo=MADRID)
    assert start.astimezone(dt.UTC) == dt.datetime(2026, 10, 21, 8, 0, tzinfo=dt.UTC)
    assert event["DTSTART"].params["TZID"] == "Europe/Madrid"
    assert event["DTEND"].dt - start == dt.timedelta(minutes=45)
    assert str(event["SUMMARY"]) == "1:1 Lucia Gomez"
    assert str(event["DESCRIPTION"]) == "Pricing for Iberdrola"
    assert "RRULE" not in event
    assert pane.count_label.text() == "Saved lucia.ics"

    series = export("export_series")
    (event,) = series.walk("VEVENT")
    assert event["RRULE"]["FREQ"] == ["WEEKLY"]
    assert event["DTSTART"].dt == dt.datetime(2026, 10, 21, 10, 0, tzinfo=MADRID)


def test_export_without_a_selection_says_so(qtbot, ctx, people, answer_dialog) -> None:
    pane = make_pane(qtbot, ctx, people)
    seen = answer_dialog(QMessageBox.StandardButton.Ok)
    pane.export_calendar()
    assert seen[0].text == "Select a meeting to export first."


# -- filters, search, period ---------------------------------------------------------------


def test_filters_by_rep_status_search_and_period(qtbot, ctx, people) -> None:
    service = OneOnOneService(ctx.db)
    a = schedule(service, people.lucia, dt.datetime(2026, 10, 21, 10, tzinfo=MADRID))
    b = schedule(service, people.omar, dt.datetime(2026, 10, 27, 11, tzinfo=DUBAI))
    c = schedule(service, people.omar, dt.datetime(2026, 11, 3, 11, tzinfo=DUBAI))
    service.mark_held(c.id, c.version, morale=5)
    schedule(service, people.omar, dt.datetime(2026, 7, 1, 11, tzinfo=DUBAI))  # Q3
    pane = make_pane(qtbot, ctx, people)
    ids = lambda: [pane.model.record(r).id for r in range(pane.model.rowCount())]  # noqa: E731
    assert ids() == [a.id, b.id, c.id]

    pane.rep_filter.setValue(people.omar)
    assert ids() == [b.id, c.id]
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("held"))
    assert ids() == [c.id]
    assert pane.count_label.text() == "Meetings: 1"
    pane.rep_filter.setValue(None)
    pane.status_filter.setCurrentIndex(0)
    pane.set_search("奥马")
    assert ids() == [b.id, c.id]
    pane.set_search("lucia")
    assert ids() == [a.id]
    pane.set_search("")
    pane.set_period(Period.quarter(2026, 3))
    assert len(ids()) == 1 and ids() != [a.id]
    # The newest first, sorted by the database.
    pane.set_period(Q4)
    header = pane.view.horizontalHeader()
    section = pane.model.column_index("manager_time")
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert ids() == [c.id, b.id, a.id]


def test_chinese_names_when_the_console_is_in_chinese(qtbot, ctx, people) -> None:
    ctx.language = "zh"
    service = OneOnOneService(ctx.db)
    schedule(service, people.lucia, dt.datetime(2026, 10, 21, 10, tzinfo=MADRID))
    pane = make_pane(qtbot, ctx, people)
    assert shown(pane, "rep_name") == ["卢西亚 Lucia Gomez"]
    assert pane.rep_filter.findText("奥马尔 Omar Haddad") > 0


def test_open_item_loosens_filters_or_shows_the_meeting_alone(qtbot, ctx, people) -> None:
    service = OneOnOneService(ctx.db)
    planned = schedule(service, people.lucia, dt.datetime(2026, 10, 21, 10, tzinfo=MADRID))
    summer = schedule(service, people.omar, dt.datetime(2026, 7, 1, 11, tzinfo=DUBAI))
    pane = make_pane(qtbot, ctx, people)
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("held"))
    assert pane.model.rowCount() == 0

    pane.open_item(planned.id)
    assert pane.status_filter.currentIndex() == 0
    assert pane.selected_id() == planned.id

    pane.open_item(summer.id)
    assert pane.selected_id() == summer.id
    assert pane.count_label.text() == "Showing one meeting only"


def test_reloads_when_the_bus_says_meetings_changed(qtbot, ctx, people) -> None:
    service = OneOnOneService(ctx.db)
    pane = make_pane(qtbot, ctx, people)
    meeting = schedule(service, people.lucia, dt.datetime(2026, 10, 21, 10, tzinfo=MADRID))
    assert pane.model.rowCount() == 0
    ctx.bus.emit_changed("meetings")
    assert [pane.model.record(0).id] == [meeting.id]
    service.add_action(ActionItemInput(people.lucia, "Call", meeting_id=meeting.id))
    ctx.bus.emit_changed("actions")
    assert row_texts(pane, meeting.id)["open_actions"] == "1"


def test_opening_the_pane_is_a_constant_number_of_statements(qtbot, ctx, people) -> None:
    service = OneOnOneService(ctx.db)

    def statements_to_open() -> int:
        pane = OneOnOnesPane(ctx)
        qtbot.addWidget(pane)
        pane.set_region(people.region_id)
        pane.set_period(Q4)
        with count_queries(ctx.db) as statements:
            pane.show()
        assert pane.model.rowCount() > 0
        pane.close()
        return len([s for s in statements if s.lstrip().upper().startswith("SELECT")])

    first = dt.datetime(2026, 10, 1, 9, tzinfo=MADRID)
    meeting = schedule(service, people.lucia, first)
    service.add_action(ActionItemInput(people.lucia, "x", meeting_id=meeting.id))
    few = statements_to_open()
    for day in range(1, 60):
        meeting = schedule(service, people.omar, first + dt.timedelta(days=day))
        service.add_action(ActionItemInput(people.omar, "y", meeting_id=meeting.id))
    assert statements_to_open() == few <= 6


# -- create, delete, undo -------------------------------------------------------------------


def test_schedule_then_undo_and_redo(qtbot, ctx, people, answer_dialog) -> None:
    pane = make_pane(qtbot, ctx, people)
    pane.rep_filter.setValue(people.omar)

    def accept(dialog: ScheduleDialog) -> None:
        # The rep chosen in the filter is the dialog's rep.
        assert dialog.rep_picker.value() == people.omar
        type_rep_time(qtbot, dialog, dt.date(2026, 11, 3), "0930")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer = Answer(answer_dialog, accept)
    pane.create()
    answer.check()
    service = OneOnOneService(ctx.db)
    assert pane.model.rowCount() == 1
    assert service.list_meetings().total == 1

    ctx.undo_stack.undo()
    assert service.list_meetings().total == 0
    assert pane.model.rowCount() == 0
    ctx.undo_stack.redo()
    (again,) = service.list_meetings().rows
    assert again.starts_at == dt.datetime(2026, 11, 3, 9, 30, tzinfo=DUBAI)
    assert pane.model.rowCount() == 1


def test_delete_asks_then_undo_brings_back_the_meeting_and_its_items(
    qtbot, ctx, people, answer_dialog
) -> None:
    service = OneOnOneService(ctx.db)
    meeting = schedule(
        service,
        people.lucia,
        dt.datetime(2026, 10, 21, 10, tzinfo=MADRID),
        notes="Notes",
        private_note="Private",
    )
    service.add_action(ActionItemInput(people.lucia, "Send pricing", meeting_id=meeting.id))
    pane = make_pane(qtbot, ctx, people)
    click_row(qtbot, pane, meeting.id)

    seen = answer_dialog(QMessageBox.StandardButton.No)
    pane.delete_selected()
    assert seen[0].text == (
        "Delete the one-on-one with Lucia Gomez on Wed, 21 Oct 2026 10:00 Madrid (CEST), "
        "with its notes and action items?"
    )
    assert service.list_meetings().total == 1

    answer_dialog(QMessageBox.StandardButton.Yes)
    pane.delete_selected()
    assert service.list_meetings().total == 0
    assert pane.model.rowCount() == 0

    ctx.undo_stack.undo()
    (back,) = service.list_meetings().rows
    assert (back.notes, back.private_note, back.open_actions) == ("Notes", "Private", 1)
    assert [a.text for a in service.actions_of(back.id)] == ["Send pricing"]
    assert pane.model.rowCount() == 1
    ctx.undo_stack.redo()
    assert service.list_meetings().total == 0


def test_column_widths_are_kept(qtbot, ctx, people) -> None:
    pane = make_pane(qtbot, ctx, people)
    column = pane.model.column_index("rep_time")
    pane.view.setColumnWidth(column, 333)
    pane.save_state()
    again = make_pane(qtbot, ctx, people)
    assert again.view.columnWidth(column) == 333
