"""The review editor driven like a manager: fill, save, sign, the lock, reopen, conflicts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QMessageBox, QWidget
from sqlalchemy import event, select

from app.db.audit import AuditEvent
from app.domain.enums import CourseCategory, CourseFormat, GoalStatus, Metric, ReviewStatus
from app.domain.periods import Period
from app.services.actuals import ActualInput, ActualService
from app.services.base import PageRequest
from app.services.cycles import CycleInput, CycleService
from app.services.errors import LockedError
from app.services.review_records import KpiLineInput, ReviewInput
from app.services.reviews import ReviewService
from app.services.targets import TargetInput, TargetService
from app.services.training import CourseInput, TrainingService
from app.ui.conflict_dialog import ConflictDialog
from app.ui.editors import rubric_text
from app.ui.labels import date_text
from app.ui.reviews.dialogs import AcknowledgeDialog, GoalDialog, ReopenDialog
from app.ui.reviews.editor import ReviewEditor
from app.ui.reviews.goal_drafts import GoalDraft
from app.ui.reviews.kpi_lines import KpiLinesModel
from tests.services.factories import make_manager
from tests.ui.dialog_answers import answer_each, answering

Q2 = Period.quarter(2026, 2)
TEMPLATE = [
    {"metric": "revenue", "weight": 60},
    {"metric": "csat", "weight": 30},
    {"metric": "visits", "weight": 10},
]
REVENUE, CSAT, VISITS = range(3)


@pytest.fixture
def setup(ctx, team) -> dict[str, object]:
    """Li Wei's draft review of 2026 Q2 (revenue 21,000 of 30,000 SGD), a course, a manager."""
    li = team["reps"]["Li Wei"]
    targets, actuals = TargetService(ctx.db), ActualService(ctx.db)
    targets.create_target(TargetInput(li.id, Metric.REVENUE, Q2, D(30000), "SGD"))
    targets.create_target(TargetInput(li.id, Metric.CSAT, Q2, D(90), "%"))
    targets.create_target(TargetInput(li.id, Metric.VISITS, Q2, D(30), "visits"))
    may = Period.month(2026, 5)
    actuals.create_actual(ActualInput(li.id, Metric.REVENUE, may.start, may.end, D(21000), "SGD"))
    actuals.create_actual(ActualInput(li.id, Metric.CSAT, may.start, may.end, D(81), "%"))
    course = TrainingService(ctx.db).create_course(
        CourseInput("Negotiation skills", CourseCategory.SALES_SKILLS, CourseFormat.ONLINE, D(8))
    )
    manager = make_manager(ctx.db, team["asia"].id, name="Zhou Ping")
    cycle = CycleService(ctx.db).open_cycle(
        CycleInput(team["asia"].id, "2026 Q2 review", "quarterly", Q2.start, Q2.end, TEMPLATE)
    )
    review = (
        ReviewService(ctx.db)
        .list_reviews(PageRequest(filters={"cycle_id": cycle.id, "rep_id": li.id}))
        .rows[0]
    )
    return {"review_id": review.id, "course": course, "manager": manager, "rep": li}


def open_editor(qtbot, ctx, review_id: int) -> ReviewEditor:
    editor = ReviewEditor(ctx, review_id)
    # A failed test leaves edits behind: drop them so closing does not ask.
    qtbot.addWidget(editor, before_close_func=lambda e: e.load(e.record))
    editor.show()
    # Keys go to the focused widget, as for a person: the editor must be the active window.
    editor.activateWindow()
    qtbot.waitActive(editor)
    return editor


def cell(editor: ReviewEditor, row: int, column: int) -> str:
    return editor.kpi.model.index(row, column).data()


def edit_cell(qtbot, editor: ReviewEditor, row: int, column: int) -> QWidget | None:
    """Click a KPI cell and press F2; the cell editor that opens (None if none)."""
    view = editor.kpi.view
    rect = view.visualRect(editor.kpi.model.index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(view, Qt.Key.Key_F2)
    opened = [w for w in view.viewport().findChildren(QWidget) if w.isVisible()]
    return opened[0] if opened else None


def choose_in_combo(qtbot, combo, text: str) -> None:
    """Select the combo's text ("—") and type a whole item over it, as a person does."""
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), text)
    popup = combo.completer().popup()
    if popup.isVisible():
        popup.hide()  # the person clicks elsewhere: the typed item stays chosen
    assert combo.value() is not None, combo.currentText()


