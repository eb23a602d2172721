"""The review editor's actions: workflow steps (submit, sign, acknowledge, reopen) and goals.

Split from ``review_editor`` to keep each module small; :class:`ReviewEditor`
provides ``record``, ``service``, ``load``, ``save`` and ``has_changes``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from app.services.base import PageRequest
from app.services.errors import ConflictError, ServiceError, ValidationError
from app.services.review_queries import ReviewQueries
from app.services.review_records import ReviewRecord
from app.services.training import TrainingService
from app.ui.forms import plain_message
from app.ui.reviews.dialogs import AcknowledgeDialog, GoalDialog, ReopenDialog
from app.ui.reviews.editor_layout import ReviewEditorLayout

TOPICS = ("reviews",)

# The editor is built in three classes; one context keeps its strings together
# (PySide looks strings up by the runtime class, "ReviewEditor").
translate = QCoreApplication.translate


class ReviewEditorActions(ReviewEditorLayout):
    """Workflow buttons and the goal list's add / edit / remove."""

    #: After every successful write (save or workflow step), with the fresh record.
    saved = Signal(object)

    review_id: int
    record: ReviewRecord
    service: ReviewQueries
    _courses: list[tuple[str, int]] | None

    def load(self, record: ReviewRecord) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def has_changes(self) -> bool:
        raise NotImplementedError

    # -- workflow --------------------------------------------------------------------------

    def _transition(self, title: str, step: Callable[[int], ReviewRecord]) -> bool:
        if not self.record.is_locked and self.has_changes() and not self.save():
            return False
        try:
            record = step(self.record.version)
        except ConflictError:
            QMessageBox.information(
                self,
                title,
                translate(
                    "ReviewEditor",
                    "Someone else changed this review after you opened it. It has been "
                    "reloaded: look at it and try again.",
                ),
            )
            self.load(self.service.get(self.review_id))
            return False
        except ValidationError as error:
            QMessageBox.warning(self, title, plain_message("", error.message) + ".")
            return False
        except ServiceError as error:
            QMessageBox.warning(self, title, str(error))
            return False
        self.load(record)
        self.ctx.bus.emit_changed(*TOPICS)
        self.saved.emit(record)
        return True

    def submit(self) -> bool:
        """Draft → in review (saving the edits first)."""
        return self._transition(
            translate("ReviewEditor", "Submit for review"),
            lambda v: self.service.submit(self.review_id, v),
        )

    def sign(self) -> bool:
        """In review → signed, after the manager confirms; the review is then locked."""
        answer = QMessageBox.question(
            self,
            translate("ReviewEditor", "Sign review"),
            translate(
                "ReviewEditor",
                "Sign the review of {rep}? A signed review is locked: nothing in it can "
                "change unless it is reopened, which is recorded in the audit log.",
            ).format(rep=self.context.rep_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._transition(
            translate("ReviewEditor", "Sign review"), lambda v: self.service.sign(self.review_id, v)
        )

    def acknowledge(self) -> bool:
        """Record the rep's acknowledgement (a day and their comments)."""
        dialog = AcknowledgeDialog(
            self.ctx, self.service, self.record, self.rep_comments_edit.toPlainText(), self
        )
        return self._run_dialog(dialog)

    def reopen(self) -> bool:
        """Signed or acknowledged → in review, with a reason for the audit log."""
        return self._run_dialog(ReopenDialog(self.ctx, self.service, self.record, self))

    def _run_dialog(self, dialog: QDialog) -> bool:
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            record: ReviewRecord = dialog.result_value  # type: ignore[attr-defined]
        finally:
            dialog.deleteLater()
        self.load(record)
        self.saved.emit(record)
        return True

    # -- goals -------------------------------------------------------------------------------

    def courses(self) -> list[tuple[str, int]]:
        """The active course catalogue as (title, id), read once per editor."""
        if self._courses is None:
            page = TrainingService(self.ctx.db).list_courses(
                PageRequest(limit=10_000, filters={"active": True})
            )
            chinese = self.ctx.prefers_chinese
            self._courses = [
                (c.title_zh if chinese and c.title_zh else c.title, c.id) for c in page.rows
            ]
        return self._courses

    def selected_goal_row(self) -> int | None:
        rows = self.goals_view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_goal(self) -> None:
        if self.record.is_locked:
            return
        dialog = GoalDialog(self.ctx, self.courses(), None, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                row = self.goals_model.add(dialog.result_value)
                self.goals_view.selectRow(row)
        finally:
            dialog.deleteLater()

    def edit_goal(self) -> None:
        row = self.selected_goal_row()
        if row is None or self.record.is_locked:
            return
        dialog = GoalDialog(self.ctx, self.courses(), self.goals_model.goals[row], self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.goals_model.replace(row, dialog.result_value)
        finally:
            dialog.deleteLater()

    def remove_goal(self) -> None:
        row = self.selected_goal_row()
        if row is not None and not self.record.is_locked:
            self.goals_model.remove(row)

    def _update_goal_buttons(self, *_args: Any) -> None:
        chosen = bool(self.goals_view.selectionModel().selectedRows())
        editable = not self.record.is_locked
        self.edit_goal_button.setEnabled(editable and chosen)
        self.remove_goal_button.setEnabled(editable and chosen)


__all__ = ["ReviewEditorActions"]
