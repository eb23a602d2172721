"""Export table from every table pane: all rows of the query, in the view's order and columns.

Each pane holds more rows than one page of its lazy model, is filtered and
sorted like a user would, has a column moved and one hidden; the workbook
must list what the view lists once every page is loaded, cell by cell.
"""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.domain.enums import Metric
from app.domain.formats import format_date
from app.domain.periods import Period
from app.io.table_export import write_table
from app.services.base import PageRequest
from app.services.cycles import CycleInput, CycleService
from app.services.demo import generate_demo
from app.services.one_on_one_records import OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from app.services.targets import TargetInput, TargetService
from app.services.team import RepRecord, TeamService
from app.ui.export_tables import KINDS, ExportChoice, table_query
from app.ui.one_on_ones.pane import OneOnOnesPane
from app.ui.reviews.pane import ReviewsPane
from app.ui.settings import EXPORT_FOLDER
from app.ui.table_model import PAGE_SIZE, SortRole
from app.ui.table_pane import TablePane
from app.ui.targets.pane import TargetsPane
from app.ui.team.pane import TeamPane
from tests.services.factories import make_manager
from tests.ui.conftest import bulk_reps
from tests.ui.reviews.test_pane import TEMPLATE

Q3, Q4 = Period.quarter(2026, 3), Period.quarter(2026, 4)
#: More rows than one page of the lazy model.
MANY = PAGE_SIZE + 30
DESC = Qt.SortOrder.DescendingOrder


@pytest.fixture
def many(ctx, team) -> tuple[int, list[RepRecord]]:
    """South-East Asia with its three reps and MANY bulk reps ("Bulk 0000"…)."""
    asia = team["asia"]
    bulk_reps(ctx.db, asia, MANY)
    page = TeamService(ctx.db).list_reps(
        PageRequest(limit=10_000, search="Bulk", filters={"region_id": asia.id})
    )
    return asia.id, list(page.rows)


def open_pane(qtbot, ctx, pane_class: type[TablePane], region_id: int) -> Any:
    pane = pane_class(ctx)
    qtbot.addWidget(pane)
    pane.resize(1300, 800)
    pane.set_region(region_id)
    pane.set_period(Q4)
    pane.show()
    return pane


def sort_by(pane: TablePane, key: str, order: Qt.SortOrder = DESC) -> None:
    pane.view.sortByColumn(pane.model.column_index(key), order)


def rearrange(pane: TablePane, first: str, hidden: str) -> None:
    """Drag column ``first`` to the front and hide ``hidden``, as a user may."""
    header = pane.view.horizontalHeader()
    header.moveSection(header.visualIndex(pane.model.column_index(first)), 0)
    pane.view.setColumnHidden(pane.model.column_index(hidden), True)


def shown_columns(pane: TablePane) -> list[int]:
    header = pane.view.horizontalHeader()
    logical = [header.logicalIndex(v) for v in range(header.count())]
    return [i for i in logical if not header.isSectionHidden(i)]


def same_cell(written: Any, text: str, native: Any) -> bool:
    """A workbook cell against the view's text and native (sort) value."""
    if isinstance(written, dt.datetime):  # openpyxl reads dates back as datetimes
        return written == native or written.date() == native
    if isinstance(written, str) and isinstance(native, dt.datetime):
        # A local time is written as ISO text ("Wed 2026-10-21 10:00 Madrid (CEST)"),
        # shown in the UI language ("Wed, 21 Oct 2026 10:00 Madrid (CEST)").
        _weekday, day, clock = written.split(" ", 2)
        shown_day = format_date(dt.date.fromisoformat(day), "en", weekday=True)
        return text == f"{shown_day} {clock}"
    if isinstance(written, int | float) and not isinstance(native, str):
        return Decimal(str(written)) == Decimal(str(native))
    return (written or "") == text


