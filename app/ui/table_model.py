"""A table model over a service's paged list: sorted and filtered in the database.

The model keeps the rows loaded so far and asks the service for the next page
when the view scrolls near the end (``canFetchMore`` / ``fetchMore``), so a pane
over 100,000 rows opens at once. Sorting and filtering never happen in memory:
they change the :class:`PageRequest` and reload from the first page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.services.base import Page, PageRequest

R = TypeVar("R")

#: The row's id (an int), for views reading through any proxy.
IdRole = Qt.ItemDataRole.UserRole + 1
#: The cell's native value (date, Decimal, str…), not its display text.
SortRole = Qt.ItemDataRole.UserRole + 2
#: The whole record of the row.
RecordRole = Qt.ItemDataRole.UserRole + 3

PAGE_SIZE = 200

ModelIndex = QModelIndex | QPersistentModelIndex
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def _attribute(key: str) -> Callable[[Any], Any]:
    return lambda row: getattr(row, key, None)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its key, translated header, how to show a row, how to sort it.

    ``sort_key`` names a sort column of the service (None: not sortable);
    ``value`` gives the native value for :data:`SortRole` (default: the attribute
    named ``key``); ``background`` / ``tooltip`` may colour or explain a cell;
    ``export`` gives what a file export writes when neither the native value
    nor the text is right (see :func:`app.ui.table_rows.cell_value`).
    """

    key: str
    header: str
    display: Callable[[R], str]
    sort_key: str | None = None
    alignment: Qt.AlignmentFlag = LEFT
    value: Callable[[R], Any] | None = None
    background: Callable[[R], QColor | None] | None = None
    tooltip: Callable[[R], str | None] | None = None
    export: Callable[[R], Any] | None = None

    def native(self, row: R) -> Any:
        return (self.value or _attribute(self.key))(row)


def text_column(
    key: str, header: str, *, alignment: Qt.AlignmentFlag = LEFT, **kw: Any
) -> Column[Any]:
    """A column showing the text attribute ``key`` (empty for None), sorted by ``key``."""
    return Column(key, header, lambda row: getattr(row, key, None) or "", key, alignment, **kw)


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Rows of ``fetch(PageRequest) -> Page`` shown through named :class:`Column` s."""

    def __init__(
        self,
        fetch: Callable[[PageRequest], Page[R]],
        columns: Sequence[Column[R]],
        *,
        page_size: int = PAGE_SIZE,
        id_of: Callable[[R], int] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._columns = list(columns)
        self._id_of = id_of or _attribute("id")
        self._request = PageRequest(limit=page_size)
        self._rows: list[R] = []
        self._total = 0

    # -- what the pane asks ---------------------------------------------------

    @property
    def columns(self) -> list[Column[R]]:
        return list(self._columns)

    @property
    def request(self) -> PageRequest:
        return self._request

    @property
    def total(self) -> int:
        """How many rows match the filters, loaded or not."""
        return self._total

    def column_index(self, key: str) -> int:
        return next(i for i, column in enumerate(self._columns) if column.key == key)

    def record(self, row: int) -> R:
        return self._rows[row]

    def row_of_id(self, row_id: int) -> int | None:
        """The row holding ``row_id`` among the loaded rows, if loaded."""
        return next((i for i, r in enumerate(self._rows) if self._id_of(r) == row_id), None)

    def set_query(
        self,
        *,
        search: str | None = None,
        filters: Mapping[str, Any] | None = None,
    ) -> None:
        """Filter in the database and reload from the first page."""
        cleaned = {k: v for k, v in (filters or {}).items() if v is not None and v != ""}
        self._request = replace(
            self._request, search=(search or "").strip() or None, filters=cleaned
        )
        self.reload()

    def reload(self) -> None:
        """Fetch the first page again, e.g. after the change bus said rows changed."""
        self.beginResetModel()
        try:
            page = self._fetch(replace(self._request, offset=0))
            self._rows = list(page.rows)
            self._total = page.total
        finally:
            self.endResetModel()

    # -- Qt's side --------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page = self._fetch(replace(self._request, offset=len(self._rows)))
        if not page.rows:
            # Rows vanished since the count (someone deleted some): stop asking.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._total = max(page.total, len(self._rows))
        self.endInsertRows()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == IdRole:
            return self._id_of(row)
        if role == SortRole:
            return column.native(row)
        if role == RecordRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            colour = column.background(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._columns[section].alignment)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database; columns without a ``sort_key`` keep the order."""
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort_key
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._request.sort, self._request.descending) and self._rows:
            return
        self._request = replace(self._request, sort=key, descending=descending)
        self.reload()
