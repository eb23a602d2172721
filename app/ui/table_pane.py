"""The shape every table pane shares: filters above, a lazy table, a side panel beside it.

A :class:`TablePane` owns what the Team, Targets, One-on-ones and Reviews panes
would otherwise each repeat: the :class:`QTableView` set-up, the
:class:`PagedTableModel` over the pane's service, selection helpers that survive
a reload, Enter and double-click routed to ``edit_selected``, the window's
region, period and search turned into one ``model.set_query``, the count label,
reloads on the change-bus topics the pane names, and the header (column widths,
order, sort) and splitter kept in ``QSettings`` under ``<key>/header`` and
``<key>/splitter``. Every table exports: **Export table…** (Ctrl+E, and the
table's right-click menu) saves all the rows of the pane's query as XLSX or
CSV (:mod:`app.ui.table_rows`); a pane adds its other exports (a PDF pack, a
calendar) with :meth:`TablePane.add_export_action`.

A *lazy* pane reads nothing while hidden: a change of region, period, search or
data only marks it stale, and it queries once when shown, so the window's
region and period changes cost nothing for the panes not on screen.

A pane on this base calls :meth:`TablePane.build` once with its fetch function,
columns, filter bar and side widget, and supplies :meth:`~TablePane.filters`,
:meth:`~TablePane.show_selected` and its actions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import Period
from app.services.base import Page, PageRequest
from app.ui.change_bus import concerns
from app.ui.column_fit import fit_columns
from app.ui.context import UiContext
from app.ui.dialog_parts import confirm
from app.ui.error_text import error_text
from app.ui.export_file import WaitCursor, ask_export_path, save_table
from app.ui.pane import Pane
from app.ui.period_selector import default_period
from app.ui.table_model import Column, IdRole, PagedTableModel
from app.ui.table_rows import view_table
from app.ui.toolbar import edit_on_enter

R = TypeVar("R")
# Not self.tr: these strings belong to the base class, whatever pane shows them.
translate = QCoreApplication.translate

#: A widget of the filter bar, or a widget with its stretch factor.
BarItem = QWidget | tuple[QWidget, int]


def table_view(name: str = "") -> QTableView:
    """A read-only table of whole rows, one selected at a time, compact and reorderable."""
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    # Compact rows: the style's default leaves room for editors a pane lacks.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionsMovable(True)
    return view


class TablePane(Pane, Generic[R]):
    """A pane listing one service's rows in a :class:`PagedTableModel`.

    Class attributes declare the pane's layout and reading; ``build`` puts it
    together. ``region_id``, ``period`` and ``search_text`` hold what the window
    said last.
    """

    #: Change-bus topics after which the rows are read again (the selection kept).
    topics: ClassVar[tuple[str, ...]] = ()
    #: Read nothing while hidden; query once shown (see the module's docstring).
    lazy: ClassVar[bool] = False
    #: Whether the window's period filters the rows (else the pane only keeps it).
    period_filters: ClassVar[bool] = False
    #: The column sorted by until the user sorts (None: the first).
    default_sort: ClassVar[str | None] = None
    #: Column widths until the user resizes; none given: fit the first rows shown.
    default_widths: ClassVar[Mapping[str, int]] = {}
    #: The splitter's sizes (table, side) until the user moves it.
    splitter_sizes: ClassVar[tuple[int, int]] = (900, 380)
    #: How the splitter shares growth between the table and the side widget.
    splitter_stretch: ClassVar[tuple[int, int]] = (3, 1)
    #: Every table exports its rows (the window's Export action, the table's menu).
    can_export = True

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.region_id: int | None = None
        self.period: Period = default_period()
        self.search_text = ""
        self.count_label = QLabel()
        self.splitter: QSplitter | None = None
        self._count_text = "{count}"
        self._stale = self.lazy
        self._fit_pending = False
        self._more_exports: list[QAction] = []

    # -- building ------------------------------------------------------------------

    def build(
        self,
        fetch: Callable[[PageRequest], Page[R]],
        columns: Sequence[Column[R]],
        *,
        count_text: str,
        bar: Sequence[BarItem] = (),
        side: QWidget | None = None,
        orientation: Qt.Orientation = Qt.Orientation.Horizontal,
        below_bar: QLayout | None = None,
        view_name: str = "",
    ) -> None:
        """Put the pane together and read its first page (a lazy pane: once shown).

        ``count_text`` is the translated count label with a ``{count}`` field;
        ``bar`` the filter widgets before it; ``side`` the widget beside (or,
        ``orientation`` vertical, below) the table; ``below_bar`` a row between.
        """
        self._count_text = count_text
        self._fetch_page = fetch
        self.model: PagedTableModel[R] = PagedTableModel(self._fetch, columns, parent=self)
        self.view = table_view(view_name)
        self.view.setModel(self.model)
        self._build_layout(bar, below_bar, self._build_splitter(side, orientation))
        self._build_context_menu()
        self._connect()
        self._restore_state()

    def _build_splitter(self, side: QWidget | None, orientation: Qt.Orientation) -> QWidget:
        if side is None:
            return self.view
        self.splitter = QSplitter(orientation)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(side)
        for index, factor in enumerate(self.splitter_stretch):
            self.splitter.setStretchFactor(index, factor)
        self.splitter.setChildrenCollapsible(False)
        return self.splitter

    def _build_layout(
        self, bar: Sequence[BarItem], below_bar: QLayout | None, table: QWidget
    ) -> None:
        row = QHBoxLayout()
        for item in bar:
            widget, stretch = item if isinstance(item, tuple) else (item, 0)
            row.addWidget(widget, stretch)
        row.addStretch(1)
        row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        if below_bar is not None:
            layout.addLayout(below_bar)
        layout.addWidget(table, 1)

    def _build_context_menu(self) -> None:
        # The table's right-click menu: Export table…, then the pane's other exports.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.export_table_action = QAction(translate("TablePane", "Export table…"), self)
        self.export_table_action.setObjectName("export_table")
        self.export_table_action.setToolTip(
            translate("TablePane", "Save every row as filtered and sorted, as an Excel or CSV file")
        )
        self.export_table_action.triggered.connect(self.export)
        self.view.addAction(self.export_table_action)

    def add_export_action(self, text: str, slot: Callable[[], object], name: str) -> QAction:
        """Offer one more export (a pack, a calendar…) in the table's menu and the window's."""
        if not self._more_exports:
            separator = QAction(self)
            separator.setSeparator(True)
            self.view.addAction(separator)
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.view.addAction(action)
        self._more_exports.append(action)
        return action

    def more_exports(self) -> list[QAction]:
        return list(self._more_exports)

    def _connect(self) -> None:
        edit_on_enter(self.view, self.edit_selected)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._fit_columns_once)
        self.model.rowsInserted.connect(self._update_count)
        self.ctx.bus.changed.connect(self.on_changed)

    # -- reading -------------------------------------------------------------------

    def _fetch(self, request: PageRequest) -> Page[R]:
        # A lazy pane reads nothing while hidden (building it, restoring the sort);
        # showEvent queries for what the window says by then.
        if self.lazy and not self.isVisible():
            return Page(rows=[], total=0, offset=request.offset)
        return self._fetch_page(request)

    def filters(self) -> dict[str, Any]:
        """The service filters for the choices now made (None values are dropped)."""
        return {"region_id": self.region_id}

    def apply_filters(self) -> None:
        """Query for the search text and filters now chosen, keeping the selection."""
        if self._postpone():
            return
        self._stale = False
        keep = self.selected_id()
        self.model.set_query(search=self.search_text, filters=self.filters())
        self._reselect(keep)

    def reload(self) -> None:
        """Read the same query again (the rows changed), keeping the selection."""
        if self._postpone():
            return
        keep = self.selected_id()
        self.model.reload()
        self._reselect(keep)

    def refresh(self) -> None:
        """Read all the pane shows: when the region or period changes, or shown stale."""
        self.apply_filters()

    def load_until(self, item_id: int) -> bool:
        """Fetch pages until ``item_id`` is loaded; False when no page holds it."""
        while self.model.row_of_id(item_id) is None and self.model.canFetchMore():
            self.model.fetchMore()
        return self.model.row_of_id(item_id) is not None

    def _postpone(self) -> bool:
        """True (and the pane noted stale) when a lazy pane is hidden."""
        if self.lazy and not self.isVisible():
            self._stale = True
            return True
        return False

    def on_changed(self, topic: str) -> None:
        """The change bus's ``changed``: reload on the pane's ``topics``."""
        if concerns(topic, *self.topics):
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self._fit_columns_once()

    def _update_count(self) -> None:
        self.count_label.setText(self._count_text.format(count=self.model.total))

    def _fit_columns_once(self) -> None:
        # An empty table (first start, before demo data) would fit the headers
        # only; wait for rows so the first fit is to real content. Qt measures
        # only the rows on screen, and before the first show there are none.
        if self._fit_pending and self.isVisible() and self.model.rowCount() > 0:
            self._fit_pending = False
            QTimer.singleShot(0, self.view, lambda: fit_columns(self.view))

    # -- what the window tells the pane ------------------------------------------------

    def set_region(self, region_id: int | None) -> None:
        if region_id != self.region_id:
            self.region_id = region_id
            self.refresh()

    def set_period(self, period: Period) -> None:
        if period != self.period:
            self.period = period
            if self.period_filters:
                self.refresh()

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text != self.search_text:
            self.search_text = text
            self.apply_filters()

    # -- selection -----------------------------------------------------------------

    def has_selection(self) -> bool:
        return self.selected_id() is not None

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    def selected_record(self) -> R | None:
        """The selected row's record, or None."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_id(self, item_id: int) -> bool:
        """Select a loaded row; False when it is not among the loaded rows."""
        row = self.model.row_of_id(item_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def show_selected(self, record: Any) -> None:
        """Show ``record`` (None: nothing selected) in the side widget, if any."""

    def _reselect(self, item_id: int | None) -> None:
        # A model reset drops the selection without selectionChanged: say so here.
        if item_id is None or not self.select_id(item_id):
            self.show_selected(None)
            self.selection_changed.emit()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_selected(self.selected_record())
        self.selection_changed.emit()

    # -- acting --------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show ``dialog`` modally and free it afterwards; True when accepted.

        Its Python attributes (``result_value``…) stay readable until the event
        loop runs again.
        """
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def confirm(self, title: str, question: str) -> bool:
        """Ask a yes/no question; True for yes."""
        return confirm(self, title, question)

    def warn_and_reload(self, title: str, error: Exception) -> None:
        """Say why an action failed (the row changed or went), then show the rows as stored."""
        QMessageBox.warning(self, title, error_text(error))
        self.reload()

    def export(self) -> None:
        """Export (Ctrl+E): ask where, then save every row as the view shows them."""
        path = ask_export_path(self, self.ctx.settings, self.title())
        if path is not None:
            self.export_table(path)

    def export_table(self, path: Path) -> Path | None:
        """Save all the rows of the pane's query to ``path`` (.xlsx or .csv); None on failure.

        Every row the filters, region, period and search match, not only the
        pages loaded, in the view's sort order, with the columns the view shows
        in its visual order (see :mod:`app.ui.table_rows`).
        """
        if self._stale:
            self.refresh()
        with WaitCursor():
            headers, rows = view_table(self.model, self.view.horizontalHeader(), self._fetch_page)
            written = save_table(self, self.ctx.settings, path, headers, rows, self.title())
        if written is not None:
            self.count_label.setText(
                translate("TablePane", "Exported {count} rows to {file}").format(
                    count=len(rows), file=path.name
                )
            )
        return written

    # -- state ---------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = self.ctx.settings
        if self.splitter is not None:
            sizes = settings.value(f"{self.key}/splitter")
            if sizes is None or not self.splitter.restoreState(sizes):
                self.splitter.setSizes(list(self.splitter_sizes))
        header = self.view.horizontalHeader()
        saved = settings.value(f"{self.key}/header")
        if saved is None or not header.restoreState(saved):
            sort = self.model.column_index(self.default_sort) if self.default_sort else 0
            header.setSortIndicator(sort, Qt.SortOrder.AscendingOrder)
            for key, width in self.default_widths.items():
                self.view.setColumnWidth(self.model.column_index(key), width)
            self._fit_pending = not self.default_widths
        # The header's sort indicator (restored or default) is what the database sorts by.
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.view.setSortingEnabled(True)

    def save_state(self) -> None:
        settings = self.ctx.settings
        if self.splitter is not None:
            settings.setValue(f"{self.key}/splitter", self.splitter.saveState())
        settings.setValue(f"{self.key}/header", self.view.horizontalHeader().saveState())
