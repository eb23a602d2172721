"""The Reviews pane: a region's review cycles, the chosen cycle's summary and its reviews.

Above the table, the cycle selector (newest first), "Open cycle…" and "Close
cycle", and the cycle's summary: period, KPI template, reviews counted by
status and who is still in draft. The table lists the cycle's reviews, sorted
and searched in the database; the panel beside it previews the selected one.
Edit (Enter, double-click) opens the :class:`ReviewEditor`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from app.domain.enums import CycleStatus
from app.services.base import Page, PageRequest
from app.services.cycles import CycleRecord, CycleService, CycleSummary
from app.services.errors import NotFoundError, ServiceError, ValidationError
from app.services.review_queries import ReviewQueries
from app.services.reviews import ReviewRecord
from app.services.team import TeamService
from app.ui.area_keys import REVIEWS
from app.ui.change_bus import concerns
from app.ui.context import UiContext
from app.ui.error_text import message_text
from app.ui.labels import enum_label
from app.ui.packs.exporter import PackExporter
from app.ui.reviews.cycle_dialog import OpenCycleDialog
from app.ui.reviews.editor import ReviewEditor
from app.ui.reviews.preview import ReviewPreview
from app.ui.reviews.table import CycleSummaryStrip, ReviewRow, review_columns, review_rows
from app.ui.table_pane import TablePane


class ReviewsPane(TablePane[ReviewRow]):
    """Review cycles of the region: summary, reviews table, preview; open one to edit it."""

    key = REVIEWS
    icon = "reviews.svg"
    can_create = True
    can_edit = True
    topics = ("reviews", "cycles", "kpi_lines", "goals", "reps", "regions", "managers")
    lazy = True
    default_widths = {"rep_name": 170, "rep_name_zh": 90, "status": 110}

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cycles = CycleService(ctx.db)
        self.reviews = ReviewQueries(ctx.db)
        self.exporter = PackExporter(ctx, self)
        self.summary: CycleSummary | None = None
        # Several topics often arrive together ("cycles", "reviews"): read once.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        self._build_cycle_bar()
        self._build_summary()
        self.preview = ReviewPreview(ctx.language)
        self.build(
            self._fetch_reviews,
            review_columns(ctx.language),
            count_text=self.tr("Reviews: {count}"),
            bar=[
                QLabel(self.tr("Cycle:")),
                (self.cycle_combo, 3),
                self.open_button,
                self.close_button,
            ],
            side=self.preview,
            below_bar=self._summary_row(),
        )
        self.count_label.setObjectName("review_count")
        self._connect_actions()
        self.add_export_action(
            self.tr("Export review pack (PDF)…"), self.export_pack, "export_review_pack"
        )
        self.add_export_action(
            self.tr("Export region packs (PDF)…"), self.export_region, "export_region_packs"
        )
        self._update_buttons()

    def _build_cycle_bar(self) -> None:
        self.cycle_combo = QComboBox()
        self.cycle_combo.setObjectName("cycle_combo")
        self.cycle_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.cycle_combo.setMinimumContentsLength(10)
        # Narrow windows elide the cycle's name; wide ones show it whole.
        self.cycle_combo.setMaximumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.open_button = QPushButton(self.tr("Open cycle…"))
        self.open_button.setObjectName("open_cycle")
        self.close_button = QPushButton(self.tr("Close cycle"))
        self.close_button.setObjectName("close_cycle")
        self.export_region_button = QPushButton(self.tr("Export region packs…"))
        self.export_region_button.setObjectName("export_region_packs")

    def _build_summary(self) -> None:
        self.summary_strip = CycleSummaryStrip()
        # Kept as attributes: tests and screenshots read the strip's lines.
        self.period_label = self.summary_strip.period_label
        self.template_label = self.summary_strip.template_label
        self.counts_label = self.summary_strip.counts_label
        self.drafts_label = self.summary_strip.drafts_label

    def _summary_row(self) -> QHBoxLayout:
        # Beside the cycle's summary (the bar above is full in a narrow window).
        row = QHBoxLayout()
        row.addWidget(self.summary_strip, 1)
        row.addWidget(self.export_region_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _connect_actions(self) -> None:
        self.cycle_combo.currentIndexChanged.connect(lambda _i: self.show_cycle())
        self.open_button.clicked.connect(self.create)
        self.close_button.clicked.connect(self.close_cycle)
        self.export_region_button.clicked.connect(self.export_region)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ReviewsPane", "Reviews")

    # -- reading -----------------------------------------------------------------------

    def _fetch_reviews(self, request: PageRequest) -> Page[ReviewRow]:
        return review_rows(self.reviews, request)

    def filters(self) -> dict[str, object]:
        return {"cycle_id": self.summary.cycle.id if self.summary else None}

    def refresh(self) -> None:
        self.reload()

    def reload(self, keep_cycle: int | None = None) -> None:
        """Read the region's cycles, the chosen one's summary and its reviews again.

        A hidden pane only notes that it is stale and reads when shown.
        """
        self._reload_timer.stop()
        if self._postpone():
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
        self.summary = None
        if cycle_id is not None:
            try:
                self.summary = self.cycles.cycle_summary(cycle_id)
            except NotFoundError:
                self.summary = None
        self.summary_strip.show_summary(self.summary, region_chosen=self.region_id is not None)
        self.apply_filters()
        self._update_buttons()

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
        super().set_region(region_id)
        self._update_buttons()

    def on_changed(self, topic: str) -> None:
        if concerns(topic, *self.topics):
            if self.isVisible():
                self._reload_timer.start()
            else:
                self._stale = True

    # -- selection ---------------------------------------------------------------------

    def selected_record(self) -> ReviewRecord | None:  # type: ignore[override]
        """The selected review (the row without its rep's Chinese name)."""
        row = super().selected_record()
        return row.review if row is not None else None

    def show_selected(self, record: ReviewRecord | None) -> None:
        self.preview.show_review(record)

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
        if not self.load_until(item_id) and self.search_text:
            # Hidden by the search: show the cycle's reviews unfiltered.
            self.model.set_query(search=None, filters=self.filters())
            self.load_until(item_id)
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
        if self.run_dialog(dialog):
            record: CycleRecord = dialog.result_value
            self.reload(keep_cycle=record.id)

    def edit_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        try:
            editor = ReviewEditor(self.ctx, record.id, self)
        except NotFoundError as error:
            self.warn_and_reload(self.tr("Open review"), error)
            return
        self.run_dialog(editor)

    def close_cycle(self) -> None:
        """Close the chosen cycle; the service refuses while reviews are still drafts."""
        summary = self.summary
        if summary is None:
            return
        cycle = summary.cycle
        question = self.tr("Close the review cycle “{name}”?").format(name=cycle.name)
        if not self.confirm(self.tr("Close cycle"), question):
            return
        try:
            self.cycles.close_cycle(cycle.id, cycle.version)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Close cycle"), _sentence(message_text(error)))
            return
        except ServiceError as error:
            self.warn_and_reload(self.tr("Close cycle"), error)
            return
        self.ctx.bus.emit_changed("cycles")
        self.reload(keep_cycle=cycle.id)

    def export_pack(self) -> None:
        """The selected review's pack, else the cycle's region packs."""
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


def _sentence(message: str) -> str:
    """A service message as a sentence: capitalised, with a full stop."""
    text = message[:1].upper() + message[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


__all__ = ["ReviewsPane"]
