"""Every date field refuses text that is not a date, at the field: never another date.

Each dialog's date field is typed into like a person would; OK stays open
with the error under the field (naming it) and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.domain.enums import ReviewStatus
from app.domain.periods import Period
from app.services.base import PageRequest
from app.services.cycles import CycleInput, CycleService
from app.services.one_on_one_records import OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from app.services.review_queries import ReviewQueries
from app.services.reviews import ReviewService
from app.services.team import TeamService
from app.ui.editors import DateEdit
from app.ui.forms import FormDialog
from app.ui.one_on_ones.editor import OneOnOneEditor
from app.ui.one_on_ones.schedule_dialog import ScheduleDialog
from app.ui.reviews.cycle_dialog import OpenCycleDialog
from app.ui.reviews.dialogs import AcknowledgeDialog, GoalDialog
from app.ui.team.rep_dialog import RepDialog

BAD = ["2026-13-45", "2026-02-30", "abc"]
TEMPLATE = [{"metric": "revenue", "weight": 100}]


@dataclass
class Case:
    """A dialog with a date field: its field name, label, and how to see nothing was saved."""

    dialog: FormDialog
    field: str
    label: str
    edit: DateEdit
    nothing_saved: Callable[[], bool]


def rep_case(ctx, team, field: str, label: str) -> Case:
    dialog = RepDialog(ctx, None, region_id=team["asia"].id)
    dialog.field("name").setText("Sun Li")
    dialog.field("email").setText("sun.li@example.com")
    before = TeamService(ctx.db).list_reps().total
    return Case(
        dialog,
        field,
        label,
        dialog.field(field),
        lambda: TeamService(ctx.db).list_reps().total == before,
    )


def goal_case(ctx, team) -> Case:
    dialog = GoalDialog(ctx, [])
    dialog.text_edit.setPlainText("Close two distributors")
    return Case(dialog, "due_date", "Due", dialog.due_edit, lambda: dialog.result_value is None)


def cycle_case(ctx, team, field: str, label: str) -> Case:
    dialog = OpenCycleDialog(ctx, team["asia"].id, Period.month(2026, 5))
    edit = dialog.start_edit if field == "period_start" else dialog.end_edit
    return Case(
        dialog, field, label, edit, lambda: CycleService(ctx.db).list_cycles(team["asia"].id) == []
    )


def acknowledge_case(ctx, team) -> Case:
    asia = team["asia"].id
    q2 = Period.quarter(2026, 2)
    cycle = CycleService(ctx.db).open_cycle(
        CycleInput(asia, "2026 Q2", "quarterly", q2.start, q2.end, TEMPLATE)
    )
    reviews = ReviewService(ctx.db)
    review = reviews.list_reviews(PageRequest(filters={"cycle_id": cycle.id})).rows[0]
    queries = ReviewQueries(ctx.db)
    record = queries.get(review.id)
    dialog = AcknowledgeDialog(ctx, queries, record, "")
    return Case(
        dialog,
        "acknowledged_on",
        "Acknowledged on",
        dialog.date_edit,
        lambda: queries.get(review.id).status is ReviewStatus.DRAFT,
    )


def schedule_case(ctx, team) -> Case:
    rep = team["reps"]["Li Wei"]
    dialog = ScheduleDialog(ctx, region_id=team["asia"].id, rep_id=rep.id)
    service = OneOnOneService(ctx.db)
    return Case(
        dialog,
        "starts_at",
        "When",
        dialog.slot.rep_side.date_edit,
        lambda: service.list_meetings().total == 0,
    )


CASES: dict[str, Callable[..., Case]] = {
    "rep posting start": lambda c, t: rep_case(c, t, "posting_start", "Posting start"),
    "rep posting end": lambda c, t: rep_case(c, t, "posting_end", "Posting end"),
    "rep permit expiry": lambda c, t: rep_case(c, t, "work_permit_expiry", "Permit expiry"),
    "goal due": goal_case,
    "cycle start": lambda c, t: cycle_case(c, t, "period_start", "Period start"),
    "cycle end": lambda c, t: cycle_case(c, t, "period_end", "Period end"),
    "acknowledged on": acknowledge_case,
    "meeting date": schedule_case,
}
REQUIRED = {"rep posting start", "cycle start", "cycle end", "acknowledged on", "meeting date"}


def open_case(qtbot, ctx, team, name: str) -> Case:
    case = CASES[name](ctx, team)
    qtbot.addWidget(case.dialog)
    case.dialog.show()
    return case


def type_into(qtbot, edit: DateEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


@pytest.mark.parametrize("name", list(CASES))
def test_text_that_is_not_a_date_is_refused_at_the_field(qtbot, ctx, team, name: str) -> None:
    case = open_case(qtbot, ctx, team, name)
    for typed in [*BAD, *([""] if name in REQUIRED else [])]:
        type_into(qtbot, case.edit, typed)
        assert case.edit.text() == typed  # kept as typed, never another date
        assert case.edit.toolTip() == case.edit.invalid_reason() != ""
        qtbot.mouseClick(case.dialog.ok_button, Qt.MouseButton.LeftButton)
        assert case.dialog.isVisible()
        message = case.dialog.error_text(case.field)
        assert message.startswith(case.label), message
        assert ("is required" if typed == "" else f"“{typed}” is not a date") in message
        assert case.edit.text() == typed
        assert case.nothing_saved()
        # Typing again clears the message.
        qtbot.keyClicks(case.edit, "1")
        assert case.dialog.error_text(case.field) == ""
    case.dialog.reject()


def test_a_goal_without_a_due_date_is_fine(qtbot, ctx, team) -> None:
    case = open_case(qtbot, ctx, team, "goal due")
    type_into(qtbot, case.edit, "")
    qtbot.mouseClick(case.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert case.dialog.result() == QDialog.DialogCode.Accepted
    assert case.dialog.result_value.due_date is None


def test_a_goal_due_date_typed_right_is_kept(qtbot, ctx, team) -> None:
    case = open_case(qtbot, ctx, team, "goal due")
    type_into(qtbot, case.edit, "2026-02-28")
    qtbot.mouseClick(case.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert case.dialog.result() == QDialog.DialogCode.Accepted
    assert case.dialog.result_value.due_date == dt.date(2026, 2, 28)


def test_an_action_item_due_that_is_not_a_date_is_refused(qtbot, ctx, team) -> None:
    rep = team["reps"]["Li Wei"]
    service = OneOnOneService(ctx.db)
    meeting = service.schedule(
        OneOnOneInput(rep.id, dt.datetime(2026, 10, 27, 3, 0, tzinfo=dt.UTC))
    )
    editor = OneOnOneEditor(ctx, meeting.id)
    qtbot.addWidget(editor)
    editor.show()
    panel = editor.actions
    qtbot.keyClicks(panel.new_text, "Call Emaar procurement")
    for typed in BAD:
        type_into(qtbot, panel.new_due, typed)
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        assert panel.error.text() == f"Due: “{typed}” is not a date; type it as YYYY-MM-DD"
        assert service.actions_of(meeting.id) == []
    type_into(qtbot, panel.new_due, "2026-10-30")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [a.due_date for a in service.actions_of(meeting.id)] == [dt.date(2026, 10, 30)]
    editor.reject()
