"""Two users edit the same region; the second is asked, and neither version is lost silently."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.db.engine import Database
from app.services.errors import ConflictError
from app.services.team import RegionInput, RegionRecord, TeamService
from app.ui.conflict_dialog import (
    ConflictChoice,
    ConflictDialog,
    same_value,
    save_with_conflict_handling,
    value_text,
)
from tests.services.factories import make_region


@pytest.fixture
def stale_edit(ctx) -> tuple[RegionRecord, RegionInput, RegionInput]:
    """I opened a region; a colleague saved a new name meanwhile; I typed mine."""
    loaded = make_region(ctx.db, name="Gulf", name_zh="海湾", base_currency="AED")
    colleague = Database(ctx.db.url, actor="colleague", engine=ctx.db.engine)
    theirs = RegionInput(
        name="Gulf States", base_currency="AED", countries=loaded.countries, name_zh="海湾"
    )
    TeamService(colleague).update_region(loaded.id, theirs, loaded.version)
    mine = RegionInput(
        name="Gulf", base_currency="USD", countries=loaded.countries, name_zh="海湾地区"
    )
    return loaded, theirs, mine


def save_mine(qtbot, ctx, stale_edit, reloaded: list[ConflictError]) -> RegionRecord | None:
    loaded, _theirs, mine = stale_edit
    parent = QWidget()
    qtbot.addWidget(parent)
    service = TeamService(ctx.db)
    return save_with_conflict_handling(
        parent,
        lambda version: service.update_region(loaded.id, mine, version),
        loaded.version,
        dataclasses.asdict(mine),
        labels={"name": "Name", "base_currency": "Currency"},
        on_reload=reloaded.append,
    )


def click(qtbot, name: str, shown: list[dict]):
    """Answer the dialog with the button ``name``, noting what it showed first."""

    def answer(dialog: ConflictDialog) -> None:
        table = dialog.table
        shown.append(
            {
                "rows": table_rows(dialog),
                "differing": list(dialog.differing),
                "colours": [table.item(r, 1).background().color().name() for r in range(4)],
            }
        )
        qtbot.mouseClick(dialog.findChild(QWidget, name), Qt.MouseButton.LeftButton)

    return answer


def table_rows(dialog: ConflictDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_dialog_shows_both_versions_field_by_field(qtbot, ctx, stale_edit, answer_dialog) -> None:
    shown: list[dict] = []
    seen = answer_dialog(click(qtbot, "reload_button", shown))
    save_mine(qtbot, ctx, stale_edit, [])

    assert seen[0].class_name == "ConflictDialog"
    assert seen[0].title == "Someone else saved this first"
    assert shown[0]["rows"] == [
        ["Name", "Gulf States", "Gulf"],
        ["Currency", "AED", "USD"],
        ["Countries", "SG,MY,TH", "SG,MY,TH"],
        ["Name zh", "海湾", "海湾地区"],
    ]
    assert shown[0]["differing"] == ["name", "base_currency", "name_zh"]
    colours = shown[0]["colours"]
    assert colours[0] == colours[1] == colours[3] == "#fce8b2"
    assert colours[2] != "#fce8b2"


def test_overwrite_saves_mine_over_theirs(qtbot, ctx, stale_edit, answer_dialog) -> None:
    loaded, _theirs, _mine = stale_edit
    answer_dialog(click(qtbot, "overwrite_button", []))

    saved = save_mine(qtbot, ctx, stale_edit, [])

    assert saved is not None
    stored = TeamService(ctx.db).get_region(loaded.id)
    assert (stored.name, stored.name_zh, stored.base_currency) == ("Gulf", "海湾地区", "USD")
    assert stored.version == loaded.version + 2 == saved.version


def test_reload_keeps_theirs_and_hands_them_back(qtbot, ctx, stale_edit, answer_dialog) -> None:
    loaded, theirs, _mine = stale_edit
    answer_dialog(click(qtbot, "reload_button", []))
    reloaded: list[ConflictError] = []

    saved = save_mine(qtbot, ctx, stale_edit, reloaded)

    assert saved is None
    stored = TeamService(ctx.db).get_region(loaded.id)
    assert (stored.name, stored.base_currency) == (theirs.name, "AED")
    assert stored.version == loaded.version + 1
    assert reloaded[0].theirs["name"] == "Gulf States"
    assert reloaded[0].stored_version == stored.version


def test_cancel_saves_nothing_and_does_not_reload(qtbot, ctx, stale_edit, answer_dialog) -> None:
    loaded, theirs, _mine = stale_edit
    answer_dialog(lambda dialog: dialog.reject())
    reloaded: list[ConflictError] = []

    assert save_mine(qtbot, ctx, stale_edit, reloaded) is None

    assert reloaded == []
    assert TeamService(ctx.db).get_region(loaded.id).name == theirs.name


def test_saving_without_a_conflict_asks_nothing(qtbot, ctx) -> None:
    region = make_region(ctx.db, name="Africa")
    data = RegionInput(name="Africa East", base_currency="USD")
    service = TeamService(ctx.db)

    saved = save_with_conflict_handling(
        None, lambda v: service.update_region(region.id, data, v), region.version, {}
    )

    assert saved is not None and saved.name == "Africa East"


def test_amounts_and_lists_compare_by_meaning() -> None:
    assert same_value("12.5000", Decimal("12.5"))
    assert not same_value("12.5000", Decimal("12.51"))
    assert same_value("SG,MY", ("SG", "MY"))
    assert same_value(None, "")
    assert value_text(Decimal("1200.00")) == "1200"
    assert ConflictChoice("overwrite") is ConflictChoice.OVERWRITE
