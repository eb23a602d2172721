"""The Targets pane's dialogs: create targets (one rep or the whole region), edit one.

A yearly target is split into its quarters and months with
:func:`app.domain.splitting.split_year`, evenly or by a monthly distribution
the manager edits; the dialog shows the resulting parts live, and they always
add up to the whole because the same function makes them in the service.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import messages as msg
from app.domain.enums import MONEY_METRICS, Metric, PeriodKind
from app.domain.geo import is_currency, minor_units
from app.domain.periods import Period
from app.domain.splitting import split_even, split_year
from app.domain.validation import ValidationError
from app.services.period_queries import ADDITIVE_METRICS, COUNT_METRICS, DEFAULT_UNITS
from app.services.targets import TargetInput, TargetRecord, TargetService
from app.services.team import TeamService
from app.ui.combos import EnumCombo, RepPicker
from app.ui.context import UiContext
from app.ui.editors import AmountEdit, format_amount, parse_amount
from app.ui.error_text import message_text
from app.ui.forms import FormDialog
from app.ui.labels import period_text
from app.ui.period_selector import PeriodSelector

EVEN_SHARE = Decimal(100) / 12
ERROR_STYLE = "color: #c5221f;"


class Scope(enum.Enum):
    ONE_REP = "one"
    REGION = "region"


class SplitMode(enum.Enum):
    EVEN = "even"
    DISTRIBUTION = "distribution"
    NONE = "none"


def split_places(metric: Metric, unit: str | None) -> int:
    """Decimal places of the parts: the currency's minor units, whole items for counts."""
    if metric in COUNT_METRICS:
        return 0
    if metric in MONEY_METRICS and is_currency(unit):
        return minor_units(unit)
    return 2


class PeriodField(PeriodSelector):
    """The period selector as a form field (``value()`` / ``setValue`` / ``edited``)."""

    edited = Signal()

    def __init__(self, period: Period | None = None, parent: QWidget | None = None) -> None:
        super().__init__(period, parent)
        self.period_changed.connect(lambda _p: self.edited.emit())

    def value(self) -> Period:
        return self.period()

    def setValue(self, value: Period) -> None:
        self.set_period(value)


