"""The toolbar's period selector: kind (year, quarter, month), year, quarter or month."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QToolButton, QWidget

from app.domain.enums import PeriodKind
from app.domain.periods import Period
from app.ui.labels import enum_label

FIRST_YEAR = 2000
LAST_YEAR = 2100


def default_period(today: dt.date | None = None) -> Period:
    """What the console shows before the user chose anything: the current quarter."""
    return Period.containing(today or dt.date.today(), PeriodKind.QUARTER)


class PeriodSelector(QWidget):
    """Three combos and two arrows; ``period_changed(Period)`` once per user change."""

    period_changed = Signal(object)

    def __init__(self, period: Period | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("period_selector")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("period_kind")
        for kind in PeriodKind:
            self.kind_combo.addItem(enum_label(kind), kind)
        self.year_box = QSpinBox()
        self.year_box.setObjectName("period_year")
        self.year_box.setRange(FIRST_YEAR, LAST_YEAR)
        # Years read as "2026", never "2,026".
        self.year_box.setGroupSeparatorShown(False)
        self.part_combo = QComboBox()
        self.part_combo.setObjectName("period_part")
        # Quarters and month names differ in width; never clip "September".
        self.part_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.previous_button = QToolButton()
        self.previous_button.setObjectName("period_previous")
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous period"))
        self.next_button = QToolButton()
        self.next_button.setObjectName("period_next")
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next period"))
        self.setToolTip(self.tr("The period every pane shows"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.year_box)
        layout.addWidget(self.part_combo)
        layout.addWidget(self.next_button)

        self._period = period or default_period()
        self._show(self._period)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.year_box.valueChanged.connect(self._on_parts)
        self.part_combo.currentIndexChanged.connect(self._on_parts)
        self.previous_button.clicked.connect(lambda: self.set_period(self._period.previous()))
        self.next_button.clicked.connect(lambda: self.set_period(self._period.next()))

    def period(self) -> Period:
        return self._period

    def set_period(self, period: Period) -> None:
        """Show ``period``; emits ``period_changed`` when it differs from the one shown."""
        self._show(period)
        self._changed(period)

    # -- inside ----------------------------------------------------------------

    def _show(self, period: Period) -> None:
        widgets = (self.kind_combo, self.year_box, self.part_combo)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(period.kind))
            self.year_box.setValue(period.start.year)
            self._fill_parts(period.kind)
            if period.kind is not PeriodKind.YEAR:
                self.part_combo.setCurrentIndex(period.number - 1)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        # The year box cannot show years outside its range, so never step there.
        self.previous_button.setEnabled(period.previous().start.year >= FIRST_YEAR)
        self.next_button.setEnabled(period.next().end.year <= LAST_YEAR)

    def _fill_parts(self, kind: PeriodKind) -> None:
        self.part_combo.clear()
        if kind is PeriodKind.QUARTER:
            for q in range(1, 5):
                self.part_combo.addItem(self.tr("Q{number}").format(number=q), q)
        elif kind is PeriodKind.MONTH:
            locale = QLocale()
            for m in range(1, 13):
                name = locale.standaloneMonthName(m, QLocale.FormatType.LongFormat)
                self.part_combo.addItem(name, m)
        self.part_combo.setVisible(kind is not PeriodKind.YEAR)

    def _on_kind(self, _index: int) -> None:
        kind: PeriodKind = self.kind_combo.currentData()
        # Keep today in view when the old period held it (Year -> this quarter),
        # else the start of the old period (2025 -> 2025 Q1).
        today = dt.date.today()
        anchor = today if self._period.contains(today) else self._period.start
        self.set_period(Period.containing(anchor, kind))

    def _on_parts(self, _value: int) -> None:
        kind: PeriodKind = self.kind_combo.currentData()
        year = self.year_box.value()
        if kind is PeriodKind.YEAR:
            period = Period.year(year)
        elif kind is PeriodKind.QUARTER:
            period = Period.quarter(year, self.part_combo.currentData() or 1)
        else:
            period = Period.month(year, self.part_combo.currentData() or 1)
        self._changed(period)

    def _changed(self, period: Period) -> None:
        if period != self._period:
            self._period = period
            self.period_changed.emit(period)
