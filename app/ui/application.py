"""Starting the window: QApplication, logging, excepthook, translations, database.

:func:`run_gui` is what ``outpost`` (app/cli/main.py) calls; :func:`start` does the
same without entering the event loop, so tests can drive the result.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from dataclasses import dataclass

from PySide6.QtCore import (
    QMessageLogContext,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app._version import __version__
from app.db.lifecycle import open_database
from app.db.migrate import SchemaTooNewError
from app.paths import APP_NAME, AppPaths, resources_dir
from app.ui.change_bus import ChangeBus
from app.ui.context import LANGUAGE_KEY, UiContext, open_settings
from app.ui.error_dialog import install_excepthook
from app.ui.first_start import offer_first_start
from app.ui.main_window import MainWindow
from app.ui.me import apply_signed_in
from app.ui.settings import DATABASE_URL
from app.ui.translations import choose_language, install_translators

log = logging.getLogger(__name__)

LOG_FILE = "outpost.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
# Tried in order for glyphs the UI font lacks, so Chinese never shows as boxes.
CJK_FALLBACKS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
)

_translators: list[QTranslator] = []

# Exit codes run_gui returns besides Qt's own.
EXIT_SCHEMA_TOO_NEW = 3
EXIT_CANNOT_OPEN = 2


def setup_logging(paths: AppPaths, level: int = logging.INFO) -> logging.Handler:
    """Log to a rotating file in the log folder (once, however often called)."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    target = str(paths.logs / LOG_FILE)
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and (
            handler.baseFilename == target
        ):
            return handler
    handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return handler


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def create_application() -> QApplication:
    """The QApplication (the existing one when there is one, as under pytest-qt)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "outpost.svg")))
    add_cjk_fallback(app)
    return app


def add_cjk_fallback(app: QApplication) -> None:
    """Name installed Chinese fonts as substitutes of the UI font, for glyphs it lacks.

    Substitutions rather than ``QFont.setFamilies``: with a family list Qt measured
    Latin text with one font and drew it with another, clipping table cells.
    """
    installed = set(QFontDatabase.families())
    fallbacks = [family for family in CJK_FALLBACKS if family in installed]
    family = app.font().family()
    known = QFont.substitutes(family)
    missing = [f for f in fallbacks if f not in known]
    if missing:
        QFont.insertSubstitutions(family, missing)


@dataclass
class Started:
    """What :func:`start` opened; ``exit_code`` is set when it could not open."""

    app: QApplication
    window: MainWindow | None = None
    ctx: UiContext | None = None
    exit_code: int | None = None


def start(
    paths: AppPaths,
    database_url: str,
    *,
    offer_demo_data: bool = True,
    database_given: bool = True,
) -> Started:
    """Everything :func:`run_gui` does before the event loop.

    ``database_given`` False (no ``--database`` nor OUTPOST_DATABASE_URL) lets the
    database chosen in Preferences replace ``database_url``, the local file.
    """
    paths.ensure()
    setup_logging(paths)
    app = create_application()
    qInstallMessageHandler(_qt_message)
    settings = open_settings(paths)
    language = choose_language(str(settings.value(LANGUAGE_KEY, "") or ""))
    for old in _translators:
        app.removeTranslator(old)
    # Kept here so the translators live as long as the app does.
    _translators[:] = install_translators(app, language)
    install_excepthook()
    log.info("Outpost %s starting on %s (language %s)", __version__, sys.platform, language)
    if not database_given:
        database_url = DATABASE_URL.get(settings).strip() or database_url

    try:
        opened = open_database(database_url, paths.backups)
    except SchemaTooNewError as exc:
        log.error("refused database: %s", exc)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            app.translate("Startup", "Database too new"),
            app.translate(
                "Startup",
                "This database was written by a newer version of Outpost. Install that "
                "version to open it; the database was left untouched.",
            ),
        )
        box.setDetailedText(str(exc))
        box.exec()
        return Started(app, exit_code=EXIT_SCHEMA_TOO_NEW)
    except Exception as exc:
        log.exception("cannot open the database")
        QMessageBox.critical(
            None,
            app.translate("Startup", "Cannot open the database"),
            app.translate("Startup", "Outpost could not open the database:\n\n{error}").format(
                error=exc
            ),
        )
        return Started(app, exit_code=EXIT_CANNOT_OPEN)
    if opened.backup is not None:
        log.info("database backed up to %s before migrating", opened.backup)

    ctx = UiContext(
        db=opened.db,
        bus=ChangeBus(app),
        settings=settings,
        language="zh" if language.startswith("zh") else "en",
        paths=paths,
    )
    # Before the window: its status bar names the actor.
    apply_signed_in(ctx)
    window = MainWindow(ctx)
    window.show()
    if offer_demo_data:
        # After the window is on screen, so the question has a parent to sit on.
        QTimer.singleShot(0, window, lambda: offer_first_start(ctx, window))
    return Started(app, window=window, ctx=ctx)


def run_gui(
    paths: AppPaths, database_url: str, *, offer_demo: bool = True, database_given: bool = True
) -> int:
    """Open the console on ``database_url`` and run until it closes; the exit code."""
    started = start(paths, database_url, offer_demo_data=offer_demo, database_given=database_given)
    if started.exit_code is not None:
        return started.exit_code
    try:
        return int(started.app.exec())
    finally:
        assert started.ctx is not None
        started.ctx.db.dispose()
        log.info("Outpost closed")
