"""The Administration area: regions, managers, exchange rates and courses, one tab each.

One entry in the navigation keeps it short at 1024×700; the tabs are ordinary
table panes. The window's New, Edit, Delete, search and region go to the tab
on screen (each tab keeps its own search text and reads only while shown).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.domain.periods import Period
from app.ui.admin.base import AdminTablePane
from app.ui.admin.courses import CoursesPane
from app.ui.admin.managers import ManagersPane
from app.ui.admin.rates import RatesPane
from app.ui.admin.regions import RegionsPane
from app.ui.area_keys import ADMIN, ADMIN_TABS
from app.ui.context import UiContext
from app.ui.pane import Pane

TAB_KEY = "admin/tab"


class AdminPane(Pane):
    """Tabs of reference-data tables; the toolbar acts on the tab shown."""

    key = ADMIN
    icon = "admin.svg"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.regions = RegionsPane(ctx)
        self.managers = ManagersPane(ctx)
        self.rates = RatesPane(ctx)
        self.courses = CoursesPane(ctx)
        self.tables: list[AdminTablePane] = [self.regions, self.managers, self.rates, self.courses]
        self.tabs = QTabWidget()
        self.tabs.setObjectName("admin_tabs")
        self.tabs.setDocumentMode(True)
        for table in self.tables:
            self.tabs.addTab(table, table.title())
            table.selection_changed.connect(self.selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._search = ""
        saved = ctx.settings.value(TAB_KEY)
        keys = [table.key for table in self.tables]
        if saved in keys:
            self.tabs.setCurrentIndex(keys.index(saved))
        self.tabs.currentChanged.connect(self._on_tab)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AdminPane", "Administration")

    def current(self) -> AdminTablePane:
        return self.tables[self.tabs.currentIndex()]

    def show_table(self, key: str) -> AdminTablePane:
        """Bring the tab ``key`` (e.g. ``"admin_rates"``) to the front."""
        table = next(t for t in self.tables if t.key == key)
        self.tabs.setCurrentWidget(table)
        return table

    def open_item(self, item_id: int) -> None:
        """Show the tab ``ADMIN_TABS[item_id]`` (the dashboard opens tabs, not rows)."""
        if 0 <= item_id < len(ADMIN_TABS):
            self.show_table(ADMIN_TABS[item_id])

    def _on_tab(self, _index: int) -> None:
        # The search typed while another tab was shown applies here too.
        self.current().set_search(self._search)
        self.selection_changed.emit()

    # -- what the toolbar reads --------------------------------------------------------

    @property  # type: ignore[override]
    def can_create(self) -> bool:
        return self.current().can_create

    @property  # type: ignore[override]
    def can_edit(self) -> bool:
        return self.current().can_edit

    @property  # type: ignore[override]
    def can_delete(self) -> bool:
        return self.current().can_delete

    @property  # type: ignore[override]
    def can_export(self) -> bool:
        return self.current().can_export

    # -- what the window tells the pane ---------------------------------------------

    def set_region(self, region_id: int | None) -> None:
        for table in self.tables:
            table.set_region(region_id)

    def set_period(self, period: Period) -> None:
        for table in self.tables:
            table.set_period(period)

    def set_search(self, text: str) -> None:
        self._search = text
        self.current().set_search(text)

    # -- what the window asks of the pane ---------------------------------------------

    def has_selection(self) -> bool:
        return self.current().has_selection()

    def create(self) -> None:
        self.current().create()

    def edit_selected(self) -> None:
        self.current().edit_selected()

    def delete_selected(self) -> None:
        self.current().delete_selected()

    def export(self) -> None:
        self.current().export()

    def save_state(self) -> None:
        self.ctx.settings.setValue(TAB_KEY, self.current().key)
        for table in self.tables:
            table.save_state()


__all__ = ["AdminPane"]
