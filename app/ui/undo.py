"""Ctrl+Z for this session's creates, edits and deletes.

Every change is made through a service first; only then does the pane push a
:class:`ServiceCommand` describing how to take it back (and do it again) through
the services, so undo is validated, audited and version-checked like any other
write. A stale undo (someone changed the row since) is refused with the
service's own message and the command is dropped.

The version a step expects is the one *this session's* last write of that
row produced, kept in one :class:`VersionBook` per undo stack. A command's
own copy would go stale as soon as a later command (or a later own save)
wrote the same row: undo → undo would then report my own earlier edit as
"changed by someone else". A real change by another session still makes the
book's version stale, so it is still refused.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import ServiceError
from app.ui.change_bus import ChangeBus
from app.ui.context import UiContext
from app.ui.error_text import error_text

log = logging.getLogger(__name__)


class ServiceCommand(QUndoCommand):
    """A change already made; ``undo``/``redo`` reverse and repeat it via services.

    ``undo`` and ``redo`` return nothing useful; they may raise ServiceError,
    which is shown to the user (with ``parent`` as the dialog's parent).
    After each step the bus announces ``topics`` so panes reload.
    """

    def __init__(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        bus: ChangeBus,
        topics: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._bus = bus
        self._topics = topics
        self._parent = parent
        # QUndoStack.push() calls redo(); the change itself has already been made.
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], object]) -> None:
        try:
            step()
        except ServiceError as exc:
            log.info("undo/redo of %r refused: %s", self.text(), exc)
            # The row moved on since; this command can no longer apply.
            self.setObsolete(True)
            QMessageBox.warning(self._parent, self.text(), error_text(exc))
        finally:
            self._bus.emit_changed(*self._topics)


class _Row(Protocol):
    id: int
    version: int


class VersionBook:
    """The version of each row as this session's last write left it.

    Keyed by a kind ("meeting", "rep", "target") and the row's id. Every own
    write of an undoable row calls :meth:`saw` with the record it returned;
    undo/redo steps ask :meth:`expect`.
    """

    def __init__(self) -> None:
        self._versions: dict[tuple[str, int], int] = {}

    def saw(self, kind: str, record: _Row) -> None:
        self.note(kind, record.id, record.version)

    def note(self, kind: str, row_id: int, version: int) -> None:
        self._versions[(kind, row_id)] = version

    def expect(self, kind: str, row_id: int, fallback: int | None = None) -> int | None:
        return self._versions.get((kind, row_id), fallback)

    def forget(self, kind: str, row_id: int) -> None:
        self._versions.pop((kind, row_id), None)


def version_book(ctx: UiContext) -> VersionBook:
    """The book kept beside ``ctx.undo_stack`` (one per stack, i.e. per window session)."""
    stack = ctx.undo_stack
    book = getattr(stack, "_outpost_versions", None)
    if book is None:
        book = VersionBook()
        stack._outpost_versions = book  # type: ignore[attr-defined]
    return book


def push_change(
    ctx: UiContext,
    text: str,
    undo: Callable[[], object],
    redo: Callable[[], object],
    topics: tuple[str, ...],
    parent: QWidget | None = None,
) -> None:
    """Record a change already made through a service, so Ctrl+Z can take it back."""
    ctx.undo_stack.push(ServiceCommand(text, undo, redo, ctx.bus, topics, parent))
