"""Export table (Ctrl+E) from each Administration tab: the tab shown, as filtered and sorted.

The window's Export action goes to the Administration pane, which hands it to
the tab on screen; the workbook must list that tab's rows in the view's order.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.services.rates import RateService
from app.services.training import CourseInput, TrainingService
from app.ui.area_keys import ADMIN
from app.ui.main_window import MainWindow
from app.ui.table_model import SortRole
from tests.services.factories import make_manager, make_region

DESC = Qt.SortOrder.DescendingOrder


@pytest.fixture
def reference(ctx) -> int:
    """Four regions, managers in two, rates into CNY and USD, four courses; Asia's id."""
    asia = make_region(ctx.db, name="Asia North", base_currency="CNY")
    make_region(ctx.db, name="Asia South", base_currency="CNY")
    make_region(ctx.db, name="Gulf", base_currency="USD", countries=("AE",))
    make_region(ctx.db, name="Andes", base_currency="USD", countries=("PE",))
    make_manager(ctx.db, asia.id, name="Zhao Lei", email="zhao@example.com")
    make_manager(ctx.db, asia.id, name="Ana Lee", email="ana@example.com")
    make_manager(ctx.db, None, name="Bo Wu", email="bo@example.com")
    RateService(ctx.db).paste_rates(
        "SGD\t5.3\tCNY\t2026-01-01\nSGD\t5.4\tCNY\t2026-07-01\n"
        "MYR\t1.6\tCNY\t2026-01-01\nAED\t0.27\tUSD\t2026-01-01"
    )
    training = TrainingService(ctx.db)
    for title, hours in (("Negotiation", "7.5"), ("Key accounts", "4"), ("Pricing", "2")):
        training.create_course(CourseInput(title, "sales_skills", "classroom", Decimal(hours)))
    training.create_course(CourseInput("Export control", "compliance", "online", Decimal(1)))
    return asia.id


def open_admin(qtbot, ctx, region_id: int) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 780)
    window.show()
    window.set_region(region_id)
    window.show_pane(ADMIN)
    return window


def search(window: MainWindow, text: str) -> None:
    window.search_field.setText(text)
    window.search_field.flush()


def export_with_ctrl_e(window: MainWindow, path: Path, monkeypatch) -> list[tuple[Any]]:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(path), ""))
    assert window.export_action.isEnabled()
    window.export_action.trigger()
    assert path.exists()
    return list(load_workbook(path).active.values)


def view_rows(table) -> list[list[Any]]:
    """The tab's rows as the view orders them: (text, native value) per shown column."""
    model, header = table.model, table.view.horizontalHeader()
    while model.canFetchMore():
        model.fetchMore()
    columns = [header.logicalIndex(v) for v in range(header.count())]
    columns = [c for c in columns if not header.isSectionHidden(c)]
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
    rows = [
        [(model.index(r, c).data(), model.index(r, c).data(SortRole)) for c in columns]
        for r in range(model.rowCount())
    ]
    return [heads, *rows]


def same_cell(written: Any, shown: tuple[Any, Any]) -> bool:
    text, native = shown
    if isinstance(written, dt.datetime):  # openpyxl reads dates back as datetimes
        return written.date() == native or written == native
    if isinstance(written, int | float):
        return Decimal(str(written)) == Decimal(str(native))
    return (written or "") == (text or "")


def check(rows: list[tuple[Any]], table) -> None:
    heads, *shown = view_rows(table)
    assert list(rows[0]) == heads
    assert len(rows) - 1 == len(shown)
    for written, cells in zip(rows[1:], shown, strict=True):
        assert all(same_cell(w, s) for w, s in zip(written, cells, strict=True)), (written, cells)


def test_each_admin_tab_exports_what_it_shows(qtbot, ctx, reference, tmp_path, monkeypatch) -> None:
    window = open_admin(qtbot, ctx, reference)
    admin = window.pane(ADMIN)

    regions = admin.show_table("admin_regions")
    search(window, "Asia")
    regions.view.sortByColumn(regions.model.column_index("name"), DESC)
    rows = export_with_ctrl_e(window, tmp_path / "regions.xlsx", monkeypatch)
    check(rows, regions)
    assert [row[0] for row in rows[1:]] == ["Asia South", "Asia North"]
    assert rows[0][:2] == ("Name", "Chinese name")

    # The managers of the region chosen in the window (Bo Wu leads none).
    managers = admin.show_table("admin_managers")
    search(window, "")
    managers.view.sortByColumn(managers.model.column_index("email"), DESC)
    rows = export_with_ctrl_e(window, tmp_path / "managers.xlsx", monkeypatch)
    check(rows, managers)
    assert [row[rows[0].index("Email")] for row in rows[1:]] == [
        "zhao@example.com",
        "ana@example.com",
    ]

    # Rates into the region's base currency (CNY), searched to one currency, newest first.
    rates = admin.show_table("admin_rates")
    search(window, "SGD")
    rates.view.sortByColumn(rates.model.column_index("valid_from"), DESC)
    rows = export_with_ctrl_e(window, tmp_path / "rates.xlsx", monkeypatch)
    check(rows, rates)
    valid_from = [row[rows[0].index("Valid from")] for row in rows[1:]]
    assert valid_from == [dt.datetime(2026, 7, 1), dt.datetime(2026, 1, 1)]  # real dates

    # The catalogue, a column moved to the front and one hidden, longest first.
    courses = admin.show_table("admin_courses")
    search(window, "")
    header = courses.view.horizontalHeader()
    header.moveSection(header.visualIndex(courses.model.column_index("hours")), 0)
    courses.view.setColumnHidden(courses.model.column_index("provider"), True)
    courses.view.sortByColumn(courses.model.column_index("hours"), DESC)
    rows = export_with_ctrl_e(window, tmp_path / "courses.xlsx", monkeypatch)
    check(rows, courses)
    assert rows[0][:2] == ("Hours", "Title") and "Provider" not in rows[0]
    assert [row[1] for row in rows[1:]] == [
        "Negotiation",
        "Key accounts",
        "Pricing",
        "Export control",
    ]
