"""The schedule dialog and the meeting editor, driven like a manager in Shanghai."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal as D
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox, QTimeEdit

from app.db.engine import Database
from app.domain.enums import (
    ActionOwner,
    Cadence,
    ComplianceCategory,
    CourseCategory,
    CourseFormat,
    MeetingStatus,
    Metric,
    RiskCategory,
)
from app.domain.periods import Period
from app.services.actuals import ActualInput, ActualService
from app.services.agenda import AgendaService
from app.services.compliance import ComplianceInput, ComplianceService
from app.services.one_on_one_records import ActionItemInput, OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from app.services.risks import RiskInput, RiskService
from app.services.targets import TargetInput, TargetService
from app.services.training import AssignmentInput, CourseInput, TrainingService
from app.ui.one_on_ones.action_items import ActionItemsModel
from app.ui.one_on_ones.agenda_text import agenda_text
from app.ui.one_on_ones.editor import OneOnOneEditor
from app.ui.one_on_ones.schedule_dialog import ScheduleDialog
from tests.services.factories import make_manager, make_region, make_rep

MADRID = ZoneInfo("Europe/Madrid")
SHANGHAI = ZoneInfo("Asia/Shanghai")
DUBAI = ZoneInfo("Asia/Dubai")
TODAY = dt.date(2026, 10, 20)
#: "Now" in these tests: the morning of TODAY.
NOW = dt.datetime(2026, 10, 20, 9, 0, tzinfo=dt.UTC)


@dataclass
class People:
    region_id: int
    manager_id: int
    lucia: int  # Madrid, Spain
    omar: int  # Dubai, UAE


def make_people(db: Database) -> People:
    """A region led from Shanghai, a rep in Madrid and one in Dubai."""
    region = make_region(db, name="Europe & Gulf", name_zh="欧洲与海湾", countries=("ES", "AE"))
    manager = make_manager(
        db, region.id, name="Wang Jun", name_zh="王军", time_zone="Asia/Shanghai"
    )
    lucia = make_rep(
        db,
        region.id,
        name="Lucia Gomez",
        name_zh="卢西亚",
        posting_country="ES",
        posting_city="Madrid",
        time_zone="Europe/Madrid",
        currency="EUR",
        manager_id=manager.id,
        work_permit_number="ES-2291",
        work_permit_expiry=dt.date(2026, 12, 1),
    )
    omar = make_rep(
        db,
        region.id,
        name="Omar Haddad",
        name_zh="奥马尔",
        posting_country="AE",
        posting_city="Dubai",
        time_zone="Asia/Dubai",
        currency="AED",
        manager_id=manager.id,
    )
    return People(region.id, manager.id, lucia.id, omar.id)


def prepare_world(db: Database, people: People) -> int:
    """Everything an agenda for Lucia reads; returns her earlier (held) meeting's id.

    Held on 7 October with "Send the Q4 price list" still open; October revenue
    150,000 EUR target, 120,000 actual; a course due on 30 October; a high
    customer risk; a tax filing due 20 November; her permit expires 1 December.
    """
    meetings = OneOnOneService(db)
    earlier = meetings.schedule(
        OneOnOneInput(
            people.lucia,
            dt.datetime(2026, 10, 7, 10, 0, tzinfo=MADRID),
            manager_id=people.manager_id,
        )
    )
    meetings.add_action(
        ActionItemInput(
            people.lucia,
            "Send the Q4 price list to Iberdrola",
            due_date=dt.date(2026, 10, 14),
            meeting_id=earlier.id,
        )
    )
    meetings.mark_held(earlier.id, earlier.version, notes="Pipeline review", morale=3)
    TargetService(db).create_target(
        TargetInput(people.lucia, Metric.REVENUE, Period.month(2026, 10), D(150_000), "EUR")
    )
    ActualService(db).create_actual(
        ActualInput(
            people.lucia,
            Metric.REVENUE,
            dt.date(2026, 10, 1),
            dt.date(2026, 10, 31),
            D(120_000),
            "EUR",
        )
    )
    training = TrainingService(db)
    course = training.create_course(
        CourseInput("Negotiating in Spain", CourseCategory.SALES_SKILLS, CourseFormat.ONLINE, D(6))
    )
    training.assign(AssignmentInput(people.lucia, course.id, due_date=dt.date(2026, 10, 30)))
    RiskService(db).create(
        RiskInput(
            people.region_id,
            RiskCategory.CUSTOMER_CREDIT,
            "Iberdrola pays 90 days late",
            4,
            5,
            "Wang Jun",
            rep_id=people.lucia,
        )
    )
    ComplianceService(db).create(
        ComplianceInput(
            people.region_id,
            "ES",
            ComplianceCategory.TAX,
            "Modelo 151 tax filing",
            "Lucia Gomez",
            rep_id=people.lucia,
            due_date=dt.date(2026, 11, 20),
        )
    )
    return earlier.id


class Answer:
    """Answer the next modal dialog with ``callback``; a failure there closes the dialog.

    Without this, a failed assertion inside the callback would leave the modal
    dialog open and the test waiting forever. Call :meth:`check` afterwards.
    """

    def __init__(self, answer_dialog, callback) -> None:
        self.callback = callback
        self.errors: list[BaseException] = []
        self.seen = answer_dialog(self._run)

    def _run(self, dialog) -> None:
        try:
            self.callback(dialog)
        except BaseException as error:
            self.errors.append(error)
            dialog.done(0)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


@pytest.fixture
def people(ctx) -> People:
    return make_people(ctx.db)


def open_dialog(qtbot, ctx, **kw) -> ScheduleDialog:
    dialog = ScheduleDialog(ctx, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_rep_time(qtbot, dialog: ScheduleDialog, day: dt.date, hhmm: str) -> None:
    """Choose the date and type the time on the rep's side, as a user would."""
    side = dialog.slot.rep_side
    side.date_edit.setValue(day)
    type_time(qtbot, side.time_edit, hhmm)


