"""The Risks pane driven like a user: model check, heat-map cells, review, acceptance, export,
and the dashboard opening a risk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.domain.enums import RiskLevel, RiskStatus
from app.services.dashboard import DashboardService
from app.services.one_on_one_records import OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from app.services.risk_treatment import RiskActionInput, RiskTreatmentService
from app.services.risks import RiskInput, RiskService
from app.ui.dashboard.pane import DashboardPane
from app.ui.main_window import MainWindow
from app.ui.risks.pane import RisksPane
from app.ui.settings import RISK_REVIEW_DAYS
from tests.services.factories import make_region, make_rep
from tests.ui.dialog_answers import answering

TODAY = dt.date(2026, 11, 10)


class Clock:
    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


@pytest.fixture
def register(ctx):
    """Two regions; the Gulf's register has five risks, one with Omar as its rep."""
    gulf = make_region(ctx.db, name="Gulf")
    other = make_region(ctx.db, name="Iberia")
    omar = make_rep(ctx.db, gulf.id, name="Omar Haddad")
    service = RiskService(ctx.db, today=lambda: TODAY)

    def risk(region_id: int, title: str, lk: int, im: int, **kw) -> int:
        data = RiskInput(region_id, "political", title, lk, im, "Li Na", **kw)
        return service.create(data).id

    ids = {
        "unrest": risk(gulf.id, "Unrest", 4, 5, residual_likelihood=2, residual_impact=3),
        "peg": risk(gulf.id, "Peg", 4, 5, rep_id=omar.id),
        "visa": risk(gulf.id, "Visa", 1, 1, next_review=TODAY - dt.timedelta(days=3)),
        "port": risk(gulf.id, "Port", 3, 3),
        "old": risk(gulf.id, "Old", 4, 5, status="closed"),
        "spain": risk(other.id, "Spain", 4, 5),
    }
    return {"gulf": gulf.id, "other": other.id, "omar": omar.id, "ids": ids}


def make_pane(qtbot, ctx, region_id: int | None, clock: Clock | None = None) -> RisksPane:
    pane = RisksPane(ctx, today=clock or (lambda: TODAY))
    qtbot.addWidget(pane)
    pane.resize(1300, 800)
    pane.set_region(region_id)
    pane.show()
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0)
    return pane


def titles(pane: RisksPane) -> list[str]:
    return sorted(pane.model.record(r).title for r in range(pane.model.rowCount()))


def click_cell(qtbot, heat_map, likelihood: int, impact: int) -> None:
    centre = heat_map.cell_rect(likelihood, impact).center()
    qtbot.mouseClick(heat_map, Qt.MouseButton.LeftButton, pos=centre)


def test_model_passes_the_model_tester(qtbot, ctx, register, qtmodeltester) -> None:
    pane = make_pane(qtbot, ctx, register["gulf"])
    assert pane.model.rowCount() == 5
    qtmodeltester.check(pane.model)


def test_heat_maps_count_the_region_and_clicking_a_cell_filters(qtbot, ctx, register) -> None:
    pane = make_pane(qtbot, ctx, register["gulf"])
    # Worst first by default.
    assert pane.model.record(0).level is RiskLevel.CRITICAL
    inherent, residual = pane.inherent_map.counts, pane.residual_map.counts
    # Closed risks and the other region's are not counted.
    assert (inherent[3][4], inherent[0][0], inherent[2][2]) == (2, 1, 1)
    assert (residual[3][4], residual[1][2]) == (1, 1)

    click_cell(qtbot, pane.inherent_map, 4, 5)
    assert titles(pane) == ["Old", "Peg", "Unrest"]  # the table lists closed ones too
    assert pane.clear_cell_button.isEnabled()
    click_cell(qtbot, pane.residual_map, 2, 3)
    assert titles(pane) == ["Unrest"]
    assert pane.inherent_map.selected is None
    click_cell(qtbot, pane.residual_map, 2, 3)  # again: every cell
    assert len(titles(pane)) == 5

    click_cell(qtbot, pane.inherent_map, 1, 1)
    assert titles(pane) == ["Visa"]
    qtbot.mouseClick(pane.clear_cell_button, Qt.MouseButton.LeftButton)
    assert len(titles(pane)) == 5 and pane.inherent_map.selected is None

    # The region selector applies to the maps too.
    pane.set_region(register["other"])
    assert sum(map(sum, pane.inherent_map.counts)) == 1
    assert titles(pane) == ["Spain"]


def test_overdue_review_is_flagged_and_filtered(qtbot, ctx, register) -> None:
    pane = make_pane(qtbot, ctx, register["gulf"])
    pane.overdue_filter.click()
    assert titles(pane) == ["Visa"]
    column = pane.model.column_index("next_review")
    index = pane.model.index(0, column)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Review overdue"
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_record_review_keeps_history_and_follows_the_cadence(
    qtbot, ctx, register, answer_dialog
) -> None:
    RISK_REVIEW_DAYS[1].set(ctx.settings, 45)  # high: 45 days instead of 60
    pane = make_pane(qtbot, ctx, register["gulf"])
    assert pane.select_id(register["ids"]["port"])

    def fill(dialog) -> None:
        assert dialog.field("reviewer").text() == ctx.db.actor
        dialog.field("residual_likelihood").setCurrentIndex(
            dialog.field("residual_likelihood").findData(3)
        )
        dialog.field("residual_impact").setCurrentIndex(dialog.field("residual_impact").findData(3))
        qtbot.keyClicks(dialog.field("note"), "Port reopened, watch strikes")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_dialog(answering(fill))
    qtbot.mouseClick(pane.detail.review_button, Qt.MouseButton.LeftButton)

    stored = RiskService(ctx.db).get(register["ids"]["port"])
    assert stored.residual_level is RiskLevel.HIGH
    assert stored.next_review == TODAY + dt.timedelta(days=45)
    qtbot.waitUntil(lambda: pane.detail.reviews.rowCount() == 1)
    assert pane.detail.reviews.item(0, 4).text() == "Port reopened, watch strikes"
    assert pane.selected_id() == register["ids"]["port"]


