"""The console's main window: navigation, region and period selectors, search, panes.

The window owns what every pane follows (region, period, search text) and the
toolbar actions; it forwards them to the pane protocol (app/ui/pane.py).
Keys are explained in app/ui/toolbar.py.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.domain.periods import Period
from app.paths import resources_dir
from app.services.team import RegionRecord, TeamService
from app.ui.areas import PANES, Pane
from app.ui.change_bus import concerns
from app.ui.context import UiContext
from app.ui.help.menu import HelpMenu
from app.ui.packs.register_reports import RegisterReports
from app.ui.period_selector import PeriodSelector
from app.ui.preferences import PreferencesDialog
from app.ui.settings import LAST_PERIOD, LAST_REGION
from app.ui.team.import_dialog import import_team_action
from app.ui.toolbar import SearchField, elide_undo_texts, make_action, search_toolbar

log = logging.getLogger(__name__)

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"
PANE_KEY = "main_window/pane"


def icon(name: str) -> QIcon:
    """An icon from resources/icons (empty when the file is missing)."""
    path = resources_dir() / "icons" / name
    return QIcon(str(path)) if name and path.exists() else QIcon()


class MainWindow(QMainWindow):
    """Navigation on the left, the chosen pane on the right, selectors and actions on top."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.team_service = TeamService(ctx.db)
        self.setWindowTitle(self.tr("Outpost"))
        self.setWindowIcon(icon("outpost.svg"))
        self.setObjectName("MainWindow")

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setMinimumWidth(110)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pane_stack")
        self.panes: list[Pane] = []
        # The search text each pane was last given, so switching panes re-queries
        # only a pane whose filter is out of date.
        self._searched: dict[str, str] = {}
        for pane_class in PANES:
            pane = pane_class(ctx, self)
            self.panes.append(pane)
            self._searched[pane.key] = ""
            self.stack.addWidget(pane)
            item = QListWidgetItem(icon(pane_class.icon), pane_class.title())
            item.setData(Qt.ItemDataRole.UserRole, pane_class.key)
            item.setSizeHint(QSize(0, 36))
            self.navigation.addItem(item)
            pane.selection_changed.connect(self.update_actions)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self.navigation.currentRowChanged.connect(self._on_pane_chosen)
        ctx.bus.changed.connect(self._on_changed)
        ctx.bus.open_requested.connect(self.open_item)
        self.period_selector.period_changed.connect(self._on_period_chosen)
        self.search_field.search_changed.connect(self._on_search)
        self._on_period_chosen(self.period_selector.period())
        self.load_regions()
        self._restore_state()
        self.update_actions()

    # -- building ----------------------------------------------------------------

    def _build_actions(self) -> None:
        in_panes = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.new_action = make_action(
            self,
            self.tr("&New"),
            self.tr("Create a new row"),
            [QKeySequence(QKeySequence.StandardKey.New)],
            name="new_action",
        )
        # Enter is the pane's (see app/ui/toolbar.py): no shortcut here.
        self.edit_action = make_action(
            self,
            self.tr("&Edit"),
            self.tr("Edit the selected row (Enter or double-click)"),
            name="edit_action",
        )
        self.delete_action = make_action(
            self,
            self.tr("&Delete"),
            self.tr("Delete the selected row"),
            [QKeySequence(Qt.Key.Key_Delete)],
            in_panes,
            name="delete_action",
        )
        self.export_action = make_action(
            self,
            self.tr("E&xport table…"),
            self.tr("Save the pane's rows as filtered and sorted, as an Excel or CSV file"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E)],
            name="export_action",
        )
        # The pane's other exports (packs, calendar), filled when opened.
        self.export_menu = QMenu(self.tr("Other e&xports"), self)
        self.export_menu.setObjectName("export_menu")
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        self.search_action = make_action(
            self,
            self.tr("&Find"),
            self.tr("Search in the pane"),
            [QKeySequence(QKeySequence.StandardKey.Find)],
            name="search_action",
        )
        # Delete only while the focus is in a pane; the stack must hold the action.
        self.stack.addAction(self.delete_action)
        for action in (self.new_action, self.edit_action, self.export_action, self.search_action):
            self.addAction(action)
        self.new_action.triggered.connect(lambda: self.current_pane().create())
        self.edit_action.triggered.connect(lambda: self.current_pane().edit_selected())
        self.delete_action.triggered.connect(lambda: self.current_pane().delete_selected())
        self.export_action.triggered.connect(lambda: self.current_pane().export())

        stack = self.ctx.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("undo_action")
        # The text names the command to undo; the status tip (Help → Keyboard
        # shortcuts) says what the key does in general.
        self.undo_action.setStatusTip(self.tr("Undo your last change"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("redo_action")
        self.redo_action.setStatusTip(self.tr("Redo the change you undid last"))
        self.redo_action.setShortcuts(
            [
                QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z),
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y),
            ]
        )
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main"))
        # The old name, so a saved window state still places the toolbar.
        toolbar.setObjectName("region_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.region_selector = QComboBox()
        self.region_selector.setObjectName("region_selector")
        self.region_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.region_selector.setMinimumContentsLength(18)
        toolbar.addWidget(self._label(self.tr("Region:")))
        toolbar.addWidget(self.region_selector)
        self.region_selector.currentIndexChanged.connect(self._on_region_chosen)

        stored = LAST_PERIOD.get(self.ctx.settings)
        self.period_selector = PeriodSelector(stored)
        toolbar.addWidget(self._label(self.tr("Period:")))
        toolbar.addWidget(self.period_selector)
        toolbar.addSeparator()
        for action in (self.new_action, self.edit_action, self.delete_action, self.export_action):
            toolbar.addAction(action)
        export_button = toolbar.widgetForAction(self.export_action)
        if isinstance(export_button, QToolButton):
            # Click: export the table; the arrow: the pane's other exports.
            export_button.setMenu(self.export_menu)
            export_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        elide_undo_texts(toolbar, self.undo_action, self.redo_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar
        self.search_field = SearchField()
        self.search_toolbar = search_toolbar(self.search_field)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.search_toolbar)
        self.search_action.triggered.connect(self.search_field.focus_and_select)

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setContentsMargins(8, 0, 4, 0)
        return label

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(import_team_action(self.ctx, self))
        file_menu.addMenu(self.export_menu)
        # The register PDFs of the selected region (and the period's year, for training).
        self.reports = RegisterReports(
            self.ctx, self, self.region_id, lambda: self.period().start.year
        )
        file_menu.addMenu(self.reports.menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setStatusTip(self.tr("Close the console"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.search_action)
        edit_menu.addSeparator()
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setObjectName("preferences_action")
        self.preferences_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)
        edit_menu.addAction(self.preferences_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help = HelpMenu(self, self.ctx, help_menu)

    def _build_status_bar(self) -> None:
        db = self.ctx.db
        kind = self.tr("local file") if db.is_sqlite else self.tr("server")
        self.database_label = QLabel(
            self.tr("Database: {where} ({kind})").format(where=db.description, kind=kind)
        )
        self.database_label.setToolTip(db.description)
        self.user_label = QLabel()
        self.show_user()
        self.statusBar().addPermanentWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

    def show_user(self) -> None:
        """Name who the changes are recorded as (who I am, else the OS login)."""
        self.user_label.setText(self.tr("User: {user}").format(user=self.ctx.db.actor))

    def show_preferences(self) -> None:
        dialog = PreferencesDialog(self.ctx, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.show_user()

    # -- regions -----------------------------------------------------------------

    def region_text(self, region: RegionRecord) -> str:
        if self.ctx.prefers_chinese and region.name_zh:
            return region.name_zh
        return region.name

    def load_regions(self) -> None:
        """Fill the selector from the database, keeping the region chosen before."""
        wanted = self.region_id()
        if wanted is None and self.region_selector.count() == 0:
            wanted = LAST_REGION.get(self.ctx.settings)
        self.region_selector.blockSignals(True)
        self.region_selector.clear()
        self.region_selector.addItem(self.tr("All regions"), None)
        for region in self.team_service.list_regions():
            self.region_selector.addItem(self.region_text(region), region.id)
        found = self.region_selector.findData(wanted) if wanted is not None else 0
        self.region_selector.setCurrentIndex(max(found, 0))
        self.region_selector.blockSignals(False)
        self._on_region_chosen()

    def region_id(self) -> int | None:
        return self.region_selector.currentData()

    def set_region(self, region_id: int | None) -> None:
        index = self.region_selector.findData(region_id) if region_id is not None else 0
        if index >= 0:
            self.region_selector.setCurrentIndex(index)

    def _on_region_chosen(self, _index: int = -1) -> None:
        region_id = self.region_id()
        for pane in self.panes:
            pane.set_region(region_id)

    # -- period and search ---------------------------------------------------------

    def period(self) -> Period:
        return self.period_selector.period()

    def set_period(self, period: Period) -> None:
        self.period_selector.set_period(period)

    def _on_period_chosen(self, period: Period) -> None:
        # Kept at once (not only on close), so a crash does not lose the choice.
        LAST_PERIOD.set(self.ctx.settings, period)
        for pane in self.panes:
            pane.set_period(period)

    def _on_search(self, text: str) -> None:
        self._search_pane(self.current_pane(), text)

    def _search_pane(self, pane: Pane, text: str) -> None:
        if self._searched.get(pane.key) != text:
            self._searched[pane.key] = text
            pane.set_search(text)

    def _on_changed(self, topic: str) -> None:
        if concerns(topic, "regions"):
            self.load_regions()
        if concerns(topic, "managers", "preferences"):
            self.show_user()

    # -- panes -------------------------------------------------------------------

    def pane(self, key: str) -> Pane:
        return next(p for p in self.panes if p.key == key)

    def show_pane(self, key: str) -> None:
        self.navigation.setCurrentRow(next(i for i, p in enumerate(self.panes) if p.key == key))

    def current_pane(self) -> Pane:
        return self.panes[self.stack.currentIndex()]

    def open_item(self, pane_key: str, item_id: int) -> None:
        """Show ``pane_key`` and one of its rows (the bus's ``open_requested``)."""
        if pane_key not in self._searched:
            log.warning("open request for unknown pane %r (item %s)", pane_key, item_id)
            return
        self.show_pane(pane_key)
        self.pane(pane_key).open_item(item_id)

    def _on_pane_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        # The text typed while another pane was shown applies here too (at once:
        # flush() ends a pending delay and the new pane gets the text only if it differs).
        self.search_field.flush()
        self.update_actions()

    def _fill_export_menu(self) -> None:
        self.export_menu.clear()
        actions = self.current_pane().more_exports() if self.panes else []
        for action in actions:
            self.export_menu.addAction(action)
        if not actions:
            none = self.export_menu.addAction(self.tr("No other exports in this pane"))
            none.setEnabled(False)

    def update_actions(self) -> None:
        """Enable the toolbar's actions as the pane on screen allows."""
        if not self.panes:
            for action in (self.new_action, self.edit_action, self.delete_action):
                action.setEnabled(False)
            self.export_action.setEnabled(False)
            return
        pane = self.current_pane()
        selected = pane.has_selection()
        self.new_action.setEnabled(pane.can_create)
        self.edit_action.setEnabled(pane.can_edit and selected)
        self.delete_action.setEnabled(pane.can_delete and selected)
        self.export_action.setEnabled(pane.can_export)

    # -- window state ------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = self.ctx.settings
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 780)
        state = settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        splitter = settings.value(SPLITTER_KEY)
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([140, 1140])
        key = settings.value(PANE_KEY)
        keys = [p.key for p in self.panes]
        if keys:
            self.navigation.setCurrentRow(keys.index(key) if key in keys else 0)

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        if self.panes:
            settings.setValue(PANE_KEY, self.current_pane().key)
        LAST_REGION.set(settings, self.region_id())
        LAST_PERIOD.set(settings, self.period())
        for pane in self.panes:
            pane.save_state()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
