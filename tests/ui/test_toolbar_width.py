"""At 1024×700 the search field stays on screen, Ctrl+F focuses it; undo texts are elided."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QToolButton

from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from app.ui.toolbar import UNDO_TEXT_WIDTH


def open_window(qtbot, ctx: UiContext, width: int = 1024, height: int = 700) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_search_field_is_visible_and_focused_by_ctrl_f_at_1024(qtbot, ctx, team) -> None:
    window = open_window(qtbot, ctx)
    assert window.width() <= 1024
    field = window.search_field
    qtbot.waitUntil(field.isVisible)
    # Wholly inside the window, and wide enough to type in.
    top_left = field.mapTo(window, field.rect().topLeft())
    bottom_right = field.mapTo(window, field.rect().bottomRight())
    assert window.rect().contains(top_left) and window.rect().contains(bottom_right)
    assert field.width() >= field.minimumWidth() >= 100

    window.current_pane().setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(field.hasFocus)
    assert QApplication.focusWidget() is field


def test_search_field_is_visible_at_800_too(qtbot, ctx, team) -> None:
    window = open_window(qtbot, ctx, 800, 600)
    qtbot.waitUntil(window.search_field.isVisible)
    field = window.search_field
    right = field.mapTo(window, field.rect().bottomRight())
    assert window.rect().contains(right)


class _Named(QUndoCommand):
    def redo(self) -> None:  # nothing to do: only the text matters here
        pass

    def undo(self) -> None:
        pass


def test_long_undo_texts_are_elided_in_the_toolbar_whole_in_the_tooltip(qtbot, ctx, team) -> None:
    window = open_window(qtbot, ctx)
    long_text = "Edit target of Zhang Min for 2026 Q3 with a long SMART description"
    ctx.undo_stack.push(_Named(long_text))
    button = window.toolbar.widgetForAction(window.undo_action)
    assert isinstance(button, QToolButton)
    shown = button.text()
    assert shown.endswith("…") and shown.startswith("Undo")
    assert button.fontMetrics().horizontalAdvance(shown) <= UNDO_TEXT_WIDTH
    assert window.undo_action.toolTip() == f"Undo {long_text}"
    assert window.undo_action.text() == f"&Undo {long_text}"

    ctx.undo_stack.undo()
    redo = window.toolbar.widgetForAction(window.redo_action)
    assert redo.text().startswith("Redo") and redo.text().endswith("…")
    assert window.redo_action.toolTip() == f"Redo {long_text}"
    assert button.text() == "Undo"


def test_short_undo_texts_are_shown_whole(qtbot, ctx, team) -> None:
    window = open_window(qtbot, ctx)
    ctx.undo_stack.push(_Named("Delete Li Wei"))
    button = window.toolbar.widgetForAction(window.undo_action)
    assert button.text() == "Undo Delete Li Wei"
