"""File → Reports: the selected region's register PDFs from the console."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from app.domain.enums import RiskCategory
from app.reports.registers import ReportKind
from app.services.risks import RiskInput, RiskService
from app.ui.main_window import MainWindow


def open_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def choose_region(window: MainWindow, region_id: int) -> None:
    window.region_selector.setCurrentIndex(window.region_selector.findData(region_id))


def test_the_reports_submenu_lists_the_three_registers(qtbot, ctx, team) -> None:
    window = open_window(qtbot, ctx)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.reports.menu.menuAction() in file_menu.actions()
    texts = [a.text() for a in window.reports.menu.actions()]
    assert texts == ["Risk register (PDF)…", "Compliance register (PDF)…", "Training plan (PDF)…"]


def test_risk_register_of_the_selected_region(qtbot, ctx, team, tmp_path: Path) -> None:
    gulf = team["gulf"]
    RiskService(ctx.db).create(
        RiskInput(
            region_id=gulf.id,
            category=RiskCategory.POLITICAL,
            title="Visa rules tightened 签证收紧",
            likelihood=4,
            impact=4,
            owner="Chen Jie",
            next_review=dt.date.today() - dt.timedelta(days=3),
        )
    )
    window = open_window(qtbot, ctx)
    choose_region(window, gulf.id)
    out = tmp_path / "gulf risks.pdf"
    asked: list[Path] = []

    def choose_file(default: Path) -> Path:
        asked.append(default)
        return out

    window.reports.choose_file = choose_file  # type: ignore[method-assign]
    with qtbot.waitSignal(window.reports.written, timeout=30_000) as written:
        window.reports.actions[ReportKind.RISKS].trigger()
    assert written.args == [out]
    assert asked[0].name == "risks.pdf"
    body = "".join("".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Riskregister" in body and "Gulf(海湾)" in body
    assert "Visarulestightened签证收紧" in body and "Overduereviews" in body
    assert str(out) in window.statusBar().currentMessage()


def test_training_uses_the_selected_period_year(qtbot, ctx, team, tmp_path: Path) -> None:
    window = open_window(qtbot, ctx)
    choose_region(window, team["asia"].id)
    year = window.period().start.year
    out = tmp_path / "training.pdf"
    window.reports.choose_file = lambda default: out  # type: ignore[method-assign]
    with qtbot.waitSignal(window.reports.written, timeout=30_000):
        window.reports.actions[ReportKind.TRAINING].trigger()
    body = "".join(PdfReader(out).pages[0].extract_text().split())
    assert f"Trainingplan{year}" in body


def test_without_a_region_nothing_is_asked(qtbot, ctx, team, answer_dialog) -> None:
    window = open_window(qtbot, ctx)
    window.region_selector.setCurrentIndex(0)  # All regions
    asked: list[Path] = []
    window.reports.choose_file = lambda default: asked.append(default)  # type: ignore[method-assign]
    seen = answer_dialog(QMessageBox.StandardButton.Ok)
    assert window.reports.export(ReportKind.COMPLIANCE) is None
    assert asked == []
    assert seen and "Choose a region" in seen[0].text


def test_cancelling_the_file_dialog_writes_nothing(qtbot, ctx, team, tmp_path: Path) -> None:
    window = open_window(qtbot, ctx)
    choose_region(window, team["asia"].id)
    window.reports.choose_file = lambda default: None  # type: ignore[method-assign]
    assert window.reports.export(ReportKind.RISKS) is None
    assert list(tmp_path.glob("*.pdf")) == []