def check_export(pane: TablePane, path: Path) -> list[tuple[Any, ...]]:
    """Export ``pane`` to ``path`` and check the workbook against the view, row by row."""
    model = pane.model
    assert model.total > PAGE_SIZE
    assert model.rowCount() < model.total  # only the first page is loaded
    assert pane.export_table(path) == path
    assert pane.count_label.text() == f"Exported {model.total} rows to {path.name}"
    rows = list(load_workbook(path).active.values)
    while model.canFetchMore():
        model.fetchMore()
    columns = shown_columns(pane)
    horizontal = Qt.Orientation.Horizontal
    assert list(rows[0]) == [model.headerData(i, horizontal) for i in columns]
    assert len(rows) - 1 == model.rowCount() == model.total
    for r, written in enumerate(rows[1:]):
        for value, c in zip(written, columns, strict=True):
            index = model.index(r, c)
            assert same_cell(value, index.data(), index.data(SortRole)), (r, c, value)
    return rows


def test_team_export_filtered_sorted_with_columns_moved(qtbot, ctx, many, tmp_path) -> None:
    region_id, _bulk = many
    pane = open_pane(qtbot, ctx, TeamPane, region_id)
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("active"))
    pane.set_search("Bulk")
    sort_by(pane, "posting_start")
    rearrange(pane, first="currency", hidden="time_zone")

    rows = check_export(pane, tmp_path / "team.xlsx")

    assert rows[0][:3] == ("Currency", "Name", "Chinese name")
    assert "Time zone" not in rows[0]
    starts = [row[rows[0].index("Posting start")] for row in rows[1:]]
    assert starts == sorted(starts, reverse=True)
    assert isinstance(starts[0], dt.datetime)  # a real date in Excel, not text
    assert all(row[1].startswith("Bulk") for row in rows[1:])


def test_targets_export_follows_metric_period_and_sort(qtbot, ctx, many, tmp_path) -> None:
    region_id, bulk = many
    targets = TargetService(ctx.db)
    for i, rep in enumerate(bulk[: PAGE_SIZE + 10]):
        targets.create_target(
            TargetInput(rep.id, Metric.VISITS, Q4, Decimal(10 + i % 37), "visits")
        )
    for rep in bulk[:12]:  # another metric, another quarter: filtered out
        targets.create_target(TargetInput(rep.id, Metric.REVENUE, Q4, Decimal(5000), "SGD"))
        targets.create_target(TargetInput(rep.id, Metric.VISITS, Q3, Decimal(30), "visits"))
    pane = open_pane(qtbot, ctx, TargetsPane, region_id)
    pane.metric_filter.setCurrentIndex(pane.metric_filter.findData(Metric.VISITS.value))
    sort_by(pane, "value")
    rearrange(pane, first="value", hidden="smart_description")

    rows = check_export(pane, tmp_path / "targets.xlsx")

    assert len(rows) - 1 == PAGE_SIZE + 10
    values = [row[0] for row in rows[1:]]
    assert values == sorted(values, reverse=True) and isinstance(values[0], int | float)
    assert {row[rows[0].index("Period")] for row in rows[1:]} == {"2026 Q4"}
    assert {row[rows[0].index("Metric")] for row in rows[1:]} == {"Visits"}


def test_one_on_ones_export_of_the_period(qtbot, ctx, many, tmp_path) -> None:
    region_id, bulk = many
    make_manager(ctx.db, region_id, name="Wang Jun", time_zone="Asia/Shanghai")
    meetings = OneOnOneService(ctx.db)
    first = dt.datetime(2026, 10, 1, 2, 0, tzinfo=dt.UTC)
    for i, rep in enumerate(bulk[: PAGE_SIZE + 5]):
        meetings.schedule(OneOnOneInput(rep.id, first + dt.timedelta(hours=7 * i)))
    for rep in bulk[:8]:  # the quarter before: filtered out
        meetings.schedule(OneOnOneInput(rep.id, dt.datetime(2026, 8, 3, 4, tzinfo=dt.UTC)))
    pane = open_pane(qtbot, ctx, OneOnOnesPane, region_id)
    sort_by(pane, "rep_name")
    rearrange(pane, first="status", hidden="morale")

    rows = check_export(pane, tmp_path / "meetings.xlsx")

    assert len(rows) - 1 == PAGE_SIZE + 5
    names = [row[rows[0].index("Rep")] for row in rows[1:]]
    assert names == sorted(names, reverse=True)
    # Times are shown in each side's zone, as text (Excel keeps no time zones).
    assert rows[1][rows[0].index("Your time")].endswith("Shanghai (CST)")


