"""The target dialogs: the live split preview, errors at the field, single targets."""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import Qt

from app.domain.enums import Metric
from app.domain.periods import Period
from app.services.base import PageRequest
from app.services.targets import TargetService
from app.ui.targets.dialogs import (
    CreateTargetDialog,
    DistributionEditor,
    EditTargetDialog,
    SplitMode,
)


def test_distribution_preview_always_sums_to_the_total(qtbot) -> None:
    editor = DistributionEditor()
    qtbot.addWidget(editor)
    editor.set_total(D("1000.00"), 2027, 2)
    # Even: twelfths of 1000.00 that add up to the cent.
    assert sum(editor.parts) == D("1000.00")
    assert editor.parts[:3] == [D("83.34"), D("83.33"), D("83.33")]

    editor.set_editable(True)
    # Switching to a distribution starts from twelfths adding up to 100.
    assert sum(editor.value()) == 100 and sum(editor.parts) == D("1000.00")
    for month in range(12):
        editor.table.item(0, month).setText("10" if month < 9 else "1")
    assert editor.parts == []
    assert "93 %" in editor.sum_label.text()
    editor.table.item(0, 11).setText("8")
    assert not editor.sum_label.isVisible() or editor.sum_label.text() == ""
    assert sum(editor.parts) == D("1000.00")
    assert editor.value() == [D(10)] * 9 + [D(1), D(1), D(8)]


def test_missing_value_is_shown_at_the_field(qtbot, ctx, team) -> None:
    dialog = CreateTargetDialog(ctx, team["asia"].id, Period.quarter(2026, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    # Opened from a quarter, the dialog proposes that year's split.
    assert dialog.period_field.value() == Period.year(2026)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "required" in dialog.error_text("value")


def test_a_single_quarter_target_in_the_rep_currency(qtbot, ctx, team) -> None:
    li = team["reps"]["Li Wei"]
    dialog = CreateTargetDialog(ctx, team["asia"].id, Period.year(2026))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rep_picker.setValue(li.id)
    dialog.metric_combo.setValue(Metric.REVENUE)
    dialog.period_field.setValue(Period.quarter(2026, 3))
    assert not dialog.split_combo.isEnabled()
    assert dialog.chosen_split() is SplitMode.NONE
    qtbot.keyClicks(dialog.value_edit, "25000")
    qtbot.keyClicks(dialog.description, "Open two distributors in Johor")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    rows = TargetService(ctx.db).list_targets(PageRequest(filters={"rep_id": li.id})).rows
    assert [(r.period, r.value, r.unit, r.smart_description) for r in rows] == [
        (Period.quarter(2026, 3), D(25000), "SGD", "Open two distributors in Johor")
    ]

    edit = EditTargetDialog(ctx, rows[0])
    qtbot.addWidget(edit)
    edit.show()
    edit.value_edit.clear()
    qtbot.keyClicks(edit.value_edit, "-5")  # the validator refuses the sign
    assert edit.value_edit.text() == "5"
    qtbot.mouseClick(edit.ok_button, Qt.MouseButton.LeftButton)
    assert TargetService(ctx.db).get_target(rows[0].id).value == D(5)
