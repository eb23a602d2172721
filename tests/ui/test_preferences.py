"""Preferences: values saved, bad ones refused at their field, applied now or on next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from app.db.engine import sqlite_url
from app.domain.enums import RiskLevel
from app.paths import AppPaths
from app.reports.fonts import find_cjk_font
from app.ui.application import start
from app.ui.main_window import MainWindow
from app.ui.preferences import PreferencesDialog
from app.ui.settings import (
    COMPLIANCE_WARNING_DAYS,
    DATABASE_URL,
    EXPORT_FOLDER,
    LANGUAGE,
    ME,
    MY_TIME_ZONE,
    PACK_FONT,
    risk_review_cadence,
)
from app.ui.translations import choose_language
from tests.services.factories import make_manager, make_region
from tests.ui.dialog_answers import answering

# start() installs the excepthook, a log handler and translators.
pytestmark = pytest.mark.usefixtures("restore_start_globals")


def open_dialog(qtbot, ctx) -> PreferencesDialog:
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_preference_is_saved_and_who_i_am_applies_at_once(
    qtbot, ctx, ui_paths: AppPaths, tmp_path: Path, answer_dialog
) -> None:
    region = make_region(ctx.db, name="Gulf")
    omar = make_manager(ctx.db, region.id, name="Omar Haddad", email="omar@example.com")
    font = find_cjk_font()  # fonts-wqy-microhei, which .ci/run installs
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"
    folder = tmp_path / "exports"
    folder.mkdir()
    shown: dict[str, object] = {}

    def fill(dialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        shown["labels"] = list(dialog.labels.values())
        language = dialog.field("language")
        shown["languages"] = [language.itemText(i) for i in range(language.count())]
        language.setCurrentIndex(language.findData("zh_CN"))
        dialog.field("me").setValue(omar.id)
        dialog.field("my_time_zone").setValue("Asia/Dubai")
        dialog.field("export_folder").setValue(str(folder))
        dialog.field("pack_font").setValue(str(font))
        database = dialog.field("database")
        database.server.setChecked(True)
        qtbot.keyClicks(database.url, "postgresql+psycopg://omar@db.example.com/outpost")
        dialog.field("compliance_warning_days").setValue(45)
        assert dialog.field("review_days_high").value() == 60
        dialog.field("review_days_high").setValue(45)
        answer_dialog(QMessageBox.StandardButton.Ok)  # "applies the next time…"
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = answer_dialog(answering(fill))
    window.preferences_action.trigger()

    assert shown["labels"] == [
        "Language",
        "Who I am",
        "My time zone",
        "Export folder",
        "Font for PDF packs",
        "Database",
        "Flag obligations due within (days)",
        "Review critical risks every (days)",
        "Review high risks every (days)",
        "Review medium risks every (days)",
        "Review low risks every (days)",
    ]
    assert risk_review_cadence(settings=ctx.settings)[RiskLevel.HIGH] == 45
    assert shown["languages"] == ["As the system", "English", "简体中文"]
    assert [s.title for s in seen] == ["Preferences", "Preferences"]
    assert "next time Outpost starts" in seen[1].text
    settings = ctx.settings
    assert LANGUAGE.get(settings) == "zh_CN"
    assert ME.get(settings) == omar.id
    assert MY_TIME_ZONE.get(settings) == "Asia/Dubai"
    assert EXPORT_FOLDER.get(settings) == str(folder)
    assert PACK_FONT.get(settings) == str(font)
    assert DATABASE_URL.get(settings) == "postgresql+psycopg://omar@db.example.com/outpost"
    assert COMPLIANCE_WARNING_DAYS.get(settings) == 45
    # Who I am applies at once: the audit actor and the status bar.
    assert ctx.db.actor == "Omar Haddad <omar@example.com>"
    assert window.user_label.text() == "User: Omar Haddad <omar@example.com>"


def test_bad_values_are_refused_at_their_field_and_nothing_is_saved(
    qtbot, ctx, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, ctx)
    database = dialog.field("database")
    database.server.setChecked(True)
    qtbot.keyClicks(database.url, "postgresql+psycopg://omar:secret@db.example.com/outpost")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Leave the password out of the URL" in dialog.error_text("database")
    assert dialog.isVisible()

    database.url.setText("mysql://db.example.com/outpost")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "postgresql+psycopg://" in dialog.error_text("database")

    database.local.setChecked(True)
    dialog.field("export_folder").setValue(str(tmp_path / "missing"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("export_folder").endswith("missing is not a folder")

    dialog.field("export_folder").setValue("")
    not_a_font = tmp_path / "notes.ttf"
    not_a_font.write_text("not a font")
    dialog.field("pack_font").setValue(str(not_a_font))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "cannot be used" in dialog.error_text("pack_font")

    dialog.field("pack_font").setValue("")
    zone = dialog.field("my_time_zone")
    zone.setEditText("Mars/Olympus")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Not a known IANA time zone" in dialog.error_text("my_time_zone")
    assert dialog.isVisible()
    for setting in (DATABASE_URL, EXPORT_FOLDER, PACK_FONT, MY_TIME_ZONE):
        assert ctx.settings.value(setting.key) is None
    dialog.reject()


def test_a_local_file_is_kept_as_a_url_and_the_default_as_empty(qtbot, ctx, ui_paths) -> None:
    ctx.paths = ui_paths
    dialog = open_dialog(qtbot, ctx)
    database = dialog.field("database")
    assert database.local.isChecked()
    other = ui_paths.data / "other.sqlite3"
    database.file.setValue(str(other))
    assert database.value() == sqlite_url(other)
    database.file.setValue(str(ui_paths.database_file))
    assert database.value() == ""
    DATABASE_URL.set(ctx.settings, sqlite_url(other))
    dialog.reject()
    again = open_dialog(qtbot, ctx)
    assert again.field("database").file.value() == str(other.resolve())
    again.reject()


def test_the_language_chosen_applies_on_the_next_start(qtbot, ui_paths: AppPaths) -> None:
    from app.ui.context import open_settings

    settings = open_settings(ui_paths)
    LANGUAGE.set(settings, "zh_CN")
    settings.sync()
    english_system = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    # The setting wins over the system's language, no environment variable needed.
    assert choose_language(LANGUAGE.get(settings), english_system) == "zh_CN"

    started = start(ui_paths, sqlite_url(ui_paths.database_file), offer_demo_data=False)
    qtbot.addWidget(started.window)
    try:
        assert started.ctx.language == "zh"
        assert started.window.pane("team").title() == "团队"
    finally:
        started.window.close()
        started.ctx.db.dispose()


def test_the_database_chosen_is_opened_on_the_next_start_unless_one_is_given(
    qtbot, ui_paths: AppPaths
) -> None:
    from app.ui.context import open_settings

    chosen = ui_paths.data / "chosen.sqlite3"
    settings = open_settings(ui_paths)
    DATABASE_URL.set(settings, sqlite_url(chosen))
    settings.sync()
    default = sqlite_url(ui_paths.database_file)

    started = start(ui_paths, default, offer_demo_data=False, database_given=False)
    qtbot.addWidget(started.window)
    try:
        assert started.ctx.db.url == sqlite_url(chosen)
        assert chosen.exists()
    finally:
        started.window.close()
        started.ctx.db.dispose()

    # --database (or OUTPOST_DATABASE_URL) wins over the setting.
    started = start(ui_paths, default, offer_demo_data=False, database_given=True)
    qtbot.addWidget(started.window)
    try:
        assert started.ctx.db.url == default
    finally:
        started.window.close()
        started.ctx.db.dispose()
