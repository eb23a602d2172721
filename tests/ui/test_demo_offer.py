"""First start on an empty database: the chooser (answered by the test) and the demo load."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCommandLinkButton

from app.services.demo import is_empty
from app.services.team import TeamService
from app.ui.demo_offer import load_demo
from app.ui.first_start import offer_first_start
from app.ui.main_window import MainWindow


def open_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def click(name: str):
    def press(dialog) -> None:
        dialog.findChild(QCommandLinkButton, name).click()

    return press


def test_starting_empty_leaves_the_database_empty(qtbot, ctx, answer_dialog) -> None:
    window = open_window(qtbot, ctx)
    seen = answer_dialog(click("start_empty"))

    assert offer_first_start(ctx, window) is None

    assert [(d.title, d.class_name) for d in seen] == [("Welcome to Outpost", "FirstStartDialog")]
    assert is_empty(ctx.db)


def test_closing_the_chooser_starts_empty(qtbot, ctx, answer_dialog) -> None:
    window = open_window(qtbot, ctx)
    seen = answer_dialog(lambda dialog: dialog.reject())
    assert offer_first_start(ctx, window) is None
    assert len(seen) == 1
    assert is_empty(ctx.db)


def test_no_offer_when_the_database_has_data(qtbot, ctx, team, answer_dialog) -> None:
    window = open_window(qtbot, ctx)
    seen = answer_dialog(click("start_demo"), attempts=0)
    assert offer_first_start(ctx, window) is None
    assert seen == []


@pytest.mark.slow
def test_accepting_loads_demo_data_off_the_ui_thread(qtbot, ctx, answer_dialog) -> None:
    window = open_window(qtbot, ctx)
    pane = window.pane("team")
    assert pane.model.rowCount() == 0
    answer_dialog(click("start_demo"))

    runner = offer_first_start(ctx, window)

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
