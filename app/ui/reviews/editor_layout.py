"""The review editor's widgets and their layout (the behaviour is in ``review_editor``).

Top to bottom: the read-only banner, the header (rep, cycle, period, status,
reviewer), the KPI lines with the weighted score, the overall rating with its
rubric, the three written parts side by side, then the development goals
beside the rep's comments, and the workflow and save buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.combos import SearchableCombo
from app.ui.context import UiContext
from app.ui.editors import RatingEdit
from app.ui.forms import ERROR_STYLE
from app.ui.reviews.editor_parts import (
    ActualDelegate,
    GoalsModel,
    KpiLinesModel,
    ScoreDelegate,
)

BANNER_STYLE = (
    "QLabel { background: #fff4ce; border: 1px solid #e0c36a; border-radius: 3px; padding: 6px; }"
)

# The editor is built in three classes; one context keeps its strings together
# (PySide looks strings up by the runtime class, "ReviewEditor").
translate = QCoreApplication.translate


def _text_edit(name: str, placeholder: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def _caption(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ReviewEditorLayout(QDialog):
    """Builds the editor's widgets; subclasses load and save them."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ReviewEditor")
        self.setSizeGripEnabled(True)

        self.banner = QLabel()
        self.banner.setObjectName("locked_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self._header())
        layout.addWidget(self._kpi_group(), 3)
        layout.addWidget(self._rating_group())
        layout.addLayout(self._texts(), 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self._goals_group(), 3)
        bottom.addWidget(self._rep_group(), 2)
        layout.addLayout(bottom, 2)
        self.error_label = QLabel()
        self.error_label.setObjectName("editor_error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addLayout(self._buttons())

    def fit_kpi_columns(self) -> None:
        """Every column but the comment as wide as its widest text (units, amounts)."""
        metrics = self.kpi_view.fontMetrics()
        model = self.kpi_model
        for column in range(KpiLinesModel.COMMENT):
            texts = [str(model.headerData(column, Qt.Orientation.Horizontal) or "")]
            texts += [str(model.index(row, column).data() or "") for row in range(model.rowCount())]
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            self.kpi_view.setColumnWidth(column, max(widest + 28, 60))

    # -- parts ---------------------------------------------------------------------

    def _header(self) -> QGridLayout:
        self.rep_value = QLabel()
        self.rep_value.setObjectName("rep_value")
        font = self.rep_value.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.rep_value.setFont(font)
        self.cycle_value = QLabel()
        self.cycle_value.setObjectName("cycle_value")
        self.period_value = QLabel()
        self.period_value.setObjectName("period_value")
        self.status_value = QLabel()
        self.status_value.setObjectName("status_value")
        font = self.status_value.font()
        font.setBold(True)
        self.status_value.setFont(font)
        self.reviewer_combo = SearchableCombo(allow_none=True)
        self.reviewer_combo.setObjectName("reviewer_combo")
        self.reviewer_combo.setMinimumContentsLength(18)
        self.reviewer_combo.lineEdit().setPlaceholderText(
            translate("ReviewEditor", "Type a manager's name")
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.rep_value, 0, 0, 1, 4)
        pairs = [
            (translate("ReviewEditor", "Cycle:"), self.cycle_value, 1, 0),
            (translate("ReviewEditor", "Period:"), self.period_value, 2, 0),
            (translate("ReviewEditor", "Status:"), self.status_value, 1, 2),
            (translate("ReviewEditor", "Reviewer:"), self.reviewer_combo, 2, 2),
        ]
        for caption, widget, row, column in pairs:
            label = QLabel(caption)
            label.setBuddy(widget)
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, row, column + 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        return grid

    def _kpi_group(self) -> QGroupBox:
        group = QGroupBox(translate("ReviewEditor", "Key results"))
        self.kpi_model = KpiLinesModel(self)
        self.kpi_view = QTableView()
        self.kpi_view.setObjectName("kpi_view")
        self.kpi_view.setModel(self.kpi_model)
        self.kpi_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.kpi_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kpi_view.verticalHeader().hide()
        self.kpi_view.setWordWrap(False)
        self.kpi_view.verticalHeader().setDefaultSectionSize(
            self.kpi_view.fontMetrics().height() + 12
        )
        self.kpi_view.setItemDelegateForColumn(KpiLinesModel.ACTUAL, ActualDelegate(self.kpi_view))
        self.kpi_view.setItemDelegateForColumn(KpiLinesModel.SCORE, ScoreDelegate(self.kpi_view))
        header = self.kpi_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.kpi_view.setMinimumHeight(
            header.sizeHint().height() + 5 * self.kpi_view.verticalHeader().defaultSectionSize() + 4
        )
        self.weighted_label = QLabel()
        self.weighted_label.setObjectName("weighted_label")
        font = self.weighted_label.font()
        font.setBold(True)
        self.weighted_label.setFont(font)
        self.kpi_hint = hint = QLabel(
            translate("ReviewEditor", "Double-click an actual, score or comment to change it.")
        )
        hint.setObjectName("kpi_hint")
        hint.setStyleSheet("color: #666;")
        row = QHBoxLayout()
        row.addWidget(hint)
        row.addStretch(1)
        row.addWidget(self.weighted_label)
        box = QVBoxLayout(group)
        box.addWidget(self.kpi_view, 1)
        box.addLayout(row)
        return group

    def _rating_group(self) -> QGroupBox:
        group = QGroupBox(translate("ReviewEditor", "Overall rating"))
        language = "zh" if self.ctx.prefers_chinese else "en"
        self.rating_edit = RatingEdit(language=language)
        self.rating_edit.setObjectName("rating_edit")
        self.rubric_label = QLabel()
        self.rubric_label.setObjectName("rubric_label")
        self.rubric_label.setWordWrap(True)
        self.suggested_label = QLabel()
        self.suggested_label.setObjectName("suggested_label")
        self.suggested_label.setStyleSheet("color: #555;")
        self.suggested_label.setWordWrap(True)
        self.use_suggested_button = QPushButton(translate("ReviewEditor", "Use suggested"))
        self.use_suggested_button.setObjectName("use_suggested")
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.rubric_label)
        texts.addWidget(self.suggested_label)
        row = QHBoxLayout(group)
        row.addWidget(self.rating_edit)
        row.addSpacing(12)
        row.addLayout(texts, 1)
        row.addWidget(self.use_suggested_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return group

    def _texts(self) -> QGridLayout:
        self.strengths_edit = _text_edit(
            "strengths_edit", translate("ReviewEditor", "What the rep did well this period"), 4
        )
        self.improvements_edit = _text_edit(
            "improvements_edit", translate("ReviewEditor", "Where the rep should grow"), 4
        )
        self.summary_edit = _text_edit(
            "summary_edit",
            translate("ReviewEditor", "Your overall assessment, as the rep will read it"),
            4,
        )
        grid = QGridLayout()
        parts = [
            (translate("ReviewEditor", "Strengths"), self.strengths_edit),
            (translate("ReviewEditor", "Areas to improve"), self.improvements_edit),
            (translate("ReviewEditor", "Manager summary"), self.summary_edit),
        ]
        for column, (caption, edit) in enumerate(parts):
            grid.addWidget(_caption(caption, edit), 0, column)
            grid.addWidget(edit, 1, column)
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(1, 1)
        return grid

    def _goals_group(self) -> QGroupBox:
        group = QGroupBox(translate("ReviewEditor", "Development goals"))
        self.goals_model = GoalsModel(self)
        self.goals_view = QTableView()
        self.goals_view.setObjectName("goals_view")
        self.goals_view.setModel(self.goals_model)
        self.goals_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goals_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goals_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goals_view.verticalHeader().hide()
        self.goals_view.setWordWrap(False)
        self.goals_view.verticalHeader().setDefaultSectionSize(
            self.goals_view.fontMetrics().height() + 8
        )
        header = self.goals_view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(GoalsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (GoalsModel.DUE, GoalsModel.STATUS, GoalsModel.COURSE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_goal_button = QPushButton(translate("ReviewEditor", "Add goal…"))
        self.add_goal_button.setObjectName("add_goal")
        self.edit_goal_button = QPushButton(translate("ReviewEditor", "Edit goal…"))
        self.edit_goal_button.setObjectName("edit_goal")
        self.remove_goal_button = QPushButton(translate("ReviewEditor", "Remove goal"))
        self.remove_goal_button.setObjectName("remove_goal")
        buttons = QHBoxLayout()
        for button in (self.add_goal_button, self.edit_goal_button, self.remove_goal_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(group)
        box.addWidget(self.goals_view, 1)
        box.addLayout(buttons)
        return group

    def _rep_group(self) -> QGroupBox:
        group = QGroupBox(translate("ReviewEditor", "Rep comments"))
        self.rep_comments_edit = _text_edit(
            "rep_comments_edit", translate("ReviewEditor", "What the rep says about this review"), 3
        )
        box = QVBoxLayout(group)
        box.addWidget(self.rep_comments_edit)
        return group

    def _buttons(self) -> QHBoxLayout:
        self.submit_button = QPushButton(translate("ReviewEditor", "Submit for review"))
        self.submit_button.setObjectName("submit_button")
        self.sign_button = QPushButton(translate("ReviewEditor", "Sign…"))
        self.sign_button.setObjectName("sign_button")
        self.acknowledge_button = QPushButton(translate("ReviewEditor", "Record acknowledgement…"))
        self.acknowledge_button.setObjectName("acknowledge_button")
        self.reopen_button = QPushButton(translate("ReviewEditor", "Reopen…"))
        self.reopen_button.setObjectName("reopen_button")
        self.save_button = QPushButton(translate("ReviewEditor", "Save"))
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.close_button = QPushButton(translate("ReviewEditor", "Close"))
        self.close_button.setObjectName("close_button")
        self.close_button.setAutoDefault(False)
        self.export_button = QPushButton(translate("ReviewEditor", "Export pack…"))
        self.export_button.setObjectName("export_pack")
        self.export_button.setAutoDefault(False)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row = QHBoxLayout()
        for button in (
            self.submit_button,
            self.sign_button,
            self.acknowledge_button,
            self.reopen_button,
        ):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(line)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        return row


__all__ = ["ReviewEditorLayout"]
