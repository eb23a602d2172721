"""The Risks pane: the region's risk register with its two heat maps.

The table lists the register (worst first), filtered by category, status and
overdue reviews; beside it the inherent and residual 5×5 heat maps count the
same risks (one aggregate query each, not the table's rows) and clicking a
cell lists only that cell's risks (click it again, or Show all, to list every
risk). Below the maps, the selected risk's acceptance, review history and
treatment actions, with Record review…, Accept risk… and the actions' buttons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import RiskCategory, RiskStatus
from app.services.errors import NotFoundError, ServiceError, ValidationError
from app.services.risk_treatment import RiskActionRecord, RiskTreatmentService
from app.services.risks import RiskRecord, RiskService
from app.ui.area_keys import RISKS
from app.ui.context import UiContext
from app.ui.labels import enum_label
from app.ui.me import signed_in_manager
from app.ui.risks.columns import risk_columns
from app.ui.risks.detail import RiskDetail
from app.ui.risks.dialogs import AcceptDialog, ActionDialog, ReviewDialog, RiskDialog
from app.ui.risks.heat_map import HeatMap
from app.ui.settings import risk_review_cadence
from app.ui.table_pane import TablePane


class RisksPane(TablePane[RiskRecord]):
    """The risk register: table, heat maps, and the selected risk's record."""

    key = RISKS
    icon = "risks.svg"
    can_create = True
    can_edit = True
    can_delete = True
    lazy = True
    topics = ("risks", "reps", "regions", "actions")
    splitter_sizes = (760, 500)
    splitter_stretch = (3, 2)

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(ctx, parent)
        self.today = today
        self.service = RiskService(ctx.db, today=lambda: self.today())
        self.treatment = RiskTreatmentService(ctx.db, today=lambda: self.today())
        #: The heat-map cell the table is narrowed to: ("inherent"|"residual", (lk, im)).
        self.cell: tuple[str, tuple[int, int]] | None = None
        self._build_filters()
        self.inherent_map = HeatMap(self.tr("Inherent (before treatment)"))
        self.inherent_map.setObjectName("inherent_map")
        self.residual_map = HeatMap(self.tr("Residual (after treatment)"))
        self.residual_map.setObjectName("residual_map")
        self.detail = RiskDetail(self.treatment)
        self.build(
            self.service.list_risks,
            risk_columns(),
            count_text=self.tr("Risks: {count}"),
            bar=[
                self.category_filter,
                self.status_filter,
                self.overdue_filter,
            ],
            side=self._build_side(),
        )
        self._connect_parts()
        if self.ctx.settings.value(f"{self.key}/header") is None:
            # A register is read worst first until the user sorts otherwise.
            self.view.sortByColumn(self.model.column_index("level"), Qt.SortOrder.DescendingOrder)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("RisksPane", "Risks")

    # -- building ----------------------------------------------------------------

    def _build_filters(self) -> None:
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("category_filter")
        self.category_filter.addItem(self.tr("All categories"), None)
        for category in RiskCategory:
            self.category_filter.addItem(enum_label(category), category.value)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in RiskStatus:
            self.status_filter.addItem(enum_label(status), status.value)
        for combo in (self.category_filter, self.status_filter):
            # Full width when there is room; a small window may narrow them.
            combo.setMinimumWidth(80)
        self.overdue_filter = QCheckBox(self.tr("Review overdue"))
        self.overdue_filter.setObjectName("overdue_filter")
        self.clear_cell_button = QPushButton(self.tr("Show all cells"))
        self.clear_cell_button.setObjectName("clear_cell")
        self.clear_cell_button.setToolTip(self.tr("List the risks of every heat-map cell"))
        self.clear_cell_button.setEnabled(False)

    def _build_side(self) -> QWidget:
        maps = QWidget()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.inherent_map)
        row.addWidget(self.residual_map)
        under = QHBoxLayout()
        under.addStretch(1)
        under.addWidget(self.clear_cell_button)
        stacked = QVBoxLayout(maps)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.addLayout(row, 1)
        stacked.addLayout(under)
        side = QSplitter(Qt.Orientation.Vertical)
        side.setObjectName("risk_side")
        side.addWidget(maps)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(self.detail)
        side.addWidget(holder)
        side.setStretchFactor(0, 1)
        side.setStretchFactor(1, 1)
        side.setChildrenCollapsible(False)
        return side

    def _connect_parts(self) -> None:
        self.category_filter.currentIndexChanged.connect(self.apply_filters)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.overdue_filter.toggled.connect(self.apply_filters)
        self.clear_cell_button.clicked.connect(lambda: self.filter_cell(None, None))
        self.inherent_map.cell_clicked.connect(lambda c: self.filter_cell("inherent", c))
        self.residual_map.cell_clicked.connect(lambda c: self.filter_cell("residual", c))
        self.detail.review_requested.connect(self.record_review)
        self.detail.accept_requested.connect(self.accept_risk)
        self.detail.add_action_requested.connect(self.add_action)
        self.detail.done_requested.connect(self.mark_done)
        self.detail.carry_requested.connect(self.carry_action)

    # -- reading -----------------------------------------------------------------

    def base_filters(self) -> dict[str, Any]:
        """The filters without the heat-map cell (what the maps count)."""
        return {
            "region_id": self.region_id,
            "category": self.category_filter.currentData(),
            "status": self.status_filter.currentData(),
            "review_overdue": True if self.overdue_filter.isChecked() else None,
        }

    def filters(self) -> dict[str, Any]:
        found = self.base_filters()
        if self.cell is not None:
            found[f"{self.cell[0]}_cell"] = self.cell[1]
        return found

    def apply_filters(self) -> None:
        super().apply_filters()
        if not self._postpone():
            self.refresh_maps()

    def reload(self) -> None:
        super().reload()
        if not self._postpone():
            self.refresh_maps()

    def refresh_maps(self) -> None:
        """Count both maps for the filters now chosen (two aggregate queries)."""
        filters = self.base_filters()
        for residual, heat_map in ((False, self.inherent_map), (True, self.residual_map)):
            heat_map.set_counts(
                self.service.heat_map(self.region_id, residual, filters, self.search_text)
            )

    def filter_cell(self, which: str | None, cell: tuple[int, int] | None) -> None:
        """List only the risks of one map's cell (None: every cell)."""
        self.cell = (which, cell) if which is not None and cell is not None else None
        self.inherent_map.set_selected(cell if which == "inherent" else None)
        self.residual_map.set_selected(cell if which == "residual" else None)
        self.clear_cell_button.setEnabled(self.cell is not None)
        self.apply_filters()

    def show_selected(self, record: RiskRecord | None) -> None:
        self.detail.show_record(record)

    def open_item(self, item_id: int) -> None:
        """Select risk ``item_id``: filters that hide it are cleared; a risk of another
        region is shown alone (the next region change lists all)."""
        if self.select_id(item_id):
            return
        try:
            risk = self.service.get(item_id)
        except NotFoundError:
            return
        for combo in (self.category_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.overdue_filter.blockSignals(True)
        self.overdue_filter.setChecked(False)
        self.overdue_filter.blockSignals(False)
        self.filter_cell(None, None)  # reloads
        in_region = self.region_id is None or risk.region_id == self.region_id
        if not (in_region and not self.search_text and self.load_until(item_id)):
            self.model.set_query(filters={"id": item_id})
            self.count_label.setText(self.tr("Showing {title} only").format(title=risk.title))
        self.select_id(item_id)

    # -- acting ------------------------------------------------------------------

    def _me(self) -> str:
        """Who acts: the signed-in manager ("Name <email>"), else the audit actor."""
        manager = signed_in_manager(self.ctx)
        return f"{manager.name} <{manager.email}>" if manager is not None else self.ctx.db.actor

    def _current(self, title: str) -> RiskRecord | None:
        """The selected risk as stored now (None: nothing selected, or it went)."""
        record = self.selected_record()
        if record is None:
            return None
        try:
            return self.service.get(record.id)
        except NotFoundError as error:
            self.warn_and_reload(title, error)
            return None

    def create(self) -> None:
        if self.region_id is None:
            QMessageBox.information(
                self, self.tr("New risk"), self.tr("Choose a region first: a risk belongs to one.")
            )
            return
        dialog = RiskDialog(self.ctx, self.region_id, parent=self)
        if self.run_dialog(dialog):
            self.open_item(dialog.result_value.id)

    def edit_selected(self) -> None:
        record = self._current(self.tr("Edit risk"))
        if record is not None:
            self.run_dialog(RiskDialog(self.ctx, record.region_id, record, parent=self))

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None or not self.confirm(
            self.tr("Delete risk"),
            self.tr("Delete the risk {title} with its reviews and actions?").format(
                title=record.title
            ),
        ):
            return
        try:
            self.service.delete(record.id, record.version)
        except ServiceError as error:
            self.warn_and_reload(self.tr("Delete risk"), error)
            return
        self.ctx.bus.emit_changed("risks")

    def record_review(self) -> None:
        record = self._current(self.tr("Record review"))
        if record is not None:
            cadence = risk_review_cadence(self.ctx.settings)
            self.run_dialog(
                ReviewDialog(self.ctx, record, self._me(), cadence, self.today, parent=self)
            )

    def accept_risk(self) -> None:
        record = self._current(self.tr("Accept risk"))
        if record is not None:
            self.run_dialog(AcceptDialog(self.ctx, record, self._me(), self.today, parent=self))

    def add_action(self) -> None:
        record = self._current(self.tr("Add action"))
        if record is not None:
            self.run_dialog(ActionDialog(self.ctx, record, parent=self))

    def mark_done(self, action: RiskActionRecord) -> None:
        self._act(
            self.tr("Mark done"),
            lambda: self.treatment.set_done(action.id, self.today(), action.version),
        )

    def carry_action(self, action: RiskActionRecord) -> None:
        self._act(
            self.tr("Carry into next one-on-one"),
            lambda: self.treatment.carry_to_one_on_one(action.id, action.version),
            also=("actions", "meetings"),
        )

    def _act(self, title: str, write: Callable[[], object], also: tuple[str, ...] = ()) -> None:
        try:
            write()
        except ValidationError as error:
            # "Omar has no one-on-one planned ahead": the message says it all.
            QMessageBox.warning(self, title, error.message[:1].upper() + error.message[1:])
        except ServiceError as error:
            QMessageBox.warning(self, title, str(error))
        self.ctx.bus.emit_changed("risks", *also)


__all__ = ["RisksPane"]