def type_time(qtbot, edit: QTimeEdit, hhmm: str) -> None:
    """Select the hours (as a click there does) and type "hhmm"; the edit moves on to minutes."""
    edit.setSelectedSection(QTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, hhmm)
    assert edit.time() == QTime(int(hhmm[:2]), int(hhmm[2:])), edit.time()


# -- the schedule dialog -----------------------------------------------------------------


def test_weekly_series_across_madrid_dst_keeps_the_rep_time(qtbot, ctx, people) -> None:
    dialog = open_dialog(qtbot, ctx, region_id=people.region_id)
    # The region's manager, in Shanghai, is chosen for a new meeting.
    assert dialog.manager_combo.value() == people.manager_id
    dialog.rep_picker.setValue(people.lucia)
    type_rep_time(qtbot, dialog, dt.date(2026, 10, 21), "1000")
    dialog.cadence.setCurrentIndex(dialog.cadence.findData(Cadence.WEEKLY.value))

    manager = dialog.slot.manager_side
    assert (manager.date_edit.value(), manager.time_edit.time()) == (
        dt.date(2026, 10, 21),
        QTime(16, 0),
    )
    assert dialog.slot.rep_side.caption.text() == "Rep's time — Madrid (CEST)"
    assert manager.caption.text() == "Manager's time — Shanghai (CST)"
    assert dialog.warning_text() == ""
    assert dialog.preview_rows() == [
        ("Wed, 21 Oct 2026 10:00 Madrid (CEST)", "Wed, 21 Oct 2026 16:00 Shanghai (CST)"),
        (
            "Wed, 28 Oct 2026 10:00 Madrid (CET)",
            "Wed, 28 Oct 2026 17:00 Shanghai (CST)  (+1 h)",
        ),
        (
            "Wed, 4 Nov 2026 10:00 Madrid (CET)",
            "Wed, 4 Nov 2026 17:00 Shanghai (CST)  (+1 h)",
        ),
        (
            "Wed, 11 Nov 2026 10:00 Madrid (CET)",
            "Wed, 11 Nov 2026 17:00 Shanghai (CST)  (+1 h)",
        ),
    ]

    assert dialog.preview_legend.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    saved = dialog.result_value
    assert saved is not None and not dialog.isVisible()
    stored = OneOnOneService(ctx.db).get(saved.id)
    assert stored.starts_at == dt.datetime(2026, 10, 21, 8, 0, tzinfo=dt.UTC)
    assert (stored.cadence, stored.manager_id, stored.rep_time_zone) == (
        Cadence.WEEKLY,
        people.manager_id,
        "Europe/Madrid",
    )


