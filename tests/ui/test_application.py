"""Starting the console: database opened and migrated, too-new schema refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from app.db import migrate
from app.db.engine import Database, sqlite_url
from app.paths import AppPaths
from app.ui.application import EXIT_SCHEMA_TOO_NEW, run_gui, start

# start() installs the excepthook, a log handler and translators.
pytestmark = pytest.mark.usefixtures("restore_start_globals")


def test_start_migrates_a_new_database_and_shows_the_window(qtbot, ui_paths: AppPaths) -> None:
    url = sqlite_url(ui_paths.database_file)

    started = start(ui_paths, url, offer_demo_data=False)

    assert started.exit_code is None
    qtbot.addWidget(started.window)
    try:
        assert started.window.isVisible()
        assert str(ui_paths.database_file) in started.window.database_label.text()
        assert migrate.current_revision(started.ctx.db.engine) == migrate.head_revision()
        assert QApplication.applicationName() == "Outpost"
        assert (ui_paths.logs / "outpost.log").exists()
    finally:
        started.window.close()
        started.ctx.db.dispose()


def test_database_from_a_newer_outpost_is_refused_untouched(
    qtbot, ui_paths: AppPaths, answer_dialog
) -> None:
    url = sqlite_url(ui_paths.database_file)
    db = Database(url)
    migrate.upgrade(db.engine)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    db.dispose()

    seen = answer_dialog(QMessageBox.StandardButton.Ok)
    code = run_gui(ui_paths, url, offer_demo=False)

    assert code == EXIT_SCHEMA_TOO_NEW != 0
    assert len(seen) == 1 and "newer version of Outpost" in seen[0].text
    db = Database(url)
    assert migrate.current_revision(db.engine) == "from_the_future"
    db.dispose()
    assert list(ui_paths.backups.iterdir()) == []


def test_run_gui_returns_when_the_window_closes(qtbot, ui_paths: AppPaths) -> None:
    def close_main_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "MainWindow" and widget.isVisible():
                widget.close()

    QTimer.singleShot(0, close_main_window)
    assert run_gui(ui_paths, sqlite_url(ui_paths.database_file), offer_demo=False) == 0
    assert ui_paths.settings_file.exists()
    assert "Outpost closed" in (ui_paths.logs / "outpost.log").read_text(encoding="utf-8")