class DistributionEditor(QWidget):
    """Twelve monthly percentages and the parts they make of a total, live.

    Row 0 holds the percentages (editable in distribution mode), row 1 the
    month amounts; below, the quarters and the sum of the percentages. Parts
    come from :func:`split_year`, so they add up exactly to the total.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(2, 12)
        self.table.setObjectName("distribution_table")
        self.table.setHorizontalHeaderLabels([self.tr("M{n}").format(n=m) for m in range(1, 13)])
        self.table.setVerticalHeaderLabels([self.tr("%"), self.tr("Amount")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows_height = 2 * self.table.verticalHeader().defaultSectionSize()
        header_height = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(rows_height + header_height + 2 * self.table.frameWidth() + 2)
        self.table.setMinimumWidth(720)
        for month in range(12):
            self.table.setItem(0, month, QTableWidgetItem(""))
            amount = QTableWidgetItem("")
            amount.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(1, month, amount)
        for row in range(2):
            for month in range(12):
                self.table.item(row, month).setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
        self.quarters_label = QLabel()
        self.quarters_label.setObjectName("quarters_label")
        self.sum_label = QLabel()
        self.sum_label.setObjectName("sum_label")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.quarters_label)
        layout.addWidget(self.sum_label)
        self._editable = False
        self._total: Decimal | None = None
        self._year = 2000
        self._places = 2
        self.parts: list[Decimal] = []
        self.set_percentages([EVEN_SHARE] * 12)
        self.table.itemChanged.connect(self._on_item_changed)

    # -- the value API -------------------------------------------------------------

    def percentages(self) -> list[Decimal | None]:
        """The typed percentages (None for a blank or unreadable cell)."""
        return [parse_amount(self.table.item(0, m).text()) for m in range(12)]

    def value(self) -> list[Decimal] | None:
        """The distribution for the service (None: even), as typed."""
        if not self._editable:
            return None
        return [p if p is not None else Decimal(0) for p in self.percentages()]

    def set_percentages(self, values: Sequence[Decimal]) -> None:
        with QSignalBlocker(self.table):
            for month, value in enumerate(values):
                shown = format(value.quantize(Decimal("0.01")).normalize(), "f")
                self.table.item(0, month).setText(shown)
        self.refresh()

    def set_editable(self, editable: bool) -> None:
        """Distribution mode (typed percentages) or even mode (fixed 1/12 shares)."""
        was_editable, self._editable = self._editable, editable
        flags = Qt.ItemFlag.ItemIsEnabled
        if editable:
            flags |= Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
            if not was_editable:
                # Start from twelfths that add up to exactly 100 (8.34 ×4, 8.33 ×8).
                self.set_percentages(split_even(Decimal(100), 12, places=2))
        else:
            self.set_percentages([EVEN_SHARE] * 12)
        with QSignalBlocker(self.table):
            for month in range(12):
                self.table.item(0, month).setFlags(flags)
        self.refresh()

    def set_total(self, total: Decimal | None, year: int, places: int) -> None:
        self._total, self._year, self._places = total, year, places
        self.refresh()

    # -- the live preview ------------------------------------------------------------

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        self.refresh()
        self.edited.emit()

    def refresh(self) -> None:
        """Recompute the parts; say why when they cannot be made."""
        typed = self.percentages()
        total_pct = sum((p for p in typed if p is not None), Decimal(0))
        self.parts = []
        message = ""
        if self._editable and total_pct != 100:
            message = self.tr("The percentages add up to {sum} %, not 100 %").format(
                sum=format(total_pct.normalize(), "f")
            )
        elif self._total is not None:
            try:
                split = split_year(self._total, self._year, self.value(), self._places)
            except ValidationError as error:
                message = message_text(error)
            else:
                self.parts = [amount for _p, amount in split.months]
                quarters = "   ".join(
                    self.tr("Q{n}: {amount}").format(
                        n=i + 1, amount=format_amount(amount, self._places)
                    )
                    for i, (_p, amount) in enumerate(split.quarters)
                )
                total = format_amount(sum(self.parts, Decimal(0)), self._places)
                self.quarters_label.setText(
                    quarters + "   " + self.tr("Year: {amount}").format(amount=total)
                )
        with QSignalBlocker(self.table):
            for month in range(12):
                text = format_amount(self.parts[month], self._places) if self.parts else ""
                self.table.item(1, month).setText(text)
        if not self.parts:
            self.quarters_label.setText("")
        self.sum_label.setText(message)
        self.sum_label.setStyleSheet(ERROR_STYLE if message else "")
        self.sum_label.setVisible(bool(message))


class CreateTargetDialog(FormDialog):
    """A new target for one rep or for every active rep of the region.

    A year may be split into quarters and months (evenly or by distribution);
    a quarter or month target is a single target for one rep.
    ``result_value`` is the list of created :class:`TargetRecord` s.
    """

    # The service's field names that mean a field of this form.
    ALIASES = {"total": "value", "year": "period", "distribution": "distribution"}

    def __init__(
        self,
        ctx: UiContext,
        region_id: int | None,
        period: Period,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("New target"), topics=("targets",), parent=parent)
        self.service = TargetService(ctx.db)
        self.region_id = region_id
        self.scope_combo = self.add_field("scope", self.tr("For"), QComboBox())
        self.scope_combo.addItem(self.tr("One rep"), Scope.ONE_REP)
        self.scope_combo.addItem(self.tr("Every active rep of the region"), Scope.REGION)
        self.scope_combo.setEnabled(region_id is not None)
        self.rep_picker = self.add_field(
            "rep_id", self.tr("Rep"), RepPicker(TeamService(ctx.db), region_id)
        )
        self.metric_combo = self.add_field("metric", self.tr("Metric"), EnumCombo(Metric))
        self.period_field = self.add_field("period", self.tr("Period"), PeriodField(period))
        self.split_combo = self.add_field("split", self.tr("Split"), QComboBox())
        self.split_combo.addItem(
            self.tr("Year split evenly into quarters and months"), SplitMode.EVEN
        )
        self.split_combo.addItem(
            self.tr("Year split by a monthly distribution"), SplitMode.DISTRIBUTION
        )
        self.split_combo.addItem(self.tr("No split: this period only"), SplitMode.NONE)
        self.value_edit = self.add_field(
            "value",
            self.tr("Target per rep"),
            AmountEdit(places=2),
            tip=self.tr("For money metrics, in each rep's own currency"),
        )
        self.unit = self.add_field("unit", self.tr("Unit"), QLineEdit())
        self.unit.setPlaceholderText(self.tr("Default: the rep's currency or the metric's unit"))
        self.distribution = self.add_field("distribution", self.tr("Months"), DistributionEditor())
        self.description = self.add_field(
            "smart_description", self.tr("SMART description"), QPlainTextEdit()
        )
        self.description.setFixedHeight(64)
        self.scope_combo.currentIndexChanged.connect(self._update)
        self.metric_combo.currentIndexChanged.connect(self._update)
        self.split_combo.currentIndexChanged.connect(self._update)
        self.period_field.period_changed.connect(lambda _p: self._update())
        self.value_edit.textChanged.connect(lambda _t: self._update())
        self.unit.textChanged.connect(lambda _t: self._update())
        self.rep_picker.currentIndexChanged.connect(lambda _i: self._update())
        if period.kind is not PeriodKind.YEAR:
            # Creating from a quarter or month view: a target for that year by default.
            self.period_field.setValue(Period.year(period.start.year))
        self._update()

    # -- state of the form -----------------------------------------------------------

    def chosen_scope(self) -> Scope:
        return self.scope_combo.currentData()  # type: ignore[no-any-return]

    def chosen_split(self) -> SplitMode:
        if self.period_field.value().kind is not PeriodKind.YEAR:
            return SplitMode.NONE
        return self.split_combo.currentData()  # type: ignore[no-any-return]

    def unit_text(self) -> str | None:
        return self.unit.text().strip() or None

    def _rep_currency(self) -> str | None:
        rep_id = self.rep_picker.value()
        if rep_id is None:
            return None
        return TeamService(self.ctx.db).get_rep(rep_id).currency

    def _update(self, *_args: Any) -> None:
        """Enable what applies and refresh the preview of the parts."""
        is_year = self.period_field.value().kind is PeriodKind.YEAR
        self.split_combo.setEnabled(is_year)
        self.rep_picker.setEnabled(self.chosen_scope() is Scope.ONE_REP)
        metric = self.metric_combo.value() or Metric.REVENUE
        splittable = is_year and metric in ADDITIVE_METRICS
        mode = self.chosen_split()
        self.distribution.setEnabled(splittable and mode is not SplitMode.NONE)
        self.distribution.set_editable(splittable and mode is SplitMode.DISTRIBUTION)
        unit = self.unit_text()
        if unit is None and metric in MONEY_METRICS and self.chosen_scope() is Scope.ONE_REP:
            unit = self._rep_currency()
        year = self.period_field.value().start.year
        self.distribution.set_total(self.value_edit.value(), year, split_places(metric, unit))

    # -- saving ----------------------------------------------------------------------

    def show_error(self, field: str | None, message: str) -> None:
        super().show_error(self.ALIASES.get(field or "", field), message)

    def save(self, _version: int | None) -> list[TargetRecord]:
        metric = self.metric_combo.value()
        value = self.value_edit.value()
        if value is None:
            raise ValidationError("value", msg.REQUIRED())
        period = self.period_field.value()
        description = self.description.toPlainText().strip() or None
        mode = self.chosen_split()
        distribution = self.distribution.value() if mode is SplitMode.DISTRIBUTION else None
        if self.chosen_scope() is Scope.REGION:
            if self.region_id is None:
                raise ValidationError("scope", msg.CHOOSE_REGION_FIRST())
            if mode is SplitMode.NONE:
                raise ValidationError("period", msg.WHOLE_YEAR_ONLY())
            return self.service.create_for_region(
                self.region_id,
                metric or Metric.REVENUE,
                period.start.year,
                value,
                self.unit_text(),
                distribution,
                description,
            )
        rep_id = self.rep_picker.value()
        if rep_id is None:
            raise ValidationError("rep_id", msg.CHOOSE_REP())
        if mode is not SplitMode.NONE:
            return self.service.create_year_split(
                rep_id,
                metric or Metric.REVENUE,
                period.start.year,
                value,
                self.unit_text(),
                distribution,
                description,
            )
        metric_m = metric or Metric.REVENUE
        unit = self.unit_text()
        if unit is None:
            unit = self._rep_currency() if metric_m in MONEY_METRICS else DEFAULT_UNITS[metric_m]
        data = TargetInput(rep_id, metric_m, period, value, unit or "", description)
        return [self.service.create_target(data)]


class EditTargetDialog(FormDialog):
    """Change a target's value and SMART description (version-checked)."""

    def __init__(self, ctx: UiContext, record: TargetRecord, parent: QWidget | None = None) -> None:
        title = self.tr("Edit target: {rep}, {period}").format(
            rep=record.rep_name, period=period_text(record.period, ctx.language)
        )
        super().__init__(
            ctx, title, topics=("targets",), expected_version=record.version, parent=parent
        )
        self.service = TargetService(ctx.db)
        self.record = record
        self.value_edit = self.add_field(
            "value", self.tr("Target ({unit})").format(unit=record.unit), AmountEdit(places=4)
        )
        self.description = self.add_field(
            "smart_description", self.tr("SMART description"), QPlainTextEdit()
        )
        self.value_edit.setValue(record.value.normalize())
        self.description.setPlainText(record.smart_description or "")

    def edited_input(self) -> TargetInput:
        value = self.value_edit.value()
        if value is None:
            raise ValidationError("value", msg.REQUIRED())
        description = self.description.toPlainText().strip() or None
        return replace(self.record.to_input(), value=value, smart_description=description)

    def save(self, version: int | None) -> TargetRecord:
        return self.service.update_target(self.record.id, self.edited_input(), version)

    def conflict_values(self) -> dict[str, Any]:
        return {
            "value": self.value_edit.value(),
            "smart_description": self.description.toPlainText().strip() or None,
        }

    def reload_from(self, error: Any) -> None:
        stored = self.service.get_target(self.record.id)
        self.record = stored
        self.expected_version = stored.version
        self.value_edit.setValue(stored.value.normalize())
        self.description.setPlainText(stored.smart_description or "")


__all__ = [
    "CreateTargetDialog",
    "DistributionEditor",
    "EditTargetDialog",
    "PeriodField",
    "Scope",
    "SplitMode",
    "split_places",
]
