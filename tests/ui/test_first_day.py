"""A real first day, driven like a user: from an empty database to a review, no demo data.

The chooser → the set-up wizard (a region and me, its manager, audited as me)
→ the Team pane's New rep form → a target, a one-on-one and a review cycle
through the console's own dialogs.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCommandLinkButton, QWizard

from app.domain.enums import Metric
from app.domain.periods import Period
from app.services.audit import AuditService
from app.services.base import PageRequest
from app.services.demo import is_empty
from app.services.one_on_ones import OneOnOneService
from app.services.reviews import ReviewService
from app.services.targets import TargetService
from app.services.team import TeamService
from app.ui.first_start import offer_first_start
from app.ui.first_start.wizard import SetupWizard
from app.ui.main_window import MainWindow
from app.ui.one_on_ones.schedule_dialog import ScheduleDialog
from app.ui.reviews.cycle_dialog import OpenCycleDialog
from app.ui.settings import LANGUAGE, ME
from app.ui.targets.dialogs import CreateTargetDialog, Scope, SplitMode
from app.ui.team.rep_dialog import RepDialog
from tests.ui.dialog_answers import answer_each, answering

ME_ACTOR = "Li Na <li.na@example.com>"


def press(name: str):
    def click(dialog) -> None:
        dialog.findChild(QCommandLinkButton, name).click()

    return click


def fill_wizard(qtbot, seen: dict[str, object]):
    def fill(wizard) -> None:
        assert isinstance(wizard, SetupWizard)
        who = wizard.who_page
        qtbot.keyClicks(who.name_edit, "Li Na")
        qtbot.keyClicks(who.email_edit, "li.na")
        who.zone_combo.setValue("Asia/Shanghai")
        wizard.next()
        # A bad e-mail stops the wizard on its page, said at the field.
        seen["email_error"] = who.error_text("manager_email")
        seen["page_after_bad_email"] = wizard.currentId()
        qtbot.keyClicks(who.email_edit, "@example.com")
        wizard.next()
        region = wizard.region_page
        qtbot.keyClicks(region.name_edit, "South-East Asia")
        region.currency_combo.setValue("CNY")
        qtbot.keyClicks(region.countries.filter_edit, "Singa")
        seen["filtered"] = [
            region.countries.list.item(r).text()
            for r in range(region.countries.list.count())
            if not region.countries.list.item(r).isHidden()
        ]
        region.countries.setValue(("SG", "MY"))
        wizard.next()
        assert wizard.currentId() == wizard.team_id
        assert wizard.team_page.by_hand.isChecked()
        wizard.button(QWizard.WizardButton.FinishButton).click()

    return answering(fill)


def fill_rep(qtbot, seen: dict[str, object]):
    def fill(dialog) -> None:
        assert isinstance(dialog, RepDialog)
        seen["rep_region"] = dialog.field("region_id").value()
        qtbot.keyClicks(dialog.field("name"), "Chen Jie")
        dialog.field("name_zh").setText("陈杰")
        qtbot.keyClicks(dialog.field("email"), "chen.jie@example.com")
        dialog.field("manager_id").setValue(ME.get(dialog.ctx.settings))
        dialog.field("posting_country").setValue("SG")
        qtbot.keyClicks(dialog.field("posting_city"), "Singapore")
        dialog.field("time_zone").setValue("Asia/Singapore")
        dialog.field("currency").setValue("SGD")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    return answering(fill)


def test_from_an_empty_database_to_a_review(qtbot, ctx, answer_dialog) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert is_empty(ctx.db)
    seen: dict[str, object] = {}
    team = TeamService(ctx.db)

    # 1. The chooser, the wizard, then (by itself) the Team pane's New rep form.
    answer_each(
        answer_dialog, press("start_set_up"), fill_wizard(qtbot, seen), fill_rep(qtbot, seen)
    )
    assert offer_first_start(ctx, window) is None
    qtbot.waitUntil(lambda: team.list_reps().total == 1, timeout=5_000)

    assert seen["email_error"] == "Email 'li.na' is not an e-mail address"
    assert seen["filtered"] == ["Singapore (SG)"]
    (region,) = team.list_regions()
    (me,) = team.list_managers()
    assert (region.name, region.base_currency, region.countries) == (
        "South-East Asia",
        "CNY",
        ("MY", "SG"),
    )
    assert (me.name, me.email, me.time_zone, me.region_id) == (
        "Li Na",
        "li.na@example.com",
        "Asia/Shanghai",
        region.id,
    )
    assert ME.get(ctx.settings) == me.id
    assert LANGUAGE.get(ctx.settings) == "en"
    assert ctx.db.actor == ME_ACTOR
    assert window.user_label.text() == f"User: {ME_ACTOR}"
    events = AuditService(ctx.db).list_events(PageRequest(limit=50)).rows
    created = {(e.table_name, e.row_id, e.actor) for e in events}
    assert ("regions", region.id, ME_ACTOR) in created
    assert ("managers", me.id, ME_ACTOR) in created
    # The console followed: the new region chosen, the Team pane showing the new rep.
    assert window.region_id() == region.id
    assert window.current_pane().key == "team"
    assert seen["rep_region"] == region.id
    (rep,) = team.list_reps().rows
    assert (rep.name, rep.name_zh, rep.manager_id) == ("Chen Jie", "陈杰", me.id)
    assert ("reps", rep.id, ME_ACTOR) in {
        (e.table_name, e.row_id, e.actor)
        for e in AuditService(ctx.db).list_events(PageRequest(limit=50)).rows
    }

    year = dt.date.today().year
    window.set_period(Period.year(year))

    # 2. A target through the Targets pane's New dialog.
    def new_target(dialog) -> None:
        assert isinstance(dialog, CreateTargetDialog)
        dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData(Scope.ONE_REP))
        dialog.rep_picker.setValue(rep.id)
        dialog.metric_combo.setValue(Metric.VISITS)
        dialog.split_combo.setCurrentIndex(dialog.split_combo.findData(SplitMode.EVEN))
        qtbot.keyClicks(dialog.value_edit, "120")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_dialog(answering(new_target))
    window.show_pane("targets")
    window.current_pane().create()
    targets = TargetService(ctx.db).list_targets(PageRequest(filters={"rep_id": rep.id})).rows
    assert targets and {t.metric for t in targets} == {Metric.VISITS}

    # 3. A one-on-one: I am its manager by default.
    def schedule(dialog) -> None:
        assert isinstance(dialog, ScheduleDialog)
        seen["meeting_manager"] = dialog.manager_combo.value()
        dialog.rep_picker.setValue(rep.id)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_dialog(answering(schedule))
    window.show_pane("one_on_ones")
    window.current_pane().create()
    assert seen["meeting_manager"] == me.id
    (meeting,) = OneOnOneService(ctx.db).list_meetings().rows
    assert (meeting.rep_id, meeting.manager_id) == (rep.id, me.id)

    # 4. A review cycle: its draft review has me as reviewer.
    def open_cycle(dialog) -> None:
        assert isinstance(dialog, OpenCycleDialog)
        seen["reviewer"] = dialog.reviewer_combo.value()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_dialog(answering(open_cycle))
    window.show_pane("reviews")
    window.current_pane().create()
    assert seen["reviewer"] == me.id
    (review,) = ReviewService(ctx.db).list_reviews().rows
    assert (review.rep_id, review.reviewer_id) == (rep.id, me.id)
    assert review.reviewer_name == "Li Na"
