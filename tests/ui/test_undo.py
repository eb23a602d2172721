"""Ctrl+Z / redo in the window take back and repeat service writes; the database follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.errors import NotFoundError
from app.services.team import RepRecord, TeamService
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from app.ui.team.pane import TeamPane
from app.ui.undo import push_change
from tests.services.factories import make_region, rep_input


@pytest.fixture(autouse=True)
def team_pane_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.ui.main_window.PANES", [TeamPane])


def open_window(qtbot, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def create_rep_undoably(ctx: UiContext, window: MainWindow, region_id: int) -> dict[str, RepRecord]:
    """What a pane does after creating a rep: the change first, then how to undo it."""
    service = TeamService(ctx.db)
    data = rep_input(region_id, name="Sun Li", name_zh="孙丽")
    current = {"rep": service.create_rep(data)}

    def undo() -> None:
        service.delete_rep(current["rep"].id, current["rep"].version)

    def redo() -> None:
        current["rep"] = service.create_rep(data)

    push_change(ctx, "Create rep Sun Li", undo, redo, ("reps",), window)
    return current


def rep_names(ctx: UiContext) -> list[str]:
    return [r.name for r in TeamService(ctx.db).list_reps().rows]


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(window.pane("team").view, key, modifiers)


CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_ctrl_z_deletes_the_created_rep_and_redo_creates_it_again(qtbot, ctx) -> None:
    region = make_region(ctx.db)
    window = open_window(qtbot, ctx)
    assert not window.undo_action.isEnabled()
    current = create_rep_undoably(ctx, window, region.id)
    first_id = current["rep"].id
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Create rep Sun Li"
    assert rep_names(ctx) == ["Sun Li"]

    with qtbot.waitSignal(ctx.bus.changed) as announced:
        press(qtbot, window, Qt.Key.Key_Z, CTRL)

    assert announced.args == ["reps"]
    assert rep_names(ctx) == []
    with pytest.raises(NotFoundError):
        TeamService(ctx.db).get_rep(first_id)
    assert window.redo_action.isEnabled()

    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert rep_names(ctx) == ["Sun Li"]
    assert window.pane("team").model.rowCount() == 1

    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert rep_names(ctx) == []
    press(qtbot, window, Qt.Key.Key_Y, CTRL)
    assert rep_names(ctx) == ["Sun Li"]
    assert TeamService(ctx.db).get_rep(current["rep"].id).name_zh == "孙丽"


def test_the_edit_menu_and_toolbar_offer_undo_and_redo(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert window.undo_action in edit_menu.actions()
    assert window.redo_action in edit_menu.actions()
    assert window.toolbar.widgetForAction(window.undo_action) is not None
    assert window.toolbar.widgetForAction(window.redo_action) is not None


def test_a_stale_undo_is_refused_and_dropped(qtbot, ctx, answer_dialog) -> None:
    region = make_region(ctx.db)
    window = open_window(qtbot, ctx)
    current = create_rep_undoably(ctx, window, region.id)
    rep = current["rep"]
    # Someone edits the rep after this session created it.
    TeamService(ctx.db).update_rep(
        rep.id, rep_input(region.id, name="Sun Li-Hua", email=rep.email), rep.version
    )
    seen = answer_dialog(QMessageBox.StandardButton.Ok)

    window.undo_action.trigger()

    assert seen[0].title == "Create rep Sun Li"
    assert "changed by someone else" in seen[0].text
    assert rep_names(ctx) == ["Sun Li-Hua"]
    assert ctx.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()
