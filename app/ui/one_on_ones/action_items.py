"""A meeting's action items: a table edited in place, an "add" row and its buttons.

Every change saves at once through :class:`OneOnOneService` at the row's
version (text, owner, due date, done) and announces "actions" on the bus.
Besides the meeting's own items the table lists the rep's items still open
from earlier meetings, which the agenda carries over, so they can be closed
during the meeting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ActionOwner
from app.services.errors import ServiceError, ValidationError
from app.services.one_on_one_records import ActionItemInput, ActionItemRecord, OneOnOneRecord
from app.services.one_on_ones import OneOnOneService
from app.ui.combos import EnumCombo
from app.ui.context import UiContext
from app.ui.delegates import DateDelegate, EnumDelegate
from app.ui.dialog_parts import ModelIndex, RowsTableModel, list_view
from app.ui.editors import DateEdit
from app.ui.error_text import error_text, message_text
from app.ui.forms import ERROR_STYLE
from app.ui.labels import date_text
from app.ui.one_on_ones.agenda_text import enum_label

EDIT = Qt.ItemDataRole.EditRole
# Made once, like the review editor's band brushes (a fresh one per cell could crash).
OVERDUE_BRUSH = QBrush(QColor("#c0392b"))
#: The rep's zone when no meeting is shown yet.
DEFAULT_ZONE = "UTC"


class ActionItemsModel(RowsTableModel[ActionItemRecord]):
    """A meeting's action items; edits save at once through ``save(record, changes)``.

    Columns: text, owner, due date, done (a check box), and where the item
    comes from: an earlier meeting's date, "carried over" for an item moved
    here from the previous meeting of a series, nothing for this meeting's own.
    ``save`` returns the stored record, or None when it refused (it shows why).
    """

    TEXT, OWNER, DUE, DONE, ORIGIN = range(5)

    def __init__(
        self,
        save: Callable[[ActionItemRecord, dict[str, Any]], ActionItemRecord | None],
        today: Callable[[], dt.date] = dt.date.today,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._today = today
        self.meeting_id: int | None = None
        self.zone = DEFAULT_ZONE

    def column_headers(self) -> list[str]:
        return [
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Done"),
            self.tr("From"),
        ]

    def set_rows(
        self, rows: list[ActionItemRecord], meeting_id: int | None = None, zone: str = "UTC"
    ) -> None:
        """Show ``rows`` as seen from meeting ``meeting_id`` (dates in ``zone``)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.meeting_id, self.zone = meeting_id, zone
        self.endResetModel()

    def origin_text(self, item: ActionItemRecord) -> str:
        if item.meeting_id != self.meeting_id:
            if item.meeting_starts_at is None:
                return self.tr("no meeting")
            return date_text(item.meeting_starts_at.astimezone(ZoneInfo(self.zone)).date())
        return self.tr("carried over") if item.carried_from_id is not None else ""

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.DONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.ORIGIN:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index)
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TEXT:
                return item.text
            if column == self.OWNER:
                return enum_label(item.owner)
            if column == self.DUE:
                # Shown in the UI language; the editor (DateDelegate) still takes ISO.
                return date_text(item.due_date)
            if column == self.ORIGIN:
                return self.origin_text(item)
            return date_text(item.done_at.date()) if item.done_at else ""
        if role == EDIT:
            return {
                self.TEXT: item.text,
                self.OWNER: item.owner.value,
                self.DUE: item.due_date,
                self.DONE: item.is_done,
                self.ORIGIN: item.meeting_starts_at,
            }[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == self.DONE:
            return Qt.CheckState.Checked if item.is_done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and item.is_overdue(self._today()):
            return OVERDUE_BRUSH
        if role == Qt.ItemDataRole.FontRole and item.is_done:
            font = QFont()
            font.setStrikeOut(column == self.TEXT)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ORIGIN:
            if item.meeting_id != self.meeting_id:
                return self.tr("Still open from an earlier meeting")
            if item.carried_from_id is not None:
                return self.tr("Moved here when the previous meeting was held")
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = EDIT) -> bool:
        if not index.isValid():
            return False
        item = self.rows[index.row()]
        column = index.column()
        if column == self.DONE and role == Qt.ItemDataRole.CheckStateRole:
            changes: dict[str, Any] = {"done": Qt.CheckState(value) == Qt.CheckState.Checked}
        elif role == EDIT and column == self.TEXT:
            changes = {"text": value}
        elif role == EDIT and column == self.OWNER:
            changes = {"owner": value}
        elif role == EDIT and column == self.DUE:
            changes = {"due_date": value}
        else:
            return False
        saved = self._save(item, changes)
        if saved is None:
            return False
        # The record from a save does not say where the item was raised; keep that.
        self.rows[index.row()] = replace(saved, meeting_starts_at=item.meeting_starts_at)
        left, right = self.index(index.row(), 0), self.index(index.row(), len(self.headers) - 1)
        self.dataChanged.emit(left, right)
        return True


