"""Choosing a rep's posting country fills the time zone and the currency (CLDR data)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.domain.geo import country_time_zones
from app.services.team import TeamService
from app.ui.team.rep_dialog import RepDialog


def open_dialog(qtbot, ctx, record=None, **kwargs) -> RepDialog:
    dialog = RepDialog(ctx, record, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_country(qtbot, dialog: RepDialog, code: str) -> None:
    """Type the country's code in the country field, as a person may."""
    combo = dialog.field("posting_country")
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), code)
    assert combo.value() == code.upper()


def test_a_country_with_one_zone_fills_zone_and_currency(qtbot, ctx, team) -> None:
    dialog = open_dialog(qtbot, ctx, region_id=team["gulf"].id)
    choose_country(qtbot, dialog, "sa")
    assert dialog.field("time_zone").value() == "Asia/Riyadh"
    assert dialog.field("currency").value() == "SAR"
    choose_country(qtbot, dialog, "ae")
    assert dialog.field("time_zone").value() == "Asia/Dubai"
    assert dialog.field("currency").value() == "AED"
    dialog.reject()


def test_a_country_with_several_zones_offers_them_first(qtbot, ctx, team) -> None:
    dialog = open_dialog(qtbot, ctx, region_id=team["asia"].id)
    choose_country(qtbot, dialog, "sg")
    zone = dialog.field("time_zone")
    assert zone.value() == "Asia/Singapore"
    choose_country(qtbot, dialog, "us")
    us = country_time_zones("US")
    # No guess among the country's many zones: the user picks one, offered first.
    assert zone.value() is None
    assert [zone.itemData(i) for i in range(len(us))] == us
    assert zone.itemData(0) == "America/New_York"
    assert dialog.field("currency").value() == "USD"
    # A zone picked by hand stays while the country does not change.
    zone.setCurrentIndex(zone.findData("America/Chicago"))
    zone.activated.emit(zone.currentIndex())
    choose_country(qtbot, dialog, "US")
    assert zone.value() == "America/Chicago"
    # Another country fills again; a country without zones of its own keeps the zone.
    choose_country(qtbot, dialog, "bv")
    assert zone.value() == "America/Chicago"
    assert dialog.field("currency").value() == "NOK"
    assert zone.itemData(0) == "Africa/Abidjan"  # back to the plain list
    dialog.reject()


def test_a_new_rep_saved_with_the_filled_values(qtbot, ctx, team) -> None:
    dialog = open_dialog(qtbot, ctx, region_id=team["gulf"].id)
    qtbot.keyClicks(dialog.field("name"), "Omar Haddad")
    qtbot.keyClicks(dialog.field("email"), "omar.haddad@example.com")
    choose_country(qtbot, dialog, "SA")
    qtbot.keyClicks(dialog.field("posting_city"), "Jeddah")
    dialog.field("posting_start").setValue(dt.date(2026, 1, 5))
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = TeamService(ctx.db).get_rep(dialog.result_value.id)
    assert (stored.posting_country, stored.time_zone, stored.currency) == (
        "SA",
        "Asia/Riyadh",
        "SAR",
    )


def test_loading_a_rep_keeps_its_stored_zone_and_currency(qtbot, ctx, team) -> None:
    service = TeamService(ctx.db)
    rep = service.get_rep(team["reps"]["Li Wei"].id)
    stored = service.update_rep(rep.id, replace(rep.to_input(), currency="USD"), rep.version)
    dialog = open_dialog(qtbot, ctx, stored)
    assert dialog.field("posting_country").value() == "SG"
    assert dialog.field("currency").value() == "USD"  # not SG's SGD
    assert dialog.field("time_zone").value() == "Asia/Singapore"
    assert dialog.field("time_zone").itemData(0) == "Asia/Singapore"  # offered first
    dialog.reject()
