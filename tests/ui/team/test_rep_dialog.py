"""The rep dialog: every field, typed like a person; errors at the field; saved values."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.domain.enums import Focus, RepStatus
from app.services.team import TeamService
from app.ui.team.rep_dialog import RepDialog, parse_languages
from tests.services.factories import make_manager


def open_dialog(qtbot, ctx, record=None, **kwargs) -> RepDialog:
    dialog = RepDialog(ctx, record, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_new_rep(qtbot, dialog: RepDialog, *, email: str = "sun.li@example.com") -> None:
    qtbot.keyClicks(dialog.field("name"), "Sun Li")
    dialog.field("name_zh").setText("孙丽")  # Chinese is set, not typed
    qtbot.keyClicks(dialog.field("email"), email)
    qtbot.keyClicks(dialog.field("phone"), "+66 2 123 4567")
    qtbot.keyClicks(dialog.field("languages"), "zh, th, en")
    dialog.field("posting_country").setValue("TH")
    qtbot.keyClicks(dialog.field("posting_city"), "Chiang Mai")
    dialog.field("time_zone").setValue("Asia/Bangkok")
    dialog.field("currency").setValue("THB")
    dialog.field("posting_start").setValue(dt.date(2025, 3, 1))
    dialog.field("posting_end").setValue(dt.date(2027, 2, 28))
    dialog.field("focus").setValue(Focus.ACQUISITION)
    qtbot.keyClicks(dialog.field("work_permit_number"), "WP-778")
    dialog.field("work_permit_expiry").setValue(dt.date(2026, 12, 31))
    qtbot.keyClicks(dialog.field("notes"), "Speaks Thai fluently.")


def test_dialog_has_every_field_of_rep_input(qtbot, ctx, team) -> None:
    from app.services.team import RepInput

    dialog = open_dialog(qtbot, ctx, region_id=team["asia"].id)
    assert set(dialog.fields) == set(RepInput.__dataclass_fields__)
    assert dialog.field("region_id").value() == team["asia"].id
    assert dialog.field("status").value() is RepStatus.ACTIVE
    dialog.reject()


def test_creating_a_rep_saves_every_field(qtbot, ctx, team) -> None:
    manager = make_manager(ctx.db, team["asia"].id, name="Boss Hu")
    dialog = open_dialog(qtbot, ctx, region_id=team["asia"].id)
    fill_new_rep(qtbot, dialog)
    dialog.field("manager_id").setValue(manager.id)
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    stored = TeamService(ctx.db).get_rep(dialog.result_value.id)
    assert (stored.name, stored.name_zh, stored.email) == ("Sun Li", "孙丽", "sun.li@example.com")
    assert (stored.posting_country, stored.posting_city) == ("TH", "Chiang Mai")
    assert (stored.time_zone, stored.currency) == ("Asia/Bangkok", "THB")
    assert (stored.posting_start, stored.posting_end) == (dt.date(2025, 3, 1), dt.date(2027, 2, 28))
    assert stored.languages == ("zh", "th", "en")
    assert (stored.work_permit_number, stored.work_permit_expiry) == (
        "WP-778",
        dt.date(2026, 12, 31),
    )
    assert stored.focus is Focus.ACQUISITION
    assert stored.manager_name == "Boss Hu"
    assert stored.region_id == team["asia"].id
    assert stored.phone == "+66 2 123 4567"
    assert stored.notes == "Speaks Thai fluently."


def test_bad_email_is_shown_at_the_email_field(qtbot, ctx, team) -> None:
    dialog = open_dialog(qtbot, ctx, region_id=team["asia"].id)
    fill_new_rep(qtbot, dialog, email="sun.li-at-example.com")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert "is not an e-mail address" in dialog.error_text("email")
    assert dialog.errors["email"].isVisible()
    assert dialog.error_text("name") == ""
    assert dialog.focusWidget() is dialog.field("email")
    assert TeamService(ctx.db).list_reps().total == 6

    # Fixing it clears the message, and OK now saves.
    dialog.field("email").selectAll()
    qtbot.keyClicks(dialog.field("email"), "sun.li@example.com")
    assert dialog.error_text("email") == ""
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert TeamService(ctx.db).list_reps().total == 7


def test_end_before_start_is_shown_at_posting_end(qtbot, ctx, team) -> None:
    dialog = open_dialog(qtbot, ctx, region_id=team["asia"].id)
    fill_new_rep(qtbot, dialog)
    dialog.field("posting_end").setValue(dt.date(2024, 1, 1))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text("posting_end").startswith("Posting end 2024-01-01 is before")
    dialog.reject()


def test_unknown_time_zone_and_missing_region(qtbot, ctx, team) -> None:
    dialog = open_dialog(qtbot, ctx)
    fill_new_rep(qtbot, dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("region_id") == "A region is required"
    dialog.field("region_id").setValue(team["gulf"].id)
    dialog.field("time_zone").setEditText("Mars/Olympus")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("time_zone") == "A time zone is required"
    dialog.reject()


def test_editing_loads_the_rep_and_saves_changes(qtbot, ctx, team) -> None:
    li = team["reps"]["Li Wei"]
    dialog = open_dialog(qtbot, ctx, li)
    assert dialog.field("name").text() == "Li Wei"
    assert dialog.field("name_zh").text() == "李伟"
    assert dialog.field("posting_country").value() == "SG"
    assert dialog.field("work_permit_expiry").value() == li.work_permit_expiry
    dialog.field("posting_city").clear()
    qtbot.keyClicks(dialog.field("posting_city"), "Jurong")
    dialog.field("status").setValue(RepStatus.ON_LEAVE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    stored = TeamService(ctx.db).get_rep(li.id)
    assert (stored.posting_city, stored.status) == ("Jurong", RepStatus.ON_LEAVE)
    assert stored.version == li.version + 1
    assert stored.name_zh == "李伟"


def test_parse_languages() -> None:
    assert parse_languages("zh, en;fr  de") == ("zh", "en", "fr", "de")
    assert parse_languages("") == ()


def manager_names(dialog: RepDialog) -> list[str]:
    combo = dialog.field("manager_id")
    return [combo.itemText(i) for i in range(1, combo.count())]  # 0 is "no manager"


def test_the_manager_list_follows_the_region(qtbot, ctx, team) -> None:
    asia, gulf = team["asia"], team["gulf"]
    hu = make_manager(ctx.db, asia.id, name="Boss Hu")
    ma = make_manager(ctx.db, asia.id, name="Boss Ma")
    omar = make_manager(ctx.db, gulf.id, name="Omar Haddad")
    make_manager(ctx.db, None, name="Zed Nobody")
    dialog = open_dialog(qtbot, ctx)
    # No region yet: nothing to filter by.
    assert manager_names(dialog) == ["Boss Hu", "Boss Ma", "Omar Haddad", "Zed Nobody"]
    dialog.field("manager_id").setValue(ma.id)

    region = dialog.field("region_id")
    region.setValue(asia.id)
    assert manager_names(dialog) == ["Boss Hu", "Boss Ma"]
    assert dialog.field("manager_id").value() == ma.id  # still valid: kept

    region.setValue(gulf.id)
    assert manager_names(dialog) == ["Omar Haddad"]
    assert dialog.field("manager_id").value() is None  # leads another region: cleared

    # Typed like a person: the region's name, then the manager's.
    region.setEditText("")
    qtbot.keyClicks(region.lineEdit(), "South-East Asia")
    qtbot.keyClick(region.lineEdit(), Qt.Key.Key_Return)
    assert manager_names(dialog) == ["Boss Hu", "Boss Ma"]
    assert omar.id not in [dialog.field("manager_id").itemData(i) for i in range(4)]
    dialog.field("manager_id").setValue(hu.id)
    fill_new_rep(qtbot, dialog)
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert TeamService(ctx.db).get_rep(dialog.result_value.id).manager_name == "Boss Hu"


def test_a_stored_manager_from_another_region_is_kept_on_edit(qtbot, ctx, team) -> None:
    omar = make_manager(ctx.db, team["gulf"].id, name="Omar Haddad")
    make_manager(ctx.db, team["asia"].id, name="Boss Hu")
    rep = team["reps"]["Li Wei"]  # in South-East Asia
    service = TeamService(ctx.db)
    data = service.get_rep(rep.id).to_input()
    stored = service.update_rep(rep.id, replace(data, manager_id=omar.id), rep.version)
    dialog = open_dialog(qtbot, ctx, stored)
    assert manager_names(dialog) == ["Boss Hu", "Omar Haddad"]
    assert dialog.field("manager_id").value() == omar.id
    dialog.field("region_id").setValue(team["gulf"].id)
    assert manager_names(dialog) == ["Omar Haddad"]
    dialog.reject()
