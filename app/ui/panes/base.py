"""What the main window expects of a pane (one area of the navigation)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.context import UiContext


class Pane(QWidget):
    """One area of the console. Subclasses set ``key``/``icon`` and define ``title()``.

    A pane listens to ``ctx.bus`` itself and reloads when a topic concerns it;
    the main window only tells it the region and asks it to save its state.
    """

    key: str = ""
    #: File name under resources/icons (an SVG); empty for no icon.
    icon: str = ""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    @classmethod
    def title(cls) -> str:
        """The translated name shown in the navigation."""
        raise NotImplementedError

    def set_region(self, region_id: int | None) -> None:
        """Show only ``region_id`` (None: every region the user may see)."""

    def save_state(self) -> None:
        """Keep splitter positions, column widths… in ``ctx.settings``."""
