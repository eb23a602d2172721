"""One application-wide signal saying what changed, so panes can decide to reload.

After a write (or a demo load, an import…) the code that made the change emits
``changed("reps")``; every pane listening decides whether that concerns it. No
pane reaches into another one (the habit anki and camelot share).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

#: Emitted topic meaning "anything may have changed": every pane reloads.
EVERYTHING = "*"


class ChangeBus(QObject):
    """Carries ``changed(topic)``; topics are table-ish names such as "reps", "regions".

    ``open_requested(pane_key, item_id)`` asks the main window to show a pane
    and one of its rows (the dashboard's entries use it), so no pane needs to
    know another.
    """

    changed = Signal(str)
    open_requested = Signal(str, int)

    def request_open(self, pane_key: str, item_id: int) -> None:
        self.open_requested.emit(pane_key, item_id)

    def emit_changed(self, *topics: str) -> None:
        """Announce each topic once (``"*"`` when none is given)."""
        for topic in dict.fromkeys(topics or (EVERYTHING,)):
            self.changed.emit(topic)


def concerns(topic: str, *interests: str) -> bool:
    """Whether a ``changed`` topic matters to a listener interested in ``interests``."""
    return topic == EVERYTHING or topic in interests
