"""The review editor's small dialogs: a development goal, the acknowledgement, a reopen.

A goal is only drafted here (the editor's Save writes it); the acknowledgement
and the reopen are workflow steps written at once, with conflict handling.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from app.domain.enums import GoalStatus
from app.domain.validation import ValidationError, require_text
from app.services.review_queries import ReviewQueries
from app.services.review_records import ReviewRecord
from app.ui.combos import EnumCombo, SearchableCombo
from app.ui.context import UiContext
from app.ui.editors import DateEdit
from app.ui.forms import FormDialog
from app.ui.reviews.goal_drafts import GoalDraft


class GoalDialog(FormDialog):
    """Add or change one development goal (written when the review is saved).

    ``courses`` are ``(title, id)`` pairs of the catalogue; ``result_value``
    is the edited :class:`GoalDraft`.
    """

    def __init__(
        self,
        ctx: UiContext,
        courses: list[tuple[str, int]],
        goal: GoalDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New development goal") if goal is None else self.tr("Edit goal")
        super().__init__(ctx, title, parent=parent)
        self.goal = goal
        self.titles = {course_id: title for title, course_id in courses}
        self.text_edit: QPlainTextEdit = self.add_field("text", self.tr("Goal"), _text_box(4))
        self.due_edit: DateEdit = self.add_field("due_date", self.tr("Due"), DateEdit())
        self.status_combo: EnumCombo[GoalStatus] = self.add_field(
            "status", self.tr("Status"), EnumCombo(GoalStatus)
        )
        self.course_combo: SearchableCombo = self.add_field(
            "course_id",
            self.tr("Training course"),
            SearchableCombo(courses, allow_none=True),
            tip=self.tr("A course from the catalogue that helps reach the goal (optional)"),
        )
        if goal is not None:
            if goal.course_id is not None and goal.course_id not in self.titles:
                # An inactive course still linked: keep it choosable.
                self.course_combo.addItem(goal.course_title or "", goal.course_id)
                self.titles[goal.course_id] = goal.course_title or ""
            self.text_edit.setPlainText(goal.text)
            self.due_edit.setValue(goal.due_date)
            self.status_combo.setValue(goal.status)
            self.course_combo.setValue(goal.course_id)
        else:
            self.status_combo.setValue(GoalStatus.OPEN)
            self.course_combo.setValue(None)
        self.course_combo.lineEdit().setPlaceholderText(self.tr("None; type to find a course"))
        if self.course_combo.value() is None:
            # A blank field, not "—": typing a title must not append to a dash.
            self.course_combo.setEditText("")
        self.text_edit.setFocus()
        self.resize(480, self.sizeHint().height())

    def save(self, _version: int | None) -> GoalDraft:
        text = require_text(self.text_edit.toPlainText(), "text", max_length=2_000)
        course_id = self.course_combo.value()
        if self.course_combo.currentText().strip() and course_id is None:
            raise ValidationError("course_id", self.tr("is not a course of the catalogue"))
        status = self.status_combo.value() or GoalStatus.OPEN
        title = self.titles.get(course_id) if course_id is not None else None
        original = self.goal.original if self.goal is not None else None
        return GoalDraft(text, self.due_edit.value(), status, course_id, title, original)


# -- workflow dialogs --------------------------------------------------------------------


class _StepDialog(FormDialog):
    """A workflow step of one review: written at once, at the review's version, announced."""

    def __init__(
        self,
        ctx: UiContext,
        title: str,
        service: ReviewQueries,
        review: ReviewRecord,
        intro: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(
            ctx, title, topics=("reviews",), expected_version=review.version, parent=parent
        )
        self.service = service
        self.review = review
        label = QLabel(intro)
        label.setWordWrap(True)
        self.form.addRow(label)


class AcknowledgeDialog(_StepDialog):
    """Record that the rep acknowledged the signed review, on a day, with their comments."""

    def __init__(
        self,
        ctx: UiContext,
        service: ReviewQueries,
        review: ReviewRecord,
        rep_comments: str,
        parent: QWidget | None = None,
    ) -> None:
        intro = self.tr(
            "The rep has read the signed review. Record the day they acknowledged it "
            "and, if they wish, their comments."
        )
        super().__init__(ctx, self.tr("Record acknowledgement"), service, review, intro, parent)
        self.date_edit: DateEdit = self.add_field(
            "acknowledged_on", self.tr("Acknowledged on"), DateEdit(allow_empty=False)
        )
        self.comments_edit: QPlainTextEdit = self.add_field(
            "rep_comments", self.tr("Rep's comments"), _text_box(5)
        )
        self.date_edit.setValue(service.today())
        self.comments_edit.setPlainText(rep_comments)
        self.ok_button.setText(self.tr("Record"))
        self.resize(460, self.sizeHint().height())

    def save(self, version: int | None) -> ReviewRecord:
        comments = self.comments_edit.toPlainText().strip() or None
        return self.service.acknowledge(
            self.review.id, version, comments, on=self.date_edit.value() or self.service.today()
        )


class ReopenDialog(_StepDialog):
    """Reopen a signed review: the reason is required and goes to the audit log."""

    def __init__(
        self,
        ctx: UiContext,
        service: ReviewQueries,
        review: ReviewRecord,
        parent: QWidget | None = None,
    ) -> None:
        intro = self.tr(
            "Reopening removes the signature (and the rep's acknowledgement) so the "
            "review can be changed; it has to be signed again. The reason is kept "
            "in the audit log."
        )
        super().__init__(ctx, self.tr("Reopen review"), service, review, intro, parent)
        self.reason_edit: QPlainTextEdit = self.add_field("reason", self.tr("Reason"), _text_box(4))
        self.ok_button.setText(self.tr("Reopen"))
        self.reason_edit.setFocus()
        self.resize(460, self.sizeHint().height())

    def save(self, version: int | None) -> ReviewRecord:
        return self.service.reopen(self.review.id, version, self.reason_edit.toPlainText())


def _text_box(lines: int) -> QPlainTextEdit:
    """A plain text field ``lines`` high, where Tab moves on."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


__all__ = ["AcknowledgeDialog", "GoalDialog", "ReopenDialog"]
