"""PagedTableModel over TeamService.list_reps: paging, database sort, roles."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from app.db.engine import Database
from app.services.base import PageRequest
from app.services.team import TeamService
from app.ui.table_model import IdRole, PagedTableModel, RecordRole, SortRole
from app.ui.team.columns import EXPIRED_COLOUR, EXPIRING_COLOUR, team_columns
from tests.services.factories import make_region
from tests.ui.conftest import bulk_reps


def rep_model(db: Database) -> PagedTableModel:
    model = PagedTableModel(TeamService(db).list_reps, team_columns())
    model.reload()
    return model


def names(model: PagedTableModel) -> list[str]:
    column = model.column_index("name")
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_model_passes_the_model_tester(sqlite_database, team, qtmodeltester) -> None:
    model = rep_model(sqlite_database)
    assert model.rowCount() == 6
    qtmodeltester.check(model)


def test_model_with_unfetched_rows_passes_the_model_tester(sqlite_database, qtmodeltester) -> None:
    bulk_reps(sqlite_database, make_region(sqlite_database), 250)
    model = rep_model(sqlite_database)
    qtmodeltester.check(model)


def test_rows_are_fetched_a_page_at_a_time(sqlite_database) -> None:
    bulk_reps(sqlite_database, make_region(sqlite_database), 450)
    model = rep_model(sqlite_database)

    assert (model.rowCount(), model.total) == (200, 450)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    # Pages join without gaps or repeats, in the database's name order.
    assert names(model) == [f"Bulk {i:04d}" for i in range(450)]


def test_sort_asks_the_database(sqlite_database, team) -> None:
    model = rep_model(sqlite_database)
    city = model.column_index("posting_city")

    model.sort(city, Qt.SortOrder.DescendingOrder)

    assert model.request.sort == "posting_city" and model.request.descending
    expected = TeamService(sqlite_database).list_reps(
        PageRequest(sort="posting_city", descending=True)
    )
    assert names(model) == [r.name for r in expected.rows]
    cities = [model.index(row, city).data() for row in range(model.rowCount())]
    assert cities == sorted(cities, reverse=True)
    assert cities[0] == "Singapore"


def test_sorting_after_paging_starts_again_from_the_first_page(sqlite_database) -> None:
    bulk_reps(sqlite_database, make_region(sqlite_database), 450)
    model = rep_model(sqlite_database)
    model.fetchMore(QModelIndex())

    model.sort(model.column_index("name"), Qt.SortOrder.DescendingOrder)

    assert model.rowCount() == 200
    assert names(model)[:2] == ["Bulk 0449", "Bulk 0448"]


def test_roles_give_id_native_value_and_record(sqlite_database, team) -> None:
    model = rep_model(sqlite_database)
    li_wei = team["reps"]["Li Wei"]
    row = model.row_of_id(li_wei.id)
    assert row is not None
    start = model.index(row, model.column_index("posting_start"))

    assert start.data() == "1 Jan 2024"  # shown as in the PDFs; sorted by the date
    assert start.data(SortRole) == dt.date(2024, 1, 1)
    assert start.data(IdRole) == li_wei.id
    assert start.data(RecordRole).name_zh == "李伟"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_search_and_filters_run_in_the_database(sqlite_database, team) -> None:
    model = rep_model(sqlite_database)

    model.set_query(search="  abu ", filters={"region_id": None, "status": ""})
    assert names(model) == ["Zhao Lei"]
    assert model.request.filters == {}

    model.set_query(filters={"region_id": team["gulf"].id})
    assert names(model) == ["Chen Jie", "Liu Yang", "Zhao Lei"]


def test_expiring_and_expired_permits_are_highlighted(sqlite_database, team) -> None:
    model = rep_model(sqlite_database)
    column = model.column_index("work_permit_expiry")

    def cell(name: str):
        return model.index(model.row_of_id(team["reps"][name].id), column)

    assert cell("Zhang Min").data(Qt.ItemDataRole.BackgroundRole).color() == EXPIRED_COLOUR
    assert cell("Zhang Min").data(Qt.ItemDataRole.ToolTipRole) == "Expired 5 days ago"
    assert cell("Li Wei").data(Qt.ItemDataRole.BackgroundRole).color() == EXPIRING_COLOUR
    assert cell("Wang Fang").data(Qt.ItemDataRole.BackgroundRole) is None
    assert cell("Liu Yang").data(Qt.ItemDataRole.BackgroundRole) is None


def test_permits_of_reps_who_left_are_not_highlighted(sqlite_database, team) -> None:
    zhang = team["reps"]["Zhang Min"]
    TeamService(sqlite_database).deactivate_rep(zhang.id, zhang.version)
    model = rep_model(sqlite_database)
    cell = model.index(model.row_of_id(zhang.id), model.column_index("work_permit_expiry"))
    assert cell.data() != ""
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None
