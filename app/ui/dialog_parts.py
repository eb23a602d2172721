"""Pieces the editor dialogs share: an in-memory table and its view, buttons, "unsaved changes".

The one-on-one and review editors both show small lists edited in place
(action items, KPI lines, development goals) and both ask before closing over
unsaved edits; these say it once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QPushButton, QTableView, QWidget

T = TypeVar("T")
ModelIndex = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel, Generic[T]):
    """A table over ``rows`` held in memory, its columns named by :meth:`column_headers`.

    Subclasses give the headers, ``data`` (and ``flags``); :meth:`header_tip`
    may explain a column.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = self.column_headers()
        self.rows: list[T] = []

    def column_headers(self) -> list[str]:
        """The columns' translated headers, left to right."""
        raise NotImplementedError

    def row_at(self, index: ModelIndex) -> T | None:
        """The row an index points at, None for an invalid or stale index."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def header_tip(self, section: int) -> str | None:
        """A column header's tooltip (none by default)."""
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section)
        return None


def list_view(
    name: str,
    model: QAbstractItemModel,
    *,
    whole_rows: bool = True,
    row_padding: int | None = None,
) -> QTableView:
    """A compact table for a short list: one selection at a time, no row numbers, no wrapping.

    ``whole_rows`` selects rows (else single cells, for editing in place);
    ``row_padding`` sets the row height to the font's height plus that many pixels.
    """
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(
        QAbstractItemView.SelectionBehavior.SelectRows
        if whole_rows
        else QAbstractItemView.SelectionBehavior.SelectItems
    )
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    if row_padding is not None:
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + row_padding)
    return view


def dialog_button(name: str, text: str) -> QPushButton:
    """A button Enter never presses: in an editor, Return belongs to the field being typed in."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    return button


def confirm(parent: QWidget | None, title: str, question: str, *, default_no: bool = False) -> bool:
    """Ask a yes/no question; True for Yes. ``default_no``: Enter answers No.

    For steps that are allowed but probably a slip (done early): the question
    says why it asks, and a hasty Enter leaves everything as it was.
    """
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, question, yes | no, no if default_no else yes)
    return answer == yes


def may_close(parent: QWidget, question: str, save: Callable[[], bool]) -> bool:
    """Ask Save / Discard / Cancel about unsaved edits; True when the dialog may close.

    ``save`` runs for "Save" and returns whether it wrote everything (else the
    dialog stays open with the edits).
    """
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("UnsavedChanges", "Unsaved changes"),
        question,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return False
    return answer != QMessageBox.StandardButton.Save or save()


__all__ = ["RowsTableModel", "dialog_button", "list_view", "may_close"]
