"""A stale edit: someone else saved the row first. Reload theirs or overwrite with mine.

Editing dialogs save through :func:`save_with_conflict_handling`, so neither
version is ever lost silently::

    record = save_with_conflict_handling(
        self,
        lambda version: service.update_region(region_id, data, version),
        loaded.version,
        dataclasses.asdict(data),
        labels={"name": self.tr("Name")},
        on_reload=lambda error: self.load(service.get_region(region_id)),
    )
    if record is not None:
        self.accept()
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.labels import LABELS
from app.services.errors import ConflictError
from app.ui.labels import date_text, datetime_text, enum_label

R = TypeVar("R")

DIFFERENT_COLOUR = QColor("#fce8b2")

translate = QCoreApplication.translate


class ConflictChoice(enum.Enum):
    """What the user chose in the conflict dialog."""

    RELOAD = "reload"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


def value_text(value: Any) -> str:
    """How a field's value reads in the table (and how the two sides are compared)."""
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        # "12.5000" (stored) and "12.5" (typed) are the same amount.
        return format(value.normalize(), "f")
    if isinstance(value, tuple | list | set | frozenset):
        return ",".join(value_text(v) for v in value)
    if isinstance(value, bool):
        return translate("ConflictDialog", "yes") if value else translate("ConflictDialog", "no")
    return str(value)


def shown_text(value: Any) -> str:
    """How a field's value reads to the user: dates and words in the UI language.

    :func:`value_text` stays the comparison key (ISO, enum values), so that two
    moments a few seconds apart never read as the same value.
    """
    if isinstance(value, dt.datetime):
        return datetime_text(value)
    if isinstance(value, dt.date):
        return date_text(value)
    if isinstance(value, StrEnum) and type(value) in LABELS:
        return enum_label(value)
    return value_text(value)


def same_value(theirs: Any, mine: Any) -> bool:
    """Whether the stored and the typed value mean the same (amounts compared as numbers)."""
    left, right = value_text(theirs), value_text(mine)
    if left == right:
        return True
    try:
        return Decimal(left) == Decimal(right)
    except (InvalidOperation, ValueError):
        return False


def thing_name(what: str) -> str:
    """A service's name for a kind of row ("rep", "review cycle"), in the UI's language.

    Services name rows in English (they know no Qt); the message shows the
    translated word, and an unknown name as it is.
    """
    names = {
        "rep": translate("ConflictDialog", "rep"),
        "region": translate("ConflictDialog", "region"),
        "manager": translate("ConflictDialog", "manager"),
        "target": translate("ConflictDialog", "target"),
        "actual": translate("ConflictDialog", "actual"),
        "meeting": translate("ConflictDialog", "meeting"),
        "action item": translate("ConflictDialog", "action item"),
        "attachment": translate("ConflictDialog", "attachment"),
        "course": translate("ConflictDialog", "course"),
        "exchange rate": translate("ConflictDialog", "exchange rate"),
        "review": translate("ConflictDialog", "review"),
        "review cycle": translate("ConflictDialog", "review cycle"),
        "goal": translate("ConflictDialog", "goal"),
    }
    return names.get(what, what)


def _field_label(key: str) -> str:
    return key.replace("_", " ").capitalize()


class ConflictDialog(QDialog):
    """Theirs and mine side by side, field by field, differing rows highlighted.

    ``choice`` holds the answer after ``exec()``; ``reload_button`` and
    ``overwrite_button`` are there for tests to click.
    """

    def __init__(
        self,
        error: ConflictError,
        mine: Mapping[str, Any],
        labels: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictDialog")
        self.setWindowTitle(self.tr("Someone else saved this first"))
        self.error = error
        self.choice = ConflictChoice.CANCEL
        labels = labels or {}

        message = QLabel(
            self.tr(
                "This {what} was changed and saved by someone else after you opened it. "
                "Reload their version (your changes are discarded) or overwrite it with yours "
                "(their changes are replaced)."
            ).format(what=thing_name(error.what))
        )
        message.setWordWrap(True)

        fields = list(mine)
        self.table = QTableWidget(len(fields), 3)
        self.table.setObjectName("conflict_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Saved by someone else"), self.tr("Yours")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.differing: list[str] = []
        for row, key in enumerate(fields):
            theirs_value = error.theirs.get(key)
            mine_value = mine[key]
            items = [
                QTableWidgetItem(labels.get(key, _field_label(key))),
                QTableWidgetItem(shown_text(theirs_value)),
                QTableWidgetItem(shown_text(mine_value)),
            ]
            differs = key in error.theirs and not same_value(theirs_value, mine_value)
            if differs:
                self.differing.append(key)
            for column, item in enumerate(items):
                item.setData(Qt.ItemDataRole.UserRole, key)
                if differs:
                    item.setBackground(DIFFERENT_COLOUR)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)

        buttons = QDialogButtonBox()
        self.reload_button = QPushButton(self.tr("Reload theirs"))
        self.reload_button.setObjectName("reload_button")
        self.overwrite_button = QPushButton(self.tr("Overwrite with mine"))
        self.overwrite_button.setObjectName("overwrite_button")
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.reload_button.clicked.connect(lambda: self._choose(ConflictChoice.RELOAD))
        self.overwrite_button.clicked.connect(lambda: self._choose(ConflictChoice.OVERWRITE))
        buttons.rejected.connect(self.reject)
        # Neither version wins by pressing Enter: the safe default is to look at theirs.
        self.reload_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 160 + 30 * min(len(fields), 12))

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = ConflictChoice.CANCEL
        super().reject()


def ask_about_conflict(
    parent: QWidget | None,
    error: ConflictError,
    mine: Mapping[str, Any],
    labels: Mapping[str, str] | None = None,
) -> ConflictChoice:
    """Show the conflict dialog (modal) and return what the user chose."""
    dialog = ConflictDialog(error, mine, labels, parent)
    try:
        dialog.exec()
        return dialog.choice
    finally:
        dialog.deleteLater()


def save_with_conflict_handling(
    parent: QWidget | None,
    save: Callable[[int | None], R],
    expected_version: int | None,
    mine: Mapping[str, Any],
    *,
    labels: Mapping[str, str] | None = None,
    on_reload: Callable[[ConflictError], object] | None = None,
) -> R | None:
    """Save, and on a stale edit let the user choose; returns the result or None.

    Calls ``save(expected_version)``. When that raises ConflictError the
    dialog shows ``mine`` (the user's values, field -> value; its keys choose
    the rows, ``labels`` their translated names) beside the stored values:

    - "Overwrite with mine": ``save(error.stored_version)`` and its result is
      returned (asked again if someone saved once more meanwhile);
    - "Reload theirs": ``on_reload(error)`` is called (load the stored row into
      the editor) and None is returned;
    - Cancel: None is returned; the editor keeps the user's values.

    Other errors (ValidationError, NotFoundError…) propagate unchanged.
    """
    version = expected_version
    while True:
        try:
            return save(version)
        except ConflictError as error:
            choice = ask_about_conflict(parent, error, mine, labels)
            if choice is ConflictChoice.OVERWRITE:
                # stored_version None means the row moved during the flush; saving
                # without a version check is then what "overwrite" asks for.
                version = error.stored_version
                continue
            if choice is ConflictChoice.RELOAD and on_reload is not None:
                on_reload(error)
            return None
