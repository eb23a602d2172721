"""Steps done early ask first, naming the reason; No leaves everything as it was.

Marking a meeting held before it starts, recording actuals for a month not
begun, signing a review before its period ends. Every question is answered
by the test (never left blocking); the clock is fixed through each widget's
``now``/``today``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.enums import MeetingStatus, Metric, ReviewStatus
from app.domain.periods import Period
from app.services.actuals import ActualService
from app.services.base import PageRequest
from app.services.cycles import CycleInput, CycleService
from app.services.one_on_one_records import OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from app.services.reviews import ReviewService
from app.ui.one_on_ones.editor import OneOnOneEditor
from app.ui.reviews.editor import ReviewEditor
from app.ui.targets.actuals_grid import FIRST_MONTH_COLUMN, ActualsGridDialog

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
START = dt.datetime(2026, 10, 27, 7, 0, tzinfo=dt.UTC)  # no manager: shown in UTC


def open_meeting(qtbot, ctx, team, now: dt.datetime) -> tuple[OneOnOneEditor, int]:
    service = OneOnOneService(ctx.db)
    meeting = service.schedule(OneOnOneInput(team["reps"]["Li Wei"].id, START))
    editor = OneOnOneEditor(ctx, meeting.id, now=lambda: now)
    qtbot.addWidget(editor, before_close_func=lambda e: e.load(e.record))
    editor.show()
    return editor, meeting.id


def test_holding_a_meeting_before_it_starts_asks_and_no_changes_nothing(
    qtbot, ctx, team, answer_dialog
) -> None:
    editor, meeting_id = open_meeting(qtbot, ctx, team, START - dt.timedelta(hours=4, minutes=50))
    qtbot.keyClicks(editor.notes_edit, "Prepared")
    seen = answer_dialog(NO)
    qtbot.mouseClick(editor.held_button, Qt.MouseButton.LeftButton)
    assert [s.title for s in seen] == ["Mark held"]
    assert seen[0].text == (
        "This meeting starts at Tue, 27 Oct 2026 07:00 UTC (UTC) (in 5 hours). Mark it held anyway?"
    )
    stored = OneOnOneService(ctx.db).get(meeting_id)
    assert (stored.status, stored.notes, stored.version) == (MeetingStatus.PLANNED, None, 1)
    assert editor.held_button.isEnabled()
    assert editor.notes_edit.toPlainText() == "Prepared"  # the typing is kept

    answer_dialog(YES)
    qtbot.mouseClick(editor.held_button, Qt.MouseButton.LeftButton)
    stored = OneOnOneService(ctx.db).get(meeting_id)
    assert (stored.status, stored.notes) == (MeetingStatus.HELD, "Prepared")


def test_an_hour_ahead_says_one_hour(qtbot, ctx, team, answer_dialog) -> None:
    editor, _id = open_meeting(qtbot, ctx, team, START - dt.timedelta(minutes=20))
    seen = answer_dialog(NO)
    qtbot.mouseClick(editor.held_button, Qt.MouseButton.LeftButton)
    assert seen[0].text.endswith("(in 1 hour). Mark it held anyway?")


def test_holding_a_started_meeting_does_not_ask(qtbot, ctx, team) -> None:
    # No answer is armed: a question here would block (and fail by timeout).
    editor, meeting_id = open_meeting(qtbot, ctx, team, START + dt.timedelta(minutes=5))
    qtbot.mouseClick(editor.held_button, Qt.MouseButton.LeftButton)
    assert OneOnOneService(ctx.db).get(meeting_id).status is MeetingStatus.HELD


def open_grid(qtbot, ctx, team) -> ActualsGridDialog:
    dialog = ActualsGridDialog(
        ctx, team["asia"].id, Metric.REVENUE, 2026, today=lambda: dt.date(2026, 10, 20)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def grid_set(dialog: ActualsGridDialog, month: int, amount: D | None) -> int:
    """Type ``amount`` for the first rep in ``month``; the rep's id."""
    assert dialog.model.setData(dialog.model.index(0, FIRST_MONTH_COLUMN + month - 1), amount)
    return dialog.model.rows[0].rep_id


