"""The country view: the region's countries × categories, each cell its worst status."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.domain.enums import ComplianceCategory
from app.services.compliance import CountryCell
from app.ui.compliance.columns import STATUS_COLOURS, country_text
from app.ui.labels import enum_label

#: A cell's (country, category) for tests and clicks.
CellRole = Qt.ItemDataRole.UserRole + 20


class CountryMatrix(QTableWidget):
    """Countries down, categories across; clicking a cell announces ``cell_chosen``."""

    #: (country code, category value) of the cell clicked.
    cell_chosen = Signal(str, str)

    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self.setObjectName("country_matrix")
        self.language = language
        self.cells: dict[tuple[str, str], CountryCell] = {}
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setColumnCount(len(ComplianceCategory))
        # Two-line headers ("Data / protection") keep the seven columns narrow.
        self.setHorizontalHeaderLabels(
            [enum_label(c).replace(" ", "\n", 1) for c in ComplianceCategory]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cellClicked.connect(self._clicked)

    def set_cells(self, cells: Sequence[CountryCell]) -> None:
        """Show ``cells`` (from one aggregate query); a country × category without rows
        stays blank."""
        self.cells = {(c.country, c.category.value): c for c in cells}
        countries = sorted({c.country for c in cells})
        self.setRowCount(len(countries))
        self.setVerticalHeaderLabels([country_text(code, self.language) for code in countries])
        for row, country in enumerate(countries):
            for column, category in enumerate(ComplianceCategory):
                cell = self.cells.get((country, category.value))
                item = QTableWidgetItem()
                item.setData(CellRole, (country, category.value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if cell is not None:
                    item.setText(str(cell.count))
                    item.setBackground(QBrush(STATUS_COLOURS[cell.status]))
                    item.setToolTip(
                        self.tr("{country}, {category}: {status} ({n} obligations)").format(
                            country=country_text(country, self.language),
                            category=enum_label(category),
                            status=enum_label(cell.status),
                            n=cell.count,
                        )
                    )
                self.setItem(row, column, item)

    def countries(self) -> list[str]:
        return sorted({country for country, _category in self.cells})

    def cell_rect(self, country: str, category: str):  # type: ignore[no-untyped-def]
        """Where the cell is on the viewport (for a click), or None."""
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None and item.data(CellRole) == (country, category):
                    return self.visualItemRect(item)
        return None

    def _clicked(self, row: int, column: int) -> None:
        item = self.item(row, column)
        if item is not None and item.data(CellRole) in self.cells:
            country, category = item.data(CellRole)
            self.cell_chosen.emit(country, category)


__all__ = ["CountryMatrix"]
