"""Help → Keyboard shortcuts: read from the window's actions, so the list cannot go stale.

Every QAction under the window (its own, the menus', the panes') that has a
shortcut is listed with its keys and what it does: the action's status tip
(the key suffix :func:`app.ui.toolbar.make_action` adds taken off), else its
text without mnemonics. Both are already translated where the action was made.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Shortcut:
    keys: str  # e.g. "Ctrl+Shift+Z, Ctrl+Y"
    description: str


def plain_text(text: str) -> str:
    """An action's text without mnemonic ampersands ("&Undo" → "Undo", "&&" → "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_text(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(sequence.toString(native) for sequence in action.shortcuts())


def description(action: QAction) -> str:
    """What the action does, in the words its status tip or its text uses."""
    tip = action.statusTip().strip()
    suffix = f" ({key_text(action)})"
    if tip.endswith(suffix):
        tip = tip[: -len(suffix)]
    return tip or plain_text(action.text())


def window_shortcuts(window: QWidget) -> list[Shortcut]:
    """Each action with a shortcut under ``window``, once, in the order they were made."""
    seen: set[int] = set()
    found: list[Shortcut] = []
    for action in window.findChildren(QAction):
        if not action.shortcuts() or id(action) in seen:
            continue
        seen.add(id(action))
        found.append(Shortcut(key_text(action), description(action)))
    return found


class ShortcutsDialog(QDialog):
    """A two-column table: keys, and what they do."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 420)
        self.shortcuts = window_shortcuts(window)

        self.table = QTableWidget(len(self.shortcuts), 2, self)
        self.table.setObjectName("shortcut_table")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, shortcut in enumerate(self.shortcuts):
            self.table.setItem(row, 0, QTableWidgetItem(shortcut.keys))
            self.table.setItem(row, 1, QTableWidgetItem(shortcut.description))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Enter and double-click are handled by each table, not by an action (see
        # app/ui/toolbar.py), so they are said here rather than listed.
        note = QLabel(
            self.tr(
                "In a table, Enter or a double-click opens the selected row; "
                "in a dialog, Esc closes it without saving."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
