"""The main window: navigation, region selector, status bar, saved geometry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from app.domain.periods import Period
from app.services.team import RegionInput, TeamService
from app.ui.area_keys import AREA_KEYS
from app.ui.areas import PANES
from app.ui.context import LANGUAGE_KEY, LAST_REGION_KEY, UiContext, open_settings
from app.ui.main_window import MainWindow
from app.ui.settings import LANGUAGE, LAST_PERIOD, LAST_REGION, SETTINGS


def open_window(qtbot, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_status_bar_names_the_database_and_the_user(qtbot, ctx, team) -> None:
    window = open_window(qtbot, ctx)
    text = window.database_label.text()
    assert ctx.db.description in text
    assert text.endswith("(local file)")
    assert ctx.db.description.endswith("outpost.sqlite3")
    assert window.user_label.text() == "User: tester"


def test_navigation_lists_only_working_panes(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    items = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert items == [pane.title() for pane in PANES]
    assert "Team" in items
    assert window.current_pane().key == PANES[0].key


def test_settings_are_typed_and_survive_bad_values(ctx) -> None:
    settings = ctx.settings
    assert LAST_REGION.get(settings) is None
    LAST_REGION.set(settings, 7)
    LAST_PERIOD.set(settings, Period.quarter(2026, 3))
    LANGUAGE.set(settings, "zh_CN")
    assert settings.value("main_window/period") == "2026 Q3"
    assert (LAST_REGION.get(settings), LAST_PERIOD.get(settings)) == (7, Period.quarter(2026, 3))
    assert LANGUAGE.get(settings) == "zh_CN"
    assert LAST_REGION.key == LAST_REGION_KEY and LANGUAGE.key == LANGUAGE_KEY

    LAST_REGION.set(settings, None)
    settings.setValue(LANGUAGE.key, "klingon")
    assert LAST_REGION.get(settings) is None
    assert LANGUAGE.get(settings) == ""
    with pytest.raises(TypeError):
        LAST_PERIOD.set(settings, "2026 Q3")  # type: ignore[arg-type]
    assert [title for _, title in LANGUAGE.choice_titles()] == [
        "As the system",
        "English",
        "Simplified Chinese",
    ]
    assert [s.title() for s in SETTINGS] == [
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
        "Region shown at start",
        "Period shown at start",
    ]


def test_region_selector_filters_the_team_pane(qtbot, ctx, team) -> None:
    window = open_window(qtbot, ctx)
    selector = window.region_selector
    regions = [selector.itemText(i) for i in range(selector.count())]
    assert regions == ["All regions", "Gulf", "South-East Asia"]

    selector.setCurrentIndex(selector.findData(team["asia"].id))

    pane = window.pane("team")
    names = [pane.model.index(r, 0).data() for r in range(pane.model.rowCount())]
    assert names == ["Li Wei", "Wang Fang", "Zhang Min"]


def test_new_region_appears_after_the_change_bus_says_so(qtbot, ctx, team) -> None:
    window = open_window(qtbot, ctx)
    window.set_region(team["gulf"].id)
    TeamService(ctx.db).create_region(RegionInput(name="Africa", base_currency="USD"))

    ctx.bus.emit_changed("regions")

    assert window.region_selector.findText("Africa") > 0
    assert window.region_id() == team["gulf"].id


def test_geometry_region_and_splitters_are_restored(qtbot, ctx, team, ui_paths) -> None:
    first = open_window(qtbot, ctx)
    first.resize(720, 530)
    first.splitter.setSizes([230, 490])
    first.set_region(team["gulf"].id)
    first.pane("team").splitter.setSizes([500, 400])
    first.close()

    again = UiContext(ctx.db, ctx.bus, open_settings(ui_paths))
    second = open_window(qtbot, again)

    assert second.size() == QSize(720, 530)
    assert second.splitter.sizes()[0] == 230
    assert second.region_id() == team["gulf"].id
    assert second.pane("team").model.rowCount() == 3
    assert ui_paths.settings_file.exists()


def test_the_registry_and_the_area_keys_agree() -> None:
    # Areas check AREA_KEYS (they may not import the registry): the two lists are one.
    assert tuple(pane.key for pane in PANES) == AREA_KEYS


def test_export_table_and_the_panes_other_exports(qtbot, ctx, team, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QToolButton

    window = open_window(qtbot, ctx)
    assert window.export_action.text() == "E&xport table…"
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    button = window.toolbar.widgetForAction(window.export_action)
    assert isinstance(button, QToolButton) and button.menu() is window.export_menu

    def other_exports() -> list[tuple[str, bool]]:
        window.export_menu.aboutToShow.emit()
        return [(a.text(), a.isEnabled()) for a in window.export_menu.actions()]

    window.show_pane("team")
    assert other_exports() == [("Export review pack (PDF)…", True)]
    window.show_pane("one_on_ones")
    assert other_exports() == [("Export calendar (.ics)…", True)]
    window.show_pane("reviews")
    assert [text for text, _ in other_exports()] == [
        "Export review pack (PDF)…",
        "Export region packs (PDF)…",
    ]
    window.show_pane("dashboard")
    assert other_exports() == [("No other exports in this pane", False)]
    assert not window.export_action.isEnabled()

    window.show_pane("team")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target = tmp_path / "team.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    qtbot.keyClick(window.pane("team").view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert target.exists()
