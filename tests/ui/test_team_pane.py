"""The Team pane driven like a user: header clicks, search, status, selection."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from PySide6.QtCore import QPoint, Qt

from app.domain.enums import RepStatus
from app.services.base import PageRequest
from app.services.team import TeamService
from app.ui.panes.team import TeamPane
from tests.services.factories import make_region
from tests.ui.conftest import bulk_reps


def make_pane(qtbot, ctx) -> TeamPane:
    pane = TeamPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1200, 700)
    pane.show()
    return pane


def shown_names(pane: TeamPane) -> list[str]:
    return [pane.model.index(r, 0).data() for r in range(pane.model.rowCount())]


def click_header(qtbot, pane: TeamPane, key: str) -> None:
    header = pane.view.horizontalHeader()
    section = pane.model.column_index(key)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_pane_lists_every_rep_by_name(qtbot, ctx, team) -> None:
    pane = make_pane(qtbot, ctx)
    assert shown_names(pane) == sorted(team["reps"])
    assert pane.count_label.text() == "Reps: 6"


def test_clicking_a_header_sorts_like_the_database(qtbot, ctx, team) -> None:
    pane = make_pane(qtbot, ctx)
    service = TeamService(ctx.db)

    click_header(qtbot, pane, "work_permit_expiry")
    ascending = service.list_reps(PageRequest(sort="work_permit_expiry"))
    assert shown_names(pane) == [r.name for r in ascending.rows]
    assert pane.model.request.sort == "work_permit_expiry"

    click_header(qtbot, pane, "work_permit_expiry")
    descending = service.list_reps(PageRequest(sort="work_permit_expiry", descending=True))
    assert shown_names(pane) == [r.name for r in descending.rows]
    assert shown_names(pane) != [r.name for r in ascending.rows]


def test_typing_in_search_filters_rows(qtbot, ctx, team) -> None:
    pane = make_pane(qtbot, ctx)

    qtbot.keyClicks(pane.search, "kuala")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert shown_names(pane) == ["Zhang Min"]

    # Chinese is set, not typed: keyClicks with CJK text aborts Qt.
    pane.search.setText("陈")
    qtbot.waitUntil(lambda: shown_names(pane) == ["Chen Jie"])

    pane.search.clear()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 6)


def test_status_filter_and_change_bus_reload(qtbot, ctx, team) -> None:
    pane = make_pane(qtbot, ctx)
    service = TeamService(ctx.db)
    wang = team["reps"]["Wang Fang"]
    service.update_rep(wang.id, replace(wang.to_input(), status=RepStatus.ON_LEAVE), wang.version)

    pane.status_filter.setCurrentIndex(pane.status_filter.findData("on_leave"))
    assert shown_names(pane) == ["Wang Fang"]

    # A change made elsewhere shows once the bus says reps changed.
    service.deactivate_rep(wang.id, wang.version + 1, dt.date.today())
    assert shown_names(pane) == ["Wang Fang"]
    ctx.bus.emit_changed("reps")
    assert shown_names(pane) == []


def test_selecting_a_rep_shows_details_in_chinese_and_local_time(qtbot, ctx, team) -> None:
    pane = make_pane(qtbot, ctx)
    chen = team["reps"]["Chen Jie"]
    row = pane.model.row_of_id(chen.id)

    rect = pane.view.visualRect(pane.model.index(row, 0))
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert pane.selected_id() == chen.id
    assert pane.detail.fields["name_zh"].text() == "陈杰"
    assert pane.detail.fields["posting_country"].text() == "United Arab Emirates (AE)"
    assert re.fullmatch(r"\d\d:\d\d \(UTC\+4\)", pane.detail.fields["local_time"].text())
    assert "陈杰" in pane.detail.title_label.text()


def test_selection_survives_a_reload(qtbot, ctx, team) -> None:
    pane = make_pane(qtbot, ctx)
    liu = team["reps"]["Liu Yang"]
    pane.select_id(liu.id)

    ctx.bus.emit_changed("*")

    assert pane.selected_id() == liu.id
    assert pane.detail.fields["name_zh"].text() == "刘洋"


def test_region_filter(qtbot, ctx, team) -> None:
    pane = make_pane(qtbot, ctx)
    pane.set_region(team["gulf"].id)
    assert shown_names(pane) == ["Chen Jie", "Liu Yang", "Zhao Lei"]
    pane.set_region(None)
    assert pane.model.rowCount() == 6


def test_scrolling_down_fetches_more_rows(qtbot, ctx) -> None:
    bulk_reps(ctx.db, make_region(ctx.db), 450)
    pane = make_pane(qtbot, ctx)
    assert pane.model.rowCount() == 200

    pane.view.scrollToBottom()
    qtbot.waitUntil(lambda: pane.model.rowCount() > 200)
    assert pane.count_label.text() == "Reps: 450"


def test_columns_fit_the_first_rows_that_arrive(qtbot, ctx) -> None:
    """Opened empty (first start), the columns fit the demo data once it is loaded."""
    pane = make_pane(qtbot, ctx)
    assert pane.model.rowCount() == 0
    qtbot.wait(50)  # the window is up and idle before any data exists
    region = make_region(ctx.db, name="A region with a long name for the column")
    bulk_reps(ctx.db, region, 3)
    ctx.bus.emit_changed("reps")
    region_column = pane.model.column_index("region_name")
    header = pane.view.horizontalHeader()
    label_width = pane.view.fontMetrics().horizontalAdvance(region.name)
    qtbot.waitUntil(lambda: header.sectionSize(region_column) >= label_width)
