"""The review's KPI lines as a panel: the table edited in place and the live weighted score.

Values in: :meth:`KpiPanel.load` (the stored lines); values out:
:meth:`KpiPanel.changed_lines` and :meth:`KpiPanel.weighted_score`; ``edited``
fires on every change the user makes; :meth:`KpiPanel.set_read_only` locks it.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.services.review_records import KpiLineRecord
from app.ui.delegates import EditorDelegate
from app.ui.dialog_parts import ModelIndex, list_view
from app.ui.editors import AmountEdit
from app.ui.reviews.formats import score_text
from app.ui.reviews.kpi_lines import EDIT, KpiLinesModel, LineDraft, line_score_text

EDITABLE = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
    | QAbstractItemView.EditTrigger.SelectedClicked
)


class KpiPanel(QGroupBox):
    """ "Key results": the review's KPI lines, a hint, and the weighted score they make."""

    #: The user changed an actual, a score or a comment.
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Key results"), parent)
        self.model = KpiLinesModel(self)
        self.view = list_view("kpi_view", self.model, whole_rows=False, row_padding=12)
        self.view.setItemDelegateForColumn(KpiLinesModel.ACTUAL, ActualDelegate(self.view))
        self.view.setItemDelegateForColumn(KpiLinesModel.SCORE, ScoreDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setMinimumHeight(
            header.sizeHint().height() + 5 * self.view.verticalHeader().defaultSectionSize() + 4
        )
        self.weighted_label = QLabel()
        self.weighted_label.setObjectName("weighted_label")
        font = self.weighted_label.font()
        font.setBold(True)
        self.weighted_label.setFont(font)
        self.hint = QLabel(self.tr("Double-click an actual, score or comment to change it."))
        self.hint.setObjectName("kpi_hint")
        self.hint.setStyleSheet("color: #666;")
        row = QHBoxLayout()
        row.addWidget(self.hint)
        row.addStretch(1)
        row.addWidget(self.weighted_label)
        box = QVBoxLayout(self)
        box.addWidget(self.view, 1)
        box.addLayout(row)
        self.model.edited.connect(self._edited)

    def load(self, lines: tuple[KpiLineRecord, ...]) -> None:
        """Show the stored lines; earlier edits are dropped."""
        self.model.load(lines)
        self._fit_columns()
        self._show_score()

    def set_read_only(self, locked: bool) -> None:
        self.model.set_locked(locked)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if locked else EDITABLE
        )
        self.hint.setVisible(not locked)

    def changed_lines(self) -> list[LineDraft]:
        return self.model.changed_lines()

    def weighted_score(self) -> Decimal | None:
        """The lines' weighted score as edited (None while no line is scored)."""
        return self.model.weighted_score()

    def _edited(self) -> None:
        self._show_score()
        self.edited.emit()

    def _show_score(self) -> None:
        score = self.model.weighted_score()
        if score is None:
            self.weighted_label.setText(self.tr("Weighted score: not measurable yet"))
        else:
            self.weighted_label.setText(
                self.tr("Weighted score: {score} of 5").format(score=score_text(score))
            )

    def _fit_columns(self) -> None:
        """Every column but the comment as wide as its widest text (units, amounts)."""
        metrics = self.view.fontMetrics()
        model = self.model
        for column in range(KpiLinesModel.COMMENT):
            texts = [str(model.headerData(column, Qt.Orientation.Horizontal) or "")]
            texts += [str(model.index(row, column).data() or "") for row in range(model.rowCount())]
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            self.view.setColumnWidth(column, max(widest + 28, 60))


class ActualDelegate(EditorDelegate):
    """An actual typed as an amount (grouping allowed), with the line's decimal places."""

    def make_editor(self, parent: QWidget, index: ModelIndex) -> QWidget:
        model = index.model()
        places = 2
        if isinstance(model, KpiLinesModel):
            places = model.rows[index.row()].places
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


__all__ = ["ActualDelegate", "KpiPanel", "ScoreDelegate"]