def test_typing_the_manager_side_moves_the_rep_side(qtbot, ctx, people) -> None:
    dialog = open_dialog(qtbot, ctx, region_id=people.region_id, rep_id=people.lucia)
    manager = dialog.slot.manager_side
    manager.date_edit.setValue(dt.date(2026, 10, 28))
    type_time(qtbot, manager.time_edit, "1700")
    rep = dialog.slot.rep_side
    assert (rep.date_edit.value(), rep.time_edit.time()) == (dt.date(2026, 10, 28), QTime(10, 0))
    assert rep.caption.text() == "Rep's time — Madrid (CET)"
    assert dialog.slot.value() == dt.datetime(2026, 10, 28, 9, 0, tzinfo=dt.UTC)
    # Late evening in Shanghai is early morning in Madrid.
    type_time(qtbot, manager.time_edit, "1300")
    assert rep.time_edit.time() == QTime(6, 0)
    assert "06:00–06:45 in Madrid is outside the rep's working hours" in dialog.warning_text()


def test_dubai_weekend_and_evening_are_warned_live(qtbot, ctx, people) -> None:
    dialog = open_dialog(qtbot, ctx, region_id=people.region_id)
    dialog.rep_picker.setValue(people.omar)
    type_rep_time(qtbot, dialog, dt.date(2026, 10, 24), "1000")  # a Saturday
    assert dialog.warning_text() == "⚠ Saturday 24 Oct 2026 is a weekend day for the rep (AE)."
    assert dialog.slot.manager_side.time_edit.time() == QTime(14, 0)

    type_rep_time(qtbot, dialog, dt.date(2026, 10, 26), "2100")  # Monday evening
    assert dialog.warning_text() == (
        "⚠ 21:00–21:45 in Dubai is outside the rep's working hours (08:00–20:00)."
    )
    # Ending after 20:00 counts too; a shorter call that ends by 20:00 is fine.
    type_rep_time(qtbot, dialog, dt.date(2026, 10, 26), "1930")
    assert "19:30–20:15 in Dubai is outside" in dialog.warning_text()
    dialog.duration.setValue(30)
    assert dialog.warning_text() == ""
    type_rep_time(qtbot, dialog, dt.date(2026, 10, 27), "1100")
    assert dialog.warning_text() == ""
    assert dialog.preview_rows() == []  # a single meeting has no series preview
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    stored = OneOnOneService(ctx.db).get(dialog.result_value.id)
    assert stored.starts_at == dt.datetime(2026, 10, 27, 7, 0, tzinfo=dt.UTC)
    assert stored.manager_starts_at().hour == 15


def test_a_time_skipped_by_the_clocks_is_explained(qtbot, ctx, people) -> None:
    dialog = open_dialog(qtbot, ctx, region_id=people.region_id, rep_id=people.lucia)
    type_rep_time(qtbot, dialog, dt.date(2026, 3, 30), "0230")
    dialog.slot.rep_side.date_edit.setValue(dt.date(2026, 3, 29))  # spring forward, a Sunday
    warning = dialog.warning_text()
    assert "02:30 does not exist in Madrid on 29 Mar 2026 (the clocks go forward)" in warning
    assert "the meeting starts at 03:30 Madrid (CEST)" in warning
    assert "Sunday 29 Mar 2026 is a weekend day for the rep (ES)." in warning
    assert dialog.slot.value() == dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.UTC)


def test_a_repeated_hour_is_explained(qtbot, ctx, people) -> None:
    dialog = open_dialog(qtbot, ctx, region_id=people.region_id, rep_id=people.lucia)
    type_rep_time(qtbot, dialog, dt.date(2026, 10, 25), "0230")  # fall back, a Sunday
    assert "02:30 happens twice in Madrid that night (the clocks go back)" in (
        dialog.warning_text()
    )
    assert dialog.slot.value() == dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC)


def test_no_rep_is_shown_at_the_field(qtbot, ctx, people) -> None:
    dialog = open_dialog(qtbot, ctx, region_id=people.region_id)
    dialog.rep_picker.setValue(None)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text("rep_id") == "A rep is required"


def test_moving_a_planned_meeting_that_someone_else_moved(
    qtbot, ctx, people, answer_dialog
) -> None:
    service = OneOnOneService(ctx.db)
    meeting = service.schedule(
        OneOnOneInput(
            people.omar,
            dt.datetime(2026, 10, 27, 11, 0, tzinfo=DUBAI),
            manager_id=people.manager_id,
            agenda="Pipeline",
        )
    )
    dialog = open_dialog(qtbot, ctx, meeting=meeting)
    assert not dialog.rep_picker.isEnabled()
    assert dialog.slot.manager_side.time_edit.time() == QTime(15, 0)
    type_rep_time(qtbot, dialog, dt.date(2026, 10, 28), "0930")
    # Meanwhile, another console moves it too.
    service.update(
        meeting.id,
        OneOnOneInput(
            people.omar,
            meeting.starts_at + dt.timedelta(hours=1),
            manager_id=people.manager_id,
            agenda="Pipeline",
        ),
        meeting.version,
    )
    seen = answer_dialog(
        lambda box: qtbot.mouseClick(box.overwrite_button, Qt.MouseButton.LeftButton)
    )
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [s.class_name for s in seen] == ["ConflictDialog"]
    stored = service.get(meeting.id)
    assert stored.starts_at == dt.datetime(2026, 10, 28, 9, 30, tzinfo=DUBAI)
    assert stored.agenda == "Pipeline"  # the time moved, nothing else was lost
    assert stored.version == meeting.version + 2