def test_accepted_risk_shows_open_again_once_its_date_passes(
    qtbot, ctx, register, answer_dialog
) -> None:
    clock = Clock(TODAY)
    pane = make_pane(qtbot, ctx, register["gulf"], clock)
    peg = register["ids"]["peg"]
    assert pane.select_id(peg)
    until = TODAY + dt.timedelta(days=5)

    def fill(dialog) -> None:
        assert dialog.field("accepted_by").isReadOnly()
        qtbot.keyClicks(dialog.field("justification"), "HQ carries the FX exposure")
        dialog.field("accepted_until").setValue(until)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_dialog(answering(fill))
    qtbot.mouseClick(pane.detail.accept_button, Qt.MouseButton.LeftButton)

    status_column = pane.model.column_index("status")

    def shown_status() -> str:
        return pane.model.index(pane.model.row_of_id(peg), status_column).data()

    qtbot.waitUntil(lambda: pane.selected_record().status is RiskStatus.ACCEPTED)
    assert shown_status().startswith("Accepted until")
    assert "HQ carries the FX exposure" in pane.detail.summary.text()
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("accepted"))
    assert titles(pane) == ["Peg"]

    # Time passes beyond the acceptance: the same pane, read again, shows it open.
    clock.day = until + dt.timedelta(days=1)
    pane.status_filter.setCurrentIndex(0)
    pane.reload()
    assert shown_status() == "Open (acceptance lapsed)"
    assert "Acceptance lapsed" in pane.detail.summary.text()
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("accepted"))
    assert titles(pane) == []
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("open"))
    assert "Peg" in titles(pane)


def test_action_is_carried_into_the_next_one_on_one(qtbot, ctx, register, answer_dialog) -> None:
    peg = register["ids"]["peg"]
    treatment = RiskTreatmentService(ctx.db, today=lambda: TODAY)
    treatment.add_action(RiskActionInput(peg, "Hedge Q1 receipts", "Li Na", TODAY))
    start = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
    meeting = OneOnOneService(ctx.db).schedule(OneOnOneInput(register["omar"], start))
    pane = make_pane(qtbot, ctx, register["gulf"])
    assert pane.select_id(peg)
    pane.detail.actions.selectRow(0)
    assert pane.detail.carry_button.isEnabled()
    qtbot.mouseClick(pane.detail.carry_button, Qt.MouseButton.LeftButton)
    items = OneOnOneService(ctx.db).actions_of(meeting.id)
    assert [i.text for i in items] == ["Peg: Hedge Q1 receipts"]
    qtbot.waitUntil(lambda: "carried" in pane.detail.actions.item(0, 3).text())

    # A risk without a rep cannot carry: the button says so by being disabled.
    treatment.add_action(RiskActionInput(register["ids"]["port"], "Call agent", "Li Na"))
    assert pane.select_id(register["ids"]["port"])
    pane.detail.actions.selectRow(0)
    assert not pane.detail.carry_button.isEnabled()


def test_export_writes_every_row_as_shown(qtbot, ctx, register, tmp_path: Path) -> None:
    pane = make_pane(qtbot, ctx, register["gulf"])
    path = tmp_path / "risks.xlsx"
    assert pane.export_table(path) == path
    rows = list(load_workbook(path).active.values)
    header = rows[0]
    assert header[0] == "Risk" and "Residual level" in header
    assert len(rows) == 6
    by_title = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert by_title["Unrest"]["Inherent L × I"] == "4 × 5"
    assert by_title["Unrest"]["Residual level"] == "Medium"
    assert by_title["Visa"]["Next review"] == dt.datetime(2026, 11, 7)


def test_dashboard_risk_opens_the_risks_pane_on_its_row(qtbot, ctx, register) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_pane("dashboard")
    dashboard = window.pane("dashboard")
    assert isinstance(dashboard, DashboardPane)
    overview = DashboardService(ctx.db).overview(None, dashboard.period, TODAY)
    target = next(r for r in overview.risks if r.title == "Spain")
    # Another region is chosen in the window: the pane still finds and selects it.
    window.pane("risks").set_region(register["gulf"])
    dashboard.open_link(target.link)
    pane = window.pane("risks")
    assert window.current_pane() is pane
    qtbot.waitUntil(lambda: pane.selected_id() == target.id)
    assert pane.selected_record().title == "Spain"


def test_closed_risk_cannot_be_accepted(qtbot, ctx, register, answer_dialog) -> None:
    pane = make_pane(qtbot, ctx, register["gulf"])
    assert pane.select_id(register["ids"]["old"])

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.field("justification"), "Why not")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        # Not a field of the form: the message shows at the top.
        assert "closed risk cannot be accepted" in dialog.error_text()
        dialog.reject()

    answer_dialog(answering(fill))
    qtbot.mouseClick(pane.detail.accept_button, Qt.MouseButton.LeftButton)
    assert RiskService(ctx.db).get(register["ids"]["old"]).status is RiskStatus.CLOSED
