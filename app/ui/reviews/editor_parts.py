"""The review editor's pieces: the KPI lines and goals models, their delegates and small dialogs.

Edits are kept as drafts in the models until the editor's Save writes them
through :class:`~app.services.reviews.ReviewService`; the models only say
what changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.domain.attainment import Band, band, metric_attainment
from app.domain.enums import MONEY_METRICS, GoalStatus
from app.domain.scoring import kpi_score, weighted_score
from app.domain.validation import ValidationError
from app.services.review_records import GoalInput, GoalRecord, KpiLineRecord
from app.ui.delegates import EditorDelegate
from app.ui.editors import AmountEdit, format_amount
from app.ui.labels import date_text, enum_label
from app.ui.one_on_ones.agenda_text import unit_text
from app.ui.reviews.labels import weight_text

ModelIndex = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENT = Decimal("0.01")
# The Targets pane's traffic lights, so attainment reads the same everywhere.
BAND_BACKGROUNDS = {
    Band.BELOW: QColor("#f4c7c3"),
    Band.NEAR: QColor("#fce8b2"),
    Band.ABOVE: QColor("#c8e6c9"),
}


# -- KPI lines -----------------------------------------------------------------------


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


class KpiLinesModel(QAbstractTableModel):
    """The review's KPI lines; actual, score and comment are editable unless locked."""

    METRIC, WEIGHT, TARGET, ACTUAL, UNIT, ATTAINMENT, SCORE, COMMENT = range(8)
    EDITABLE = (ACTUAL, SCORE, COMMENT)

    #: The user changed a line (the editor updates the weighted score).
    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[LineDraft] = []
        self.locked = False
        self.headers = [
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
        self.lines = [LineDraft.of(line) for line in lines]
        self.endResetModel()

    def saved(self, record: KpiLineRecord) -> None:
        """A line was written: it is the new stored state (other drafts stay)."""
        for row, line in enumerate(self.lines):
            if line.record.id == record.id:
                self.lines[row] = LineDraft.of(record)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COMMENT))

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, self.COMMENT))

    def changed_lines(self) -> list[LineDraft]:
        return [line for line in self.lines if line.is_changed()]

    def weighted_score(self) -> Decimal | None:
        return weighted_score([(line.record.weight, line.effective_score) for line in self.lines])

    # -- Qt's side -----------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == self.SCORE:
                return self.score_tip()
        return None

    def score_tip(self) -> str:
        return self.tr(
            "1–5. Auto scores from attainment: under 70 % → 1, 70 % → 2, 85 % → 3, "
            "100 % → 4, 115 % and over → 5. Choose a number to override it."
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, column = self.lines[index.row()], index.column()
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
            return QBrush(BAND_BACKGROUNDS[found]) if found is not None else None
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
        line = self.lines[row]
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
        if line == self.lines[row]:
            return True
        self.lines[row] = line
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


class ActualDelegate(EditorDelegate):
    """An actual typed as an amount (grouping allowed), with the line's decimal places."""

    def make_editor(self, parent: QWidget, index: ModelIndex) -> QWidget:
        model = index.model()
        places = 2
        if isinstance(model, KpiLinesModel):
            places = model.lines[index.row()].places
        return AmountEdit(parent, places=places, allow_negative=True)


class ScoreDelegate(QStyledItemDelegate):
    """Auto (from attainment) or a score of 1–5, chosen from a list."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("score_editor")
        combo.addItem(self.tr("Auto (from attainment)"), None)
        for score in range(1, 6):
            combo.addItem(str(score), Decimal(score))
        combo.setAutoFillBackground(True)
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(EDIT)
        found = editor.findData(value) if value is not None else 0
        if found < 0 and value is not None:
            # A stored score between whole numbers (e.g. 3.5) stays choosable.
            editor.addItem(line_score_text(value), value)
            found = editor.count() - 1
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EDIT)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> None:
        editor.setGeometry(option.rect)


# -- development goals -----------------------------------------------------------------


@dataclass(frozen=True)
class GoalDraft:
    """A goal as edited; ``original`` is the stored one (None for a new goal)."""

    text: str
    due_date: dt.date | None
    status: GoalStatus
    course_id: int | None
    course_title: str | None
    original: GoalRecord | None = None

    @classmethod
    def of(cls, record: GoalRecord) -> GoalDraft:
        return cls(
            record.text,
            record.due_date,
            record.status,
            record.course_id,
            record.course_title,
            record,
        )

    def to_input(self) -> GoalInput:
        return GoalInput(self.text, self.due_date, self.status, self.course_id)

    def is_changed(self) -> bool:
        return self.original is None or self != GoalDraft.of(self.original)


class GoalsModel(QAbstractTableModel):
    """The review's development goals as edited; deletions are kept until saved."""

    TEXT, DUE, STATUS, COURSE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.goals: list[GoalDraft] = []
        self.deleted: list[GoalRecord] = []
        self.headers = [self.tr("Goal"), self.tr("Due"), self.tr("Status"), self.tr("Course")]

    def load(self, goals: tuple[GoalRecord, ...]) -> None:
        self.beginResetModel()
        self.goals = [GoalDraft.of(goal) for goal in goals]
        self.deleted = []
        self.endResetModel()

    def add(self, goal: GoalDraft) -> int:
        row = len(self.goals)
        self.beginInsertRows(QModelIndex(), row, row)
        self.goals.append(goal)
        self.endInsertRows()
        return row

    def replace(self, row: int, goal: GoalDraft) -> None:
        self.goals[row] = goal
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COURSE))

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        goal = self.goals.pop(row)
        self.endRemoveRows()
        if goal.original is not None:
            self.deleted.append(goal.original)

    def is_changed(self) -> bool:
        return bool(self.deleted) or any(goal.is_changed() for goal in self.goals)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.goals)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.goals):
            return None
        goal, column = self.goals[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TEXT:
                return goal.text.replace("\n", " ")
            if column == self.DUE:
                return date_text(goal.due_date)
            if column == self.STATUS:
                return enum_label(goal.status)
            if column == self.COURSE:
                return goal.course_title or ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return goal.text
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


__all__ = [
    "ActualDelegate",
    "GoalDraft",
    "GoalsModel",
    "KpiLinesModel",
    "LineDraft",
    "ScoreDelegate",
]
