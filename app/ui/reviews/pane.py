"""The Reviews pane: a region's review cycles, the chosen cycle's summary and its reviews.

Above the table, the cycle selector (newest first), "Open cycle…" and "Close
cycle", and the cycle's summary: period, KPI template, reviews counted by
status and who is still in draft. The table lists the cycle's reviews, sorted
and searched in the database; the panel beside it previews the selected one.
Edit (Enter, double-click) opens the :class:`ReviewEditor`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CycleStatus
from app.domain.periods import Period
from app.services.base import Page, PageRequest
from app.services.cycles import CycleRecord, CycleService, CycleSummary
from app.services.errors import NotFoundError, ServiceError, ValidationError
from app.services.review_queries import ReviewQueries
from app.services.review_records import ReviewRecord
from app.services.team import TeamService
from app.ui.change_bus import concerns
from app.ui.context import UiContext
from app.ui.labels import enum_label
from app.ui.packs.exporter import PackExporter
from app.ui.pane import Pane
from app.ui.period_selector import default_period
from app.ui.reviews.cycle_dialog import OpenCycleDialog
from app.ui.reviews.editor import ReviewEditor
from app.ui.reviews.preview import ReviewPreview
from app.ui.reviews.table import CycleSummaryStrip, ReviewRow, review_columns
from app.ui.table_model import IdRole, PagedTableModel
from app.ui.toolbar import edit_on_enter

translate = QCoreApplication.translate

#: Topics after which the pane reads again.
TOPICS = ("reviews", "cycles", "kpi_lines", "goals", "reps", "regions", "managers")


class ReviewsPane(Pane):
    """Review cycles of the region: summary, reviews table, preview; open one to edit it."""

    key = "reviews"
    icon = "reviews.svg"
    can_create = True
    can_edit = True
    can_export = True

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cycles = CycleService(ctx.db)
        self.reviews = ReviewQueries(ctx.db)
        self.region_id: int | None = None
        self.period: Period = default_period()
        self.search_text = ""
        self.summary: CycleSummary | None = None
        self._stale = True
        # Several topics often arrive together ("cycles", "reviews"): read once.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)

        self.cycle_combo = QComboBox()
        self.cycle_combo.setObjectName("cycle_combo")
        self.cycle_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.cycle_combo.setMinimumContentsLength(10)
        self.open_button = QPushButton(self.tr("Open cycle…"))
        self.open_button.setObjectName("open_cycle")
        self.close_button = QPushButton(self.tr("Close cycle"))
        self.close_button.setObjectName("close_cycle")
        self.export_region_button = QPushButton(self.tr("Export region packs…"))
        self.export_region_button.setObjectName("export_region_packs")
        self.exporter = PackExporter(ctx, self)
        self.count_label = QLabel()
        self.count_label.setObjectName("review_count")

        self.summary_strip = CycleSummaryStrip()
        # Kept as attributes: tests and screenshots read the strip's lines.
        self.period_label = self.summary_strip.period_label
        self.template_label = self.summary_strip.template_label
        self.counts_label = self.summary_strip.counts_label
        self.drafts_label = self.summary_strip.drafts_label

        self.model: PagedTableModel[ReviewRow] = PagedTableModel(
            self._fetch, review_columns(ctx.language), parent=self
        )
        self.view = QTableView()
        self.view.setObjectName("reviews_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        edit_on_enter(self.view, self.edit_selected)
        self.preview = ReviewPreview(ctx.language)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Cycle:")))
        # Narrow windows elide the cycle's name; wide ones show it whole.
        self.cycle_combo.setMaximumWidth(self.fontMetrics().averageCharWidth() * 48)
        bar.addWidget(self.cycle_combo, 3)
        bar.addWidget(self.open_button)
        bar.addWidget(self.close_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        # Beside the cycle's summary (the bar above is full in a narrow window).
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary_strip, 1)
        summary_row.addWidget(self.export_region_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(summary_row)
        layout.addWidget(self.splitter, 1)

        self.cycle_combo.currentIndexChanged.connect(lambda _i: self.show_cycle())
        self.open_button.clicked.connect(self.create)
        self.close_button.clicked.connect(self.close_cycle)
        self.export_region_button.clicked.connect(self.export_region)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        ctx.bus.changed.connect(self._on_changed)

        if not self._restore_state():
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
            for key, width in (("rep_name", 170), ("rep_name_zh", 90), ("status", 110)):
                self.view.setColumnWidth(self.model.column_index(key), width)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.view.setSortingEnabled(True)
        self._update_buttons()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ReviewsPane", "Reviews")

    # -- reading -----------------------------------------------------------------------

    def _fetch(self, request: PageRequest) -> Page[ReviewRow]:
        # Nothing is read while hidden or without a cycle (no filter would mean every review).
        if not self.isVisible() or request.filters.get("cycle_id") is None:
            return Page(rows=[], total=0, offset=request.offset)
        page = self.reviews.list_reviews(request)
        names = self.reviews.chinese_names(r.rep_id for r in page.rows)
        rows = [ReviewRow(r, names.get(r.rep_id)) for r in page.rows]
        return Page(rows=rows, total=page.total, offset=page.offset)

    def reload(self, keep_cycle: int | None = None) -> None:
        """Read the region's cycles, the chosen one's summary and its reviews again.

        A hidden pane only notes that it is stale and reads when shown.
        """
        self._reload_timer.stop()
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        keep = keep_cycle if keep_cycle is not None else self.cycle_id()
        cycles = self.cycles.list_cycles(self.region_id)
        regions: dict[int, str] = {}
        if self.region_id is None and cycles:
            chinese = self.ctx.prefers_chinese
            regions = {
                r.id: (r.name_zh if chinese and r.name_zh else r.name)
                for r in TeamService(self.ctx.db).list_regions()
            }
        with QSignalBlocker(self.cycle_combo):
            self.cycle_combo.clear()
            for cycle in cycles:
                self.cycle_combo.addItem(self._cycle_label(cycle, regions), cycle.id)
            found = self.cycle_combo.findData(keep) if keep is not None else -1
            self.cycle_combo.setCurrentIndex(found if found >= 0 else (0 if cycles else -1))
        self.show_cycle()

    def _cycle_label(self, cycle: CycleRecord, regions: dict[int, str]) -> str:
        label = self.tr("{name} ({status})").format(
            name=cycle.name, status=enum_label(cycle.status)
        )
        if cycle.region_id in regions:
            label = f"{regions[cycle.region_id]} · {label}"
        return label

    def cycle_id(self) -> int | None:
        data = self.cycle_combo.currentData()
        return int(data) if data is not None else None

    def show_cycle(self) -> None:
        """The chosen cycle's summary and reviews (keeping the selected review)."""
        cycle_id = self.cycle_id()
        keep = self.selected_id()
        self.summary = None
        if cycle_id is not None:
            try:
                self.summary = self.cycles.cycle_summary(cycle_id)
            except NotFoundError:
                self.summary = None
        self.summary_strip.show_summary(self.summary, region_chosen=self.region_id is not None)
        self.model.set_query(
            search=self.search_text,
            filters={"cycle_id": self.summary.cycle.id if self.summary else None},
        )
        self._reselect(keep)
        self._update_buttons()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("Reviews: {count}").format(count=self.model.total))

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.region_id is not None)
        self.open_button.setToolTip(
            self.tr("Open a review cycle for the region's active reps")
            if self.region_id is not None
            else self.tr("Choose a region to open a review cycle")
        )
        is_open = self.summary is not None and self.summary.cycle.status is CycleStatus.OPEN
        self.close_button.setEnabled(is_open)
        self.export_region_button.setEnabled(self.summary is not None)

    # -- what the window tells the pane -------------------------------------------------

    def set_region(self, region_id: int | None) -> None:
        if region_id != self.region_id:
            self.region_id = region_id
            self._update_buttons()
            self.reload()

    def set_period(self, period: Period) -> None:
        # The cycles are not filtered by the period; it only pre-fills a new one.
        self.period = period

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text != self.search_text:
            self.search_text = text
            if self.isVisible():
                keep = self.selected_id()
                self.model.set_query(search=text, filters=self.model.request.filters)
                self._reselect(keep)
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, topic: str) -> None:
        if concerns(topic, *TOPICS):
            if self.isVisible():
                self._reload_timer.start()
            else:
                self._stale = True

    # -- selection ---------------------------------------------------------------------

    def has_selection(self) -> bool:
        return self.selected_id() is not None

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    def selected_record(self) -> ReviewRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()).review if rows else None

    def select_id(self, review_id: int) -> bool:
        row = self.model.row_of_id(review_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _reselect(self, review_id: int | None) -> None:
        if review_id is None or not self.select_id(review_id):
            self.preview.show_review(None)
            self.selection_changed.emit()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.preview.show_review(self.selected_record())
        self.selection_changed.emit()

    def open_item(self, item_id: int) -> None:
        """Select review ``item_id``: its cycle, then its row (the search is cleared if needed)."""
        if self.select_id(item_id):
            return
        try:
            review = self.reviews.get(item_id)
        except NotFoundError:
            return
        if self._stale or self.cycle_combo.findData(review.cycle_id) < 0:
            self.reload(keep_cycle=review.cycle_id)
        index = self.cycle_combo.findData(review.cycle_id)
        if index < 0:
            return  # a cycle of another region than the one chosen
        if index != self.cycle_combo.currentIndex():
            self.cycle_combo.setCurrentIndex(index)  # shows the cycle
        while self.model.row_of_id(item_id) is None and self.model.canFetchMore():
            self.model.fetchMore()
        if self.model.row_of_id(item_id) is None and self.search_text:
            # Hidden by the search: show the cycle's reviews unfiltered.
            self.model.set_query(search=None, filters=self.model.request.filters)
            while self.model.row_of_id(item_id) is None and self.model.canFetchMore():
                self.model.fetchMore()
        self.select_id(item_id)

    # -- actions -------------------------------------------------------------------------

    def create(self) -> None:
        """Open a cycle for the region (New on the toolbar)."""
        if self.region_id is None:
            QMessageBox.information(
                self, self.tr("Open cycle"), self.tr("Choose a region to open a review cycle.")
            )
            return
        dialog = OpenCycleDialog(self.ctx, self.region_id, self.period, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            record: CycleRecord = dialog.result_value
        finally:
            dialog.deleteLater()
        self.reload(keep_cycle=record.id)

    def edit_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        try:
            editor = ReviewEditor(self.ctx, record.id, self)
        except NotFoundError as error:
            QMessageBox.warning(self, self.tr("Open review"), str(error))
            self.reload()
            return
        try:
            editor.exec()
        finally:
            editor.deleteLater()

    def close_cycle(self) -> None:
        """Close the chosen cycle; the service refuses while reviews are still drafts."""
        summary = self.summary
        if summary is None:
            return
        cycle = summary.cycle
        answer = QMessageBox.question(
            self,
            self.tr("Close cycle"),
            self.tr("Close the review cycle “{name}”?").format(name=cycle.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.cycles.close_cycle(cycle.id, cycle.version)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Close cycle"), _sentence(error.message))
            return
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Close cycle"), str(error))
            self.reload()
            return
        self.ctx.bus.emit_changed("cycles")
        self.reload(keep_cycle=cycle.id)

    def export(self) -> None:
        """Export (toolbar): the selected review's pack, else the cycle's region packs."""
        review_id = self.selected_id()
        if review_id is not None:
            self.exporter.export_review(review_id)
        else:
            self.export_region()

    def export_region(self) -> None:
        """One pack per review of the chosen cycle and the region summary, into a folder."""
        cycle_id = self.cycle_id()
        if cycle_id is None:
            QMessageBox.information(
                self, self.tr("Export region packs"), self.tr("Choose a review cycle first.")
            )
            return
        self.exporter.export_region(cycle_id)

    # -- state ---------------------------------------------------------------------------

    def _restore_state(self) -> bool:
        settings = self.ctx.settings
        splitter = settings.value("reviews/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([900, 380])
        header_state = settings.value("reviews/header")
        return header_state is not None and self.view.horizontalHeader().restoreState(header_state)

    def save_state(self) -> None:
        self.ctx.settings.setValue("reviews/splitter", self.splitter.saveState())
        self.ctx.settings.setValue("reviews/header", self.view.horizontalHeader().saveState())


def _sentence(message: str) -> str:
    """A service message as a sentence: capitalised, with a full stop."""
    text = message[:1].upper() + message[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


__all__ = ["ReviewsPane"]
