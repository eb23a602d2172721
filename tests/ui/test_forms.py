"""FormDialog: saves through a service, errors at the field, conflicts, other errors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox

from app.services.errors import LockedError
from app.services.team import RegionInput, TeamService
from app.ui.combos import CurrencyCombo
from app.ui.conflict_dialog import ConflictDialog
from app.ui.forms import FormDialog, plain_message


def region_form(ctx, *, region=None) -> FormDialog:
    service = TeamService(ctx.db)
    dialog = FormDialog(
        ctx,
        "Region",
        topics=("regions",),
        expected_version=region.version if region else None,
    )
    dialog.add_field("name", "Name", QLineEdit())
    dialog.add_field("base_currency", "Base currency", CurrencyCombo())

    def save(version):
        values = dialog.values()
        data = RegionInput(name=values["name"], base_currency=values["base_currency"] or "")
        if region is None:
            return service.create_region(data)
        return service.update_region(region.id, data, version)

    dialog.set_save(save)
    if region is not None:
        dialog.set_values({"name": region.name, "base_currency": region.base_currency})
    return dialog


def test_saving_creates_announces_and_accepts(qtbot, ctx) -> None:
    dialog = region_form(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field("name"), "Andes")
    dialog.field("base_currency").setValue("PEN")
    with qtbot.waitSignal(ctx.bus.changed) as announced:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert announced.args == ["regions"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value.name == "Andes"
    stored = [r for r in TeamService(ctx.db).list_regions() if r.name == "Andes"]
    assert [r.base_currency for r in stored] == ["PEN"]


def test_validation_error_shows_at_the_field_and_keeps_the_dialog(qtbot, ctx) -> None:
    dialog = region_form(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field("base_currency").setValue("EUR")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text("name") == "Name is required"
    assert dialog.errors["name"].isVisible()
    assert TeamService(ctx.db).list_regions() == []
    # Typing in the field clears its error.
    qtbot.keyClicks(dialog.field("name"), "A")
    assert dialog.error_text("name") == ""
    dialog.reject()


def test_error_about_a_field_not_on_the_form_shows_at_the_top(qtbot, ctx) -> None:
    dialog = region_form(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_error("countries", "'XX' is not an ISO 3166 country code")
    assert dialog.error_text() == "'XX' is not an ISO 3166 country code"
    assert dialog.form_error.isVisible()
    dialog.reject()


def test_other_service_errors_go_to_a_message_box(qtbot, ctx, answer_dialog) -> None:
    dialog = FormDialog(ctx, "Locked", save=lambda _v: (_ for _ in ()).throw(LockedError("signed")))
    qtbot.addWidget(dialog)
    dialog.show()
    seen = answer_dialog(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [s.text for s in seen] == ["signed"]
    assert dialog.isVisible()
    dialog.reject()


def test_stale_edit_offers_overwrite(qtbot, ctx, answer_dialog) -> None:
    service = TeamService(ctx.db)
    region = service.create_region(RegionInput(name="Gulf", base_currency="AED"))
    # Someone else renames it after this dialog loaded it.
    service.update_region(region.id, RegionInput(name="Gulf States", base_currency="AED"), 1)
    dialog = region_form(ctx, region=region)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field("base_currency").setValue("SAR")
    seen = answer_dialog(lambda d: d.overwrite_button.click())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [s.class_name for s in seen] == [ConflictDialog.__name__]
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = service.get_region(region.id)
    assert (stored.name, stored.base_currency) == ("Gulf", "SAR")


def test_stale_edit_reload_shows_theirs_and_stays_open(qtbot, ctx, answer_dialog) -> None:
    service = TeamService(ctx.db)
    region = service.create_region(RegionInput(name="Gulf", base_currency="AED"))
    service.update_region(region.id, RegionInput(name="Gulf States", base_currency="AED"), 1)
    dialog = region_form(ctx, region=region)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field("name").setText("Mine")
    answer_dialog(lambda d: d.reload_button.click())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.field("name").text() == "Gulf States"
    assert service.get_region(region.id).name == "Gulf States"
    dialog.reject()


def test_plain_message_joins_label_and_message() -> None:
    assert plain_message("Email:", "'x' is not an e-mail address") == (
        "Email 'x' is not an e-mail address"
    )
    assert plain_message("&Name", "is required") == "Name is required"
    assert plain_message("Name", "Already taken") == "Already taken"
    assert plain_message("Time zone", "a time zone is required") == "A time zone is required"
