"""The Targets pane driven like a manager: browse, sort, search, chart, create, record, undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.domain.enums import Metric, PeriodKind
from app.domain.periods import Period
from app.domain.splitting import split_year
from app.services.base import PageRequest
from app.services.demo import generate_demo
from app.services.target_rows import TargetRowService
from app.services.targets import TargetService
from app.services.team import TeamService
from app.ui.editors import AmountEdit
from app.ui.targets.actuals_grid import ActualsGridDialog
from app.ui.targets.dialogs import CreateTargetDialog, EditTargetDialog, Scope, SplitMode
from app.ui.targets.pane import TargetsPane

TODAY = dt.date(2026, 11, 15)
Q4 = Period.quarter(2026, 4)


@pytest.fixture
def demo(ctx):
    generate_demo(ctx.db, reps=12, years=1, today=TODAY)
    region = TeamService(ctx.db).list_regions()[0]
    return region


def make_pane(qtbot, ctx, region, period=Q4) -> TargetsPane:
    pane = TargetsPane(ctx)
    qtbot.addWidget(pane)
    pane.today = lambda: TODAY
    pane.resize(1300, 800)
    pane.show()
    pane.set_region(region.id)
    pane.set_period(period)
    return pane


def shown(pane: TargetsPane, key: str) -> list[str]:
    column = pane.model.column_index(key)
    return [pane.model.index(r, column).data() for r in range(pane.model.rowCount())]


def service_rows(ctx, region, period=Q4, **kw):
    service = TargetRowService(ctx.db, today=lambda: TODAY)
    filters = {"region_id": region.id, "period": period} | kw.pop("filters", {})
    return service.list_rows(PageRequest(filters=filters, **kw))


def click_header(qtbot, pane: TargetsPane, key: str) -> None:
    header = pane.view.horizontalHeader()
    section = pane.model.column_index(key)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def click_row(qtbot, pane: TargetsPane, row: int) -> None:
    rect = pane.view.visualRect(pane.model.index(row, 0))
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_pane_shows_the_region_targets_of_the_period(qtbot, qtmodeltester, ctx, demo) -> None:
    pane = make_pane(qtbot, ctx, demo)
    qtmodeltester.check(pane.model)

    expected = service_rows(ctx, demo)
    assert pane.model.total == expected.total > 0
    assert set(shown(pane, "period")) == {"2026 Q4"}
    assert shown(pane, "rep_name") == [r.rep_name for r in expected.rows]
    assert pane.count_label.text() == f"Targets: {expected.total}"
    # Attainment cells are coloured by band.
    column = pane.model.column_index("attainment")
    for i, row in enumerate(expected.rows):
        brush = pane.model.index(i, column).data(Qt.ItemDataRole.BackgroundRole)
        assert (brush is None) == (row.attainment is None)

    pane.set_period(Period.year(2026))
    assert set(shown(pane, "period")) == {"2026"}


def test_sorting_by_attainment_matches_the_database(qtbot, ctx, demo) -> None:
    pane = make_pane(qtbot, ctx, demo)
    click_header(qtbot, pane, "attainment")
    ascending = service_rows(ctx, demo, sort="attainment")
    assert pane.model.request.sort == "attainment"
    assert shown(pane, "attainment") == [
        f"{r.attainment} %" if r.attainment is not None else "" for r in ascending.rows
    ]
    click_header(qtbot, pane, "attainment")
    descending = service_rows(ctx, demo, sort="attainment", descending=True)
    assert [pane.model.record(i).id for i in range(pane.model.rowCount())] == [
        r.id for r in descending.rows
    ]
    values = [r.attainment for r in descending.rows if r.attainment is not None]
    assert values == sorted(values, reverse=True)


def test_search_and_metric_filter(qtbot, ctx, demo) -> None:
    pane = make_pane(qtbot, ctx, demo)
    first = pane.model.record(0)
    pane.set_search(first.rep_name)
    assert set(shown(pane, "rep_name")) == {first.rep_name}
    pane.set_search(first.rep_name_zh or "")
    assert set(shown(pane, "rep_name")) == {first.rep_name}
    pane.set_search("")

    pane.metric_filter.setCurrentIndex(pane.metric_filter.findData("visits"))
    assert pane.model.total == service_rows(ctx, demo, filters={"metric": "visits"}).total
    assert {pane.model.record(i).metric for i in range(pane.model.rowCount())} == {Metric.VISITS}


def test_selecting_a_row_draws_the_months_chart(qtbot, ctx, demo) -> None:
    pane = make_pane(qtbot, ctx, demo)
    assert len(pane.chart.axes.patches) == 0
    click_row(qtbot, pane, 0)
    record = pane.model.record(0)
    assert pane.has_selection()
    # Twelve target bars and the actual bars of January to November.
    assert len(pane.chart.axes.patches) == 12 + 11
    assert record.rep_name in pane.chart.axes.get_title(loc="left")


def test_create_a_year_for_every_rep_with_a_distribution_then_undo(
    qtbot, ctx, demo, answer_dialog
) -> None:
    pane = make_pane(qtbot, ctx, demo, Period.year(2027))
    assert pane.model.total == 0
    percentages = ["5", "5", "10", "10", "5", "5", "10", "10", "5", "5", "10", "20"]

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CreateTargetDialog)
        dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData(Scope.REGION))
        dialog.metric_combo.setValue(Metric.VISITS)
        dialog.split_combo.setCurrentIndex(dialog.split_combo.findData(SplitMode.DISTRIBUTION))
        qtbot.keyClicks(dialog.value_edit, "1000")
        table = dialog.distribution.table
        for month, pct in enumerate(percentages):
            table.item(0, month).setText(pct)
        assert dialog.distribution.parts[-1] == D(200)
        assert not dialog.distribution.sum_label.isVisible()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_dialog(fill)
    with qtbot.waitSignal(ctx.bus.changed):
        pane.create()

    reps = [
        r
        for r in TeamService(ctx.db).list_reps(PageRequest(filters={"region_id": demo.id})).rows
        if r.status != "inactive"
    ]
    assert pane.model.total == len(reps)
    targets = TargetService(ctx.db)
    expected = split_year(D(1000), 2027, [D(p) for p in percentages], places=0)
    for rep in reps:
        rows = targets.list_targets(
            PageRequest(
                limit=100,
                filters={"rep_id": rep.id, "metric": "visits", "period": Period.year(2027)},
                sort="period_start",
            )
        ).rows
        months = [r.value for r in rows if r.period.kind is PeriodKind.MONTH]
        quarters = [r.value for r in rows if r.period.kind is PeriodKind.QUARTER]
        assert months == [amount for _p, amount in expected.months]
        assert sum(months) == sum(quarters) == D(1000)

    ctx.undo_stack.undo()
    assert pane.model.total == 0
    assert targets.list_targets(PageRequest(filters={"period": Period.year(2027)})).total == 0
    ctx.undo_stack.redo()
    assert pane.model.total == len(reps)


def test_record_actuals_in_the_grid_changes_attainment(qtbot, ctx, demo, answer_dialog) -> None:
    pane = make_pane(qtbot, ctx, demo, Period.month(2026, 12))
    # The last day of the year: December's actuals count "to date".
    pane.today = lambda: dt.date(2026, 12, 31)
    pane.metric_filter.setCurrentIndex(pane.metric_filter.findData("revenue"))
    before = {
        pane.model.record(i).rep_id: pane.model.record(i) for i in range(pane.model.rowCount())
    }
    assert all(r.actual is None for r in before.values())  # December lies ahead

    def type_december(dialog: QDialog) -> None:
        assert isinstance(dialog, ActualsGridDialog)
        model = dialog.model
        row = next(i for i, r in enumerate(model.rows) if r.rep_id in before)
        index = model.index(row, model.columnCount() - 3)  # December
        dialog.view.setCurrentIndex(index)
        dialog.view.edit(index)
        editor = dialog.view.findChild(AmountEdit)
        qtbot.keyClicks(editor, "12345.5")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        # The delegate commits on the next turn of the event loop.
        qtbot.waitUntil(lambda: bool(model.pending()))
        assert model.pending() == {model.rows[row].rep_id: {12: D("12345.5")}}
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert model.pending() == {}
        type_december.rep_id = model.rows[row].rep_id
        dialog.reject()

    answer_dialog(type_december)
    qtbot.mouseClick(pane.record_button, Qt.MouseButton.LeftButton)

    rep_id = type_december.rep_id
    after = next(
        pane.model.record(i)
        for i in range(pane.model.rowCount())
        if pane.model.record(i).rep_id == rep_id
    )
    assert after.actual == D("12345.5")
    assert after.attainment is not None and after.attainment > 0

    ctx.undo_stack.undo()
    again = next(
        pane.model.record(i)
        for i in range(pane.model.rowCount())
        if pane.model.record(i).rep_id == rep_id
    )
    assert again.actual is None


def test_edit_then_delete_the_selected_target_and_undo(qtbot, ctx, demo, answer_dialog) -> None:
    pane = make_pane(qtbot, ctx, demo, Period.month(2026, 3))
    click_row(qtbot, pane, 0)
    chosen = pane.selected_record()

    def change_value(dialog: QDialog) -> None:
        assert isinstance(dialog, EditTargetDialog)
        dialog.value_edit.clear()
        qtbot.keyClicks(dialog.value_edit, "777")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_dialog(change_value)
    pane.edit_selected()
    targets = TargetService(ctx.db)
    assert targets.get_target(chosen.id).value == D(777)
    assert pane.selected_record().value == D(777)
    ctx.undo_stack.undo()
    assert targets.get_target(chosen.id).value == chosen.value

    answer_dialog(QMessageBox.StandardButton.Yes)
    pane.delete_selected()
    assert pane.model.row_of_id(chosen.id) is None
    ctx.undo_stack.undo()
    rows = service_rows(ctx, demo, Period.month(2026, 3), search=chosen.rep_name)
    restored = [r for r in rows.rows if r.metric == chosen.metric]
    assert [(r.value, r.unit) for r in restored] == [(chosen.value, chosen.unit)]
