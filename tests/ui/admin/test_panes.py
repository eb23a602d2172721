"""The Administration tables driven like a user: create and edit through their dialogs,
deletes refused with the service's message, rates pasted from the clipboard."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from app.services.rates import RateService
from app.services.team import TeamService
from app.services.training import AssignmentInput, CourseInput, TrainingService
from app.ui.admin.courses import CoursesPane
from app.ui.admin.managers import ManagersPane
from app.ui.admin.pane import AdminPane
from app.ui.admin.rates import RatesPane
from app.ui.admin.regions import RegionsPane
from tests.services.factories import make_manager, make_region, make_rep
from tests.ui.dialog_answers import answer_each, answering

YES = QMessageBox.StandardButton.Yes
OK = QMessageBox.StandardButton.Ok


def shown(qtbot, pane_class, ctx):
    pane = pane_class(ctx)
    qtbot.addWidget(pane)
    pane.resize(1000, 600)
    pane.show()
    qtbot.waitUntil(pane.isVisible)
    return pane


def column_texts(pane, key: str) -> list[str]:
    column = pane.model.column_index(key)
    return [pane.model.index(r, column).data() for r in range(pane.model.rowCount())]


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


# -- regions ----------------------------------------------------------------------------


def test_region_created_edited_and_delete_refused(qtbot, ctx, answer_dialog) -> None:
    pane = shown(qtbot, RegionsPane, ctx)
    assert pane.model.rowCount() == 0

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.field("name"), "EMEA")
        dialog.field("name_zh").setText("欧洲中东非洲")
        dialog.field("base_currency").setValue("EUR")
        qtbot.keyClicks(dialog.field("countries"), "de, fr;gb")
        click_ok(qtbot, dialog)

    with qtbot.waitSignal(ctx.bus.changed):
        answer_dialog(answering(fill))
        pane.create()
    emea = TeamService(ctx.db).list_regions()[0]
    assert (emea.name, emea.name_zh, emea.base_currency, emea.countries) == (
        "EMEA",
        "欧洲中东非洲",
        "EUR",
        ("DE", "FR", "GB"),
    )
    assert pane.selected_id() == emea.id
    assert column_texts(pane, "countries") == ["DE, FR, GB"]

    for _ in range(2):
        make_rep(ctx.db, emea.id)
    make_manager(ctx.db, emea.id, name="Ana Lee")
    ctx.bus.emit_changed("reps")
    assert column_texts(pane, "rep_count") == ["2"]
    assert column_texts(pane, "managers") == ["Ana Lee"]

    def rename(dialog) -> None:
        assert dialog.field("countries").text() == "DE, FR, GB"
        dialog.field("name").setText("Europe")
        click_ok(qtbot, dialog)

    answer_dialog(answering(rename))
    pane.edit_selected()
    assert column_texts(pane, "name") == ["Europe"]

    seen = answer_each(answer_dialog, YES, OK)
    pane.delete_selected()
    assert [s.title for s in seen[-2:]] == ["Delete region", "Delete region"]
    assert seen[-2].text == "Delete Europe?"
    assert seen[-1].text == "Region Europe is used by 2 reps and 1 manager"
    assert TeamService(ctx.db).get_region(emea.id).name == "Europe"


def test_region_dialog_shows_a_bad_country_at_its_field(qtbot, ctx, answer_dialog) -> None:
    pane = shown(qtbot, RegionsPane, ctx)
    errors: list[str] = []

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.field("name"), "Nowhere")
        qtbot.keyClicks(dialog.field("countries"), "SG, QQ")
        click_ok(qtbot, dialog)
        errors.append(dialog.error_text("countries"))
        dialog.reject()

    answer_dialog(answering(fill))
    pane.create()
    assert "QQ" in errors[0]
    assert TeamService(ctx.db).list_regions() == []


def test_unused_region_is_deleted(qtbot, ctx, answer_dialog) -> None:
    region = make_region(ctx.db, name="Spare")
    pane = shown(qtbot, RegionsPane, ctx)
    pane.select_id(region.id)
    answer_dialog(YES)
    with qtbot.waitSignal(ctx.bus.changed):
        pane.delete_selected()
    assert pane.model.rowCount() == 0


# -- managers ---------------------------------------------------------------------------


def test_manager_created_in_the_region_edited_and_delete_refused(qtbot, ctx, answer_dialog) -> None:
    asia = make_region(ctx.db, name="Asia")
    gulf = make_region(ctx.db, name="Gulf")
    make_manager(ctx.db, gulf.id, name="Bo Wu")
    pane = shown(qtbot, ManagersPane, ctx)
    pane.set_region(asia.id)
    assert pane.model.rowCount() == 0

    def fill(dialog) -> None:
        assert dialog.field("region_id").value() == asia.id
        qtbot.keyClicks(dialog.field("name"), "Ana Lee")
        qtbot.keyClicks(dialog.field("email"), "ana@example.com")
        dialog.field("time_zone").setValue("Asia/Singapore")
        click_ok(qtbot, dialog)

    answer_dialog(answering(fill))
    pane.create()
    assert column_texts(pane, "name") == ["Ana Lee"]
    ana = TeamService(ctx.db).list_managers(asia.id)[0]
    assert (ana.email, ana.time_zone) == ("ana@example.com", "Asia/Singapore")

    def lead_the_gulf(dialog) -> None:
        dialog.field("region_id").setValue(gulf.id)
        click_ok(qtbot, dialog)

    pane.select_id(ana.id)
    answer_dialog(answering(lead_the_gulf))
    pane.edit_selected()
    assert pane.model.rowCount() == 0  # led elsewhere now
    pane.set_region(gulf.id)
    assert column_texts(pane, "name") == ["Ana Lee", "Bo Wu"]
    assert column_texts(pane, "region_name") == ["Gulf", "Gulf"]

    make_rep(ctx.db, gulf.id, manager_id=ana.id)
    pane.select_id(ana.id)
    seen = answer_each(answer_dialog, YES, OK)
    pane.delete_selected()
    assert seen[-1].text == "Manager Ana Lee is used by 1 rep"


# -- rates ------------------------------------------------------------------------------


def test_rate_created_warning_shown_then_cleared_and_last_rate_kept(
    qtbot, ctx, answer_dialog
) -> None:
    asia = make_region(ctx.db, name="Asia", base_currency="CNY")
    make_rep(ctx.db, asia.id, currency="SGD")
    pane = shown(qtbot, RatesPane, ctx)
    assert pane.warning.isVisible()
    assert "SGD → CNY (Asia)" in pane.warning.text()

    pane.set_region(asia.id)

    def fill(dialog) -> None:
        assert dialog.field("base_currency").value() == "CNY"
        dialog.field("currency").setValue("SGD")
        qtbot.keyClicks(dialog.field("rate_to_base"), "5.3")
        dialog.field("valid_from").setValue(dt.date.today() - dt.timedelta(days=30))
        click_ok(qtbot, dialog)

    answer_dialog(answering(fill))
    pane.create()
    assert column_texts(pane, "currency") == ["SGD"]
    assert column_texts(pane, "rate_to_base") == ["5.3"]
    assert not pane.warning.isVisible()

    seen = answer_each(answer_dialog, YES, OK)
    pane.delete_selected()
    assert "is the only rate in force for SGD, which is used by 1 rep" in seen[-1].text
    assert pane.model.rowCount() == 1


def test_region_selector_shows_the_rates_into_its_base(qtbot, ctx) -> None:
    asia = make_region(ctx.db, name="Asia", base_currency="CNY")
    gulf = make_region(ctx.db, name="Gulf", base_currency="USD")
    RateService(ctx.db).paste_rates("SGD\t5.3\tCNY\t2026-01-01\nAED\t0.27\tUSD\t2026-01-01")
    pane = shown(qtbot, RatesPane, ctx)
    assert pane.model.rowCount() == 2
    pane.set_region(gulf.id)
    assert column_texts(pane, "currency") == ["AED"]
    pane.set_region(asia.id)
    assert column_texts(pane, "currency") == ["SGD"]


def test_paste_from_the_clipboard_all_or_nothing(qtbot, ctx, answer_dialog) -> None:
    pane = shown(qtbot, RatesPane, ctx)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("SGD\t5.3\tCNY\t2026-01-01\nMYR\tabc\tCNY\t2026-01-01\n")
    seen: list[str] = []

    def read(box) -> None:
        seen.append(box.text() + "\n" + box.informativeText())
        box.accept()

    answer_dialog(read)
    qtbot.mouseClick(pane.paste_button, Qt.MouseButton.LeftButton)
    assert "row 2, rate: 'abc' is not a number" in seen[0]
    assert "Nothing was pasted." in seen[0]
    assert pane.model.rowCount() == 0

    clipboard.setText("currency\trate\tbase_currency\tvalid_from\nSGD\t5.3\tCNY\t2026-01-01\n")
    done = answer_dialog(OK)
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(pane.paste_button, Qt.MouseButton.LeftButton)
    assert done[-1].text == "Rates added: 1, changed: 0, unchanged: 0"
    assert column_texts(pane, "currency") == ["SGD"]


# -- courses ----------------------------------------------------------------------------


def test_course_created_with_a_price_and_delete_refused(qtbot, ctx, answer_dialog) -> None:
    pane = shown(qtbot, CoursesPane, ctx)

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.field("title"), "Negotiation")
        dialog.field("title_zh").setText("谈判")
        qtbot.keyClicks(dialog.field("hours"), "7.5")
        qtbot.keyClicks(dialog.field("cost"), "1200")
        click_ok(qtbot, dialog)
        # A cost without a currency is refused at the currency field.
        assert "required" in dialog.error_text("currency")
        dialog.field("currency").setValue("SGD")
        click_ok(qtbot, dialog)

    answer_dialog(answering(fill))
    pane.create()
    course = TrainingService(ctx.db).list_courses().rows[0]
    assert (course.title_zh, course.hours, course.cost, course.currency) == (
        "谈判",
        Decimal("7.5"),
        Decimal(1200),
        "SGD",
    )
    assert column_texts(pane, "cost") == ["1,200.00"]
    assert column_texts(pane, "hours") == ["7.5"]

    def deactivate(dialog) -> None:
        dialog.field("active").setChecked(False)
        click_ok(qtbot, dialog)

    answer_dialog(answering(deactivate))
    pane.edit_selected()
    assert column_texts(pane, "active") == ["No"]

    rep = make_rep(ctx.db, make_region(ctx.db).id)
    TrainingService(ctx.db).assign(AssignmentInput(rep.id, course.id))
    seen = answer_each(answer_dialog, YES, OK)
    pane.delete_selected()
    assert seen[-1].text == "Course Negotiation is assigned 1 time"


# -- the area ---------------------------------------------------------------------------


def test_admin_area_routes_the_toolbar_to_the_tab_shown(qtbot, ctx) -> None:
    TrainingService(ctx.db).create_course(CourseInput("Thai", "culture_language", "online", 4))
    make_region(ctx.db, name="Asia")
    pane = AdminPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1000, 600)
    pane.show()
    assert pane.tabs.count() == 4
    pane.show_table("admin_courses")
    assert pane.current() is pane.courses
    assert pane.courses.model.rowCount() == 1
    assert not pane.has_selection()
    with qtbot.waitSignal(pane.selection_changed):
        pane.courses.select_id(pane.courses.model.record(0).id)
    assert pane.has_selection() and pane.can_delete

    pane.set_search("zzz")
    assert pane.courses.model.rowCount() == 0
    pane.show_table("admin_regions")
    assert pane.regions.model.rowCount() == 0  # the search follows to the tab shown
    pane.set_search("")
    assert pane.regions.model.rowCount() == 1
    pane.save_state()
    again = AdminPane(ctx)
    qtbot.addWidget(again)
    assert again.current() is again.regions
