"""Record actuals: a grid of reps × 12 months for one metric and year.

Amounts are typed in each rep's own currency (money metrics); each cell's
tooltip and the last column show them in the region's base currency at the
rate in force at the month's end. Save writes each changed rep through
``ActualService.record_monthly_actuals`` (one transaction per rep), announces
"actuals" on the bus and pushes one undo step for the whole save.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.currency import Rate
from app.domain.early import future_months
from app.domain.enums import MONEY_METRICS, Metric, RepStatus
from app.domain.message_words import field_label
from app.domain.periods import Period
from app.reports.charts import month_label
from app.services.actuals import ActualService
from app.services.base import PageRequest
from app.services.errors import ServiceError, ValidationError
from app.services.period_queries import ADDITIVE_METRICS, DEFAULT_UNITS
from app.services.rates import RateService, to_base
from app.services.team import TeamService
from app.ui.combos import EnumCombo
from app.ui.context import UiContext
from app.ui.delegates import MoneyDelegate
from app.ui.dialog_parts import confirm
from app.ui.editors import format_amount
from app.ui.error_text import message_text
from app.ui.labels import date_text, month_text, ui_language
from app.ui.undo import push_change

ModelIndex = QModelIndex | QPersistentModelIndex
EDITED_COLOUR = QColor("#fff4c2")
LOCKED_COLOUR = QColor("#eeeeee")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
FIRST_MONTH_COLUMN = 2  # rep, currency, then January…


@dataclass
class GridRow:
    """One rep's line: the stored month values and what the user typed."""

    rep_id: int
    name: str
    name_zh: str | None
    unit: str
    stored: dict[int, Decimal] = field(default_factory=dict)
    edited: dict[int, Decimal | None] = field(default_factory=dict)
    #: Months holding more than one actual (e.g. imported weeks): not editable here.
    locked: set[int] = field(default_factory=set)

    def value(self, month: int) -> Decimal | None:
        return self.edited[month] if month in self.edited else self.stored.get(month)

    def changes(self) -> dict[int, Decimal | None]:
        return {m: v for m, v in self.edited.items() if v != self.stored.get(m)}


