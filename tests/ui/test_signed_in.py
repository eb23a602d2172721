"""Who I am: the audit actor at start, "your time" in the One-on-ones pane, and the
wizard's team import (counts on success; bad cells listed, the wizard kept open)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCommandLinkButton, QMessageBox, QWizard

from app.db.engine import default_actor, sqlite_url
from app.domain.periods import Period
from app.paths import AppPaths
from app.services.one_on_one_records import OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from app.services.team import TeamService
from app.ui.application import start
from app.ui.context import open_settings
from app.ui.first_start import offer_first_start
from app.ui.first_start.wizard import SetupWizard
from app.ui.me import apply_signed_in, my_time_zone
from app.ui.one_on_ones.pane import OneOnOnesPane
from app.ui.settings import ME, MY_TIME_ZONE
from tests.io.team_workbook import TEAM, fill_template
from tests.services.factories import make_manager, make_region, make_rep
from tests.ui.dialog_answers import answer_each, answering


def test_the_signed_in_manager_is_the_audit_actor_from_the_start(
    qtbot, ui_paths: AppPaths, restore_start_globals
) -> None:
    url = sqlite_url(ui_paths.database_file)
    first = start(ui_paths, url, offer_demo_data=False)
    qtbot.addWidget(first.window)
    assert first.ctx.db.actor == default_actor()  # nobody signed in: the OS login
    manager = make_manager(first.ctx.db, name="Li Na", email="li.na@example.com")
    first.window.close()
    first.ctx.db.dispose()
    settings = open_settings(ui_paths)
    ME.set(settings, manager.id)
    settings.sync()

    second = start(ui_paths, url, offer_demo_data=False)
    qtbot.addWidget(second.window)
    try:
        assert second.ctx.db.actor == "Li Na <li.na@example.com>"
        assert second.window.user_label.text() == "User: Li Na <li.na@example.com>"
        # A manager no longer stored: back to the OS login, not an error.
        ME.set(second.ctx.settings, manager.id + 100)
        assert apply_signed_in(second.ctx) == default_actor()
    finally:
        second.window.close()
        second.ctx.db.dispose()


def test_your_time_is_my_zone_when_i_am_known(qtbot, ctx) -> None:
    region = make_region(ctx.db)
    shanghai = make_manager(ctx.db, region.id, time_zone="Asia/Shanghai")
    berlin = make_manager(ctx.db, region.id, time_zone="Europe/Berlin")
    rep = make_rep(ctx.db, region.id, time_zone="Asia/Singapore")
    service = OneOnOneService(ctx.db)
    when = dt.datetime(2026, 10, 21, 2, 0, tzinfo=dt.UTC)
    for manager, hours in ((shanghai, 0), (berlin, 24)):
        service.schedule(
            OneOnOneInput(rep.id, when + dt.timedelta(hours=hours), manager_id=manager.id)
        )
    pane = OneOnOnesPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.set_period(Period.quarter(2026, 4))
    pane.set_region(None)

    def your_times() -> list[str]:
        column = pane.model.column_index("manager_time")
        return [pane.model.index(r, column).data() for r in range(pane.model.rowCount())]

    # Nobody signed in: each meeting in its own manager's zone (as before).
    assert my_time_zone(ctx) is None
    assert your_times() == [
        "Wed, 21 Oct 2026 10:00 Shanghai (CST)",
        "Thu, 22 Oct 2026 04:00 Berlin (CEST)",
    ]

    ME.set(ctx.settings, berlin.id)
    ctx.bus.emit_changed("preferences")
    assert my_time_zone(ctx) == "Europe/Berlin"
    assert your_times() == [
        "Wed, 21 Oct 2026 04:00 Berlin (CEST)",
        "Thu, 22 Oct 2026 04:00 Berlin (CEST)",
    ]

    # A zone chosen in Preferences wins over the manager's own.
    MY_TIME_ZONE.set(ctx.settings, "Asia/Dubai")
    ctx.bus.emit_changed("preferences")
    assert your_times() == [
        "Wed, 21 Oct 2026 06:00 Dubai (UTC+4)",
        "Thu, 22 Oct 2026 06:00 Dubai (UTC+4)",
    ]


def fill_first_pages(qtbot, wizard: SetupWizard) -> None:
    qtbot.keyClicks(wizard.who_page.name_edit, "Wang Lei")
    qtbot.keyClicks(wizard.who_page.email_edit, "wang.lei@example.com")
    wizard.who_page.zone_combo.setValue("Asia/Shanghai")
    wizard.next()
    # The spreadsheet's own region, so its reps land in mine.
    qtbot.keyClicks(wizard.region_page.name_edit, "South-East Asia")
    wizard.region_page.currency_combo.setValue("CNY")
    wizard.next()


def test_the_wizard_imports_a_team_spreadsheet(qtbot, ctx, tmp_path: Path, answer_dialog) -> None:
    bad = dict(TEAM)
    bad["Reps"] = [{**TEAM["Reps"][0], "email": "not-an-email"}, *TEAM["Reps"][1:]]
    bad_file = fill_template(tmp_path / "bad.xlsx", bad)
    good_file = fill_template(tmp_path / "team.xlsx")
    seen: dict[str, object] = {}

    def run(wizard) -> None:
        assert isinstance(wizard, SetupWizard)
        fill_first_pages(qtbot, wizard)
        page = wizard.team_page
        page.by_import.setChecked(True)
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
        seen["no_file"] = page.error_text("team_file")
        page.file_edit.setText(str(bad_file))
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
        seen["bad"] = page.report_label.text()
        seen["open_after_bad"] = wizard.isVisible()
        seen["regions_after_bad"] = [r.name for r in TeamService(ctx.db).list_regions()]
        page.file_edit.setText(str(good_file))
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    dialogs = answer_each(
        answer_dialog,
        lambda d: d.findChild(QCommandLinkButton, "start_set_up").click(),
        answering(run),
        QMessageBox.StandardButton.Ok,
    )
    offer_first_start(ctx, None)

    assert seen["no_file"] == "Choose the spreadsheet to import"
    assert "nothing was imported: 1 bad cell(s)" in str(seen["bad"])
    assert "Reps, row 2, email:" in str(seen["bad"])
    assert seen["open_after_bad"] is True
    # The region and I were saved at the first Finish; the import comes on top.
    assert seen["regions_after_bad"] == ["South-East Asia"]
    assert dialogs[-1].title == "Team imported"
    assert "Reps: " in dialogs[-1].text and " created" in dialogs[-1].text
    team = TeamService(ctx.db)
    assert sorted(r.name for r in team.list_regions()) == ["Middle East", "South-East Asia"]
    assert team.list_reps().total == len(TEAM["Reps"])
    me = next(m for m in team.list_managers() if m.email == "wang.lei@example.com")
    assert ME.get(ctx.settings) == me.id
