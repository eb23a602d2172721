"""The team import's preview: one read-only grid per sheet, and the words it shows.

The grid lists a sheet's filled rows as read from the file, each with what
the import does with it (new, update, unchanged, error, skipped) and the
columns an update changes; bad cells are tinted and carry their reason as a
tooltip, changed cells are tinted too. Column and sheet names stay the
template's (``base_currency``) in English, so a cell named in an error is
found under the same header; in Chinese they read as words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.services.team_rows import (
    SHEETS,
    CellError,
    RowOutcome,
    RowStatus,
    SheetRow,
)
from app.ui.labels import ui_language

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex

#: The first columns of every grid, before the sheet's own.
ROW, STATUS, CHANGES = 0, 1, 2
FIRST_CELL = 3

ERROR_BRUSH = QBrush(QColor(255, 205, 205))
CHANGED_BRUSH = QBrush(QColor(255, 240, 190))
NEW_BRUSH = QBrush(QColor(215, 240, 215))


def sheet_label(sheet: str) -> str:
    """A sheet's name in the console's language."""
    labels = {
        "Regions": translate("TeamImport", "Regions"),
        "Managers": translate("TeamImport", "Managers"),
        "Reps": translate("TeamImport", "Reps"),
        "Exchange rates": translate("TeamImport", "Exchange rates"),
        "Courses": translate("TeamImport", "Courses"),
    }
    return labels.get(sheet, sheet)


def column_label(key: str) -> str:
    """A column's header: the template's own in English, a word in Chinese."""
    labels = {
        "name": translate("TeamImport", "name"),
        "name_zh": translate("TeamImport", "name_zh"),
        "email": translate("TeamImport", "email"),
        "phone": translate("TeamImport", "phone"),
        "region": translate("TeamImport", "region"),
        "regions": translate("TeamImport", "regions"),
        "manager_email": translate("TeamImport", "manager_email"),
        "country": translate("TeamImport", "country"),
        "countries": translate("TeamImport", "countries"),
        "city": translate("TeamImport", "city"),
        "time_zone": translate("TeamImport", "time_zone"),
        "currency": translate("TeamImport", "currency"),
        "base_currency": translate("TeamImport", "base_currency"),
        "posting_start": translate("TeamImport", "posting_start"),
        "posting_end": translate("TeamImport", "posting_end"),
        "focus": translate("TeamImport", "focus"),
        "languages": translate("TeamImport", "languages"),
        "work_permit_no": translate("TeamImport", "work_permit_no"),
        "work_permit_expiry": translate("TeamImport", "work_permit_expiry"),
        "role": translate("TeamImport", "role"),
        "rate": translate("TeamImport", "rate"),
        "valid_from": translate("TeamImport", "valid_from"),
        "title": translate("TeamImport", "title"),
        "category": translate("TeamImport", "category"),
        "format": translate("TeamImport", "format"),
        "hours": translate("TeamImport", "hours"),
        "provider": translate("TeamImport", "provider"),
        "cost": translate("TeamImport", "cost"),
    }
    return labels.get(key, key)


def status_label(status: RowStatus) -> str:
    labels = {
        RowStatus.NEW: translate("TeamImport", "new"),
        RowStatus.UPDATE: translate("TeamImport", "update"),
        RowStatus.UNCHANGED: translate("TeamImport", "unchanged"),
        RowStatus.ERROR: translate("TeamImport", "error"),
        RowStatus.SKIPPED: translate("TeamImport", "skipped"),
    }
    return labels[status]


def error_text(error: CellError) -> str:
    """``Reps, row 3, currency: reason`` with the sheet and column in the console's language."""
    return translate("TeamImport", "{sheet}, row {row}, {column}: {reason}").format(
        sheet=sheet_label(error.sheet),
        row=error.row,
        column=column_label(error.column),
        reason=error.text(ui_language()),
    )


def cell_text(value: Any) -> str:
    """A cell as read (text, date, number, list), or as typed when it could not be read."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return "; ".join(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    return str(value)


class PreviewModel(QAbstractTableModel):
    """One sheet's rows with their import status; read-only."""

    def __init__(
        self,
        sheet: str,
        rows: Sequence[SheetRow],
        outcomes: Sequence[RowOutcome],
        errors: Sequence[CellError],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.keys = [spec.key for spec in SHEETS[sheet]]
        self.rows = list(rows)
        by_row = {outcome.row: outcome for outcome in outcomes}
        self.outcomes = [
            by_row.get(row.number, RowOutcome(sheet, row.number, RowStatus.SKIPPED))
            for row in self.rows
        ]
        # (row number, column key) -> reasons, several when a cell is bad twice.
        self.reasons: dict[tuple[int, str], list[str]] = {}
        for error in errors:
            if error.sheet == sheet:
                self.reasons.setdefault((error.row, error.column), []).append(
                    error.text(ui_language())
                )

    # -- finding cells ---------------------------------------------------------------

    def row_of(self, number: int) -> int:
        """The grid row showing the file's row ``number``; -1 when none does."""
        return next((i for i, row in enumerate(self.rows) if row.number == number), -1)

    def column_of(self, key: str) -> int:
        """The grid column of the sheet's column ``key``; -1 when there is none."""
        return FIRST_CELL + self.keys.index(key) if key in self.keys else -1

    # -- the model ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_CELL + len(self.keys)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == ROW:
            return translate("TeamImport", "Row")
        if section == STATUS:
            return translate("TeamImport", "Status")
        if section == CHANGES:
            return translate("TeamImport", "Changes")
        if FIRST_CELL <= section < self.columnCount():
            return column_label(self.keys[section - FIRST_CELL])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, outcome, column = self.rows[index.row()], self.outcomes[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, outcome, column)
        if column < FIRST_CELL:
            return self._status_data(outcome, role) if column == STATUS else None
        key = self.keys[column - FIRST_CELL]
        reasons = self.reasons.get((row.number, key))
        if role == Qt.ItemDataRole.ToolTipRole and reasons:
            return "\n".join(reasons)
        if role == Qt.ItemDataRole.BackgroundRole:
            if reasons:
                return ERROR_BRUSH
            if outcome.status is RowStatus.UPDATE and key in outcome.changed:
                return CHANGED_BRUSH
        return None

    def _display(self, row: SheetRow, outcome: RowOutcome, column: int) -> str:
        if column == ROW:
            return str(row.number)
        if column == STATUS:
            return status_label(outcome.status)
        if column == CHANGES:
            return ", ".join(column_label(key) for key in outcome.changed)
        key = self.keys[column - FIRST_CELL]
        return cell_text(row.raw[key] if key in row.raw else row.cells.get(key))

    @staticmethod
    def _status_data(outcome: RowOutcome, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            brushes: Mapping[RowStatus, QBrush] = {
                RowStatus.NEW: NEW_BRUSH,
                RowStatus.UPDATE: CHANGED_BRUSH,
                RowStatus.ERROR: ERROR_BRUSH,
            }
            return brushes.get(outcome.status)
        if role == Qt.ItemDataRole.ToolTipRole and outcome.status is RowStatus.SKIPPED:
            return translate(
                "TeamImport", "Not checked: it refers to a row that has errors on another sheet."
            )
        return None


__all__ = [
    "CHANGES",
    "FIRST_CELL",
    "ROW",
    "STATUS",
    "PreviewModel",
    "cell_text",
    "column_label",
    "error_text",
    "sheet_label",
    "status_label",
]
