"""Open a review cycle: name, kind, period and the KPI template, then a draft per rep.

The KPI template is a small table of (metric, weight %) with a live total;
problems show at their field before anything is written. Opening the cycle
creates a draft review for every active rep of the region in one transaction,
which for a big region takes a while, so it runs on a worker thread
(:class:`~app.ui.workers.TaskRunner`: a progress dialog only after ~0.5 s).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CycleKind, Metric, PeriodKind, RepStatus
from app.domain.periods import Period
from app.domain.validation import ValidationError
from app.services.base import PageRequest
from app.services.cycles import CycleInput, CycleRecord, CycleService, validate_cycle
from app.services.errors import ServiceError
from app.services.kpi_template import KpiWeight
from app.services.team import TeamService
from app.ui.combos import EnumCombo, SearchableCombo
from app.ui.context import UiContext
from app.ui.editors import AmountEdit, DateEdit
from app.ui.error_text import error_text, message_text
from app.ui.forms import ERROR_STYLE, FormDialog
from app.ui.labels import enum_label
from app.ui.me import my_manager_id
from app.ui.reviews.formats import weight_text
from app.ui.workers import TaskRunner, TaskState

translate = QCoreApplication.translate

#: The template a new cycle starts from (the issue's example).
DEFAULT_TEMPLATE: tuple[tuple[Metric, Decimal], ...] = (
    (Metric.REVENUE, Decimal(50)),
    (Metric.NEW_CUSTOMERS, Decimal(20)),
    (Metric.CSAT, Decimal(20)),
    (Metric.VISITS, Decimal(10)),
)

METRIC, WEIGHT, REMOVE = range(3)


class KpiTemplateEditor(QWidget):
    """(metric, weight %) rows with add/remove and a live total.

    ``value()`` is ``[{"metric": Metric | None, "weight": Decimal | None}, …]``
    as typed (checked by :meth:`OpenCycleDialog.cycle_input` and the service).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("template_table")
        self.table.setHorizontalHeaderLabels([self.tr("Metric"), self.tr("Weight (%)"), ""])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(METRIC, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WEIGHT, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(REMOVE, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(WEIGHT, 110)
        self.table.setColumnWidth(REMOVE, 34)
        self._row_height = self.table.fontMetrics().height() + 16
        self.table.verticalHeader().setDefaultSectionSize(self._row_height)
        self.add_button = QPushButton(self.tr("Add metric"))
        self.add_button.setObjectName("add_metric")
        self.total_label = QLabel()
        self.total_label.setObjectName("template_total")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        bar.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        self.add_button.clicked.connect(self._add_by_user)
        self.setValue(list(DEFAULT_TEMPLATE))

    # -- rows ----------------------------------------------------------------------

    def add_row(self, metric: Metric | None = None, weight: Decimal | None = None) -> int:
        metric = metric or self._unused_metric()
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo: EnumCombo[Metric] = EnumCombo(Metric)
        combo.setObjectName(f"template_metric_{row}")
        combo.setValue(metric)
        amount = AmountEdit(places=0)
        amount.setObjectName(f"template_weight_{row}")
        amount.setFrame(False)
        amount.setValue(weight)
        remove = QToolButton()
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Remove this metric"))
        remove.setObjectName(f"template_remove_{row}")
        self.table.setCellWidget(row, METRIC, combo)
        self.table.setCellWidget(row, WEIGHT, amount)
        self.table.setCellWidget(row, REMOVE, remove)
        combo.edited.connect(self._changed)
        amount.textChanged.connect(lambda _t: self._changed())
        remove.clicked.connect(lambda: self._remove(remove))
        self._fit_height()
        self._changed()
        return row

    def _add_by_user(self) -> None:
        row = self.add_row()
        self.weight_edit(row).setFocus()

    def _unused_metric(self) -> Metric:
        used = {m for m, _w in self.rows()}
        return next((m for m in Metric if m not in used), Metric.REVENUE)

    def _remove(self, button: QToolButton) -> None:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, REMOVE) is button:
                self.table.removeRow(row)
                break
        self._fit_height()
        self._changed()

    def _fit_height(self) -> None:
        # Every row on screen: a template has a handful of metrics, never a scroll.
        rows = max(self.table.rowCount(), 3)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(rows * self._row_height + header + 2 * self.table.frameWidth())

    def metric_combo(self, row: int) -> EnumCombo[Metric]:
        return self.table.cellWidget(row, METRIC)  # type: ignore[return-value]

    def weight_edit(self, row: int) -> AmountEdit:
        return self.table.cellWidget(row, WEIGHT)  # type: ignore[return-value]

    def remove_button(self, row: int) -> QToolButton:
        return self.table.cellWidget(row, REMOVE)  # type: ignore[return-value]

    def rows(self) -> list[tuple[Metric | None, Decimal | None]]:
        return [
            (self.metric_combo(r).value(), self.weight_edit(r).value())
            for r in range(self.table.rowCount())
        ]

    # -- the value API ---------------------------------------------------------------

    def value(self) -> list[dict[str, Any]]:
        return [{"metric": m, "weight": w} for m, w in self.rows()]

    def setValue(self, value: Sequence[Mapping[str, Any] | KpiWeight | tuple[Any, Any]]) -> None:
        with QSignalBlocker(self):
            self.table.setRowCount(0)
            for entry in value:
                if isinstance(entry, KpiWeight):
                    metric, weight = entry.metric, entry.weight
                elif isinstance(entry, tuple):
                    metric, weight = entry
                else:
                    metric, weight = entry.get("metric"), entry.get("weight")
                self.add_row(Metric(metric), None if weight is None else Decimal(weight))
        self._fit_height()
        self.refresh_total()

    def total(self) -> Decimal:
        return sum((w for _m, w in self.rows() if w is not None), Decimal(0))

    def refresh_total(self) -> None:
        total = self.total()
        text = self.tr("Total: {total}").format(total=weight_text(total))
        if total != 100:
            text += " " + self.tr("(must be 100 %)")
        self.total_label.setText(text)
        self.total_label.setStyleSheet("" if total == 100 else ERROR_STYLE)

    def _changed(self) -> None:
        self.refresh_total()
        self.edited.emit()


def default_name(period: Period, language: str) -> str:
    return translate("OpenCycleDialog", "{period} review").format(period=period.label(language))


def default_kind(period: Period) -> CycleKind:
    return CycleKind.ANNUAL if period.kind is PeriodKind.YEAR else CycleKind.QUARTERLY


def default_span(period: Period) -> Period:
    """A month in the window proposes its quarter: reviews are not monthly."""
    if period.kind is PeriodKind.MONTH:
        return Period.containing(period.start, PeriodKind.QUARTER)
    return period


class OpenCycleDialog(FormDialog):
    """A new review cycle for one region; ``result_value`` is the :class:`CycleRecord`."""

    #: Emitted when the worker has opened the cycle (tests wait for it).
    opened = Signal(object)

    def __init__(
        self, ctx: UiContext, region_id: int, period: Period, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx, self.tr("Open a review cycle"), topics=("cycles", "reviews"), parent=parent
        )
        self.service = CycleService(ctx.db)
        self.region_id = region_id
        self.runner: TaskRunner | None = None
        span = default_span(period)
        team = TeamService(ctx.db)
        region = team.get_region(region_id)
        active = team.list_reps(
            PageRequest(limit=1, filters={"region_id": region_id, "status": RepStatus.ACTIVE})
        ).total
        region_name = region.name_zh if ctx.prefers_chinese and region.name_zh else region.name
        self.intro = QLabel(
            self.tr(
                "A draft review will be created for each of the {count} active reps of "
                "{region}, with KPI lines filled in from their targets and actuals "
                "for the period. Opening a cycle cannot be undone: Undo (Ctrl+Z) does "
                "not take it back."
            ).format(count=active, region=region_name)
        )
        self.intro.setObjectName("cycle_intro")
        self.intro.setWordWrap(True)
        self.main_layout.insertWidget(0, self.intro)

        self.name_edit: QLineEdit = self.add_field("name", self.tr("Name"), QLineEdit())
        self.kind_combo: EnumCombo[CycleKind] = self.add_field(
            "kind", self.tr("Kind"), EnumCombo(CycleKind)
        )
        self.start_edit: DateEdit = self.add_field(
            "period_start", self.tr("Period start"), DateEdit(allow_empty=False)
        )
        self.end_edit: DateEdit = self.add_field(
            "period_end", self.tr("Period end"), DateEdit(allow_empty=False)
        )
        self.template: KpiTemplateEditor = self.add_field(
            "kpi_template",
            self.tr("KPI template"),
            KpiTemplateEditor(),
            tip=self.tr("The metrics every review is scored on; weights add up to 100 %"),
        )
        chinese = ctx.prefers_chinese
        managers = [
            (m.name_zh if chinese and m.name_zh else m.name, m.id) for m in team.list_managers()
        ]
        self.reviewer_combo: SearchableCombo = self.add_field(
            "reviewer_id",
            self.tr("Reviewer"),
            SearchableCombo(managers, allow_none=True),
            tip=self.tr("Every draft review starts with this reviewer; each can be changed"),
        )
        # Who I am (Preferences) reviews by default; nobody when not set.
        self.reviewer_combo.setValue(my_manager_id(ctx))
        self.status_label = QLabel()
        self.status_label.setObjectName("cycle_status")
        self.main_layout.insertWidget(self.main_layout.count() - 1, self.status_label)
        self.status_label.hide()

        self.name_edit.setText(default_name(span, ctx.language))
        self.kind_combo.setValue(default_kind(span))
        self.start_edit.setValue(span.start)
        self.end_edit.setValue(span.end)
        self.ok_button.setText(self.tr("Open cycle"))
        self.name_edit.setFocus()
        self.resize(560, self.sizeHint().height())

    # -- values --------------------------------------------------------------------

    def cycle_input(self) -> CycleInput:
        """What the form says, checked for what the service would refuse (at the field)."""
        rows = self.template.rows()
        if not rows:
            raise ValidationError("kpi_template", self.tr("Add at least one metric"))
        seen: set[Metric] = set()
        for metric, weight in rows:
            if metric is None:
                raise ValidationError("kpi_template", self.tr("Choose a metric on every row"))
            if metric in seen:
                raise ValidationError(
                    "kpi_template",
                    self.tr("{metric} is listed twice").format(metric=enum_label(metric)),
                )
            seen.add(metric)
            if weight is None:
                raise ValidationError("kpi_template", self.tr("Give every metric a weight"))
        total = self.template.total()
        if total != 100:
            raise ValidationError(
                "kpi_template",
                self.tr("The weights add up to {total}; they must add up to 100 %").format(
                    total=weight_text(total)
                ),
            )
        start, end = self.start_edit.value(), self.end_edit.value()
        if start is not None and end is not None and end < start:
            raise ValidationError("period_end", self.tr("The period ends before it starts"))
        return CycleInput(
            region_id=self.region_id,
            name=self.name_edit.text(),
            kind=self.kind_combo.value() or CycleKind.QUARTERLY,
            period_start=start or dt.date.today(),
            period_end=end or dt.date.today(),
            kpi_template=[KpiWeight(m, w) for m, w in rows if m is not None and w is not None],
            reviewer_id=self.reviewer_combo.value(),
        )

    # -- opening -------------------------------------------------------------------

    def accept(self) -> None:
        """Check the form here, then open the cycle off the UI thread."""
        if self.is_running():
            return
        self.clear_errors()
        if self.refuse_bad_dates():
            return
        try:
            data = self.cycle_input()
            validate_cycle(data)  # pure checks: no database yet
        except ValidationError as error:
            self.show_error(error.field, message_text(error))
            return
        self._set_busy(True)
        service = self.service
        status = self.tr("Creating the draft reviews…")

        def task(state: TaskState) -> CycleRecord:
            state.set_status(status)
            return service.open_cycle(data)

        runner = TaskRunner(task, title=self.tr("Opening the review cycle"), parent=self)
        runner.succeeded.connect(self._opened)
        runner.failed.connect(self._failed)
        runner.finished.connect(self._finished)
        self.runner = runner
        runner.start()

    def is_running(self) -> bool:
        return self.runner is not None and self.runner.running

    def _set_busy(self, busy: bool) -> None:
        for widget in self.fields.values():
            widget.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self.status_label.setText(self.tr("Opening the cycle…") if busy else "")
        self.status_label.setVisible(busy)

    def _opened(self, record: CycleRecord) -> None:
        self.result_value = record
        self.saved.emit(record)
        self.opened.emit(record)
        self.ctx.bus.emit_changed(*self.topics)
        # The save is done: close as accepted without FormDialog's own save.
        QDialog.accept(self)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)  # before showing the error, so its field can take the focus
        if isinstance(error, ValidationError):
            self.show_error(error.field, message_text(error))
        elif isinstance(error, ServiceError):
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def _finished(self) -> None:
        runner, self.runner = self.runner, None
        if runner is not None:
            runner.deleteLater()
        self._set_busy(False)

    def reject(self) -> None:
        # The cycle is written in one transaction that cannot stop halfway.
        if not self.is_running():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_running():
            event.ignore()
            return
        super().closeEvent(event)


__all__ = [
    "DEFAULT_TEMPLATE",
    "KpiTemplateEditor",
    "OpenCycleDialog",
    "default_kind",
    "default_name",
    "default_span",
]
