"""The shell driven like a person: period, search, toolbar keys, open requests."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.domain.enums import PeriodKind
from app.domain.periods import Period
from app.ui.context import UiContext, open_settings
from app.ui.main_window import MainWindow
from app.ui.pane import Pane
from app.ui.settings import LAST_PERIOD, LAST_REGION
from app.ui.team.pane import TeamPane
from app.ui.toolbar import edit_on_enter


class RecordingPane(Pane):
    """A pane that notes what the window asked of it."""

    key = "recording"
    can_create = True
    can_edit = True
    can_delete = True
    can_export = True

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.calls: list[tuple[str, object]] = []
        self.model = QStandardItemModel(0, 1, self)
        for name in ("alpha", "beta", "gamma"):
            self.model.appendRow(QStandardItem(name))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self.selection_changed)
        edit_on_enter(self.view, self.edit_selected)

    @classmethod
    def title(cls) -> str:
        return "Recording"

    def has_selection(self) -> bool:
        return self.view.selectionModel().hasSelection()

    def set_region(self, region_id: int | None) -> None:
        self.calls.append(("region", region_id))

    def set_period(self, period: Period) -> None:
        self.calls.append(("period", period))

    def set_search(self, text: str) -> None:
        self.calls.append(("search", text))

    def create(self) -> None:
        self.calls.append(("create", None))

    def edit_selected(self) -> None:
        self.calls.append(("edit", self.view.currentIndex().row()))

    def delete_selected(self) -> None:
        self.calls.append(("delete", self.view.currentIndex().row()))

    def export(self) -> None:
        self.calls.append(("export", None))

    def open_item(self, item_id: int) -> None:
        self.calls.append(("open", item_id))

    def asked(self, what: str) -> list[object]:
        return [value for kind, value in self.calls if kind == what]


@pytest.fixture(autouse=True)
def panes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.ui.main_window.PANES", [TeamPane, RecordingPane])


def open_window(qtbot, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def recording(window: MainWindow) -> RecordingPane:
    pane = window.pane("recording")
    assert isinstance(pane, RecordingPane)
    return pane


def this_quarter() -> Period:
    return Period.containing(dt.date.today(), PeriodKind.QUARTER)


# -- period ---------------------------------------------------------------------


def test_every_pane_starts_with_the_current_quarter(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    pane = recording(window)

    assert pane.asked("period") == [this_quarter()]
    assert window.period() == this_quarter()
    selector = window.period_selector
    assert selector.kind_combo.currentText() == "Quarter"
    assert selector.part_combo.currentText() == f"Q{this_quarter().number}"


def test_choosing_a_period_reaches_the_panes(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    pane = recording(window)
    selector = window.period_selector
    year = dt.date.today().year

    # Kind: Quarter -> Month keeps today's month in view.
    qtbot.keyClick(selector.kind_combo, Qt.Key.Key_Down)
    assert pane.asked("period")[-1] == Period.month(year, dt.date.today().month)
    # Year: one up.
    qtbot.keyClick(selector.year_box, Qt.Key.Key_Up)
    assert pane.asked("period")[-1] == Period.month(year + 1, dt.date.today().month)
    # Kind: Year, then back one year with the arrow.
    qtbot.keyClick(selector.kind_combo, Qt.Key.Key_Up)
    qtbot.keyClick(selector.kind_combo, Qt.Key.Key_Up)
    assert pane.asked("period")[-1] == Period.year(year + 1)
    assert not selector.part_combo.isVisible()
    qtbot.mouseClick(selector.previous_button, Qt.MouseButton.LeftButton)
    assert pane.asked("period")[-1] == Period.year(year)
    # Month picked from the list: March of that year.
    selector.set_period(Period.month(year, 1))
    qtbot.keyClick(selector.part_combo, Qt.Key.Key_Down)
    qtbot.keyClick(selector.part_combo, Qt.Key.Key_Down)
    assert pane.asked("period")[-1] == Period.month(year, 3) == window.period()
    # Each change was announced once, in order.
    month = dt.date.today().month
    assert pane.asked("period") == [
        this_quarter(),
        Period.month(year, month),
        Period.month(year + 1, month),
        Period.containing(dt.date(year + 1, month, 1), PeriodKind.QUARTER),
        Period.year(year + 1),
        Period.year(year),
        Period.month(year, 1),
        Period.month(year, 2),
        Period.month(year, 3),
    ]


def test_period_and_region_are_restored_in_the_next_window(qtbot, ctx, team, ui_paths) -> None:
    first = open_window(qtbot, ctx)
    first.set_period(Period.month(2025, 7))
    first.set_region(team["asia"].id)
    first.close()
    stored = open_settings(ui_paths)
    assert LAST_PERIOD.get(stored) == Period.month(2025, 7)
    assert LAST_REGION.get(stored) == team["asia"].id

    second = open_window(qtbot, UiContext(ctx.db, ctx.bus, open_settings(ui_paths)))

    assert second.period() == Period.month(2025, 7)
    assert second.period_selector.part_combo.currentData() == 7
    assert recording(second).asked("period") == [Period.month(2025, 7)]
    assert recording(second).asked("region")[-1] == team["asia"].id
    assert second.region_id() == team["asia"].id


def test_an_unreadable_stored_period_falls_back_to_this_quarter(qtbot, ctx) -> None:
    ctx.settings.setValue(LAST_PERIOD.key, "someday")
    window = open_window(qtbot, ctx)
    assert window.period() == this_quarter()


# -- search ---------------------------------------------------------------------


def test_ctrl_f_focuses_search_and_typing_reaches_the_pane_once(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    window.show_pane("recording")
    pane = recording(window)
    window.search_field.setText("old")
    window.search_field.flush()
    pane.view.setFocus()

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    assert window.search_field.hasFocus()
    assert window.search_field.selectedText() == "old"
    with qtbot.waitSignal(window.search_field.search_changed, timeout=2000):
        qtbot.keyClicks(window.search_field, "bet")
    # Debounced: one search for the whole word, not one per key.
    assert pane.asked("search") == ["old", "bet"]


def test_switching_panes_hands_the_search_to_the_new_pane(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    pane = recording(window)
    assert window.current_pane().key == "team"
    qtbot.keyClicks(window.search_field, "li")

    window.show_pane("recording")

    assert pane.asked("search") == ["li"]
    window.show_pane("team")
    window.show_pane("recording")
    assert pane.asked("search") == ["li"]


def test_typing_in_the_window_search_filters_the_team_pane(qtbot, ctx, team) -> None:
    window = open_window(qtbot, ctx)
    pane = window.pane("team")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    with qtbot.waitSignal(window.search_field.search_changed, timeout=2000):
        qtbot.keyClicks(window.search_field, "Zha")

    names = [pane.model.index(r, 0).data() for r in range(pane.model.rowCount())]
    assert sorted(names) == ["Zhang Min", "Zhao Lei"]


# -- toolbar actions ------------------------------------------------------------


def test_actions_follow_the_pane_and_its_selection(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    window.show_pane("recording")
    pane = recording(window)
    assert window.new_action.isEnabled() and window.export_action.isEnabled()
    assert not window.edit_action.isEnabled() and not window.delete_action.isEnabled()

    pane.view.selectRow(1)

    assert window.edit_action.isEnabled() and window.delete_action.isEnabled()
    pane.view.clearSelection()
    assert not window.delete_action.isEnabled()


def test_keys_and_buttons_act_on_the_current_pane(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    window.show_pane("recording")
    pane = recording(window)
    pane.view.setFocus()
    pane.view.selectRow(2)

    qtbot.keyClick(pane.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    qtbot.keyClick(pane.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    rect = pane.view.visualRect(pane.model.index(1, 0))
    # A double-click is a press then a double-click event, as from a real mouse.
    qtbot.mousePress(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    for name in ("new_action", "edit_action", "delete_action"):
        button = window.toolbar.widgetForAction(getattr(window, name))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert [kind for kind, _ in pane.calls if kind not in ("region", "period", "search")] == [
        "create",
        "edit",
        "delete",
        "export",
        "edit",
        "create",
        "edit",
        "delete",
    ]
    assert pane.asked("edit")[:2] == [2, 1]


def test_enter_and_delete_stay_with_text_fields(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    window.show_pane("recording")
    pane = recording(window)
    pane.view.selectRow(0)
    qtbot.keyClicks(pane.note, "abc")
    pane.note.setCursorPosition(1)

    qtbot.keyClick(pane.note, Qt.Key.Key_Delete)
    qtbot.keyClick(pane.note, Qt.Key.Key_Return)
    qtbot.keyClicks(window.search_field, "xy")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Home)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Delete)

    assert pane.note.text() == "ac"
    assert pane.asked("delete") == [] and pane.asked("edit") == []
    assert window.search_field.text() == ""


# -- open requests ---------------------------------------------------------------


def test_an_open_request_shows_the_pane_and_the_item(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    assert window.current_pane().key == "team"

    ctx.bus.request_open("recording", 42)

    assert window.current_pane().key == "recording"
    assert window.navigation.currentItem().text() == "Recording"
    assert recording(window).asked("open") == [42]
    ctx.bus.request_open("no-such-pane", 1)
    assert window.current_pane().key == "recording"


def test_the_window_translates_its_words() -> None:
    # Words go through Qt's translator (the .ts files are regenerated by the lead).
    assert QCoreApplication.translate("MainWindow", "Period:") == "Period:"
