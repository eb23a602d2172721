"""The Dashboard pane driven like a user: it shows, follows region and period, opens entries."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt

from app.domain.periods import Period
from app.services.attainment import AttainmentService
from app.services.dashboard import DashboardService
from app.services.demo import generate_demo
from app.services.team import TeamService
from app.ui.areas import PANES
from app.ui.dashboard.cards import EntryTable, chart_lines
from app.ui.dashboard.pane import DashboardPane

TODAY = dt.date(2026, 11, 15)
YEAR = Period.year(2026)


@pytest.fixture
def demo(ctx):
    generate_demo(ctx.db, reps=12, years=1, today=TODAY)
    return ctx


def make_pane(qtbot, ctx, period: Period = YEAR) -> DashboardPane:
    pane = DashboardPane(ctx)
    qtbot.addWidget(pane)
    pane.today = lambda: TODAY
    pane.set_period(period)
    pane.resize(1300, 900)
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.show()
    return pane


def click_row(qtbot, table: EntryTable, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_is_the_first_pane() -> None:
    assert PANES[0] is DashboardPane
    assert DashboardPane.key == "dashboard" and DashboardPane.title() == "Dashboard"


def test_shows_tiles_lists_and_one_bar_per_rep(qtbot, demo) -> None:
    pane = make_pane(qtbot, demo)
    expected = DashboardService(demo.db).overview(None, YEAR, TODAY)

    assert pane.reps_tile.value.text() == str(len(expected.attainment)) == "11"
    assert pane.attainment_tile.value.text() == f"{expected.total.attainment:.1f} %"
    assert pane.actions_tile.value.text() == str(expected.actions_total)
    assert pane.risks_tile.value.text() == str(expected.risks_total)
    assert pane.meetings.rowCount() == len(expected.meetings) > 0
    assert pane.actions.rowCount() == len(expected.actions) > 0
    assert pane.expiring.rowCount() == len(expected.expiring) > 0
    assert pane.risks.rowCount() == len(expected.risks) > 0
    # Both local times: the manager's and the rep's.
    meeting = expected.meetings[0]
    assert pane.meetings.item(0, 0).text() == meeting.rep_name
    # The date in the UI language (CLDR), not ISO: "16 Nov 2026 11:00 UTC+8".
    assert re.match(
        r"\d{1,2} [A-Z][a-z]{2,3} 20\d\d \d\d:\d\d UTC", pane.meetings.item(0, 2).text()
    )
    assert "UTC" in pane.meetings.item(0, 1).text() and "UTC" in pane.meetings.item(0, 2).text()
    # An overdue item is red in the days-left column.
    overdue = [r for r, e in enumerate(expected.expiring) if e.days_left < 0]
    if overdue:
        assert pane.expiring.item(overdue[0], 3).foreground().color().name() == "#c0392b"

    measured = [a for a in expected.attainment if a.attainment is not None]
    assert len(pane.chart.axes.patches) == len(measured) > 5
    labels = [t.get_text() for t in pane.chart.axes.get_yticklabels()]
    assert labels[0] == max(measured, key=lambda a: a.attainment).rep_name


def test_chinese_ui_names_reps_in_chinese(qtbot, demo) -> None:
    demo.language = "zh"
    pane = make_pane(qtbot, demo)
    labels = [t.get_text() for t in pane.chart.axes.get_yticklabels()]
    zh = {a.rep_name_zh for a in pane.overview.attainment}
    assert labels and all(label.split(" ")[0] in zh for label in labels)
    assert pane.meetings.item(0, 0).text() in zh
    assert pane.heading.text().startswith("2026年")


def test_clicking_an_entry_opens_it(qtbot, demo) -> None:
    pane = make_pane(qtbot, demo)
    meeting = pane.overview.meetings[0]
    # The meeting opens in the One-on-ones pane.
    with qtbot.waitSignal(demo.bus.open_requested) as opened:
        click_row(qtbot, pane.meetings, 0)
    assert opened.args == ["one_on_ones", meeting.id]

    permit_row = next(r for r, e in enumerate(pane.overview.expiring) if e.kind == "work_permit")
    pane.expiring.scrollToItem(pane.expiring.item(permit_row, 0))
    with qtbot.waitSignal(demo.bus.open_requested) as opened:
        click_row(qtbot, pane.expiring, permit_row)
    assert opened.args == ["team", pane.overview.expiring[permit_row].rep_id]

    # A risk (even a region's, with no rep) opens in the Risks pane.
    risk_row = next(r for r, e in enumerate(pane.overview.risks) if e.rep_id is None)
    pane.risks.scrollToItem(pane.risks.item(risk_row, 0))
    with qtbot.waitSignal(demo.bus.open_requested) as opened:
        click_row(qtbot, pane.risks, risk_row)
    assert opened.args == ["risks", pane.overview.risks[risk_row].id]


def test_opens_in_its_own_pane_once_that_exists(qtbot, demo, monkeypatch) -> None:
    pane = make_pane(qtbot, demo)
    monkeypatch.setattr(pane, "available_panes", lambda: {"dashboard", "team", "one_on_ones"})
    action = next(a for a in pane.overview.actions if a.meeting_id is not None)
    row = pane.overview.actions.index(action)
    pane.actions.scrollToItem(pane.actions.item(row, 0))
    with qtbot.waitSignal(demo.bus.open_requested) as opened:
        click_row(qtbot, pane.actions, row)
    assert opened.args == ["one_on_ones", action.meeting_id]

    monkeypatch.setattr(pane, "available_panes", lambda: {"dashboard", "team", "risks"})
    pane.risks.setFocus()
    pane.risks.setCurrentCell(1, 0)
    with qtbot.waitSignal(demo.bus.open_requested) as opened:
        qtbot.keyClick(pane.risks, Qt.Key.Key_Return)
    assert opened.args == ["risks", pane.overview.risks[1].id]


def test_follows_region_and_period(qtbot, demo) -> None:
    pane = make_pane(qtbot, demo)
    region = next(r for r in TeamService(demo.db).list_regions() if r.name == "Southeast Asia")
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.set_region(region.id)
    lines = AttainmentService(demo.db).region_attainment(region.id, YEAR)
    assert pane.reps_tile.value.text() == str(len(lines)) != "11"
    assert len(pane.chart.axes.patches) == len(chart_lines(lines))
    assert pane.overview.region_id == region.id

    quarter = Period.quarter(2026, 3)
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.set_period(quarter)
    total = AttainmentService(demo.db).region_total(region.id, quarter)
    assert pane.heading.text() == "2026 Q3"
    assert pane.attainment_tile.value.text() == f"{total.attainment:.1f} %"


def test_reloads_on_changes_that_concern_it(qtbot, demo) -> None:
    pane = make_pane(qtbot, demo)
    first = pane.overview
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        demo.bus.emit_changed("actions")
    assert pane.overview is not first
    demo.bus.emit_changed("courses")
    # No read is scheduled or running, so ``loaded`` cannot come (a reload starts
    # the 0 ms start timer at once, and a read runs before it is loaded).
    assert not pane._start_timer.isActive() and pane.runner is None


def test_a_hidden_pane_reads_only_when_shown(qtbot, demo) -> None:
    pane = make_pane(qtbot, demo)
    pane.hide()
    demo.bus.emit_changed("targets")
    # Hidden, the pane only marks itself stale: no read is scheduled or running.
    assert not pane._start_timer.isActive() and pane.runner is None
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.show()


def test_chart_keeps_the_best_and_lowest_when_crowded(demo) -> None:
    lines = DashboardService(demo.db).overview(None, YEAR, TODAY).attainment
    shown = chart_lines(lines, limit=4)
    measured = [a for a in lines if a.attainment is not None]
    assert shown == measured[:2] + measured[-2:]
