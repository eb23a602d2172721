"""The review's development goals as a panel: the list with add / edit / remove.

Each goal may be linked to a course of the training catalogue.

Values in: :meth:`GoalsPanel.load` (the stored goals); values out:
:meth:`GoalsPanel.drafts` and :meth:`GoalsPanel.removed`; ``edited`` fires
when a goal is added, changed or removed; :meth:`GoalsPanel.set_read_only`
locks it. The course catalogue is read when a goal is first added or edited.
A goal's course opens the rep's assignment of it in the Training pane
(**Open training**; ``rep_id`` says whose review it is).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.base import PageRequest
from app.services.review_records import GoalRecord
from app.services.training import TrainingService
from app.ui.area_keys import TRAINING
from app.ui.context import UiContext
from app.ui.dialog_parts import list_view
from app.ui.reviews.dialogs import GoalDialog
from app.ui.reviews.goal_drafts import GoalDraft, GoalsModel


class GoalsPanel(QGroupBox):
    """ "Development goals": the goals as edited, with their buttons."""

    #: The user added, changed or removed a goal.
    edited = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Development goals"), parent)
        self.ctx = ctx
        self.locked = False
        self._courses: list[tuple[str, int]] | None = None
        self.model = GoalsModel(self)
        self.view = list_view("goals_view", self.model, row_padding=8)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(GoalsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (GoalsModel.DUE, GoalsModel.STATUS, GoalsModel.COURSE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Add goal…"))
        self.add_button.setObjectName("add_goal")
        self.edit_button = QPushButton(self.tr("Edit goal…"))
        self.edit_button.setObjectName("edit_goal")
        self.remove_button = QPushButton(self.tr("Remove goal"))
        self.remove_button.setObjectName("remove_goal")
        self.training_button = QPushButton(self.tr("Open training"))
        self.training_button.setObjectName("open_goal_training")
        self.training_button.setToolTip(
            self.tr("Show the rep's assignment of the goal's course in the Training pane")
        )
        #: The reviewed rep (set by the editor); None: the course cannot be looked up.
        self.rep_id: int | None = None
        buttons = QHBoxLayout()
        buttons_list = (self.add_button, self.edit_button, self.remove_button)
        for button in (*buttons_list, self.training_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.view, 1)
        box.addLayout(buttons)
        self._connect()

    def _connect(self) -> None:
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged):
            signal.connect(lambda *_args: self.edited.emit())
        self.add_button.clicked.connect(self.add_goal)
        self.edit_button.clicked.connect(self.edit_goal)
        self.remove_button.clicked.connect(self.remove_goal)
        self.training_button.clicked.connect(self.open_training)
        self.view.doubleClicked.connect(lambda _i: self.edit_goal())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

    # -- values ----------------------------------------------------------------------

    def load(self, goals: tuple[GoalRecord, ...]) -> None:
        """Show the stored goals; earlier edits are dropped."""
        self.model.load(goals)
        self._update_buttons()

    def drafts(self) -> list[GoalDraft]:
        """Every goal as edited, new ones included."""
        return list(self.model.rows)

    def removed(self) -> list[GoalRecord]:
        """The stored goals the user removed."""
        return list(self.model.deleted)

    def is_changed(self) -> bool:
        return self.model.is_changed()

    def set_read_only(self, locked: bool) -> None:
        self.locked = locked
        self.add_button.setEnabled(not locked)
        self._update_buttons()

    # -- editing ---------------------------------------------------------------------

    def courses(self) -> list[tuple[str, int]]:
        """The active course catalogue as (title, id), read once per panel."""
        if self._courses is None:
            page = TrainingService(self.ctx.db).list_courses(
                PageRequest(limit=10_000, filters={"active": True})
            )
            chinese = self.ctx.prefers_chinese
            self._courses = [
                (c.title_zh if chinese and c.title_zh else c.title, c.id) for c in page.rows
            ]
        return self._courses

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_goal(self) -> None:
        if self.locked:
            return
        dialog = GoalDialog(self.ctx, self.courses(), None, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                row = self.model.add(dialog.result_value)
                self.view.selectRow(row)
        finally:
            dialog.deleteLater()

    def edit_goal(self) -> None:
        row = self.selected_row()
        if row is None or self.locked:
            return
        dialog = GoalDialog(self.ctx, self.courses(), self.model.rows[row], self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.model.replace(row, dialog.result_value)
        finally:
            dialog.deleteLater()

    def remove_goal(self) -> None:
        row = self.selected_row()
        if row is not None and not self.locked:
            self.model.remove(row)

    def open_training(self) -> None:
        """Ask the window to show the goal's course as assigned to the rep."""
        row = self.selected_row()
        course_id = self.model.rows[row].course_id if row is not None else None
        if course_id is None or self.rep_id is None:
            return
        found = TrainingService(self.ctx.db).assignment_for(self.rep_id, course_id)
        if found is None:
            QMessageBox.information(
                self,
                self.tr("Open training"),
                self.tr("The course is not planned for this rep yet; plan it in Training."),
            )
            return
        self.ctx.bus.request_open(TRAINING, found.id)

    def _update_buttons(self, *_args: Any) -> None:
        chosen = bool(self.view.selectionModel().selectedRows())
        self.edit_button.setEnabled(not self.locked and chosen)
        self.remove_button.setEnabled(not self.locked and chosen)
        row = self.selected_row()
        linked = row is not None and self.model.rows[row].course_id is not None
        self.training_button.setEnabled(linked and self.rep_id is not None)


__all__ = ["GoalsPanel"]
