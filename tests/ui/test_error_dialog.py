"""The one excepthook: logs the traceback, shows a dialog whose details can be copied."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.application import setup_logging
from app.ui.error_dialog import ErrorDialog, install_excepthook


def test_copy_details_puts_the_traceback_on_the_clipboard(qtbot) -> None:
    dialog = ErrorDialog("ValueError: nope", "Traceback (most recent call last):\n  ...")
    qtbot.addWidget(dialog)
    QApplication.clipboard().clear()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)

    assert QApplication.clipboard().text().startswith("Traceback (most recent call last):")
    assert dialog.copy_button.text() == "Copied"


def test_excepthook_logs_and_shows_the_dialog(qtbot, monkeypatch, ui_paths) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handler = setup_logging(ui_paths)
    try:
        hook = install_excepthook()
        assert install_excepthook() is hook
        assert sys.excepthook is hook

        shown: list[tuple[str, str]] = []

        def copy_and_close(dialog: ErrorDialog) -> int:
            # The user's side of exec(), without a nested event loop that another
            # test's leftover timers or windows could reach into.
            shown.append((dialog.windowTitle(), dialog.message_label.text()))
            dialog.copy_button.click()
            dialog.close_button.click()
            return 0

        monkeypatch.setattr(ErrorDialog, "exec", copy_and_close)
        try:
            _ = {}["missing-key"]
        except KeyError as exc:
            hook(type(exc), exc, exc.__traceback__)

        assert shown == [("Unexpected error", "KeyError: 'missing-key'")]
        copied = QApplication.clipboard().text()
        assert "Traceback (most recent call last)" in copied
        assert "test_excepthook_logs_and_shows_the_dialog" in copied
        handler.flush()
        logged = (ui_paths.logs / "outpost.log").read_text(encoding="utf-8")
        assert "unexpected error" in logged and "KeyError: 'missing-key'" in logged
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
