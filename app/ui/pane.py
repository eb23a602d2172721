"""What the main window expects of a pane (one area of the navigation).

The window owns the region, period and search selectors and the toolbar
(New, Edit, Delete, Export table and the pane's other exports); it forwards
them to the pane on screen. A pane says which actions it supports and emits
``selection_changed`` so the toolbar can enable Edit and Delete. Panes that list rows build on
:class:`app.ui.table_pane.TablePane`, which implements this protocol for a table.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.domain.periods import Period
from app.ui.context import UiContext


class Pane(QWidget):
    """One area of the console. Subclasses set ``key``/``icon`` and define ``title()``.

    A pane listens to ``ctx.bus`` itself and reloads when a topic concerns it;
    the main window only tells it the region, period and search text, asks it
    to act on the toolbar's actions, and to save its state.
    """

    key: str = ""
    #: File name under resources/icons (an SVG); empty for no icon.
    icon: str = ""

    #: Which toolbar actions this pane supports.
    can_create: bool = False
    can_edit: bool = False
    can_delete: bool = False
    can_export: bool = False

    #: Emitted when the selection changes (the toolbar re-reads ``has_selection``).
    selection_changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    @classmethod
    def title(cls) -> str:
        """The translated name shown in the navigation."""
        raise NotImplementedError

    # -- what the window tells the pane ------------------------------------------

    def set_region(self, region_id: int | None) -> None:
        """Show only ``region_id`` (None: every region the user may see)."""

    def set_period(self, period: Period) -> None:
        """Show the chosen year, quarter or month where the pane is about a period."""

    def set_search(self, text: str) -> None:
        """Filter by the window's search field (already debounced by the window)."""

    # -- what the window asks of the pane ----------------------------------------

    def has_selection(self) -> bool:
        return False

    def create(self) -> None:
        """New (Ctrl+N): open the pane's create dialog."""

    def edit_selected(self) -> None:
        """Edit (Enter, double-click): open the selected row in its edit dialog."""

    def delete_selected(self) -> None:
        """Delete (Del): confirm, then delete the selected row."""

    def export(self) -> None:
        """Export (Ctrl+E): a table pane saves its rows as XLSX or CSV."""

    def more_exports(self) -> list[QAction]:
        """The pane's other exports (a PDF pack, a calendar…) for the window's Export menu."""
        return []

    def open_item(self, item_id: int) -> None:
        """Show and select one row, e.g. when the dashboard asks for it."""

    def save_state(self) -> None:
        """Keep splitter positions, column widths… in ``ctx.settings``."""
