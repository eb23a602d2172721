"""The console's main window: navigation, region selector, panes, status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app._version import __version__
from app.paths import resources_dir
from app.services.team import RegionRecord, TeamService
from app.ui.change_bus import concerns
from app.ui.context import LAST_REGION_KEY, UiContext
from app.ui.panes import PANES, Pane

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"
PANE_KEY = "main_window/pane"


def icon(name: str) -> QIcon:
    """An icon from resources/icons (empty when the file is missing)."""
    path = resources_dir() / "icons" / name
    return QIcon(str(path)) if name and path.exists() else QIcon()


class MainWindow(QMainWindow):
    """Navigation on the left, the chosen pane on the right, the region on top."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.team_service = TeamService(ctx.db)
        self.setWindowTitle(self.tr("Outpost"))
        self.setWindowIcon(icon("outpost.svg"))
        self.setObjectName("MainWindow")

        self._build_toolbar()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setMinimumWidth(110)
        self.stack = QStackedWidget()
        self.panes: list[Pane] = []
        for pane_class in PANES:
            pane = pane_class(ctx, self)
            self.panes.append(pane)
            self.stack.addWidget(pane)
            item = QListWidgetItem(icon(pane_class.icon), pane_class.title())
            item.setData(Qt.ItemDataRole.UserRole, pane_class.key)
            item.setSizeHint(QSize(0, 36))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self._build_status_bar()
        ctx.bus.changed.connect(self._on_changed)
        self.load_regions()
        self._restore_state()

    # -- building ----------------------------------------------------------------

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Region"))
        toolbar.setObjectName("region_toolbar")
        toolbar.setMovable(False)
        self.region_selector = QComboBox()
        self.region_selector.setObjectName("region_selector")
        self.region_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.region_selector.setMinimumContentsLength(18)
        label = QLabel(self.tr("Region:"))
        label.setContentsMargins(6, 0, 6, 0)
        toolbar.addWidget(label)
        toolbar.addWidget(self.region_selector)
        self.region_selector.currentIndexChanged.connect(self._on_region_chosen)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Outpost"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _build_status_bar(self) -> None:
        db = self.ctx.db
        kind = self.tr("local file") if db.is_sqlite else self.tr("server")
        self.database_label = QLabel(
            self.tr("Database: {where} ({kind})").format(where=db.description, kind=kind)
        )
        self.database_label.setToolTip(db.description)
        self.user_label = QLabel(self.tr("User: {user}").format(user=db.actor))
        self.statusBar().addPermanentWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

    # -- regions -----------------------------------------------------------------

    def region_text(self, region: RegionRecord) -> str:
        if self.ctx.prefers_chinese and region.name_zh:
            return region.name_zh
        return region.name

    def load_regions(self) -> None:
        """Fill the selector from the database, keeping the region chosen before."""
        wanted = self.region_id()
        if wanted is None and self.region_selector.count() == 0:
            stored = self.ctx.settings.value(LAST_REGION_KEY)
            wanted = int(stored) if stored not in (None, "") else None
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

    def _on_changed(self, topic: str) -> None:
        if concerns(topic, "regions"):
            self.load_regions()

    # -- panes -------------------------------------------------------------------

    def pane(self, key: str) -> Pane:
        return next(p for p in self.panes if p.key == key)

    def show_pane(self, key: str) -> None:
        self.navigation.setCurrentRow(next(i for i, p in enumerate(self.panes) if p.key == key))

    def current_pane(self) -> Pane:
        return self.panes[self.stack.currentIndex()]

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
        self.navigation.setCurrentRow(keys.index(key) if key in keys else 0)

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        settings.setValue(PANE_KEY, self.current_pane().key)
        region_id = self.region_id()
        settings.setValue(LAST_REGION_KEY, "" if region_id is None else region_id)
        for pane in self.panes:
            pane.save_state()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    # -- help --------------------------------------------------------------------

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Outpost"),
            self.tr(
                "<h3>Outpost {version}</h3>"
                "<p>A console for regional managers of field and expatriate sales staff: "
                "team, targets, one-on-ones, reviews, training, risks and compliance.</p>"
                "<p>Qt {qt}</p>"
            ).format(version=__version__, qt=qVersion()),
        )