def type_in_cell(qtbot, editor: ReviewEditor, row: int, column: int, text: str) -> None:
    field = edit_cell(qtbot, editor, row, column)
    assert isinstance(field, QLineEdit)
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: editor.kpi.view.state() != QAbstractItemView.State.EditingState)


def test_editor_opens_in_a_constant_number_of_queries(qtbot, ctx, setup) -> None:
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(ctx.db.engine, "before_cursor_execute", listener)
    try:
        editor = open_editor(qtbot, ctx, setup["review_id"])
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", listener)
    assert len(statements) <= 5
    assert editor.header.rep_value.text() == "Li Wei 李伟"
    assert editor.header.cycle_value.text() == "2026 Q2 review (Quarterly, South-East Asia)"
    assert editor.header.period_value.text() == "1 Apr 2026 to 30 Jun 2026"
    assert editor.header.status_value.text() == "Draft"
    assert editor.windowTitle() == "Review: Li Wei 李伟 — 2026 Q2 review"


def test_fill_save_and_read_back(qtbot, qtmodeltester, ctx, setup, answer_dialog) -> None:
    editor = open_editor(qtbot, ctx, setup["review_id"])
    qtmodeltester.check(editor.kpi.model)
    qtmodeltester.check(editor.goals.model)
    assert [cell(editor, r, KpiLinesModel.ATTAINMENT) for r in range(3)] == ["70.0 %", "90.0 %", ""]
    assert cell(editor, REVENUE, KpiLinesModel.SCORE) == "2 (auto)"
    assert editor.kpi.weighted_label.text() == "Weighted score: 2.33 of 5"
    assert not editor.save_button.isEnabled()

    # A late deal: the actual goes up, attainment and score follow live.
    type_in_cell(qtbot, editor, REVENUE, KpiLinesModel.ACTUAL, "36,000")
    assert cell(editor, REVENUE, KpiLinesModel.ACTUAL) == "36,000.00"
    assert cell(editor, REVENUE, KpiLinesModel.ATTAINMENT) == "120.0 %"
    assert cell(editor, REVENUE, KpiLinesModel.SCORE) == "5 (auto)"
    assert editor.kpi.weighted_label.text() == "Weighted score: 4.33 of 5"
    type_in_cell(qtbot, editor, REVENUE, KpiLinesModel.COMMENT, "Closed the Jurong deal")
    # The manager scores CSAT 4 by hand.
    combo = edit_cell(qtbot, editor, CSAT, KpiLinesModel.SCORE)
    assert isinstance(combo, QComboBox)
    qtbot.keyClicks(combo, "4")
    qtbot.waitUntil(lambda: editor.kpi.view.state() != QAbstractItemView.State.EditingState)
    assert cell(editor, CSAT, KpiLinesModel.SCORE) == "4"
    assert editor.kpi.weighted_label.text() == "Weighted score: 4.67 of 5"
    suggested = editor.rating.suggested_label.text()
    assert suggested.startswith("Suggested from the score: 5 — Outstanding")

    qtbot.mouseClick(editor.rating.edit.stars[3], Qt.MouseButton.LeftButton)
    assert editor.rating.rubric_label.text() == rubric_text(4)
    qtbot.keyClicks(editor.texts.strengths_edit, "Opens doors fast")
    qtbot.keyClicks(editor.texts.improvements_edit, "Forecast accuracy")
    qtbot.keyClicks(editor.texts.summary_edit, "A strong quarter")
    choose_in_combo(qtbot, editor.header.reviewer_combo, "Zhou Ping")

    def fill_goal(dialog) -> None:
        assert isinstance(dialog, GoalDialog)
        qtbot.keyClicks(dialog.text_edit, "Run two negotiation workshops")
        dialog.due_edit.setValue(dt.date(2026, 12, 15))
        choose_in_combo(qtbot, dialog.course_combo, "Negotiation skills")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible(), dialog.error_text("course_id")

    answer_dialog(answering(fill_goal))
    qtbot.mouseClick(editor.goals.add_button, Qt.MouseButton.LeftButton)
    assert editor.goals.model.index(0, 3).data() == "Negotiation skills"
    assert editor.save_button.isEnabled()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_text() == ""
    assert not editor.save_button.isEnabled() and not editor.has_changes()

    stored = ReviewService(ctx.db).get(setup["review_id"])
    assert (stored.overall_rating, stored.strengths, stored.improvements) == (
        4,
        "Opens doors fast",
        "Forecast accuracy",
    )
    assert stored.manager_summary == "A strong quarter"
    assert stored.reviewer_id == setup["manager"].id
    revenue, csat, visits = stored.kpi_lines
    assert (revenue.actual, revenue.attainment, revenue.score, revenue.comment) == (
        D(36000),
        D("120.0"),
        D(5),
        "Closed the Jurong deal",
    )
    assert (csat.score, visits.score) == (D(4), None)
    assert stored.weighted_score == D("4.67")
    (goal,) = stored.goals
    assert (goal.text, goal.due_date, goal.status, goal.course_id) == (
        "Run two negotiation workshops",
        dt.date(2026, 12, 15),
        GoalStatus.OPEN,
        setup["course"].id,
    )
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()

    again = open_editor(qtbot, ctx, setup["review_id"])
    assert again.rating.edit.value() == 4
    assert again.texts.strengths_edit.toPlainText() == "Opens doors fast"
    assert again.header.reviewer_combo.currentText() == "Zhou Ping"
    assert cell(again, REVENUE, KpiLinesModel.ACTUAL) == "36,000.00"
    assert cell(again, REVENUE, KpiLinesModel.COMMENT) == "Closed the Jurong deal"
    assert cell(again, CSAT, KpiLinesModel.SCORE) == "4"
    assert again.goals.model.index(0, 0).data() == "Run two negotiation workshops"
    assert again.goals.model.index(0, 3).data() == "Negotiation skills"
    assert not again.has_changes()
    qtmodeltester.check(again.goals.model)
    again.close()


