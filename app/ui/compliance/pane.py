"""The Compliance pane: the region's obligations, their evidence, renewals, the country view.

The table lists the register's rows and, read-only, the reps' work permits from
the Team data (marked "From Team"; Enter or double-click opens the rep in the
Team pane). Beside it: the country × category matrix (clicking a cell filters
the table), the selected obligation with **Mark renewed**, and its evidence
files. Due dates within the Preferences' warning window are amber, past ones red.

Renewals keep history: marking a row renewed leaves it in the table (compliant,
"Renewed <date>") and adds its successor, due one period later, which the
table then selects.
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
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ComplianceCategory, ComplianceStatus
from app.domain.validation import ValidationError
from app.services.compliance import ComplianceRecord, ComplianceService
from app.services.errors import NotFoundError, ServiceError
from app.ui.area_keys import COMPLIANCE, TEAM
from app.ui.compliance.columns import compliance_columns, country_text, obligation_text
from app.ui.compliance.dialog import TOPICS, ComplianceDialog
from app.ui.compliance.evidence import EvidencePanel
from app.ui.compliance.matrix import CountryMatrix
from app.ui.context import UiContext
from app.ui.labels import date_text, enum_label, ui_language
from app.ui.settings import COMPLIANCE_WARNING_DAYS
from app.ui.table_pane import TablePane


class CompliancePane(TablePane[ComplianceRecord]):
    """Obligations per country and rep, with evidence files, renewals and a country view."""

    key = COMPLIANCE
    icon = "compliance.svg"
    can_create = True
    can_edit = True
    can_delete = True
    lazy = True
    topics = ("compliance", "reps", "regions", "preferences")
    default_sort = "due_date"
    # Set, not fitted: a fit to the first rows left the obligation a few letters wide.
    default_widths = {
        "country": 120,
        "category": 105,
        "obligation": 230,
        "rep_name": 110,
        "owner": 110,
        "due_date": 110,
        "status": 95,
        "last_checked": 110,
        "renewal_months": 120,
        "legal_reference": 220,
        "attachment_count": 50,
    }
    splitter_sizes = (760, 520)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = ComplianceService(ctx.db)
        #: Today's date (a test may fix it).
        self.today: Callable[[], dt.date] = dt.date.today
        self.language = ui_language()
        self._build_filters()
        self.matrix = CountryMatrix(self.language)
        self.detail = QLabel()
        self.detail.setObjectName("compliance_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.renew_button = QPushButton(self.tr("Mark renewed"))
        self.renew_button.setObjectName("renew_button")
        self.renew_button.setToolTip(
            self.tr("Record the renewal today and create the next due date")
        )
        self.evidence = EvidencePanel(ctx)
        self.build(
            self.service.list_items,
            compliance_columns(self.today, self.warn_days, language=self.language),
            count_text=self.tr("Obligations: {count}"),
            bar=self._bar(),
            below_bar=self._below_bar(),
            side=self._side(),
            view_name="compliance_table",
        )
        self._connect_parts()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CompliancePane", "Compliance")

    # -- building ------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.country_filter = QComboBox()
        self.country_filter.setObjectName("country_filter")
        self.country_filter.addItem(self.tr("All countries"), None)
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("category_filter")
        self.category_filter.addItem(self.tr("All categories"), None)
        for category in ComplianceCategory:
            self.category_filter.addItem(enum_label(category), category.value)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ComplianceStatus:
            self.status_filter.addItem(enum_label(status), status.value)
        self.due_filter = QSpinBox()
        self.due_filter.setObjectName("due_filter")
        self.due_filter.setRange(0, 3650)
        self.due_filter.setSpecialValueText(self.tr("Any due date"))
        self.due_filter.setPrefix(self.tr("Due within "))
        self.due_filter.setSuffix(self.tr(" days"))
        self.due_filter.setToolTip(self.tr("Only obligations due this soon (overdue included)"))
        self.permits_filter = QCheckBox(self.tr("Work permits from Team"))
        self.permits_filter.setObjectName("permits_filter")
        self.permits_filter.setChecked(True)

    def _bar(self) -> list[QWidget]:
        # Short combos (they grow with the window): the pane fits a small window.
        combos = [self.country_filter, self.category_filter, self.status_filter]
        for combo in combos:
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        return combos

    def _below_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.due_filter)
        row.addWidget(self.permits_filter)
        row.addStretch(1)
        return row

    def _side(self) -> QWidget:
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Countries by worst status (click a cell to filter)"))
        caption.setWordWrap(True)
        column.addWidget(caption)
        column.addWidget(self.matrix, 1)
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.detail)
        column.addWidget(self.renew_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        side = QSplitter(Qt.Orientation.Vertical)
        side.setObjectName("compliance_side")
        for index, part in enumerate((top, middle, self.evidence)):
            side.addWidget(part)
            side.setStretchFactor(index, (3, 1, 2)[index])
        side.setChildrenCollapsible(False)
        return side

    def _connect_parts(self) -> None:
        for combo in (self.country_filter, self.category_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.due_filter.valueChanged.connect(self.apply_filters)
        self.permits_filter.toggled.connect(self.apply_filters)
        self.matrix.cell_chosen.connect(self.filter_cell)
        self.renew_button.clicked.connect(self.renew_selected)
        self.evidence.changed.connect(lambda: self.ctx.bus.emit_changed(*TOPICS))

    # -- reading -------------------------------------------------------------------

    def warn_days(self) -> int:
        return COMPLIANCE_WARNING_DAYS.get(self.ctx.settings)

    def filters(self) -> dict[str, Any]:
        due = self.due_filter.value()
        return {
            "region_id": self.region_id,
            "country": self.country_filter.currentData(),
            "category": self.category_filter.currentData(),
            "status": self.status_filter.currentData(),
            "due_within_days": due or None,
            "with_permits": self.permits_filter.isChecked(),
            "as_of": self.today(),
            "warn_days": self.warn_days(),
        }

    def refresh(self) -> None:
        if not self._postpone():
            self.load_matrix()
        super().refresh()

    def reload(self) -> None:
        if not self._postpone():
            self.load_matrix()
        super().reload()

    def load_matrix(self) -> None:
        """The country view of the region (one aggregate query) and the country choices."""
        self.matrix.set_cells(
            self.service.country_matrix(self.region_id, self.today(), self.warn_days())
        )
        chosen = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        self.country_filter.clear()
        self.country_filter.addItem(self.tr("All countries"), None)
        codes = set(self.matrix.countries()) | ({chosen} if chosen else set())
        for code in sorted(codes):
            self.country_filter.addItem(country_text(code, self.language), code)
        self.country_filter.setCurrentIndex(max(self.country_filter.findData(chosen), 0))
        self.country_filter.blockSignals(False)

    def filter_cell(self, country: str, category: str) -> None:
        """A matrix cell clicked: the table shows that country's obligations of that category."""
        for combo, value in ((self.country_filter, country), (self.category_filter, category)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.status_filter.blockSignals(False)
        self.apply_filters()

    def show_selected(self, record: ComplianceRecord | None) -> None:
        self.renew_button.setEnabled(self._renewable(record))
        if record is None:
            self.detail.setText(self.tr("Select an obligation to see its evidence."))
            self.evidence.show_item(None)
            return
        lines = [obligation_text(record)]
        if record.from_team:
            lines.append(self.tr("From the Team data: edit the rep to change the permit."))
            self.evidence.show_item(
                None, read_only_reason=self.tr("A work permit from Team keeps no evidence here")
            )
        else:
            if record.legal_reference:
                lines.append(record.legal_reference)
            if record.renewed_on is not None:
                lines.append(
                    self.tr("Renewed on {date}; kept as history").format(
                        date=date_text(record.renewed_on)
                    )
                )
            if record.notes:
                lines.append(record.notes)
            self.evidence.show_item(record.id)
        self.detail.setText("\n".join(lines))

    @staticmethod
    def _renewable(record: ComplianceRecord | None) -> bool:
        return (
            record is not None
            and not record.from_team
            and record.renewed_on is None
            and bool(record.renewal_months)
            and record.due_date is not None
        )

    def open_item(self, item_id: int) -> None:
        """Select obligation ``item_id`` (a Team permit: ``-rep_id``), clearing the filters
        that hide it; one outside the region or the search is shown alone."""
        if self.select_id(item_id):
            return
        if self._postpone():
            self.refresh()  # shown by now: the window shows the pane first
        self._clear_filters()
        if self.load_until(item_id):
            self.select_id(item_id)
            return
        self.model.set_query(
            search="", filters={**self.filters(), "region_id": None, "id": item_id}
        )
        if self.select_id(item_id):
            self.count_label.setText(self.tr("Showing one obligation only"))

    def _clear_filters(self) -> None:
        widgets = (self.country_filter, self.category_filter, self.status_filter)
        for widget in (*widgets, self.due_filter, self.permits_filter):
            widget.blockSignals(True)
        for combo in widgets:
            combo.setCurrentIndex(0)
        self.due_filter.setValue(0)
        self.permits_filter.setChecked(True)
        for widget in (*widgets, self.due_filter, self.permits_filter):
            widget.blockSignals(False)
        self.apply_filters()

    # -- actions -------------------------------------------------------------------

    def create(self) -> None:
        dialog = ComplianceDialog(self.ctx, region_id=self.region_id, parent=self)
        if self.run_dialog(dialog):
            self.open_item(dialog.result_value.id)

    def edit_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        if record.from_team:
            # Read-only here: the permit is the rep's, edited in the Team pane.
            if record.rep_id is not None:
                self.ctx.bus.request_open(TEAM, record.rep_id)
            return
        try:
            record = self.service.get(record.id)
        except NotFoundError as error:
            self.warn_and_reload(self.tr("Edit obligation"), error)
            return
        dialog = ComplianceDialog(self.ctx, record, parent=self)
        if self.run_dialog(dialog):
            self.open_item(record.id)

    def delete_selected(self) -> None:
        record = self.selected_record()
        title = self.tr("Delete obligation")
        if record is None:
            return
        if record.from_team:
            QMessageBox.information(
                self, title, self.tr("A work permit from Team is removed in the Team pane.")
            )
            return
        question = self.tr("Delete {name} and its evidence files?").format(name=record.obligation)
        if not self.confirm(title, question):
            return
        try:
            self.service.delete(record.id, record.version)
        except ServiceError as error:
            self.warn_and_reload(title, error)
            return
        self.ctx.bus.emit_changed(*TOPICS)

    def renew_selected(self) -> None:
        """Mark the selected obligation renewed today; select its successor."""
        record = self.selected_record()
        if not self._renewable(record):
            return
        assert record is not None
        title = self.tr("Mark renewed")
        try:
            successor = self.service.renew(record.id, record.version, self.today())
        except (ServiceError, ValidationError) as error:
            self.warn_and_reload(title, error)
            return
        self.ctx.bus.emit_changed(*TOPICS)
        self.open_item(successor.id)
        self.count_label.setText(
            self.tr("Renewed; next due {date}").format(date=date_text(successor.due_date))
        )


__all__ = ["CompliancePane"]
