"""The Training pane's side panel: a year's cost and hours per region and per rep.

Cost is in each region's base currency at the rate in force on the day it
falls; hours are those of the courses completed that year (the rules are in
:mod:`app.services.training_figures`). Costs without a rate are left out and
named under the tables.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.training_figures import TrainingFigures, TrainingFiguresService
from app.ui.context import UiContext
from app.ui.editors import format_amount
from app.ui.forms import ERROR_STYLE
from app.ui.training.columns import plain_number

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(RIGHT)
    return item


class FiguresPanel(QWidget):
    """The year's training cost and hours of the region (or every region), per rep."""

    #: A rep's row was double-clicked: filter the table to them.
    rep_activated = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = TrainingFiguresService(ctx.db)
        self.region_id: int | None = None
        self.figures: TrainingFigures | None = None
        self._reload_pending = False
        self.year = QSpinBox()
        self.year.setObjectName("figures_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.regions = _table(
            "figures_regions",
            [self.tr("Region"), self.tr("Reps"), self.tr("Cost"), self.tr("Hours")],
        )
        self.reps = _table(
            "figures_reps",
            [self.tr("Rep"), self.tr("Cost"), self.tr("Hours"), self.tr("Completed")],
        )
        self.note = QLabel()
        self.note.setObjectName("figures_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(ERROR_STYLE)
        self.note.hide()
        top = QHBoxLayout()
        title = QLabel(self.tr("Cost and hours in"))
        title.setStyleSheet("font-weight: 600;")
        top.addWidget(title)
        top.addWidget(self.year)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.regions, 1)
        layout.addWidget(QLabel(self.tr("Per rep (cost in the region's base currency)")))
        layout.addWidget(self.reps, 3)
        layout.addWidget(self.note)
        self.year.valueChanged.connect(lambda _y: self.reload())
        self.reps.cellDoubleClicked.connect(self._rep_double_clicked)

    def set_region(self, region_id: int | None) -> None:
        self.region_id = region_id

    def schedule_reload(self) -> None:
        """Read the figures after the panel next paints, so the table's first rows
        are on screen first (per-rep figures take a while over thousands of reps)."""
        self._reload_pending = True
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._reload_pending:
            QTimer.singleShot(0, self, self._reload_if_pending)

    def _reload_if_pending(self) -> None:
        # Closed meanwhile: the next paint (shown again) reads them.
        if self._reload_pending and self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the chosen year's figures (three statements) and show them."""
        self._reload_pending = False
        self.show_figures(self.service.figures(self.region_id, self.year.value()))

    def show_figures(self, figures: TrainingFigures) -> None:
        self.figures = figures
        chinese = self.ctx.prefers_chinese
        self.regions.setRowCount(len(figures.regions))
        for row, region in enumerate(figures.regions):
            cost = f"{format_amount(region.cost)} {region.base_currency}"
            cells = [
                _cell(region.label(chinese)),
                _cell(str(region.reps), True),
                _cell(cost, True),
                _cell(plain_number(region.hours), True),
            ]
            for column, item in enumerate(cells):
                self.regions.setItem(row, column, item)
        self.reps.setRowCount(len(figures.reps))
        for row, rep in enumerate(figures.reps):
            name = _cell(rep.name(chinese))
            name.setData(Qt.ItemDataRole.UserRole, rep.rep_id)
            cells = [
                name,
                _cell(f"{format_amount(rep.cost)} {rep.base_currency}", True),
                _cell(plain_number(rep.hours), True),
                _cell(str(rep.completed), True),
            ]
            for column, item in enumerate(cells):
                self.reps.setItem(row, column, item)
        missing = sorted({code for region in figures.regions for code in region.missing})
        self.note.setVisible(bool(missing))
        self.note.setText(
            self.tr("Left out for want of an exchange rate: costs in {codes}").format(
                codes=", ".join(missing)
            )
        )

    def _rep_double_clicked(self, row: int, _column: int) -> None:
        item = self.reps.item(row, 0)
        if item is not None:
            self.rep_activated.emit(int(item.data(Qt.ItemDataRole.UserRole)))


__all__ = ["FiguresPanel"]
