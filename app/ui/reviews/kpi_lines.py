"""A review's KPI lines as edited: each line's draft and the table model over them.

A draft keeps the stored line beside the edited actual, score and comment, so
attainment and the automatic score follow an edited actual live, and the
editor's Save sends only the lines that changed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.domain.attainment import Band, band, metric_attainment
from app.domain.enums import MONEY_METRICS
from app.domain.scoring import kpi_score, weighted_score
from app.domain.validation import ValidationError
from app.services.review_records import KpiLineRecord
from app.ui.dialog_parts import ModelIndex, RowsTableModel
from app.ui.editors import format_amount
from app.ui.labels import enum_label, unit_text
from app.ui.reviews.formats import weight_text

EDIT = Qt.ItemDataRole.EditRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENT = Decimal("0.01")
# The Targets pane's traffic lights, so attainment reads the same everywhere. Made once:
# a fresh QBrush returned per painted cell crashed the painting now and then (PySide 6.11).
BAND_BRUSHES = {
    Band.BELOW: QBrush(QColor("#f4c7c3")),
    Band.NEAR: QBrush(QColor("#fce8b2")),
    Band.ABOVE: QBrush(QColor("#c8e6c9")),
}


def _attainment(line: KpiLineRecord, actual: Decimal | None) -> Decimal | None:
    try:
        return metric_attainment(line.metric, line.target, actual)
    except ValidationError:
        return None  # e.g. a negative DSO: not measurable, the service refuses it on save


@dataclass(frozen=True)
class LineDraft:
    """A KPI line as stored (``record``) and as edited; ``score`` None means "auto"."""

    record: KpiLineRecord
    actual: Decimal | None
    score: Decimal | None
    comment: str | None

    @classmethod
    def of(cls, record: KpiLineRecord) -> LineDraft:
        # The service stores the auto score too; one that differs was typed.
        auto = kpi_score(record.attainment)
        override = None if record.score == auto else record.score
        return cls(record, record.actual, override, record.comment)

    @property
    def attainment(self) -> Decimal | None:
        return _attainment(self.record, self.actual)

    @property
    def auto_score(self) -> Decimal | None:
        return kpi_score(self.attainment)

    @property
    def effective_score(self) -> Decimal | None:
        return self.score if self.score is not None else self.auto_score

    @property
    def places(self) -> int:
        return 2 if self.record.metric in MONEY_METRICS else 0

    def is_changed(self) -> bool:
        return self != LineDraft.of(self.record)


class KpiLinesModel(RowsTableModel[LineDraft]):
    """The review's KPI lines; actual, score and comment are editable unless locked."""

    METRIC, WEIGHT, TARGET, ACTUAL, UNIT, ATTAINMENT, SCORE, COMMENT = range(8)
    EDITABLE = (ACTUAL, SCORE, COMMENT)

    #: The user changed a line (the panel updates the weighted score).
    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.locked = False

    def column_headers(self) -> list[str]:
        return [
            self.tr("Metric"),
            self.tr("Weight"),
            self.tr("Target"),
            self.tr("Actual"),
            self.tr("Unit"),
            self.tr("Attainment"),
            self.tr("Score"),
            self.tr("Comment"),
        ]

    def load(self, lines: tuple[KpiLineRecord, ...]) -> None:
        self.beginResetModel()
        self.rows = [LineDraft.of(line) for line in lines]
        self.endResetModel()

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.COMMENT))

    def changed_lines(self) -> list[LineDraft]:
        return [line for line in self.rows if line.is_changed()]

    def weighted_score(self) -> Decimal | None:
        return weighted_score([(line.record.weight, line.effective_score) for line in self.rows])

    # -- Qt's side -----------------------------------------------------------------

    def header_tip(self, section: int) -> str | None:
        return self.score_tip() if section == self.SCORE else None

    def score_tip(self) -> str:
        return self.tr(
            "1–5. Auto scores from attainment: under 70 % → 1, 70 % → 2, 85 % → 3, "
            "100 % → 4, 115 % and over → 5. Choose a number to override it."
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_at(index)
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == EDIT:
            return {
                self.ACTUAL: line.actual,
                self.SCORE: line.score,
                self.COMMENT: line.comment or "",
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = (self.WEIGHT, self.TARGET, self.ACTUAL, self.ATTAINMENT, self.SCORE)
            return int(RIGHT if column in right else LEFT)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.ATTAINMENT:
            found = band(line.attainment)
            return BAND_BRUSHES[found] if found is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SCORE:
                return self.score_tip()
            if column == self.COMMENT and line.comment:
                return line.comment
        return None

    def _display(self, line: LineDraft, column: int) -> str:
        record = line.record
        if column == self.METRIC:
            return enum_label(record.metric)
        if column == self.WEIGHT:
            return weight_text(record.weight)
        if column == self.TARGET:
            return format_amount(_shown(record.target), line.places)
        if column == self.ACTUAL:
            return format_amount(_shown(line.actual), line.places)
        if column == self.UNIT:
            return unit_text(record.unit)
        if column == self.ATTAINMENT:
            return "" if line.attainment is None else f"{line.attainment} %"
        if column == self.SCORE:
            if line.score is not None:
                return line_score_text(line.score)
            auto = line.auto_score
            if auto is None:
                return self.tr("auto")
            return self.tr("{score} (auto)").format(score=line_score_text(auto))
        if column == self.COMMENT:
            return (line.comment or "").replace("\n", " ")
        return ""

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.locked and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = EDIT) -> bool:
        editable = index.isValid() and self.flags(index) & Qt.ItemFlag.ItemIsEditable
        if role != EDIT or not editable:
            return False
        row, column = index.row(), index.column()
        line = self.rows[row]
        if column == self.ACTUAL:
            if value is not None and not isinstance(value, Decimal):
                return False
            line = replace(line, actual=value)
        elif column == self.SCORE:
            if value is not None and (not isinstance(value, Decimal) or not 1 <= value <= 5):
                return False
            line = replace(line, score=value)
        elif column == self.COMMENT:
            text = str(value or "").strip()
            line = replace(line, comment=text or None)
        if line == self.rows[row]:
            return True
        self.rows[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COMMENT))
        self.edited.emit()
        return True


def _shown(value: Decimal | None) -> Decimal | None:
    """A figure as shown: at most two decimals (a CSAT averaged to 86.2667 reads 86.27)."""
    if value is None:
        return None
    if value != value.quantize(_CENT):
        value = value.quantize(_CENT, rounding=ROUND_HALF_UP)
    return value.normalize()


def line_score_text(score: Decimal) -> str:
    """A KPI line's score: ``4``, or ``3.5`` when typed between whole numbers."""
    return format(score.normalize(), "f")


__all__ = ["EDIT", "KpiLinesModel", "LineDraft", "line_score_text"]
