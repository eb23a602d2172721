"""The Reviews pane driven like a manager: open a cycle, browse it, close it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event

from app.domain.enums import Metric, RepStatus, ReviewStatus
from app.domain.periods import Period
from app.services.actuals import ActualInput, ActualService
from app.services.attainment import AttainmentService
from app.services.base import PageRequest
from app.services.cycles import CycleInput, CycleService
from app.services.reviews import ReviewService
from app.services.targets import TargetInput, TargetService
from app.ui.reviews.cycle_dialog import OpenCycleDialog
from app.ui.reviews.editor import ReviewEditor
from app.ui.reviews.pane import ReviewsPane
from tests.services.factories import make_rep
from tests.ui.conftest import bulk_reps
from tests.ui.dialog_answers import answer_each, answering

Q2 = Period.quarter(2026, 2)
TEMPLATE = [
    {"metric": "revenue", "weight": 50},
    {"metric": "new_customers", "weight": 20},
    {"metric": "csat", "weight": 20},
    {"metric": "visits", "weight": 10},
]


def _month(m: int) -> tuple[dt.date, dt.date]:
    period = Period.month(2026, m)
    return period.start, period.end


@pytest.fixture
def figures(ctx, team) -> dict[str, object]:
    """Q2 targets and actuals for Li Wei and Zhang Min; an inactive rep in the region."""
    targets, actuals = TargetService(ctx.db), ActualService(ctx.db)
    li, zhang = team["reps"]["Li Wei"], team["reps"]["Zhang Min"]
    targets.create_target(TargetInput(li.id, Metric.REVENUE, Q2, D(30000), "SGD"))
    targets.create_target(TargetInput(li.id, Metric.VISITS, Q2, D(30), "visits"))
    for m in (4, 5, 6):
        targets.create_target(TargetInput(li.id, Metric.CSAT, Period.month(2026, m), D(90), "%"))
    for m, revenue, csat in ((4, 9000, 85), (5, 12000, 95)):
        actuals.create_actual(ActualInput(li.id, Metric.REVENUE, *_month(m), D(revenue), "SGD"))
        actuals.create_actual(ActualInput(li.id, Metric.CSAT, *_month(m), D(csat), "%"))
    actuals.create_actual(ActualInput(li.id, Metric.VISITS, *_month(4), D(24), "visits"))
    targets.create_target(TargetInput(zhang.id, Metric.REVENUE, Q2, D(20000), "MYR"))
    actuals.create_actual(ActualInput(zhang.id, Metric.REVENUE, *_month(6), D(25000), "MYR"))
    make_rep(ctx.db, team["asia"].id, name="Old Hand", status=RepStatus.INACTIVE)
    return team


def make_pane(qtbot, ctx, region_id: int | None) -> ReviewsPane:
    pane = ReviewsPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1300, 800)
    # As the window does: region and period first (nothing is read while hidden), then show.
    pane.set_region(region_id)
    pane.set_period(Q2)
    pane.show()
    return pane


def open_cycle(ctx, region_id: int, name: str = "2026 Q2 review"):
    return CycleService(ctx.db).open_cycle(
        CycleInput(region_id, name, "quarterly", Q2.start, Q2.end, TEMPLATE)
    )


def shown(pane: ReviewsPane, key: str) -> list[str]:
    column = pane.model.column_index(key)
    return [pane.model.index(r, column).data() for r in range(pane.model.rowCount())]


def click_row(qtbot, pane: ReviewsPane, row: int) -> None:
    rect = pane.view.visualRect(pane.model.index(row, 0))
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_open_a_cycle_from_the_pane(qtbot, qtmodeltester, ctx, figures, answer_dialog) -> None:
    asia = figures["asia"]
    pane = make_pane(qtbot, ctx, asia.id)
    assert pane.cycle_combo.count() == 0
    assert "No review cycle yet" in pane.period_label.text()
    assert not pane.close_button.isEnabled() and pane.open_button.isEnabled()
    filled: dict[str, object] = {}

    def fill(dialog) -> None:
        assert isinstance(dialog, OpenCycleDialog)
        filled["name"] = dialog.name_edit.text()
        filled["period"] = (dialog.start_edit.value(), dialog.end_edit.value())
        filled["template"] = dialog.template.rows()
        filled["total"] = dialog.template.total_label.text()
        filled["intro"] = dialog.intro.text()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.is_running()  # the worker opens it; the dialog closes when done

    answer_dialog(answering(fill))
    qtbot.mouseClick(pane.open_button, Qt.MouseButton.LeftButton)

    assert filled["name"] == "2026 Q2 review"
    assert filled["period"] == (Q2.start, Q2.end)
    assert filled["template"] == [
        (Metric.REVENUE, D(50)),
        (Metric.NEW_CUSTOMERS, D(20)),
        (Metric.CSAT, D(20)),
        (Metric.VISITS, D(10)),
    ]
    assert filled["total"] == "Total: 100 %"
    assert "3 active reps" in str(filled["intro"])
    # The pane shows the new cycle and its drafts, one per active rep of the region.
    assert pane.cycle_combo.currentText() == "2026 Q2 review (Open)"
    qtmodeltester.check(pane.model)
    assert shown(pane, "rep_name") == ["Li Wei", "Wang Fang", "Zhang Min"]
    assert shown(pane, "rep_name_zh") == ["李伟", "王芳", "张敏"]
    assert set(shown(pane, "status")) == {"Draft"}
    assert "Draft: 3" in pane.counts_label.text() and "Total: 3" in pane.counts_label.text()
    assert pane.drafts_label.text() == "Still draft: Li Wei, Wang Fang, Zhang Min"
    assert "Revenue 50 %, New customers 20 %, CSAT 20 %, Visits 10 %" in (
        pane.template_label.text()
    )

    # Every draft's KPI lines hold what the attainment views show for the rep and period.
    service, attainment = ReviewService(ctx.db), AttainmentService(ctx.db)
    metrics = [Metric(t["metric"]) for t in TEMPLATE]
    for row in range(pane.model.rowCount()):
        review = service.get(pane.model.record(row).id)
        expected = attainment.rep_attainment(review.rep_id, Q2, metrics)
        assert [
            (line.metric, line.weight, line.target, line.actual, line.unit, line.attainment)
            for line in review.kpi_lines
        ] == [
            (e.metric, D(t["weight"]), e.target, e.actual, e.unit, e.attainment)
            for e, t in zip(expected, TEMPLATE, strict=True)
        ]
    li = service.get(pane.model.record(0).id)
    revenue, new_customers, csat, visits = li.kpi_lines
    assert (revenue.target, revenue.actual, revenue.attainment) == (D(30000), D(21000), D("70.0"))
    assert (csat.target, csat.actual, csat.attainment) == (D(90), D(90), D("100.0"))
    assert (visits.target, visits.actual, visits.score) == (D(30), D(24), D(2))
    assert new_customers.target is None and new_customers.score is None
    zhang = service.get(pane.model.record(2).id)
    assert (zhang.kpi_lines[0].target, zhang.kpi_lines[0].actual) == (D(20000), D(25000))
    assert zhang.kpi_lines[0].unit == "MYR" and zhang.weighted_score == D(5)


def test_template_errors_are_shown_at_the_field(qtbot, ctx, figures) -> None:
    asia = figures["asia"]
    dialog = OpenCycleDialog(ctx, asia.id, Period.month(2026, 5))
    qtbot.addWidget(dialog)
    dialog.show()
    # A month in the window proposes its quarter.
    assert (dialog.start_edit.value(), dialog.end_edit.value()) == (Q2.start, Q2.end)
    csat = dialog.template.weight_edit(2)
    csat.clear()
    qtbot.keyClicks(csat, "30")
    assert dialog.template.total_label.text() == "Total: 110 % (must be 100 %)"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "add up to 110 %" in dialog.error_text("kpi_template")

    # Removing CSAT and adding it back with 20 % makes 100 again, but listed twice is refused.
    qtbot.mouseClick(dialog.template.remove_button(2), Qt.MouseButton.LeftButton)
    assert [m for m, _w in dialog.template.rows()] == [
        Metric.REVENUE,
        Metric.NEW_CUSTOMERS,
        Metric.VISITS,
    ]
    qtbot.mouseClick(dialog.template.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("kpi_template") == ""  # cleared by the edit
    row = dialog.template.table.rowCount() - 1
    assert dialog.template.metric_combo(row).value() is Metric.ACTIVE_CUSTOMERS  # first unused
    qtbot.keyClicks(dialog.template.weight_edit(row), "20")
    assert dialog.template.total_label.text() == "Total: 100 %"
    combo = dialog.template.metric_combo(row)
    qtbot.keyClicks(combo, "Visits")
    assert combo.value() is Metric.VISITS
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("kpi_template") == "Visits is listed twice"

    qtbot.keyClick(combo, Qt.Key.Key_Up)  # CSAT is just above Visits
    assert combo.value() is Metric.CSAT
    dialog.end_edit.setValue(dt.date(2026, 3, 1))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("period_end") == "The period ends before it starts"
    dialog.end_edit.setValue(Q2.end)

    # A name the region already uses is refused by the service, at the name.
    open_cycle(ctx, asia.id)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running())
    assert "already used" in dialog.error_text("name")
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert len(CycleService(ctx.db).list_cycles(asia.id)) == 1
    dialog.reject()


def test_opening_a_big_cycle_runs_off_the_ui_thread(qtbot, ctx, team) -> None:
    gulf = team["gulf"]
    bulk_reps(ctx.db, gulf, 300)
    dialog = OpenCycleDialog(ctx, gulf.id, Q2)
    qtbot.addWidget(dialog)
    dialog.show()
    changed: list[str] = []
    ctx.bus.changed.connect(changed.append)
    with qtbot.waitSignal(dialog.opened, timeout=60_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        # Back in the event loop at once: the worker writes, the form waits.
        assert dialog.is_running() and not dialog.ok_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == dialog.DialogCode.Accepted
    assert changed == ["cycles", "reviews"]
    summary = CycleService(ctx.db).cycle_summary(dialog.result_value.id)
    assert summary.counts[ReviewStatus.DRAFT] == 303


def test_close_cycle_refused_while_drafts_remain(qtbot, ctx, figures, answer_dialog) -> None:
    asia = figures["asia"]
    cycle = open_cycle(ctx, asia.id)
    pane = make_pane(qtbot, ctx, asia.id)
    assert pane.close_button.isEnabled()

    seen = answer_each(answer_dialog, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(pane.close_button, Qt.MouseButton.LeftButton)
    assert [d.text for d in seen] == [
        "Close the review cycle “2026 Q2 review”?",
        "Cannot close '2026 Q2 review': 3 reviews are still draft (Li Wei, Wang Fang, Zhang Min).",
    ]
    assert CycleService(ctx.db).get_cycle(cycle.id).status.value == "open"

    service = ReviewService(ctx.db)
    for review in service.list_reviews(PageRequest(filters={"cycle_id": cycle.id})).rows:
        service.submit(review.id, review.version)
    ctx.bus.emit_changed("reviews")
    qtbot.waitUntil(lambda: "In review: 3" in pane.counts_label.text())
    assert pane.drafts_label.text() == "No drafts left: the cycle can be closed."
    assert set(shown(pane, "status")) == {"In review"}

    answer_each(answer_dialog, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(pane.close_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 3
    assert CycleService(ctx.db).get_cycle(cycle.id).status.value == "closed"
    assert pane.cycle_combo.currentText() == "2026 Q2 review (Closed)"
    assert not pane.close_button.isEnabled()
    assert pane.drafts_label.text().startswith("Closed on ")


def test_cycles_newest_first_search_open_item_and_editor(
    qtbot, ctx, figures, answer_dialog
) -> None:
    asia = figures["asia"]
    older = CycleService(ctx.db).open_cycle(
        CycleInput(
            asia.id,
            "2026 Q1 review",
            "quarterly",
            dt.date(2026, 1, 1),
            Q2.start - dt.timedelta(days=1),
            TEMPLATE,
        )
    )
    newer = open_cycle(ctx, asia.id)
    open_cycle(ctx, figures["gulf"].id, "Gulf Q2")
    pane = make_pane(qtbot, ctx, asia.id)
    assert [pane.cycle_combo.itemText(i) for i in range(pane.cycle_combo.count())] == [
        "2026 Q2 review (Open)",
        "2026 Q1 review (Open)",
    ]
    assert pane.cycle_id() == newer.id

    # The window's search filters the reps in SQL, Latin or Chinese name.
    pane.set_search("张")
    assert shown(pane, "rep_name") == ["Zhang Min"]
    # open_item finds a review of the other cycle, hidden by the search too.
    target = (
        ReviewService(ctx.db)
        .list_reviews(
            PageRequest(filters={"cycle_id": older.id, "rep_id": figures["reps"]["Wang Fang"].id})
        )
        .rows[0]
    )
    pane.open_item(target.id)
    assert pane.cycle_id() == older.id
    assert pane.selected_id() == target.id
    assert "Wang Fang" in pane.preview.toPlainText()

    # Enter opens the selected review in the editor (modal; the test closes it).
    opened: list[int] = []

    def look(dialog) -> None:
        assert isinstance(dialog, ReviewEditor)
        opened.append(dialog.review_id)
        dialog.reject()

    answer_dialog(answering(look))
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    assert opened == [target.id]

    # Every region: cycles named with their region; opening one needs a region.
    pane.set_region(None)
    labels = [pane.cycle_combo.itemText(i) for i in range(pane.cycle_combo.count())]
    assert "Gulf · Gulf Q2 (Open)" in labels and len(labels) == 3
    assert not pane.open_button.isEnabled()


def test_pane_opens_in_a_constant_number_of_queries(qtbot, ctx, team) -> None:
    def count_for(region) -> int:
        open_cycle(ctx, region.id, f"cycle {region.id}")
        statements: list[str] = []
        listener = lambda *args: statements.append(args[2])  # noqa: E731
        event.listen(ctx.db.engine, "before_cursor_execute", listener)
        try:
            pane = make_pane(qtbot, ctx, region.id)
            assert pane.model.rowCount() > 0
        finally:
            event.remove(ctx.db.engine, "before_cursor_execute", listener)
        pane.close()
        return len(statements)

    small = count_for(team["asia"])
    bulk_reps(ctx.db, team["gulf"], 150)
    assert count_for(team["gulf"]) == small <= 10


def test_column_widths_and_splitter_are_kept(qtbot, ctx, figures) -> None:
    open_cycle(ctx, figures["asia"].id)
    pane = make_pane(qtbot, ctx, figures["asia"].id)
    pane.view.setColumnWidth(0, 233)
    pane.splitter.setSizes([700, 500])
    sizes = pane.splitter.sizes()
    pane.save_state()
    again = make_pane(qtbot, ctx, figures["asia"].id)
    assert again.view.columnWidth(0) == 233
    assert again.splitter.sizes() == sizes
