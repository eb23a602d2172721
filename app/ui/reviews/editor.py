"""The review editor: a dialog made of parts, wired together and saved as one.

Top to bottom: the workflow bar's banner (when signed), the header
(:class:`ReviewHeader`), the KPI lines with their weighted score
(:class:`KpiPanel`), the overall rating (:class:`RatingPanel`), the written
parts (:class:`TextsPanel`), the development goals (:class:`GoalsPanel`)
beside the rep's comments, then the workflow steps (:class:`WorkflowBar`) and
Export / Save / Close.

Everything the editor shows is read in a constant number of queries (the
review with its lines and goals, its header, the managers); the course
catalogue is read when a goal is first edited. Edits stay in the parts until
Save writes them all in ONE transaction
(:meth:`~app.services.reviews.ReviewService.save_review`): the written content,
every changed KPI line and every goal, or nothing. When someone else saved any
of those rows first, one "reload theirs / overwrite with mine" choice covers
the whole save. A signed or acknowledged review is read-only: the only way
back is "Reopen…", which the service writes to the audit log.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ConflictError, ServiceError, ValidationError
from app.services.review_queries import ReviewQueries
from app.services.review_records import ReviewInput, ReviewRecord
from app.services.review_save import ReviewPartError
from app.services.team import TeamService
from app.ui.conflict_dialog import ConflictChoice, ask_about_conflict
from app.ui.context import UiContext
from app.ui.dialog_parts import dialog_button, may_close
from app.ui.error_text import error_text, message_text
from app.ui.forms import ERROR_STYLE, plain_message
from app.ui.labels import enum_label
from app.ui.packs.exporter import PackExporter
from app.ui.reviews.goals_panel import GoalsPanel
from app.ui.reviews.kpi_panel import KpiPanel
from app.ui.reviews.pending_save import PendingSave
from app.ui.reviews.rating_panel import RatingPanel
from app.ui.reviews.review_header import ReviewHeader, rep_title
from app.ui.reviews.texts_panel import TextsPanel
from app.ui.reviews.workflow_bar import WorkflowBar

TOPICS = ("reviews",)
GEOMETRY_KEY = "reviews/editor_geometry"


class ReviewEditor(QDialog):
    """One review, edited by its manager; ``ReviewEditor(ctx, review_id, parent)``.

    ``record`` is the review as last read or written.
    """

    #: After every successful write (save or workflow step), with the fresh record.
    saved = Signal(object)

    def __init__(self, ctx: UiContext, review_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.review_id = review_id
        self.service = ReviewQueries(ctx.db)
        self._loading = False
        self.setObjectName("ReviewEditor")
        self.setSizeGripEnabled(True)
        self.context = self.service.context(review_id)
        self._build_parts()
        self._build_layout()
        self._show_context()
        self.record: ReviewRecord = self.service.get(review_id)
        self.load(self.record)
        self._connect()
        geometry = ctx.settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 860)

    # -- building ------------------------------------------------------------------

    def _build_parts(self) -> None:
        self.header = ReviewHeader()
        self.kpi = KpiPanel()
        self.rating = RatingPanel("zh" if self.ctx.prefers_chinese else "en")
        self.texts = TextsPanel()
        self.goals = GoalsPanel(self.ctx)
        self.goals.rep_id = self.context.rep_id
        self.workflow = WorkflowBar(
            self.ctx,
            self.service,
            self.context.rep_name,
            save_first=self._save_before_step,
            rep_comments=self.texts.rep_comments,
        )
        self.error_label = QLabel()
        self.error_label.setObjectName("editor_error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.export_button = dialog_button("export_pack", self.tr("Export pack…"))
        self.save_button = dialog_button("save_button", self.tr("Save"))
        self.save_button.setDefault(False)
        self.close_button = dialog_button("close_button", self.tr("Close"))

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.workflow.banner)
        layout.addWidget(self.header)
        layout.addWidget(self.kpi, 3)
        layout.addWidget(self.rating)
        layout.addWidget(self.texts, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.goals, 3)
        bottom.addWidget(self.texts.rep_comments_box, 2)
        layout.addLayout(bottom, 2)
        layout.addWidget(self.error_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        buttons = QHBoxLayout()
        buttons.addWidget(self.workflow)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(line)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        for part in (self.header, self.kpi, self.rating, self.texts, self.goals):
            part.edited.connect(self._edited)
        self.workflow.stepped.connect(self._stepped)
        self.workflow.reloaded.connect(self.load)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.export_button.clicked.connect(self.export_pack)

    # -- showing -------------------------------------------------------------------

    def _show_context(self) -> None:
        c = self.context
        self.setWindowTitle(
            self.tr("Review: {rep} — {cycle}").format(rep=rep_title(c), cycle=c.cycle_name)
        )
        chinese = self.ctx.prefers_chinese
        reviewers = (
            (m.name_zh if chinese and m.name_zh else m.name, m.id)
            for m in TeamService(self.ctx.db).list_managers()
        )
        self.header.show_context(c, reviewers, chinese)

    def load(self, record: ReviewRecord) -> None:
        """Show ``record`` as stored (also after "reload theirs"); edits are dropped."""
        self._loading = True
        try:
            self.record = record
            self.header.show_record(record)
            self.kpi.load(record.kpi_lines)
            self.rating.setValue(record.overall_rating)
            self.texts.load(record)
            self.goals.load(record.goals)
        finally:
            self._loading = False
        self.clear_error()
        locked = record.is_locked
        for part in (self.header, self.kpi, self.rating, self.texts, self.goals):
            part.set_read_only(locked)
        self.workflow.show_record(record)
        self.rating.show_score(self.kpi.weighted_score())
        self._update_save_button()

    # -- what changed ----------------------------------------------------------------

    def content_input(self) -> ReviewInput:
        return ReviewInput(
            overall_rating=self.rating.value(),
            reviewer_id=self.header.reviewer_id(),
            **self.texts.values(),
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
            or bool(self.kpi.changed_lines())
            or self.goals.is_changed()
        )

    def _edited(self) -> None:
        if self._loading:
            return
        self.clear_error()
        self.rating.show_score(self.kpi.weighted_score())
        self._update_save_button()

    def _update_save_button(self) -> None:
        self.save_button.setEnabled(not self.record.is_locked and self.has_changes())

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
        widget: QWidget | None = {
            "overall_rating": self.rating.edit,
            "reviewer_id": self.header.reviewer_combo,
        }.get(field or "") or self.texts.editor_for(field or "")
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
        pending.add_lines(self.kpi.changed_lines())
        pending.add_goals(self.goals.drafts(), self.goals.removed())
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
                self.show_error(error.field, message_text(error), self._where(error))
                return False
            except ValidationError as error:
                self.show_error(error.field, message_text(error))
                return False
            except ServiceError as error:
                QMessageBox.warning(self, self.tr("Save review"), error_text(error))
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

    def _save_before_step(self) -> bool:
        """Write pending edits before a workflow step; False stops the step."""
        return self.record.is_locked or not self.has_changes() or self.save()

    def _stepped(self, record: ReviewRecord) -> None:
        self.load(record)
        self.saved.emit(record)

    # -- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Close; unsaved changes are saved, discarded or kept open as the user says."""
        if (
            not self.record.is_locked
            and self.has_changes()
            and not may_close(
                self, self.tr("Save the changes to this review before closing?"), self.save
            )
        ):
            return
        self.ctx.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().reject()


__all__ = ["ReviewEditor"]
