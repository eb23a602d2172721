"""One one-on-one, before, during and after: agenda, notes, morale, private note, actions.

"Prepare agenda" writes the agenda from :class:`~app.services.agenda.AgendaService`
(a handful of queries, so it runs on the UI thread) as text the manager then
edits freely. "Mark held" saves, marks the meeting held and, for a series,
says when the next one is and how many open items went with it. A held meeting
keeps its notes and action items editable; it cannot be held twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.early import hours_ahead, time_until_start
from app.domain.enums import MeetingStatus
from app.services.agenda import AgendaService
from app.services.errors import ServiceError
from app.services.one_on_one_records import HeldOutcome, OneOnOneInput, OneOnOneRecord
from app.services.one_on_ones import OneOnOneService
from app.ui.conflict_dialog import save_with_conflict_handling
from app.ui.context import UiContext
from app.ui.dialog_parts import confirm, may_close
from app.ui.error_text import error_text
from app.ui.labels import cadence_label
from app.ui.one_on_ones.action_items import ActionItemsPanel
from app.ui.one_on_ones.agenda_text import agenda_text, clock_text, enum_label, when_text
from app.ui.one_on_ones.history import MeetingHistory
from app.ui.one_on_ones.schedule_dialog import FALLBACK_ZONE, ScheduleDialog

TOPICS = ("meetings", "actions")
PRIVATE_STYLE = "QPlainTextEdit { background: #fff8e1; }"
PRIVATE_LABEL_STYLE = "color: #8a4b00; font-weight: bold;"


class MoraleCombo(QComboBox):
    """Morale 1–5 (or not recorded), each step named."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Not recorded"), None)
        names = [
            self.tr("1 — very low"),
            self.tr("2 — low"),
            self.tr("3 — steady"),
            self.tr("4 — good"),
            self.tr("5 — excellent"),
        ]
        for value, name in enumerate(names, start=1):
            self.addItem(name, value)

    def value(self) -> int | None:
        return self.currentData()  # type: ignore[no-any-return]

    def setValue(self, value: int | None) -> None:
        self.setCurrentIndex(self.findData(value) if value is not None else 0)