def test_reviews_export_of_the_cycle_searched(qtbot, ctx, many, tmp_path) -> None:
    region_id, _bulk = many
    CycleService(ctx.db).open_cycle(
        CycleInput(region_id, "2026 Q4 review", "quarterly", Q4.start, Q4.end, TEMPLATE)
    )
    pane = open_pane(qtbot, ctx, ReviewsPane, region_id)
    pane.set_search("Bulk")
    sort_by(pane, "rep_name")
    rearrange(pane, first="status", hidden="acknowledged_at")

    rows = check_export(pane, tmp_path / "reviews.xlsx")

    assert len(rows) - 1 == MANY  # the cycle's three named reps are searched away
    assert rows[1][:2] == ("Draft", f"Bulk {MANY - 1:04d}")


def test_csv_has_a_bom_and_chinese_round_trips(qtbot, ctx, many, tmp_path) -> None:
    region_id, _bulk = many
    pane = open_pane(qtbot, ctx, TeamPane, region_id)
    path = tmp_path / "team.csv"
    pane.export_table(path)

    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:3] == ["Name", "Chinese name", "Region"]
    assert len(rows) - 1 == MANY + 3
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["Li Wei"][1] == "李伟"
    assert by_name["Bulk 0007"][1] == "批量 0007"
    assert by_name["Bulk 0007"][rows[0].index("Posting start")] == "2024-01-08"


def test_export_dialog_remembers_the_folder(qtbot, ctx, many, tmp_path, monkeypatch) -> None:
    region_id, _bulk = many
    pane = open_pane(qtbot, ctx, TeamPane, region_id)
    chosen = tmp_path / "exports"
    chosen.mkdir()
    suggested: list[str] = []

    def save_as(_parent, _title, where, filters, _selected):
        suggested.append(where)
        csv_filter = filters.split(";;")[1]
        assert csv_filter == "CSV, UTF-8 (*.csv)"
        return str(chosen / "my team"), csv_filter  # no suffix typed: the filter's

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    pane.export()
    assert (chosen / "my team.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert EXPORT_FOLDER.get(ctx.settings) == str(chosen)

    pane.export()
    assert Path(suggested[1]).parent == chosen
    assert Path(suggested[1]).name.startswith("Team ") and suggested[1].endswith(".xlsx")


def test_the_table_menu_offers_export_and_the_pane_exports(qtbot, ctx, many) -> None:
    region_id, _bulk = many
    names = {
        TeamPane: ["export_table", "", "export_review_pack"],
        OneOnOnesPane: ["export_table", "", "export_calendar"],
        ReviewsPane: ["export_table", "", "export_review_pack", "export_region_packs"],
        TargetsPane: ["export_table"],
    }
    for pane_class, expected in names.items():
        pane = open_pane(qtbot, ctx, pane_class, region_id)
        assert pane.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
        assert [a.objectName() for a in pane.view.actions()] == expected
        assert [a.objectName() for a in pane.more_exports()] == [n for n in expected[2:]]
        assert pane.can_export


def test_headless_export_matches_the_panes(qtbot, ctx, tmp_path) -> None:
    """``outpost export`` reads through the panes' columns: the same file as Export table."""
    generate_demo(ctx.db, reps=12, years=1, today=dt.date(2026, 11, 15))
    team = TeamService(ctx.db)
    region = max(
        team.list_regions(),
        key=lambda r: team.list_reps(PageRequest(filters={"region_id": r.id})).total,
    )
    panes = {
        "team": TeamPane,
        "targets": TargetsPane,
        "one-on-ones": OneOnOnesPane,
        "reviews": ReviewsPane,
    }
    assert tuple(panes) == KINDS
    for kind, pane_class in panes.items():
        pane = open_pane(qtbot, ctx, pane_class, region.id)
        from_pane = tmp_path / f"{kind}-pane.xlsx"
        pane.export_table(from_pane)
        query = table_query(kind, ctx.db, ExportChoice(region.id, Q4))
        headless = write_table(tmp_path / f"{kind}-cli.xlsx", *query.table(), sheet_title="x")
        pane_rows = list(load_workbook(from_pane).active.values)
        assert len(pane_rows) > 2, kind
        assert list(load_workbook(headless).active.values) == pane_rows, kind