class ActualsGridModel(QAbstractTableModel):
    """Reps × months; columns: rep, currency, 12 months, year total, total in base currency."""

    def __init__(
        self,
        rows: list[GridRow],
        year: int,
        base_currency: str,
        rates: list[Rate],
        *,
        language: str = "en",
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.rows = rows
        self.year = year
        self.base_currency = base_currency
        self.rates = rates
        self.language = language

    # -- conversions -----------------------------------------------------------------

    def month_end(self, month: int) -> dt.date:
        return Period.month(self.year, month).end

    def in_base(self, row: GridRow, amount: Decimal | None, on: dt.date) -> Decimal | None:
        if amount is None:
            return None
        return to_base(amount, row.unit, self.base_currency, self.rates, on)

    def base_total(self, row: GridRow) -> Decimal | None:
        total = Decimal(0)
        for month in range(1, 13):
            amount = row.value(month)
            converted = self.in_base(row, amount, self.month_end(month))
            if amount is not None and converted is None:
                return None
            total += converted or 0
        return total

    # -- Qt's side ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_MONTH_COLUMN + 14

    def month_of(self, column: int) -> int | None:
        month = column - FIRST_MONTH_COLUMN + 1
        return month if 1 <= month <= 12 else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self.rows) else None
        month = self.month_of(section)
        if month is not None:
            return month_label(month, self.language)
        headers = {
            0: self.tr("Rep"),
            1: self.tr("Unit"),
            FIRST_MONTH_COLUMN + 12: self.tr("Year"),
            FIRST_MONTH_COLUMN + 13: self.tr("Year in {base}").format(base=self.base_currency),
        }
        return headers.get(section)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        month = self.month_of(index.column())
        if month is not None and month not in self.rows[index.row()].locked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        month = self.month_of(column)
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                chinese = self.language == "zh" and row.name_zh
                return f"{row.name_zh} {row.name}" if chinese else row.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.name_zh
            return None
        if column == 1:
            return row.unit if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT)
        if month is not None:
            return self._month_data(row, month, role)
        if column == FIRST_MONTH_COLUMN + 12 and role == Qt.ItemDataRole.DisplayRole:
            values = [v for m in range(1, 13) if (v := row.value(m)) is not None]
            return format_amount(sum(values, Decimal(0))) if values else ""
        if column == FIRST_MONTH_COLUMN + 13 and role == Qt.ItemDataRole.DisplayRole:
            return format_amount(self.base_total(row))
        return None

    def _month_data(self, row: GridRow, month: int, role: int) -> Any:
        amount = row.value(month)
        if role == Qt.ItemDataRole.EditRole:
            return amount
        if role == Qt.ItemDataRole.DisplayRole:
            return format_amount(amount)
        if role == Qt.ItemDataRole.BackgroundRole:
            if month in row.locked:
                return QBrush(LOCKED_COLOUR)
            if month in row.changes():
                return QBrush(EDITED_COLOUR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if month in row.locked:
                return self.tr("Several actuals make up this month; edit them one by one")
            if amount is None or row.unit == self.base_currency:
                return None
            on = self.month_end(month)
            converted = self.in_base(row, amount, on)
            if converted is None:
                return self.tr("No {unit} rate into {base} on {date}").format(
                    unit=row.unit, base=self.base_currency, date=date_text(on)
                )
            return self.tr("{amount} {base} at the rate of {date}").format(
                amount=format_amount(converted), base=self.base_currency, date=date_text(on)
            )
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        month = self.month_of(index.column())
        if role != Qt.ItemDataRole.EditRole or month is None or not index.isValid():
            return False
        if value is not None and not isinstance(value, Decimal):
            return False
        row = self.rows[index.row()]
        if month in row.locked:
            return False
        row.edited[month] = value
        last = self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(self.index(index.row(), index.column()), last)
        return True

    def set_rows(self, rows: list[GridRow], year: int) -> None:
        """Show another metric or year (what was typed and not saved is dropped)."""
        self.beginResetModel()
        self.rows, self.year = rows, year
        self.endResetModel()

    def pending(self) -> dict[int, dict[int, Decimal | None]]:
        """Per rep id, the months whose typed value differs from the stored one."""
        return {row.rep_id: c for row in self.rows if (c := row.changes())}


def load_grid_rows(ctx: UiContext, region_id: int, metric: Metric, year: int) -> list[GridRow]:
    """The region's active reps with their month actuals (two paged reads, no per-rep query)."""
    reps = TeamService(ctx.db).list_reps(
        PageRequest(limit=100_000, filters={"region_id": region_id})
    )
    money = metric in MONEY_METRICS
    rows = {
        r.id: GridRow(r.id, r.name, r.name_zh, r.currency if money else DEFAULT_UNITS[metric])
        for r in reps.rows
        if r.status != RepStatus.INACTIVE
    }
    actuals = ActualService(ctx.db).list_actuals(
        PageRequest(
            limit=1_000_000,
            filters={"region_id": region_id, "metric": metric, "period": Period.year(year)},
        )
    )
    per_month: dict[tuple[int, int], list[Any]] = defaultdict(list)
    for found in actuals.rows:
        month = Period.month(year, found.period_start.month)
        if (found.period_start, found.period_end) == (month.start, month.end):
            per_month[(found.rep_id, month.number)].append(found)
    for (rep_id, month), found in per_month.items():
        row = rows.get(rep_id)
        if row is None:
            continue
        if len(found) > 1:
            row.locked.add(month)
        else:
            row.stored[month] = found[0].value
            row.unit = found[0].unit
    return list(rows.values())


class ActualsGridDialog(QDialog):
    """Type a year of actuals for every rep of a region, then Save."""

    def __init__(
        self,
        ctx: UiContext,
        region_id: int,
        metric: Metric,
        year: int,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.region_id = region_id
        self.setWindowTitle(self.tr("Record actuals"))
        #: The day "a month not begun yet" is judged against (the pane's, in tests fixed).
        self.today = today
        self.service = ActualService(ctx.db)
        self.region = TeamService(ctx.db).get_region(region_id)
        self.rates = RateService(ctx.db).rates_for(self.region.base_currency)

        self.metric_combo: EnumCombo[Metric] = EnumCombo(Metric)
        self.metric_combo.setObjectName("grid_metric")
        self.metric_combo.setValue(metric)
        self.year_box = QSpinBox()
        self.year_box.setObjectName("grid_year")
        self.year_box.setRange(2000, 2100)
        self.year_box.setGroupSeparatorShown(False)
        self.year_box.setValue(year)
        self.note = QLabel()
        self.view = QTableView()
        self.view.setObjectName("actuals_grid")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        # A bare amount editor: the currency is in its own column, and Enter
        # commits (a MoneyEdit's inner field would swallow it).
        self.delegate = MoneyDelegate(self.view, allow_negative=True)
        self.view.setItemDelegate(self.delegate)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Metric:")))
        top.addWidget(self.metric_combo)
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year_box)
        top.addStretch(1)
        top.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(1250, 560)

        self.model = ActualsGridModel(
            [], year, self.region.base_currency, self.rates, language=ctx.language, parent=self
        )
        self.view.setModel(self.model)
        self.metric_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.year_box.valueChanged.connect(lambda _y: self.load())
        self.load()

    # -- loading -----------------------------------------------------------------------

    def chosen_metric(self) -> Metric:
        return self.metric_combo.value() or Metric.REVENUE

    def load(self) -> None:
        """Read the grid for the chosen metric and year (unsaved typing is dropped)."""
        metric, year = self.chosen_metric(), self.year_box.value()
        rows = load_grid_rows(self.ctx, self.region_id, metric, year)
        self.model.set_rows(rows, year)
        self.delegate.allow_negative = metric in ADDITIVE_METRICS
        self.view.resizeColumnToContents(0)
        base = self.region.base_currency
        self.note.setText(
            self.tr("Amounts in each rep's currency; hover a cell for {base}").format(base=base)
            if metric in MONEY_METRICS
            else ""
        )

    # -- saving ------------------------------------------------------------------------

    def save(self) -> bool:
        """Write each changed rep in its own transaction; True when all were saved."""
        pending = self.model.pending()
        if not pending:
            return True
        metric, year = self.chosen_metric(), self.year_box.value()
        if not self.confirm_future_months(year, pending):
            return False
        units = {row.rep_id: row.unit for row in self.model.rows}
        stored = {row.rep_id: dict(row.stored) for row in self.model.rows}
        done: list[int] = []
        error: ServiceError | None = None
        for rep_id, changes in pending.items():
            try:
                self.service.record_monthly_actuals(rep_id, metric, year, changes, units[rep_id])
            except ServiceError as exc:
                error = exc
                break
            done.append(rep_id)
        if done:
            self._push_undo(metric, year, done, pending, stored, units)
            self.ctx.bus.emit_changed("actuals")
        if error is not None:
            rep = next(r for r in self.model.rows if r.rep_id not in done and r.rep_id in pending)
            where = (
                field_label(error.field, ui_language())
                if isinstance(error, ValidationError)
                else ""
            )
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("{rep}: {where} {message}").format(
                    rep=rep.name, where=where, message=message_text(error)
                ),
            )
        # Show what is stored now (saved reps) and keep the failed rep's typing.
        kept = {r.rep_id: dict(r.edited) for r in self.model.rows if r.rep_id not in done}
        self.load()
        for row in self.model.rows:
            row.edited.update(kept.get(row.rep_id, {}))
        return error is None

    def confirm_future_months(
        self, year: int, pending: dict[int, dict[int, Decimal | None]]
    ) -> bool:
        """True unless amounts were typed for a month not begun yet and the answer is No.

        Clearing such a month (a slip being undone) is not asked about.
        """
        typed = {m for months in pending.values() for m, v in months.items() if v is not None}
        future = future_months(year, typed, self.today())
        if not future:
            return True
        names = ", ".join(month_text(year, m) for m in future)
        if len(future) == 1:
            question = self.tr(
                "{months} has not begun yet: actuals for it are usually a slip "
                "(a forecast belongs in the target). Record them anyway?"
            )
        else:
            question = self.tr(
                "{months} have not begun yet: actuals for them are usually a slip "
                "(a forecast belongs in the target). Record them anyway?"
            )
        question = question.format(months=names)
        return confirm(self, self.tr("Record actuals"), question, default_no=True)

    def _push_undo(
        self,
        metric: Metric,
        year: int,
        reps: list[int],
        pending: dict[int, dict[int, Decimal | None]],
        stored: dict[int, dict[int, Decimal]],
        units: dict[int, str],
    ) -> None:
        before = {r: {m: stored[r].get(m) for m in pending[r]} for r in reps}
        after = {r: pending[r] for r in reps}

        def write(values: dict[int, dict[int, Decimal | None]]) -> None:
            for rep_id, months in values.items():
                self.service.record_monthly_actuals(rep_id, metric, year, months, units[rep_id])

        push_change(
            self.ctx,
            self.tr("Record actuals"),
            lambda: write(before),
            lambda: write(after),
            ("actuals",),
            self.parentWidget(),
        )

    def reject(self) -> None:
        if self.model.pending():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Discard the actuals typed but not saved?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


__all__ = ["ActualsGridDialog", "ActualsGridModel", "GridRow", "load_grid_rows"]
