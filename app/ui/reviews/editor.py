"""The review editor: KPI lines, rating, written assessment, goals, rep comments, workflow.

Everything the editor shows is read in a constant number of queries (the
review with its lines and goals, its header, the managers); the course
catalogue is read when a goal is first edited. Edits stay in the editor until
Save writes them all in ONE transaction
(:meth:`~app.services.reviews.ReviewService.save_review`): the written content,
every changed KPI line and every goal, or nothing. When someone else saved any
of those rows first, one "reload theirs / overwrite with mine" choice covers
the whole save. A signed or acknowledged review is read-only: the only way
back is "Reopen…", which the service writes to the audit log.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from app.domain.enums import ReviewStatus
from app.domain.scoring import rating_for_score
from app.services.errors import ConflictError, ServiceError, ValidationError
from app.services.review_queries import ReviewQueries
from app.services.review_records import KpiLineInput, ReviewInput, ReviewRecord
from app.services.review_save import ReviewPartError
from app.services.team import TeamService
from app.ui.conflict_dialog import ConflictChoice, ask_about_conflict
from app.ui.context import UiContext
from app.ui.editors import rubric_text
from app.ui.forms import plain_message
from app.ui.labels import date_text, enum_label
from app.ui.packs.exporter import PackExporter
from app.ui.reviews.editor_actions import ReviewEditorActions
from app.ui.reviews.editor_save import PendingSave
from app.ui.reviews.labels import (
    local_date,
    rating_text,
    score_text,
)

TOPICS = ("reviews",)
READ_ONLY_STYLE = "QPlainTextEdit { background: #f2f2f2; color: #333; }"
GEOMETRY_KEY = "reviews/editor_geometry"


def _text(value: str | None) -> str | None:
    """Blank text is no text, as the service stores it."""
    stripped = (value or "").strip()
    return stripped or None


class ReviewEditor(ReviewEditorActions):
    """One review, edited by its manager; ``ReviewEditor(ctx, review_id, parent)``.

    ``record`` is the review as last read or written.
    """

    def __init__(self, ctx: UiContext, review_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.review_id = review_id
        self.service = ReviewQueries(ctx.db)
        self._courses: list[tuple[str, int]] | None = None
        self._loading = False
        self._suggested: int | None = None
        self.context = self.service.context(review_id)
        chinese = ctx.prefers_chinese
        self.reviewer_combo.set_items(
            (m.name_zh if chinese and m.name_zh else m.name, m.id)
            for m in TeamService(ctx.db).list_managers()
        )
        self.record: ReviewRecord = self.service.get(review_id)
        self._show_header()
        self.load(self.record)
        self._connect()
        geometry = ctx.settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 860)

    # -- showing -------------------------------------------------------------------

    def _show_header(self) -> None:
        c = self.context
        rep = f"{c.rep_name} {c.rep_name_zh}" if c.rep_name_zh else c.rep_name
        self.setWindowTitle(self.tr("Review: {rep} — {cycle}").format(rep=rep, cycle=c.cycle_name))
        self.rep_value.setText(rep)
        region = (
            c.region_name_zh if self.ctx.prefers_chinese and c.region_name_zh else c.region_name
        )
        self.cycle_value.setText(
            self.tr("{cycle} ({kind}, {region})").format(
                cycle=c.cycle_name, kind=enum_label(c.cycle_kind), region=region
            )
        )
        self.period_value.setText(
            self.tr("{start} to {end}").format(
                start=date_text(c.period_start), end=date_text(c.period_end)
            )
        )

    def load(self, record: ReviewRecord) -> None:
        """Show ``record`` as stored (also after "reload theirs"); edits are dropped."""
        self._loading = True
        try:
            self.record = record
            self.status_value.setText(enum_label(record.status))
            self.reviewer_combo.setValue(record.reviewer_id)
            if record.reviewer_id is None:
                self.reviewer_combo.setEditText("")  # blank, not "—", so typing a name works
            self.kpi_model.load(record.kpi_lines)
            self.fit_kpi_columns()
            self.rating_edit.setValue(record.overall_rating)
            self.strengths_edit.setPlainText(record.strengths or "")
            self.improvements_edit.setPlainText(record.improvements or "")
            self.summary_edit.setPlainText(record.manager_summary or "")
            self.rep_comments_edit.setPlainText(record.rep_comments or "")
            self.goals_model.load(record.goals)
        finally:
            self._loading = False
        self.clear_error()
        self._apply_state()
        self._refresh_scores()

    def _apply_state(self) -> None:
        """Read-only when locked, and only the workflow steps the status allows."""
        record = self.record
        locked = record.is_locked
        self.kpi_model.set_locked(locked)
        triggers = (
            QAbstractItemView.EditTrigger.NoEditTriggers
            if locked
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.kpi_view.setEditTriggers(triggers)
        self.kpi_hint.setVisible(not locked)
        for edit in self.text_editors():
            edit.setReadOnly(locked)
            # Grey like a disabled field, yet the text stays selectable and copyable.
            edit.setStyleSheet(READ_ONLY_STYLE if locked else "")
        self.rating_edit.setEnabled(not locked)
        self.use_suggested_button.setEnabled(not locked)
        self.reviewer_combo.setEnabled(not locked)
        self.add_goal_button.setEnabled(not locked)
        self._update_goal_buttons()
        status = record.status
        self.submit_button.setEnabled(status is ReviewStatus.DRAFT)
        self.sign_button.setEnabled(status is ReviewStatus.IN_REVIEW)
        self.acknowledge_button.setEnabled(status is ReviewStatus.SIGNED)
        self.reopen_button.setEnabled(locked)
        self.banner.setVisible(locked)
        signed = date_text(local_date(record.signed_at))
        if status is ReviewStatus.ACKNOWLEDGED:
            self.banner.setText(
                self.tr(
                    "Signed on {signed} and acknowledged by the rep on {acknowledged}. "
                    "This review is read-only; use “Reopen…” to change it."
                ).format(signed=signed, acknowledged=date_text(local_date(record.acknowledged_at)))
            )
        elif status is ReviewStatus.SIGNED:
            self.banner.setText(
                self.tr(
                    "Signed on {signed}. This review is read-only; use “Reopen…” to change it."
                ).format(signed=signed)
            )
        self._update_save_button()

    def text_editors(self) -> list[QPlainTextEdit]:
        return [
            self.strengths_edit,
            self.improvements_edit,
            self.summary_edit,
            self.rep_comments_edit,
        ]

    def _refresh_scores(self) -> None:
        """The weighted score, the rating it suggests and the chosen rating's rubric, live."""
        score = self.kpi_model.weighted_score()
        lang = "zh" if self.ctx.prefers_chinese else "en"
        suggested = None if score is None else rating_for_score(score)
        if score is None:
            self.weighted_label.setText(self.tr("Weighted score: not measurable yet"))
            self.suggested_label.setText(self.tr("No suggested rating without a scored KPI"))
        else:
            self.weighted_label.setText(
                self.tr("Weighted score: {score} of 5").format(score=score_text(score))
            )
            self.suggested_label.setText(
                self.tr("Suggested from the score: {rating}").format(
                    rating=rating_text(suggested, lang)
                )
            )
        self._suggested = suggested
        rating = self.rating_edit.value()
        self.rubric_label.setText(
            rubric_text(rating, lang) if rating else self.tr("No rating yet: choose 1 to 5 stars.")
        )
        self.use_suggested_button.setVisible(suggested is not None and suggested != rating)

    # -- what changed ----------------------------------------------------------------

    def content_input(self) -> ReviewInput:
        return ReviewInput(
            overall_rating=self.rating_edit.value(),
            strengths=_text(self.strengths_edit.toPlainText()),
            improvements=_text(self.improvements_edit.toPlainText()),
            manager_summary=_text(self.summary_edit.toPlainText()),
            rep_comments=_text(self.rep_comments_edit.toPlainText()),
            reviewer_id=self.reviewer_combo.value(),
        )

    def stored_input(self) -> ReviewInput:
        r = self.record
        return ReviewInput(
            r.overall_rating,
            r.strengths,
            r.improvements,
            r.manager_summary,
            r.rep_comments,
            r.reviewer_id,
        )

    def has_changes(self) -> bool:
        return (
            self.content_input() != self.stored_input()
            or bool(self.kpi_model.changed_lines())
            or self.goals_model.is_changed()
        )

    def _connect(self) -> None:
        for edit in self.text_editors():
            edit.textChanged.connect(self._edited)
        self.rating_edit.edited.connect(self._edited)
        self.reviewer_combo.edited.connect(self._edited)
        self.kpi_model.edited.connect(self._edited)
        self.goals_model.rowsInserted.connect(self._edited)
        self.goals_model.rowsRemoved.connect(self._edited)
        self.goals_model.dataChanged.connect(self._edited)
        self.use_suggested_button.clicked.connect(self.use_suggested)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.submit_button.clicked.connect(self.submit)
        self.sign_button.clicked.connect(self.sign)
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.reopen_button.clicked.connect(self.reopen)
        self.export_button.clicked.connect(self.export_pack)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.remove_goal_button.clicked.connect(self.remove_goal)
        self.goals_view.doubleClicked.connect(lambda _i: self.edit_goal())
        self.goals_view.selectionModel().selectionChanged.connect(self._update_goal_buttons)

    def export_pack(self) -> None:
        """Write this review's pack as saved (unsaved edits are not in it: say so first)."""
        if self.has_changes():
            QMessageBox.information(
                self,
                self.tr("Export pack"),
                self.tr("Save your changes first: the pack shows the review as saved."),
            )
            return
        self.exporter = PackExporter(self.ctx, self)
        self.exporter.export_review(self.review_id)

    def _edited(self, *_args: Any) -> None:
        if self._loading:
            return
        self.clear_error()
        self._refresh_scores()
        self._update_save_button()

    def _update_save_button(self) -> None:
        self.save_button.setEnabled(not self.record.is_locked and self.has_changes())

    def use_suggested(self) -> None:
        if self._suggested is not None:
            self.rating_edit.setValue(self._suggested)
            self._edited()

    # -- errors ------------------------------------------------------------------------

    def field_labels(self) -> dict[str, str]:
        return {
            "overall_rating": self.tr("Overall rating"),
            "strengths": self.tr("Strengths"),
            "improvements": self.tr("Areas to improve"),
            "manager_summary": self.tr("Manager summary"),
            "rep_comments": self.tr("Rep comments"),
            "reviewer_id": self.tr("Reviewer"),
            "actual": self.tr("Actual"),
            "score": self.tr("Score"),
            "comment": self.tr("Comment"),
            "text": self.tr("Goal"),
            "due_date": self.tr("Due"),
            "status": self.tr("Status"),
            "course_id": self.tr("Training course"),
        }

    def show_error(self, field: str | None, message: str, where: str = "") -> None:
        text = plain_message(self.field_labels().get(field or "", ""), message)
        self.error_label.setText(f"{where}: {text}" if where else text)
        self.error_label.show()
        widget = {
            "overall_rating": self.rating_edit,
            "strengths": self.strengths_edit,
            "improvements": self.improvements_edit,
            "manager_summary": self.summary_edit,
            "rep_comments": self.rep_comments_edit,
            "reviewer_id": self.reviewer_combo,
        }.get(field or "")
        if widget is not None:
            widget.setFocus()

    def clear_error(self) -> None:
        self.error_label.hide()
        self.error_label.clear()

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    # -- saving --------------------------------------------------------------------------

    def pending_save(self) -> PendingSave:
        """The edits as one save, with the versions they were made from."""
        content = self.content_input()
        pending = PendingSave(
            self.review_id,
            self.record.version,
            content if content != self.stored_input() else None,
        )
        for line in self.kpi_model.changed_lines():
            record = line.record
            pending.lines[record.id] = (
                record.version,
                KpiLineInput(line.actual, line.score, line.comment),
            )
            pending.line_names[record.id] = enum_label(record.metric)
            pending.line_shown[record.id] = {
                "actual": line.actual,
                "score": line.effective_score,
                "comment": line.comment,
            }
        goals = self.goals_model
        for goal in goals.deleted:
            pending.removed[goal.id] = goal.version
            pending.goal_texts[goal.id] = goal.text
        for draft in goals.goals:
            if draft.original is None:
                pending.added.append(draft.to_input())
            elif draft.is_changed():
                pending.changed[draft.original.id] = (draft.original.version, draft.to_input())
        return pending

    def save(self) -> bool:
        """Write every change at once; False when something was refused or the user stopped.

        Nothing is half-saved: a refusal leaves the review as stored and the
        edits in the editor.
        """
        if self.record.is_locked:
            return False
        self.clear_error()
        pending = self.pending_save()
        while True:
            try:
                record = pending.run(self.service)
                break
            except ConflictError as error:
                merged, mine, labels = pending.conflict(error, self.field_labels(), self.tr("Goal"))
                choice = ask_about_conflict(self, merged, mine, labels)
                if choice is ConflictChoice.OVERWRITE:
                    pending.overwrite(error)
                    continue
                if choice is ConflictChoice.RELOAD:
                    self.load(self.service.get(self.review_id))
                return False
            except ReviewPartError as error:
                self.show_error(error.field, error.message, self._where(error))
                return False
            except ValidationError as error:
                self.show_error(error.field, error.message)
                return False
            except ServiceError as error:
                QMessageBox.warning(self, self.tr("Save review"), str(error))
                return False
        self.load(record)
        self.ctx.bus.emit_changed(*TOPICS)
        self.saved.emit(record)
        return True

    def _where(self, error: ReviewPartError) -> str:
        """The KPI line (its metric) or "Goal" a refused value belongs to."""
        for line in self.record.kpi_lines:
            if error.part == "KPI line" and line.id == error.item_id:
                return enum_label(line.metric)
        return self.tr("Goal")

    # -- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Close; unsaved changes are saved, discarded or kept open as the user says."""
        if not self.record.is_locked and self.has_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to this review before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        self.ctx.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().reject()


__all__ = ["ReviewEditor"]
