"""Help → Data folder: where the database, settings, backups and logs are, to copy or open.

The folders are the context's :class:`app.paths.AppPaths` (the platform's user
folders, or all under ``--data-dir``); the database is the one actually open,
which ``--database`` may have put elsewhere or on a server.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.paths import AppPaths, app_paths
from app.ui.context import UiContext


@dataclass(frozen=True)
class Place:
    key: str  # object-name stem of the row's widgets, e.g. "logs"
    label: str
    location: str
    folder: Path | None  # what Open shows; None when it is not on this machine


class DataFolderDialog(QDialog):
    """One row per place: its path (selectable), Copy, and Open in the file manager."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("data_folder_dialog")
        self.setWindowTitle(self.tr("Data folder"))
        self.resize(720, 0)
        self.places = self._places(ctx, ctx.paths or app_paths())
        self.fields: dict[str, QLineEdit] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        self.open_buttons: dict[str, QPushButton] = {}

        intro = QLabel(
            self.tr(
                "Outpost keeps its data in these places. Back up the data folder to keep "
                "everything; start with --data-dir to use another folder."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        for row, place in enumerate(self.places):
            self._add_row(grid, row, place)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def _places(self, ctx: UiContext, paths: AppPaths) -> list[Place]:
        database = ctx.db.description
        database_folder = Path(database).parent if ctx.db.is_sqlite else None
        if not ctx.db.is_sqlite:
            database = self.tr("{where} (server)").format(where=database)
        settings = Path(ctx.settings.fileName())
        return [
            Place("data", self.tr("Data folder"), str(paths.data), paths.data),
            Place("database", self.tr("Database"), database, database_folder),
            Place("settings", self.tr("Settings"), str(settings), settings.parent),
            Place("backups", self.tr("Backups"), str(paths.backups), paths.backups),
            Place("logs", self.tr("Logs"), str(paths.logs), paths.logs),
        ]

    def _add_row(self, grid: QGridLayout, row: int, place: Place) -> None:
        field = QLineEdit(place.location)
        field.setReadOnly(True)
        field.setObjectName(f"{place.key}_path")
        copy = QPushButton(self.tr("Copy"))
        copy.setObjectName(f"{place.key}_copy")
        copy.setToolTip(self.tr("Copy the path to the clipboard"))
        copy.clicked.connect(lambda: self.copy(place.key))
        show = QPushButton(self.tr("Open"))
        show.setObjectName(f"{place.key}_open")
        show.setToolTip(self.tr("Show the folder in the file manager"))
        show.setEnabled(place.folder is not None)
        show.clicked.connect(lambda: self.open_folder(place.key))
        label = QLabel(place.label)
        label.setBuddy(field)
        for column, widget in enumerate((label, field, copy, show)):
            grid.addWidget(widget, row, column)
        self.fields[place.key] = field
        self.copy_buttons[place.key] = copy
        self.open_buttons[place.key] = show

    def place(self, key: str) -> Place:
        return next(p for p in self.places if p.key == key)

    def copy(self, key: str) -> None:
        QGuiApplication.clipboard().setText(self.place(key).location)

    def open_folder(self, key: str) -> bool:
        """Show the place's folder in the system's file manager (created if missing)."""
        folder = self.place(key).folder
        if folder is None:
            return False
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