class ActionItemsPanel(QGroupBox):
    """The action items of the meeting shown (:meth:`show_meeting`), editable in place."""

    def __init__(
        self,
        ctx: UiContext,
        service: OneOnOneService,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Action items"))
        self.ctx = ctx
        self.service = service
        self.meeting: OneOnOneRecord | None = None
        self.model = ActionItemsModel(self._save_action, today, self)
        self.view = list_view("actions_view", self.model)
        self.view.setItemDelegateForColumn(ActionItemsModel.OWNER, EnumDelegate(ActionOwner, self))
        self.view.setItemDelegateForColumn(ActionItemsModel.DUE, DateDelegate(self))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ActionItemsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (
            ActionItemsModel.OWNER,
            ActionItemsModel.DUE,
            ActionItemsModel.DONE,
            ActionItemsModel.ORIGIN,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.new_text = QLineEdit()
        self.new_text.setObjectName("new_action_text")
        self.new_text.setPlaceholderText(self.tr("New action item…"))
        self.new_owner = EnumCombo(ActionOwner)
        self.new_owner.setObjectName("new_action_owner")
        self.new_due = DateEdit()
        self.new_due.setObjectName("new_action_due")
        self.new_due.setToolTip(self.tr("Due date (optional)"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("add_action_button")
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setObjectName("done_button")
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("reopen_button")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete_action_button")
        self.error = QLabel()
        self.error.setObjectName("action_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.new_owner)
        add_row.addWidget(self.new_due)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_action)
        self.new_text.returnPressed.connect(self.add_action)
        self.done_button.clicked.connect(lambda: self._set_done(True))
        self.reopen_button.clicked.connect(lambda: self._set_done(False))
        self.delete_button.clicked.connect(self.delete_action)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_meeting(self, meeting: OneOnOneRecord) -> None:
        self.meeting = meeting
        self.reload()

    def reload(self) -> None:
        """Read the meeting's items again (two queries)."""
        if self.meeting is None:
            return
        self.model.set_rows(
            self.service.actions_for_meeting(self.meeting.id),
            self.meeting.id,
            self.meeting.rep_time_zone,
        )
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        item = self.selected()
        self.done_button.setEnabled(item is not None and not item.is_done)
        self.reopen_button.setEnabled(item is not None and item.is_done)
        self.delete_button.setEnabled(item is not None)

    def selected(self) -> ActionItemRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def add_action(self) -> None:
        if self.meeting is None:
            return
        self.error.hide()
        bad_due = self.new_due.invalid_reason()
        if bad_due:
            # Never added with another date (or none) than the one typed.
            self.error.setText(self.tr("Due: {reason}").format(reason=bad_due))
            self.error.show()
            self.new_due.setFocus()
            return
        data = ActionItemInput(
            rep_id=self.meeting.rep_id,
            text=self.new_text.text(),
            owner=self.new_owner.value() or ActionOwner.REP,
            due_date=self.new_due.value(),
            meeting_id=self.meeting.id,
        )
        try:
            self.service.add_action(data)
        except ValidationError as error:
            self.error.setText(self._action_message(error))
            self.error.show()
            return
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Add action item"), error_text(error))
            return
        self.new_text.clear()
        self.new_due.setValue(None)
        self.reload()
        self.ctx.bus.emit_changed("actions")

    def _action_message(self, error: ValidationError) -> str:
        if error.field == "text":
            return self.tr("Type what is to be done first.")
        return message_text(error)

    def _save_action(
        self, item: ActionItemRecord, changes: dict[str, Any]
    ) -> ActionItemRecord | None:
        """Save one cell's change (text, owner, due date, done) at the row's version."""
        try:
            if "done" in changes:
                if changes["done"]:
                    saved = self.service.complete_action(item.id, item.version)
                else:
                    saved = self.service.reopen_action(item.id, item.version)
            else:
                data = ActionItemInput(
                    rep_id=item.rep_id,
                    text=changes.get("text", item.text),
                    owner=changes.get("owner", item.owner),
                    due_date=changes.get("due_date", item.due_date),
                    meeting_id=item.meeting_id,
                )
                saved = self.service.update_action(item.id, data, item.version)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Action item"), error_text(error))
            self.reload()
            return None
        self.ctx.bus.emit_changed("actions")
        self._update_buttons()
        return saved

    def _set_done(self, done: bool) -> None:
        item = self.selected()
        if item is None:
            return
        row = self.model.rows.index(item)
        state = Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        index = self.model.index(row, ActionItemsModel.DONE)
        self.model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)
        self._update_buttons()

    def delete_action(self) -> None:
        item = self.selected()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete action item"),
            self.tr("Delete the action item “{text}”?").format(text=item.text),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete_action(item.id, item.version)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Delete action item"), error_text(error))
        self.reload()
        self.ctx.bus.emit_changed("actions")


__all__ = ["ActionItemsModel", "ActionItemsPanel"]
