"""First start on an empty database: the demo offer is answered by the test."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.demo import is_empty
from app.services.team import TeamService
from app.ui.demo_offer import load_demo, offer_demo
from app.ui.main_window import MainWindow


def open_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_declining_leaves_the_database_empty(qtbot, ctx, answer_dialog) -> None:
    window = open_window(qtbot, ctx)
    seen = answer_dialog(QMessageBox.StandardButton.No)

    assert offer_demo(ctx, window) is None

    assert [d.text for d in seen] == ["This database is empty. Load demo data?"]
    assert is_empty(ctx.db)


def test_no_offer_when_the_database_has_data(qtbot, ctx, team, answer_dialog) -> None:
    window = open_window(qtbot, ctx)
    seen = answer_dialog(QMessageBox.StandardButton.Yes, attempts=0)
    assert offer_demo(ctx, window) is None
    assert seen == []


@pytest.mark.slow
def test_accepting_loads_demo_data_off_the_ui_thread(qtbot, ctx, answer_dialog) -> None:
    window = open_window(qtbot, ctx)
    pane = window.pane("team")
    assert pane.model.rowCount() == 0
    answer_dialog(QMessageBox.StandardButton.Yes)

    runner = offer_demo(ctx, window)

    assert runner is not None
    with qtbot.waitSignal(runner.finished, timeout=300_000):
        pass
    total = TeamService(ctx.db).list_reps().total
    assert total >= 40
    # The pane learnt about the new reps through the change bus, not by being told.
    assert pane.model.total == total
    assert window.region_selector.count() > 1


def test_cancelling_the_load_writes_nothing(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    runner = load_demo(ctx, window)
    # Cancel from the worker's own progress report, as the Cancel button would.
    runner.progressed.connect(lambda *_: runner.cancel())
    outcome: list[str] = []
    runner.cancelled.connect(lambda: outcome.append("cancelled"))
    runner.succeeded.connect(lambda _: outcome.append("succeeded"))

    with qtbot.waitSignal(runner.finished, timeout=300_000):
        pass

    assert outcome == ["cancelled"]
    assert is_empty(ctx.db)
    assert window.statusBar().currentMessage() == "Loading demo data was cancelled."
