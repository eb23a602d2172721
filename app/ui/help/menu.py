"""The main window's Help menu: its actions, and one dialog of each kind kept for reuse.

A help dialog is not modal (the shortcuts or the guide can stay open beside the
pane they explain); choosing the entry again brings the open one to the front.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from app.ui.context import UiContext
from app.ui.help.about import AboutDialog
from app.ui.help.data_folder import DataFolderDialog
from app.ui.help.guide import GuideDialog
from app.ui.help.shortcuts import ShortcutsDialog


class HelpMenu(QObject):
    """Fills ``menu`` with the help entries and opens their dialogs over ``window``."""

    def __init__(self, window: QMainWindow, ctx: UiContext, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.dialogs: dict[str, QDialog] = {}
        self.shortcuts_action = self._action(
            "shortcuts_action",
            self.tr("&Keyboard shortcuts"),
            self.tr("List the keyboard shortcuts"),
            lambda: ShortcutsDialog(window),
            [
                QKeySequence(Qt.Key.Key_F1),
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Slash),
            ],
        )
        self.guide_action = self._action(
            "guide_action",
            self.tr("&Quick guide"),
            self.tr("What each pane is for and how a review cycle works"),
            lambda: GuideDialog(window),
        )
        self.data_folder_action = self._action(
            "data_folder_action",
            self.tr("&Data folder"),
            self.tr("Where the database, settings, backups and logs are kept"),
            lambda: DataFolderDialog(ctx, window),
        )
        self.about_action = self._action(
            "about_action",
            self.tr("&About Outpost"),
            self.tr("Version and licences"),
            lambda: AboutDialog(window),
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        for action in (self.shortcuts_action, self.guide_action, self.data_folder_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    def _action(
        self,
        name: str,
        text: str,
        tip: str,
        make: Callable[[], QDialog],
        shortcuts: list[QKeySequence] | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setStatusTip(tip)
        if shortcuts:
            action.setShortcuts(shortcuts)
            self.window.addAction(action)
        action.triggered.connect(lambda: self.show_dialog(name, make))
        return action

    def show_dialog(self, name: str, make: Callable[[], QDialog]) -> QDialog:
        """The dialog for ``name``, made on first use, shown and raised."""
        dialog = self.dialogs.get(name)
        if dialog is None:
            dialog = make()
            self.dialogs[name] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
