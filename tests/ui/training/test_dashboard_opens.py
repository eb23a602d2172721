"""Overdue and due-soon training on the dashboard opens the Training pane on that row."""

from __future__ import annotations

import datetime as dt

from app.services.demo import generate_demo
from app.ui.main_window import MainWindow
from tests.ui.dashboard.test_pane import click_row


def test_a_dashboard_training_entry_opens_its_row(qtbot, ctx) -> None:
    generate_demo(ctx.db, reps=12, years=1, today=dt.date.today())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    dashboard = window.pane("dashboard")
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        window.show()
    overview = dashboard.overview
    assert overview is not None and overview.training_total >= len(overview.training) > 0
    assert dashboard.training.rowCount() == len(overview.training)
    # Pick an entry far down the list: the pane must fetch and select it.
    row = len(overview.training) - 1
    entry = overview.training[row]
    dashboard.training.scrollToItem(dashboard.training.item(row, 0))
    click_row(qtbot, dashboard.training, row)

    training = window.current_pane()
    assert training.key == "training"
    assert training.selected_id() == entry.id
    record = training.selected_record()
    assert record.rep_id == entry.rep_id and record.due_date == entry.due_date
    # Overdue entries are red on the dashboard.
    late = next(r for r, e in enumerate(overview.training) if e.days_left < 0)
    assert dashboard.training.item(late, 3).foreground().color().name() == "#c0392b"
