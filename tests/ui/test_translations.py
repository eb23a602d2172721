"""Simplified Chinese: every string of the UI is translated and the .qm loads."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from app.paths import project_root
from app.ui.change_bus import ChangeBus
from app.ui.context import UiContext, open_settings
from app.ui.main_window import MainWindow
from app.ui.team.pane import TeamPane
from app.ui.translations import (
    _tool,
    choose_language,
    install_translators,
    sources,
    translations_dir,
)


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("zh_CN", "en_US", "zh_CN"),
        ("en", "zh_CN", "en"),
        ("", "zh_CN", "zh_CN"),
        (None, "de_DE", "en"),
    ],
)
def test_choose_language(setting, system, expected) -> None:
    assert choose_language(setting, QLocale(system)) == expected


def test_every_string_in_the_code_has_a_chinese_translation(tmp_path: Path) -> None:
    ts = tmp_path / "outpost_zh_CN.ts"
    shutil.copy(translations_dir() / "outpost_zh_CN.ts", ts)
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts)],
        check=True,
        cwd=project_root(),
        capture_output=True,
    )
    untranslated = [
        message.findtext("source")
        for message in ET.parse(ts).getroot().iter("message")
        if message.find("translation").get("type") == "unfinished"
        or not message.findtext("translation")
    ]
    assert untranslated == []
    assert (translations_dir() / "outpost_zh_CN.qm").stat().st_size > 1000


def test_window_speaks_chinese(qtbot, chinese, sqlite_database, ui_paths, team) -> None:
    assert QCoreApplication.translate("TeamPane", "Team") == "团队"
    ctx = UiContext(sqlite_database, ChangeBus(), open_settings(ui_paths), language="zh")
    window = MainWindow(ctx)
    qtbot.addWidget(window)

    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[:3] == ["概览", "团队", "目标"]
    assert window.region_selector.itemText(0) == "全部区域"
    assert window.region_selector.itemText(1) == "海湾"
    pane = window.pane("team")
    assert isinstance(pane, TeamPane)
    assert pane.model.headerData(1, Qt.Orientation.Horizontal) == "中文名"
    assert pane.status_filter.itemText(1) == "在岗"
    assert window.database_label.text().endswith("（本地文件）")
