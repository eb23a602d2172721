"""Help → About: Outpost's version, the Qt, PySide6 and Python it runs on, and licences."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
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

from app._version import __version__
from app.ui.help.libraries import Library, bundled_libraries


class AboutDialog(QDialog):
    """What this copy of Outpost is and what it is built from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Outpost"))
        self.resize(620, 520)
        self.libraries = bundled_libraries()

        heading = QLabel(
            self.tr(
                "<h3>Outpost {version}</h3>"
                "<p>A console for regional managers of field and expatriate sales staff: "
                "team, targets, one-on-ones, reviews, training, risks and compliance.</p>"
            ).format(version=__version__)
        )
        heading.setWordWrap(True)
        self.versions_label = QLabel(
            self.tr("Qt {qt} · PySide6 {pyside} · Python {python}").format(
                qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version()
            )
        )
        self.versions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        intro = QLabel(self.tr("Outpost is built on these libraries, each under its own licence:"))
        intro.setWordWrap(True)

        self.table = self._library_table(self.libraries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, self.versions_label, intro, self.table, buttons):
            layout.addWidget(widget)

    def _library_table(self, libraries: list[Library]) -> QTableWidget:
        table = QTableWidget(len(libraries), 3, self)
        table.setObjectName("library_table")
        table.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, library in enumerate(libraries):
            if library.version is not None:
                version = library.version
            elif library.is_font:
                version = self.tr("font file")
            else:
                version = self.tr("not installed")
            for column, text in enumerate((library.name, version, library.licence)):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table
