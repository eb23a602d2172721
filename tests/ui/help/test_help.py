"""The Help menu's dialogs, opened from the window's menu as a user would."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from app._version import __version__
from app.ui.help.about import AboutDialog
from app.ui.help.data_folder import DataFolderDialog
from app.ui.help.guide import GuideDialog
from app.ui.help.libraries import LIBRARIES, licence_from_metadata
from app.ui.help.shortcuts import ShortcutsDialog
from app.ui.main_window import MainWindow
from tests.ui.test_translations import chinese  # noqa: F401  (the fixture)

HAN = re.compile(r"[\u4e00-\u9fff]")


def open_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def table_rows(table) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def open_from_menu(qtbot, window: MainWindow, name: str) -> QDialog:
    action = getattr(window.help, name)
    action.trigger()
    dialog = window.help.dialogs[action.objectName()]
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog


# -- keyboard shortcuts -------------------------------------------------------------------


def test_shortcuts_are_read_from_the_window_actions(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    dialog = open_from_menu(qtbot, window, "shortcuts_action")
    assert isinstance(dialog, ShortcutsDialog)
    rows = {keys: what for keys, what in table_rows(dialog.table)}
    native = QKeySequence.SequenceFormat.NativeText
    new_keys = QKeySequence(QKeySequence.StandardKey.New).toString(native)
    undo_keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(native)
    assert rows[new_keys] == "Create a new row"
    assert rows[undo_keys] == "Undo your last change"
    assert rows["Ctrl+Shift+Z, Ctrl+Y"] == "Redo the change you undid last"
    assert rows["F1, Ctrl+/"] == "List the keyboard shortcuts"
    # Every action with a shortcut is there once, however many menus hold it.
    assert len(rows) == len(dialog.shortcuts)


def test_f1_opens_the_shortcuts_and_a_new_action_appears_in_them(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    extra = window.pane("team").addAction("Refresh the team")
    extra.setShortcut(QKeySequence("Ctrl+R"))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1)
    dialog = window.help.dialogs["shortcuts_action"]
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert ["Ctrl+R", "Refresh the team"] in table_rows(dialog.table)
    # Asked again, the open dialog comes forward rather than a second one.
    window.help.shortcuts_action.trigger()
    assert window.help.dialogs["shortcuts_action"] is dialog


def test_shortcut_descriptions_are_translated(qtbot, ctx, chinese) -> None:  # noqa: F811
    window = open_window(qtbot, ctx)
    dialog = open_from_menu(qtbot, window, "shortcuts_action")
    descriptions = [what for _keys, what in table_rows(dialog.table)]
    assert "新建一行" in descriptions
    assert all(HAN.search(d) for d in descriptions), descriptions


# -- quick guide --------------------------------------------------------------------------


def test_guide_in_english_names_every_pane(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    dialog = open_from_menu(qtbot, window, "guide_action")
    assert isinstance(dialog, GuideDialog)
    text = dialog.browser.toPlainText()
    for pane in ("Dashboard", "Team", "Targets", "One-on-ones", "Reviews", "Administration"):
        assert pane in text
    assert "outpost template team -o team.xlsx" in text
    assert not HAN.search(text)


def test_guide_in_chinese_is_chinese(qtbot, ctx, chinese) -> None:  # noqa: F811
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert dialog.path.name == "guide_zh_CN.html"
    for pane in ("概览", "团队", "目标", "一对一面谈", "绩效评估", "管理", "汇率", "课程"):
        assert pane in text
    # Chinese prose, with only commands, codes and acronyms left in Latin letters.
    latin = re.findall(r"[A-Za-z]{2,}", text.replace("outpost", ""))
    assert set(latin) <= {"Outpost", "SMART", "KPI", "PDF", "ISO", "IANA", "YYYY", "MM", "DD"} | {
        "template",
        "team",
        "xlsx",
        "import",
        "dry",
        "run",
    }
    assert len(HAN.findall(text)) > 800


def test_the_two_guides_have_the_same_sections() -> None:
    folder = Path(__file__).resolve().parents[3] / "resources" / "help"
    english = (folder / "guide_en.html").read_text(encoding="utf-8")
    chinese_text = (folder / "guide_zh_CN.html").read_text(encoding="utf-8")
    for tag in ("<h3>", "<dt>", "<li>"):
        assert english.count(tag) == chinese_text.count(tag), tag


# -- data folder --------------------------------------------------------------------------


class OpenedUrls(QObject):
    """Receives file:// URLs instead of the desktop's file manager."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_data_folder_shows_copies_and_opens_the_test_folders(
    qtbot, ctx, ui_paths, sqlite_database
) -> None:
    window = open_window(qtbot, ctx)
    dialog = open_from_menu(qtbot, window, "data_folder_action")
    assert isinstance(dialog, DataFolderDialog)
    assert dialog.fields["data"].text() == str(ui_paths.data)
    assert dialog.fields["logs"].text() == str(ui_paths.logs)
    assert dialog.fields["backups"].text() == str(ui_paths.backups)
    assert dialog.fields["settings"].text() == str(ui_paths.settings_file)
    assert dialog.fields["database"].text() == sqlite_database.description

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_buttons["logs"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(ui_paths.logs)

    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        qtbot.mouseClick(dialog.open_buttons["data"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.open_buttons["database"], Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(url.toLocalFile()) for url in opened.urls] == [
        ui_paths.data,
        Path(sqlite_database.description).parent,
    ]


# -- about --------------------------------------------------------------------------------


def test_about_lists_every_library_with_its_installed_version(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    dialog = open_from_menu(qtbot, window, "about_action")
    assert isinstance(dialog, AboutDialog)
    rows = {name: (version, licence) for name, version, licence in table_rows(dialog.table)}
    assert set(rows) == {declared.name for declared in LIBRARIES}
    assert rows["SQLAlchemy"] == (metadata.version("SQLAlchemy"), "MIT")
    assert rows["openpyxl"] == (metadata.version("openpyxl"), "MIT")
    assert rows["PySide6 (Qt for Python)"][0] == PySide6.__version__
    assert "LGPL-3.0" in rows["PySide6 (Qt for Python)"][1]
    assert rows["psycopg"][1].startswith("LGPL")
    assert rows["tzdata"][1] == "Apache-2.0"
    assert rows["WenQuanYi Micro Hei"] == ("font file", "Apache-2.0 / GPL-3.0")
    assert PySide6.__version__ in dialog.versions_label.text()
    assert any(f"Outpost {__version__}" in label.text() for label in dialog.findChildren(QLabel))


def test_licence_comes_from_the_shortest_reliable_metadata_field() -> None:
    message = metadata.metadata("SQLAlchemy")  # an SPDX License-Expression
    assert licence_from_metadata(message) == "MIT"
    # reportlab puts prose in License; its trove classifier names the licence.
    assert licence_from_metadata(metadata.metadata("reportlab")) == "BSD License"
    # matplotlib puts the whole licence text in License.
    assert "Python Software Foundation" in (
        licence_from_metadata(metadata.metadata("matplotlib")) or ""
    )
