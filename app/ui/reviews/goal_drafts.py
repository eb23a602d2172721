"""A review's development goals as edited: each goal's draft and the table model over them.

A goal is only drafted in the editor; its Save writes the new, changed and
removed goals together with the rest of the review.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from app.domain.enums import GoalStatus
from app.services.review_records import GoalInput, GoalRecord
from app.ui.dialog_parts import ModelIndex, RowsTableModel
from app.ui.labels import date_text, enum_label


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


class GoalsModel(RowsTableModel[GoalDraft]):
    """The review's development goals as edited; deletions are kept until saved."""

    TEXT, DUE, STATUS, COURSE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.deleted: list[GoalRecord] = []

    def column_headers(self) -> list[str]:
        return [self.tr("Goal"), self.tr("Due"), self.tr("Status"), self.tr("Course")]

    def load(self, goals: tuple[GoalRecord, ...]) -> None:
        self.beginResetModel()
        self.rows = [GoalDraft.of(goal) for goal in goals]
        self.deleted = []
        self.endResetModel()

    def add(self, goal: GoalDraft) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(goal)
        self.endInsertRows()
        return row

    def replace(self, row: int, goal: GoalDraft) -> None:
        self.rows[row] = goal
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COURSE))

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        goal = self.rows.pop(row)
        self.endRemoveRows()
        if goal.original is not None:
            self.deleted.append(goal.original)

    def is_changed(self) -> bool:
        return bool(self.deleted) or any(goal.is_changed() for goal in self.rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        goal = self.row_at(index)
        if goal is None:
            return None
        column = index.column()
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


__all__ = ["GoalDraft", "GoalsModel"]
