"""The review's workflow: submit, sign, record the acknowledgement, reopen; the signed banner.

Value in: :meth:`WorkflowBar.show_record` (the review as stored), which
enables the steps its status allows and says in :attr:`WorkflowBar.banner`
when it is locked. Each step is written at once; ``stepped`` then carries the
review as it now stands, or ``reloaded`` the review someone else changed first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QWidget

from app.domain.early import period_not_ended
from app.domain.enums import ReviewStatus
from app.services.cycles import CycleService
from app.services.errors import ConflictError, ServiceError, ValidationError
from app.services.review_queries import ReviewQueries
from app.services.review_records import ReviewRecord
from app.ui.context import UiContext
from app.ui.dialog_parts import confirm, dialog_button
from app.ui.error_text import error_text, message_text
from app.ui.forms import plain_message
from app.ui.labels import date_text
from app.ui.reviews.dialogs import AcknowledgeDialog, ReopenDialog
from app.ui.reviews.formats import local_date

TOPICS = ("reviews",)
BANNER_STYLE = (
    "QLabel { background: #fff4ce; border: 1px solid #e0c36a; border-radius: 3px; padding: 6px; }"
)


class WorkflowBar(QWidget):
    """The workflow buttons of one review, and the banner of a signed one.

    ``save_first()`` writes the editor's pending edits before a step and says
    whether the step may go on; ``rep_comments()`` is the rep's comments as
    typed, where the acknowledgement starts. The editor places :attr:`banner`
    above everything else.
    """

    #: A step was written: the review as it now stands.
    stepped = Signal(object)
    #: Someone else changed the review first: the review as stored (nothing was written).
    reloaded = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        service: ReviewQueries,
        rep_name: str,
        *,
        save_first: Callable[[], bool],
        rep_comments: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self.rep_name = rep_name
        self._save_first = save_first
        self._rep_comments = rep_comments
        self.record: ReviewRecord | None = None
        self.banner = QLabel()
        self.banner.setObjectName("locked_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.submit_button = dialog_button("submit_button", self.tr("Submit for review"))
        self.sign_button = dialog_button("sign_button", self.tr("Sign…"))
        self.acknowledge_button = dialog_button(
            "acknowledge_button", self.tr("Record acknowledgement…")
        )
        self.reopen_button = dialog_button("reopen_button", self.tr("Reopen…"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.submit_button,
            self.sign_button,
            self.acknowledge_button,
            self.reopen_button,
        ):
            row.addWidget(button)
        self.submit_button.clicked.connect(self.submit)
        self.sign_button.clicked.connect(self.sign)
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.reopen_button.clicked.connect(self.reopen)

    def show_record(self, record: ReviewRecord) -> None:
        """Enable the steps ``record``'s status allows; the banner says when it is locked."""
        self.record = record
        status = record.status
        self.submit_button.setEnabled(status is ReviewStatus.DRAFT)
        self.sign_button.setEnabled(status is ReviewStatus.IN_REVIEW)
        self.acknowledge_button.setEnabled(status is ReviewStatus.SIGNED)
        self.reopen_button.setEnabled(record.is_locked)
        self.banner.setVisible(record.is_locked)
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

    # -- steps -----------------------------------------------------------------------

    def submit(self) -> bool:
        """Draft → in review (saving the edits first)."""
        return self._transition(self.tr("Submit for review"), self.service.submit)

    def sign(self) -> bool:
        """In review → signed, after the manager confirms; the review is then locked.

        Before the review's period has ended the question says so, naming the
        last day, and Enter answers No.
        """
        lock = self.tr(
            "A signed review is locked: nothing in it can change unless it is "
            "reopened, which is recorded in the audit log."
        )
        record = self._shown()
        period_end = CycleService(self.ctx.db).get_cycle(record.cycle_id).period_end
        early = period_not_ended(period_end, self.service.today())
        if early:
            question = self.tr(
                "The period of this review runs until {end} and has not ended yet. "
                "Sign the review of {rep} anyway? {lock}"
            ).format(end=date_text(period_end), rep=self.rep_name, lock=lock)
        else:
            question = self.tr("Sign the review of {rep}? {lock}").format(
                rep=self.rep_name, lock=lock
            )
        if not confirm(self, self.tr("Sign review"), question, default_no=early):
            return False
        return self._transition(self.tr("Sign review"), self.service.sign)

    def acknowledge(self) -> bool:
        """Record the rep's acknowledgement (a day and their comments)."""
        record = self._shown()
        return self._run_dialog(
            AcknowledgeDialog(self.ctx, self.service, record, self._rep_comments(), self)
        )

    def reopen(self) -> bool:
        """Signed or acknowledged → in review, with a reason for the audit log."""
        return self._run_dialog(ReopenDialog(self.ctx, self.service, self._shown(), self))

    def _shown(self) -> ReviewRecord:
        if self.record is None:
            raise RuntimeError("no review shown yet")
        return self.record

    def _transition(self, title: str, step: Callable[[int, int | None], ReviewRecord]) -> bool:
        if not self._save_first():
            return False
        # Saving shows the saved review here, so its version is the one to step from.
        record = self._shown()
        try:
            stepped = step(record.id, record.version)
        except ConflictError:
            QMessageBox.information(
                self,
                title,
                self.tr(
                    "Someone else changed this review after you opened it. It has been "
                    "reloaded: look at it and try again."
                ),
            )
            self.reloaded.emit(self.service.get(record.id))
            return False
        except ValidationError as error:
            QMessageBox.warning(self, title, plain_message("", message_text(error)) + ".")
            return False
        except ServiceError as error:
            QMessageBox.warning(self, title, error_text(error))
            return False
        self.stepped.emit(stepped)
        self.ctx.bus.emit_changed(*TOPICS)
        return True

    def _run_dialog(self, dialog: QDialog) -> bool:
        """A step written by its own dialog (which announces it)."""
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            record: ReviewRecord = dialog.result_value  # type: ignore[attr-defined]
        finally:
            dialog.deleteLater()
        self.stepped.emit(record)
        return True


__all__ = ["WorkflowBar"]