def stored_months(ctx, rep_id: int) -> dict[int, D]:
    page = ActualService(ctx.db).list_actuals(PageRequest(filters={"rep_id": rep_id}))
    return {a.period_start.month: a.value for a in page.rows}


def test_actuals_for_a_month_not_begun_ask_naming_it(qtbot, ctx, team, answer_dialog) -> None:
    dialog = open_grid(qtbot, ctx, team)
    rep_id = grid_set(dialog, 9, D(100))
    grid_set(dialog, 11, D(200))
    grid_set(dialog, 12, D(300))
    seen = answer_dialog(NO)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [s.title for s in seen] == ["Record actuals"]
    assert seen[0].text.startswith("Nov 2026, Dec 2026 have not begun yet")
    assert seen[0].text.endswith("Record them anyway?")
    # Nothing written, not even September; the typing waits in the grid.
    assert stored_months(ctx, rep_id) == {}
    assert dialog.model.pending() == {rep_id: {9: D(100), 11: D(200), 12: D(300)}}
    assert ctx.undo_stack.count() == 0

    seen = answer_dialog(YES)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen[-1].text.startswith("Nov 2026, Dec 2026 have not begun yet")
    assert stored_months(ctx, rep_id) == {9: D(100), 11: D(200), 12: D(300)}
    dialog.reject()


def test_past_months_and_clearing_a_future_one_do_not_ask(qtbot, ctx, team) -> None:
    dialog = open_grid(qtbot, ctx, team)
    rep_id = grid_set(dialog, 10, D(50))  # the month of "today" has begun
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert stored_months(ctx, rep_id) == {10: D(50)}
    dialog.reject()


def in_review(ctx, team, period: Period) -> int:
    cycle = CycleService(ctx.db).open_cycle(
        CycleInput(
            team["asia"].id,
            "Review",
            "quarterly",
            period.start,
            period.end,
            [{"metric": "revenue", "weight": 100}],
        )
    )
    reviews = ReviewService(ctx.db)
    review = reviews.list_reviews(
        PageRequest(filters={"cycle_id": cycle.id, "rep_id": team["reps"]["Li Wei"].id})
    ).rows[0]
    reviews.submit(review.id, review.version)
    return review.id


def test_signing_before_the_period_ends_names_its_end(qtbot, ctx, team, answer_dialog) -> None:
    review_id = in_review(ctx, team, Period.quarter(2026, 4))
    editor = ReviewEditor(ctx, review_id)
    qtbot.addWidget(editor)
    editor.service.today = lambda: dt.date(2026, 12, 5)
    editor.show()
    seen = answer_dialog(NO)
    qtbot.mouseClick(editor.workflow.sign_button, Qt.MouseButton.LeftButton)
    assert seen[0].text.startswith(
        "The period of this review runs until 31 Dec 2026 and has not ended yet. "
        "Sign the review of Li Wei anyway?"
    )
    stored = ReviewService(ctx.db).get(review_id)
    assert (stored.status, stored.signed_at) == (ReviewStatus.IN_REVIEW, None)
    assert editor.workflow.sign_button.isEnabled()

    answer_dialog(YES)
    qtbot.mouseClick(editor.workflow.sign_button, Qt.MouseButton.LeftButton)
    assert ReviewService(ctx.db).get(review_id).status is ReviewStatus.SIGNED
    editor.close()


def test_signing_after_the_period_asks_the_plain_question(qtbot, ctx, team, answer_dialog) -> None:
    review_id = in_review(ctx, team, Period.quarter(2026, 2))
    editor = ReviewEditor(ctx, review_id)
    qtbot.addWidget(editor)
    editor.service.today = lambda: dt.date(2026, 7, 1)
    editor.show()
    seen = answer_dialog(NO)
    qtbot.mouseClick(editor.workflow.sign_button, Qt.MouseButton.LeftButton)
    assert seen[0].text.startswith("Sign the review of Li Wei? A signed review is locked")
    assert ReviewService(ctx.db).get(review_id).status is ReviewStatus.IN_REVIEW
    editor.close()