# -- the agenda text ------------------------------------------------------------------


def test_agenda_text_has_every_section_with_figures(ctx, people) -> None:
    prepare_world(ctx.db, people)
    meeting = OneOnOneService(ctx.db).schedule(
        OneOnOneInput(people.lucia, dt.datetime(2026, 10, 21, 10, 0, tzinfo=MADRID))
    )
    agenda = AgendaService(ctx.db, today=lambda: TODAY).build(meeting.id)
    text = agenda_text(agenda, "en")
    assert text.splitlines() == [
        "One-on-one with Lucia Gomez — Wed, 21 Oct 2026 10:00 Madrid (CEST)",
        "",
        "Open action items carried over",
        "• Send the Q4 price list to Iberdrola — Rep, due 14 Oct 2026, overdue",
        "",
        "Attainment since the last meeting (1 Oct 2026 to 31 Oct 2026)",
        "• Revenue: 120,000.00 of 150,000.00 EUR — 80.0 %",
        "",
        "Training due or overdue",
        "• Negotiating in Spain — Planned, due 30 Oct 2026",
        "",
        "Open high risks, overdue reviews and risk actions",
        "• Iberdrola pays 90 days late — Customer credit, score 20 (Critical)",
        "",
        "Compliance and work permit falling due",
        "• Modelo 151 tax filing (Tax) — due 20 Nov 2026, in 30 days",
        "• Work permit ES-2291 expires 1 Dec 2026 (in 41 days)",
        "",
        "Other topics",
        "• ",
    ]
    chinese = agenda_text(agenda, "zh")
    assert chinese.startswith("One-on-one with 卢西亚 Lucia Gomez")


def test_an_empty_agenda_says_so(ctx, people) -> None:
    meeting = OneOnOneService(ctx.db).schedule(
        OneOnOneInput(people.omar, dt.datetime(2026, 10, 27, 11, 0, tzinfo=DUBAI))
    )
    text = agenda_text(AgendaService(ctx.db, today=lambda: TODAY).build(meeting.id), "en")
    assert text.count("• Nothing to raise.") == 5


# -- the meeting editor ----------------------------------------------------------------


