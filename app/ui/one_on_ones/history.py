"""The one-on-one editor's writes on the undo stack: a save (agenda, notes, morale,
private note) and marking held.

Each step expects the meeting's version as this session's last write left it
(:class:`~app.ui.undo.VersionBook`), so undoing a hold and then the save
before it, or undo → redo → undo, never reports my own edit as someone
else's; a change by another session still does.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.one_on_one_records import HeldOutcome, OneOnOneInput, OneOnOneRecord
from app.services.one_on_ones import OneOnOneService
from app.ui.context import UiContext
from app.ui.undo import push_change, version_book

TOPICS = ("meetings", "actions")
KIND = "meeting"


def _input(record: OneOnOneRecord) -> OneOnOneInput:
    return OneOnOneInput(
        rep_id=record.rep_id,
        starts_at=record.starts_at,
        manager_id=record.manager_id,
        duration_minutes=record.duration_minutes,
        channel=record.channel,
        cadence=record.cadence,
        agenda=record.agenda,
        notes=record.notes,
        morale=record.morale,
        private_note=record.private_note,
    )


class MeetingHistory:
    """Pushes the editor's writes of one meeting; also told of writes not undone (a move)."""

    def __init__(self, ctx: UiContext, service: OneOnOneService, parent: QWidget | None) -> None:
        self.ctx = ctx
        self.service = service
        self.parent = parent
        self.book = version_book(ctx)

    def wrote(self, record: OneOnOneRecord) -> None:
        """An own write of the meeting that is not undoable by itself (a move)."""
        self.book.saw(KIND, record)

    def _update(self, meeting_id: int, values: OneOnOneInput) -> None:
        version = self.book.expect(KIND, meeting_id)
        self.book.saw(KIND, self.service.update(meeting_id, values, version))

    def saved(self, before: OneOnOneRecord, after: OneOnOneRecord) -> None:
        """After a save: undo writes the texts and morale back, redo writes them again."""
        self.book.saw(KIND, after)
        old, new = _input(before), _input(after)
        # Only what the editor writes goes back: the time and rep stay as they are now.
        text = QCoreApplication.translate("MeetingHistory", "Edit one-on-one with {rep}")
        push_change(
            self.ctx,
            text.format(rep=after.rep_name),
            lambda: self._update(after.id, self._texts(after.id, old)),
            lambda: self._update(after.id, self._texts(after.id, new)),
            TOPICS,
            self.parent,
        )

    def _texts(self, meeting_id: int, source: OneOnOneInput) -> OneOnOneInput:
        return replace(
            _input(self.service.get(meeting_id)),
            agenda=source.agenda,
            notes=source.notes,
            morale=source.morale,
            private_note=source.private_note,
        )

    def held(self, outcome: HeldOutcome) -> None:
        """After marking held: undo makes it planned again (and removes the next one)."""
        self.book.saw(KIND, outcome.held)
        state = {"outcome": outcome}
        meeting_id = outcome.held.id

        def undo() -> None:
            version = self.book.expect(KIND, meeting_id)
            self.book.saw(KIND, self.service.undo_held(state["outcome"], version))

        def redo() -> None:
            version = self.book.expect(KIND, meeting_id)
            again = self.service.mark_held(meeting_id, version)
            self.book.saw(KIND, again.held)
            state["outcome"] = again

        text = QCoreApplication.translate("MeetingHistory", "Mark one-on-one with {rep} held")
        push_change(
            self.ctx, text.format(rep=outcome.held.rep_name), undo, redo, TOPICS, self.parent
        )


__all__ = ["MeetingHistory"]
