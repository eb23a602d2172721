"""Unexpected errors: one excepthook that logs the traceback and shows a dialog.

Expected errors (validation, conflicts) are shown where they happen; anything
else reaches :func:`install_excepthook`'s hook, is logged with its traceback to
the rotating log file, and is reported with a "Copy details" button so the user
can paste it into a ticket (vorta's habit).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app._version import __version__
from app.ui.error_text import error_text

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class ErrorDialog(QDialog):
    """Says something went wrong, shows the details folded out, and copies them."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.details = details
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(32, 32)
        )
        intro = QLabel(
            self.tr(
                "Outpost ran into a problem it did not expect. Your data is safe; "
                "the details were written to the log file."
            )
        )
        intro.setWordWrap(True)
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.message_label.font()
        font.setBold(True)
        self.message_label.setFont(font)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setMinimumSize(560, 220)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(intro)
        layout.addWidget(self.message_label)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def format_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The text a support ticket needs: version, platform, traceback."""
    lines = traceback.format_exception(exc_type, exc, tb)
    header = f"Outpost {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n\n"
    return header + "".join(lines)


def _parent_window() -> QWidget | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    return app.activeModalWidget() or app.activeWindow()


_installed: ExceptHook | None = None


def install_excepthook() -> ExceptHook:
    """Install the app's one excepthook (again: returns the one already installed)."""
    global _installed
    if _installed is not None and sys.excepthook is _installed:
        return _installed
    previous = sys.excepthook
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        # An error raised while the dialog is up is logged, not stacked on top.
        if showing or not isinstance(QApplication.instance(), QApplication):
            return
        showing = True
        try:
            message = error_text(exc) or exc_type.__name__
            details = format_details(exc_type, exc, tb)
            dialog = ErrorDialog(f"{exc_type.__name__}: {message}", details, _parent_window())
            dialog.exec()
            # The window it was parented to may have gone (and taken the dialog
            # with it) while the dialog was up.
            if shiboken6.isValid(dialog):
                dialog.deleteLater()
        finally:
            showing = False

    sys.excepthook = hook
    _installed = hook
    return hook