def open_editor(qtbot, ctx, meeting_id: int) -> OneOnOneEditor:
    editor = OneOnOneEditor(ctx, meeting_id, today=lambda: TODAY, now=lambda: NOW)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_action_items_add_complete_reopen_edit_delete(
    qtbot, qtmodeltester, ctx, people, answer_dialog
) -> None:
    service = OneOnOneService(ctx.db)
    meeting = service.schedule(
        OneOnOneInput(people.omar, dt.datetime(2026, 10, 27, 11, 0, tzinfo=DUBAI))
    )
    editor = open_editor(qtbot, ctx, meeting.id)
    qtbot.mouseClick(editor.actions.add_button, Qt.MouseButton.LeftButton)
    assert editor.actions.error.text() == "Type what is to be done first."

    qtbot.keyClicks(editor.actions.new_text, "Call Emaar procurement")
    editor.actions.new_due.setValue(dt.date(2026, 10, 15))
    qtbot.mouseClick(editor.actions.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.actions.new_text, "Approve travel budget")
    editor.actions.new_owner.setValue(ActionOwner.MANAGER)
    qtbot.keyClick(editor.actions.new_text, Qt.Key.Key_Return)
    model = editor.actions.model
    qtmodeltester.check(model)
    assert [(a.text, a.owner, a.due_date) for a in service.actions_of(meeting.id)] == [
        ("Call Emaar procurement", ActionOwner.REP, dt.date(2026, 10, 15)),
        ("Approve travel budget", ActionOwner.MANAGER, None),
    ]
    assert model.index(0, ActionItemsModel.OWNER).data() == "Rep"
    # Overdue on the editor's day: shown in red.
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None

    editor.actions.view.selectRow(0)
    qtbot.mouseClick(editor.actions.done_button, Qt.MouseButton.LeftButton)
    assert service.get_action(model.rows[0].id).is_done
    assert not editor.actions.done_button.isEnabled() and editor.actions.reopen_button.isEnabled()
    qtbot.mouseClick(editor.actions.reopen_button, Qt.MouseButton.LeftButton)
    assert not service.get_action(model.rows[0].id).is_done

    # The check box and in-place text editing save at once.
    done_cell = model.index(1, ActionItemsModel.DONE)
    assert model.setData(done_cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert service.get_action(model.rows[1].id).is_done
    assert model.setData(model.index(1, ActionItemsModel.TEXT), "Approve the travel budget")
    assert service.get_action(model.rows[1].id).text == "Approve the travel budget"
    assert model.setData(model.index(1, ActionItemsModel.DUE), dt.date(2026, 11, 2))
    assert service.get_action(model.rows[1].id).due_date == dt.date(2026, 11, 2)

    editor.actions.view.selectRow(0)
    seen = answer_dialog(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.actions.delete_button, Qt.MouseButton.LeftButton)
    assert seen[0].text == "Delete the action item “Call Emaar procurement”?"
    assert [a.text for a in service.actions_of(meeting.id)] == ["Approve the travel budget"]
    assert model.rowCount() == 1
    assert service.get(meeting.id).open_actions == 0
    editor.reject()


def test_a_held_meeting_stays_editable_but_is_not_held_twice(
    qtbot, ctx, people, answer_dialog
) -> None:
    service = OneOnOneService(ctx.db)
    meeting = service.schedule(
        OneOnOneInput(people.omar, dt.datetime(2026, 10, 27, 11, 0, tzinfo=DUBAI))
    )
    editor = open_editor(qtbot, ctx, meeting.id)
    qtbot.keyClicks(editor.notes_edit, "Discussed Emaar")
    # A week ahead of NOW: held only once the manager says so.
    seen = answer_dialog(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.held_button, Qt.MouseButton.LeftButton)
    assert [s.title for s in seen] == ["Mark held"]
    assert editor.outcome_label.text() == (
        "Marked held. This was a single meeting: no next one is planned."
    )
    assert not editor.next_button.isVisible()
    assert not editor.held_button.isEnabled()
    assert not editor.move_button.isEnabled()
    stored = service.get(meeting.id)
    assert (stored.status, stored.notes) == (MeetingStatus.HELD, "Discussed Emaar")
    assert editor.details_label.text().startswith("Held · Video call · Single meeting")

    editor.notes_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.notes_edit, "; follow-up agreed")
    # Closing with unsaved notes asks; Save writes them.
    seen = answer_dialog(QMessageBox.StandardButton.Save)
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert [s.title for s in seen] == ["Mark held", "Unsaved changes"]
    assert not editor.isVisible()
    assert service.get(meeting.id).notes == "Discussed Emaar; follow-up agreed"


def test_closing_can_be_cancelled_or_discard_changes(qtbot, ctx, people, answer_dialog) -> None:
    service = OneOnOneService(ctx.db)
    meeting = service.schedule(
        OneOnOneInput(people.omar, dt.datetime(2026, 10, 27, 11, 0, tzinfo=DUBAI))
    )
    editor = open_editor(qtbot, ctx, meeting.id)
    editor.morale.setValue(2)
    answer_dialog(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()
    answer_dialog(QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert service.get(meeting.id).morale is None


def test_prepare_agenda_asks_before_replacing_typed_text(qtbot, ctx, people, answer_dialog) -> None:
    prepare_world(ctx.db, people)
    meeting = OneOnOneService(ctx.db).schedule(
        OneOnOneInput(people.lucia, dt.datetime(2026, 10, 21, 10, 0, tzinfo=MADRID))
    )
    editor = open_editor(qtbot, ctx, meeting.id)
    qtbot.keyClicks(editor.agenda_edit, "My own points")
    answer_dialog(QMessageBox.StandardButton.No)
    qtbot.mouseClick(editor.prepare_button, Qt.MouseButton.LeftButton)
    assert editor.agenda_edit.toPlainText() == "My own points"
    answer_dialog(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.prepare_button, Qt.MouseButton.LeftButton)
    assert "Iberdrola pays 90 days late" in editor.agenda_edit.toPlainText()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Modelo 151" in (OneOnOneService(ctx.db).get(meeting.id).agenda or "")
    editor.reject()
    assert not editor.isVisible()