def test_sign_locks_every_editor_and_reopen_is_audited(qtbot, ctx, setup, answer_dialog) -> None:
    review_id = setup["review_id"]
    editor = open_editor(qtbot, ctx, review_id)
    flow = editor.workflow
    assert flow.submit_button.isEnabled() and not flow.sign_button.isEnabled()
    assert not flow.acknowledge_button.isEnabled() and not flow.reopen_button.isEnabled()
    qtbot.keyClicks(editor.texts.strengths_edit, "Reliable")
    # Submitting saves the edits first.
    qtbot.mouseClick(editor.workflow.submit_button, Qt.MouseButton.LeftButton)
    assert editor.record.status is ReviewStatus.IN_REVIEW
    assert editor.header.status_value.text() == "In review"
    assert ReviewService(ctx.db).get(review_id).strengths == "Reliable"
    assert editor.workflow.sign_button.isEnabled() and not editor.workflow.submit_button.isEnabled()

    seen = answer_dialog(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.workflow.sign_button, Qt.MouseButton.LeftButton)
    assert seen[-1].text.startswith("Sign the review of Li Wei?")
    assert editor.record.status is ReviewStatus.SIGNED
    signed_on = date_text(editor.record.signed_at.astimezone().date())

    # Every editor is read-only, and the banner says so.
    assert editor.workflow.banner.isVisible()
    assert editor.workflow.banner.text().startswith(f"Signed on {signed_on}.")
    assert "read-only" in editor.workflow.banner.text()
    assert all(edit.isReadOnly() for edit in editor.texts.editors())
    assert editor.kpi.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    for row in range(3):
        for column in range(editor.kpi.model.columnCount()):
            flags = editor.kpi.model.flags(editor.kpi.model.index(row, column))
            assert not flags & Qt.ItemFlag.ItemIsEditable
    assert edit_cell(qtbot, editor, REVENUE, KpiLinesModel.ACTUAL) is None
    assert editor.kpi.view.state() != QAbstractItemView.State.EditingState
    for widget in (
        editor.rating.edit,
        editor.header.reviewer_combo,
        editor.goals.add_button,
        editor.save_button,
        editor.workflow.submit_button,
        editor.workflow.sign_button,
    ):
        assert not widget.isEnabled(), widget.objectName()
    assert flow.acknowledge_button.isEnabled() and flow.reopen_button.isEnabled()
    # The service refuses too.
    service = ReviewService(ctx.db)
    with pytest.raises(LockedError):
        service.update_review(review_id, ReviewInput(strengths="Changed"), editor.record.version)

    # Reopening asks a reason (required, at the field) and is audited.
    def reopen(dialog) -> None:
        assert isinstance(dialog, ReopenDialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "required" in dialog.error_text("reason")
        qtbot.keyClicks(dialog.reason_edit, "CSAT survey was corrected")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    answer_dialog(answering(reopen))
    qtbot.mouseClick(editor.workflow.reopen_button, Qt.MouseButton.LeftButton)
    assert editor.record.status is ReviewStatus.IN_REVIEW
    assert not editor.workflow.banner.isVisible()
    assert not any(edit.isReadOnly() for edit in editor.texts.editors())
    assert editor.rating.edit.isEnabled()
    with ctx.db.read_session() as session:
        audit = session.scalars(
            select(AuditEvent).where(
                AuditEvent.table_name == "reviews",
                AuditEvent.row_id == review_id,
                AuditEvent.action == "reopen",
            )
        ).one()
        assert audit.after["reason"] == "CSAT survey was corrected"
        assert audit.before["status"] == "signed"

    # Sign again, then the rep acknowledges (recorded with the day).
    answer_dialog(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.workflow.sign_button, Qt.MouseButton.LeftButton)
    today = dt.date.today()

    def acknowledge(dialog) -> None:
        assert isinstance(dialog, AcknowledgeDialog)
        assert dialog.date_edit.value() == today
        dialog.date_edit.setValue(today + dt.timedelta(days=3))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert "in the future" in dialog.error_text("acknowledged_on")
        dialog.date_edit.setValue(today)
        qtbot.keyClicks(dialog.comments_edit, "Fair review, thanks")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible(), dialog.error_text("acknowledged_on")

    answer_dialog(answering(acknowledge))
    qtbot.mouseClick(editor.workflow.acknowledge_button, Qt.MouseButton.LeftButton)
    assert editor.record.status is ReviewStatus.ACKNOWLEDGED
    assert editor.texts.rep_comments_edit.toPlainText() == "Fair review, thanks"
    assert f"acknowledged by the rep on {date_text(today)}" in editor.workflow.banner.text()
    assert editor.texts.rep_comments_edit.isReadOnly()
    assert flow.reopen_button.isEnabled() and not flow.acknowledge_button.isEnabled()
    editor.close()


def test_a_refused_transition_is_explained(qtbot, ctx, setup, answer_dialog) -> None:
    editor = open_editor(qtbot, ctx, setup["review_id"])
    assert not editor.workflow.sign_button.isEnabled()
    # Called anyway (as a stale button would): the service's reason, in plain words.
    seen = answer_each(answer_dialog, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    assert editor.workflow.sign() is False
    assert seen[-1].text == "A review cannot go from draft to signed."
    assert editor.record.status is ReviewStatus.DRAFT


def test_someone_else_saved_first(qtbot, ctx, setup, answer_dialog) -> None:
    review_id = setup["review_id"]
    editor = open_editor(qtbot, ctx, review_id)
    service = ReviewService(ctx.db)
    loaded = service.get(review_id)
    service.update_review(review_id, ReviewInput(strengths="Theirs"), loaded.version)

    qtbot.keyClicks(editor.texts.strengths_edit, "Mine")
    offered: list[list[str]] = []

    def overwrite(dialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        offered.append(dialog.differing)
        qtbot.mouseClick(dialog.overwrite_button, Qt.MouseButton.LeftButton)

    answer_dialog(answering(overwrite))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert offered == [["strengths"]]
    assert service.get(review_id).strengths == "Mine"

    # A KPI line changed elsewhere: "reload theirs" shows their figures, drops mine.
    line = service.get(review_id).kpi_lines[REVENUE]
    service.update_kpi_line(line.id, KpiLineInput(D(25000), comment="theirs"), line.version)
    type_in_cell(qtbot, editor, REVENUE, KpiLinesModel.ACTUAL, "40000")

    def reload(dialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)

    answer_dialog(answering(reload))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert cell(editor, REVENUE, KpiLinesModel.ACTUAL) == "25,000.00"
    assert cell(editor, REVENUE, KpiLinesModel.COMMENT) == "theirs"
    assert not editor.has_changes()
    assert service.get(review_id).kpi_lines[REVENUE].actual == D(25000)
    editor.close()


def one_dialog(answer_dialog, callback, more: list[str]):
    """Answer the next dialog with ``callback``; any further dialog, until the returned
    ``stop()`` is called, is rejected and its class name added to ``more``.

    Save shows its dialogs modally, from the click: once the click returns, every
    dialog of that save has been shown, so the test stops watching right then
    instead of waiting a while for a dialog that could only come late.
    """
    watching = [True]

    def further(dialog) -> None:
        # Stopped: a later save's dialog is left to that save's own answer.
        if watching[0]:
            more.append(type(dialog).__name__)
            dialog.reject()

    def first(dialog) -> None:
        answer_dialog(further, attempts=30)
        callback(dialog)

    answer_dialog(answering(first))
    return lambda: watching.__setitem__(0, False)


def test_one_conflict_choice_for_the_whole_save(qtbot, ctx, setup, answer_dialog) -> None:
    review_id = setup["review_id"]
    editor = open_editor(qtbot, ctx, review_id)
    service = ReviewService(ctx.db)
    loaded = service.get(review_id)
    csat = loaded.kpi_lines[CSAT]
    # Someone else writes the CSAT line and the summary while the manager edits.
    service.update_kpi_line(csat.id, KpiLineInput(csat.actual, comment="theirs"), csat.version)
    theirs = service.update_review(review_id, ReviewInput(manager_summary="Theirs"), loaded.version)

    qtbot.keyClicks(editor.texts.strengths_edit, "Mine")
    type_in_cell(qtbot, editor, REVENUE, KpiLinesModel.ACTUAL, "40000")
    type_in_cell(qtbot, editor, CSAT, KpiLinesModel.COMMENT, "mine")
    editor.goals.model.add(GoalDraft("Shadow a senior rep", None, GoalStatus.OPEN, None, None))
    more: list[str] = []
    shown: list[tuple[list[str], list[str]]] = []

    def look(dialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        table = dialog.table
        shown.append(([table.item(r, 0).text() for r in range(table.rowCount())], dialog.differing))

    # Cancel: one dialog for both stale rows, and nothing of the save is written.
    stop = one_dialog(answer_dialog, lambda d: (look(d), d.reject()), more)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stop()
    assert more == []
    ((rows, differing),) = shown
    assert rows[:6] == [
        "Overall rating",
        "Strengths",
        "Areas to improve",
        "Manager summary",
        "Rep comments",
        "Reviewer",
    ]
    assert rows[6:] == ["CSAT: Actual", "CSAT: Score", "CSAT: Comment"]
    assert differing == ["strengths", "manager_summary", f"line{csat.id}.comment"]
    stored = service.get(review_id)
    assert stored == theirs
    assert stored.kpi_lines[REVENUE].actual == D(21000) and stored.goals == ()
    assert editor.has_changes() and editor.texts.strengths_edit.toPlainText() == "Mine"

    # Overwrite with mine: one choice, everything written together.
    shown.clear()
    stop = one_dialog(
        answer_dialog,
        lambda d: (look(d), qtbot.mouseClick(d.overwrite_button, Qt.MouseButton.LeftButton)),
        more,
    )
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stop()
    assert more == [] and len(shown) == 1
    assert editor.error_text() == "" and not editor.has_changes()
    stored = service.get(review_id)
    assert (stored.strengths, stored.manager_summary) == ("Mine", None)
    assert stored.kpi_lines[REVENUE].actual == D(40000)
    assert stored.kpi_lines[CSAT].comment == "mine"
    assert [g.text for g in stored.goals] == ["Shadow a senior rep"]
    assert editor.record == stored
    editor.close()


def test_a_refused_value_names_its_line_and_saves_nothing(qtbot, ctx, setup) -> None:
    editor = open_editor(qtbot, ctx, setup["review_id"])
    qtbot.keyClicks(editor.texts.strengths_edit, "Mine")
    # The service refuses a comment too long for the Visits line: nothing is written.
    type_in_cell(qtbot, editor, REVENUE, KpiLinesModel.ACTUAL, "36000")
    type_in_cell(qtbot, editor, VISITS, KpiLinesModel.COMMENT, "x" * 5_001)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_text().startswith("Visits: Comment")
    stored = ReviewService(ctx.db).get(setup["review_id"])
    assert stored.strengths is None and stored.kpi_lines[REVENUE].actual == D(21000)
    assert editor.has_changes()


def test_closing_with_unsaved_changes_asks(qtbot, ctx, setup, answer_dialog) -> None:
    editor = open_editor(qtbot, ctx, setup["review_id"])
    qtbot.keyClicks(editor.texts.summary_edit, "Draft thoughts")
    answer_dialog(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    answer_dialog(QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert ReviewService(ctx.db).get(setup["review_id"]).manager_summary is None