class OneOnOneEditor(QDialog):
    """Edit one meeting; every save goes through :class:`OneOnOneService` with version checks."""

    def __init__(
        self,
        ctx: UiContext,
        meeting_id: int,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        now: Callable[[], dt.datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        #: The moment "before it starts" is judged against (tests set a fixed one).
        self.now: Callable[[], dt.datetime] = now or (lambda: dt.datetime.now(dt.UTC))
        self.service = OneOnOneService(ctx.db)
        self.agendas = AgendaService(ctx.db, today=lambda: self.today())
        self.record: OneOnOneRecord = self.service.get(meeting_id)
        self.outcome: HeldOutcome | None = None
        self.history = MeetingHistory(ctx, self.service, parent)
        self.setWindowTitle(self.tr("One-on-one"))
        self._build_header()
        self._build_texts()
        self.actions = ActionItemsPanel(ctx, self.service, lambda: self.today())
        self._build_buttons()
        self._build_layout()
        # Enter belongs to the text fields (Return in "New action item" adds it); no
        # button of this dialog is pressed by it.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._connect()
        self.load(self.record)
        self.resize(1120, 760)

    def _build_header(self) -> None:
        self.title_label = QLabel()
        self.title_label.setObjectName("title_label")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.times_label = QLabel()
        self.times_label.setObjectName("times_label")
        self.times_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label = QLabel()
        self.details_label.setObjectName("details_label")
        self.move_button = QPushButton(self.tr("Move…"))
        self.move_button.setObjectName("move_button")
        self.move_button.setToolTip(self.tr("Change the date, time, duration or cadence"))

    def _build_texts(self) -> None:
        """The agenda with its "Prepare" button, the notes, morale and the private note."""
        self.prepare_button = QPushButton(self.tr("Prepare agenda"))
        self.prepare_button.setObjectName("prepare_button")
        self.prepare_button.setToolTip(
            self.tr(
                "Write the agenda from open actions, attainment since the last meeting, "
                "training, high risks and compliance items falling due"
            )
        )
        self.agenda_edit = QPlainTextEdit()
        self.agenda_edit.setObjectName("agenda_edit")
        self.agenda_edit.setPlaceholderText(self.tr("What to talk about…"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes_edit")
        self.notes_edit.setPlaceholderText(self.tr("What was said and agreed…"))
        self.morale = MoraleCombo()
        self.morale.setObjectName("morale")
        self.private_edit = QPlainTextEdit()
        self.private_edit.setObjectName("private_edit")
        self.private_edit.setStyleSheet(PRIVATE_STYLE)
        self.private_label = QLabel(self.tr("Private — never printed in the rep's pack"))
        self.private_label.setObjectName("private_label")
        self.private_label.setStyleSheet(PRIVATE_LABEL_STYLE)
        self.private_label.setWordWrap(True)

    def _build_buttons(self) -> None:
        """Save, Mark held, Close, and the outcome line a held meeting shows."""
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("outcome_label")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.hide()
        self.next_button = QPushButton(self.tr("Open next meeting"))
        self.next_button.setObjectName("next_button")
        self.next_button.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_button")
        self.held_button = QPushButton(self.tr("Mark held"))
        self.held_button.setObjectName("held_button")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close_button")

    def _connect(self) -> None:
        self.prepare_button.clicked.connect(self.prepare_agenda)
        self.move_button.clicked.connect(self.move_meeting)
        self.save_button.clicked.connect(self.save)
        self.held_button.clicked.connect(self.mark_held)
        self.close_button.clicked.connect(self.reject)
        self.next_button.clicked.connect(self.open_next)

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.times_label)
        titles.addWidget(self.details_label)
        header.addLayout(titles, 1)
        header.addWidget(self.move_button, 0, Qt.AlignmentFlag.AlignTop)

        agenda_box = QGroupBox(self.tr("Agenda"))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_bar = QHBoxLayout()
        agenda_bar.addWidget(self.prepare_button)
        agenda_bar.addStretch(1)
        agenda_layout.addLayout(agenda_bar)
        agenda_layout.addWidget(self.agenda_edit)
        notes_box = QGroupBox(self.tr("Notes"))
        QVBoxLayout(notes_box).addWidget(self.notes_edit)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(agenda_box)
        left.addWidget(notes_box)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 1)
        left.setSizes([440, 200])

        morale_row = QHBoxLayout()
        morale_caption = QLabel(self.tr("Morale:"))
        morale_caption.setBuddy(self.morale)
        morale_row.addWidget(morale_caption)
        morale_row.addWidget(self.morale)
        morale_row.addStretch(1)
        private_box = QGroupBox(self.tr("Private manager note"))
        private_layout = QVBoxLayout(private_box)
        private_layout.addWidget(self.private_label)
        private_layout.addWidget(self.private_edit)
        right_widget = QWidget()
        right = QVBoxLayout(right_widget)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(morale_row)
        right.addWidget(private_box, 2)
        right.addWidget(self.actions, 3)

        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(right_widget)
        body.setStretchFactor(0, 4)
        body.setStretchFactor(1, 3)
        body.setChildrenCollapsible(False)
        # The agenda is what the manager reads and writes most: it gets the wider half.
        body.setSizes([620, 480])

        outcome = QHBoxLayout()
        outcome.addWidget(self.outcome_label, 1)
        outcome.addWidget(self.next_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.held_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(body, 1)
        layout.addLayout(outcome)
        layout.addLayout(bottom)

    # -- showing -------------------------------------------------------------------

    def load(self, record: OneOnOneRecord) -> None:
        """Show a stored meeting (also after a save or "reload theirs")."""
        self.record = record
        name = record.rep_name
        if self.ctx.prefers_chinese and record.rep_name_zh:
            name = f"{record.rep_name_zh} {record.rep_name}"
        self.title_label.setText(self.tr("One-on-one with {rep}").format(rep=name))
        manager_zone = record.manager_time_zone or FALLBACK_ZONE
        self.times_label.setText(
            self.tr("{manager} for you · {rep} for the rep").format(
                manager=when_text(record.starts_at, manager_zone),
                rep=clock_text(record.starts_at, record.rep_time_zone),
            )
        )
        self.details_label.setText(
            " · ".join(
                [
                    enum_label(record.status),
                    enum_label(record.channel),
                    cadence_label(record.cadence),
                    self.tr("{minutes} min").format(minutes=record.duration_minutes),
                ]
            )
        )
        self.agenda_edit.setPlainText(record.agenda or "")
        self.notes_edit.setPlainText(record.notes or "")
        self.morale.setValue(record.morale)
        self.private_edit.setPlainText(record.private_note or "")
        planned = record.status is MeetingStatus.PLANNED
        self.held_button.setEnabled(planned)
        self.held_button.setToolTip(
            ""
            if planned
            else self.tr("This meeting is {status}").format(
                status=enum_label(record.status).lower()
            )
        )
        self.move_button.setEnabled(planned)
        self.actions.show_meeting(record)
        self._loaded = self._edited_values()

    def _edited_values(self) -> tuple[Any, ...]:
        return (
            self.agenda_edit.toPlainText(),
            self.notes_edit.toPlainText(),
            self.morale.value(),
            self.private_edit.toPlainText(),
        )

    def is_dirty(self) -> bool:
        """Whether agenda, notes, morale or private note differ from what is stored."""
        return self._edited_values() != self._loaded

    # -- agenda --------------------------------------------------------------------

    def prepare_agenda(self) -> None:
        """Write the agenda from the rep's data; asks before replacing typed text."""
        if self.agenda_edit.toPlainText().strip():
            answer = QMessageBox.question(
                self,
                self.tr("Prepare agenda"),
                self.tr("Replace the agenda text with a freshly prepared one?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            agenda = self.agendas.build(self.record.id)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Prepare agenda"), error_text(error))
            return
        self.agenda_edit.setPlainText(agenda_text(agenda, self.ctx.language))

    # -- saving --------------------------------------------------------------------

    def meeting_input(self) -> OneOnOneInput:
        r = self.record
        return OneOnOneInput(
            rep_id=r.rep_id,
            starts_at=r.starts_at,
            manager_id=r.manager_id,
            duration_minutes=r.duration_minutes,
            channel=r.channel,
            cadence=r.cadence,
            agenda=self.agenda_edit.toPlainText().strip() or None,
            notes=self.notes_edit.toPlainText().strip() or None,
            morale=self.morale.value(),
            private_note=self.private_edit.toPlainText().strip() or None,
        )

    def save(self) -> bool:
        """Write agenda, notes, morale and private note; False when nothing was saved.

        The save goes on the undo stack (Ctrl+Z in the window writes the texts back).
        """
        before = self.record
        data = self.meeting_input()
        mine = {
            "agenda": data.agenda,
            "notes": data.notes,
            "morale": data.morale,
            "private_note": data.private_note,
        }
        labels = {
            "agenda": self.tr("Agenda"),
            "notes": self.tr("Notes"),
            "morale": self.tr("Morale"),
            "private_note": self.tr("Private manager note"),
        }
        try:
            saved = save_with_conflict_handling(
                self,
                lambda version: self.service.update(self.record.id, data, version),
                self.record.version,
                mine,
                labels=labels,
                on_reload=lambda _error: self.load(self.service.get(self.record.id)),
            )
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Save meeting"), error_text(error))
            return False
        if saved is None:
            return False
        self.history.saved(before, saved)
        self.load(saved)
        self.ctx.bus.emit_changed("meetings")
        return True

    def mark_held(self) -> None:
        """Save what was typed, mark the meeting held, say what happened to the series.

        A meeting that has not started yet is held only once the manager says so.
        """
        if not self.confirm_early_held():
            return
        if self.is_dirty() and not self.save():
            return
        try:
            outcome = self.service.mark_held(self.record.id, self.record.version)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Mark held"), error_text(error))
            self.load(self.service.get(self.record.id))
            return
        self.outcome = outcome
        self.history.held(outcome)
        self.load(outcome.held)
        self.outcome_label.setText(self.outcome_text(outcome))
        self.outcome_label.show()
        self.next_button.setVisible(outcome.next_meeting is not None)
        self.ctx.bus.emit_changed(*TOPICS)

    def confirm_early_held(self) -> bool:
        """True unless the meeting is still ahead and the manager answers No."""
        ahead = time_until_start(self.record.starts_at, self.now())
        if ahead is None:
            return True
        hours = hours_ahead(ahead)
        when = when_text(self.record.starts_at, self.record.manager_time_zone or FALLBACK_ZONE)
        if hours == 1:
            question = self.tr("This meeting starts at {when} (in 1 hour). Mark it held anyway?")
        else:
            question = self.tr(
                "This meeting starts at {when} (in {hours} hours). Mark it held anyway?"
            )
        return confirm(
            self,
            self.tr("Mark held"),
            question.format(when=when, hours=hours),
            default_no=True,
        )

    def outcome_text(self, outcome: HeldOutcome) -> str:
        nxt = outcome.next_meeting
        if nxt is None:
            return self.tr("Marked held. This was a single meeting: no next one is planned.")
        count = len(outcome.carried_action_ids)
        if count == 0:
            carried = self.tr("no open items to carry over")
        elif count == 1:
            carried = self.tr("1 open item carried over")
        else:
            carried = self.tr("{count} open items carried over").format(count=count)
        manager_zone = nxt.manager_time_zone or FALLBACK_ZONE
        return self.tr("Marked held. Next meeting: {rep} ({manager} for you); {carried}.").format(
            rep=when_text(nxt.starts_at, nxt.rep_time_zone),
            manager=clock_text(nxt.starts_at, manager_zone),
            carried=carried,
        )

    def open_next(self) -> None:
        """Show the meeting the series planned after this one."""
        if self.outcome is None or self.outcome.next_meeting is None:
            return
        self.outcome_label.hide()
        self.next_button.hide()
        self.load(self.service.get(self.outcome.next_meeting.id))
        self.outcome = None

    def move_meeting(self) -> None:
        """Reschedule a planned meeting (typed text is kept, saved with it later)."""
        typed = self._edited_values()
        dialog = ScheduleDialog(self.ctx, meeting=self.service.get(self.record.id), parent=self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            moved: OneOnOneRecord = dialog.result_value
        finally:
            dialog.deleteLater()
        # A move is not undone here (the schedule dialog is its own step), but the
        # meeting's version moved on by this session's own hand.
        self.history.wrote(moved)
        self.load(moved)
        self.agenda_edit.setPlainText(typed[0])
        self.notes_edit.setPlainText(typed[1])
        self.morale.setValue(typed[2])
        self.private_edit.setPlainText(typed[3])

    # -- closing -------------------------------------------------------------------

    def reject(self) -> None:
        """Close (Close, Escape, the window's ✕): asks first when typed text is unsaved."""
        if self.is_dirty() and not may_close(
            self, self.tr("Save the changes to this meeting before closing?"), self.save
        ):
            return
        super().reject()


__all__ = ["MoraleCombo", "OneOnOneEditor"]
