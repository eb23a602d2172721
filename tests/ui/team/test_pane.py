"""The Team pane driven like a user: sort, search, select, create, edit, remove, undo."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.enums import RepStatus
from app.services.base import PageRequest
from app.services.demo import generate_demo
from app.services.reviews import ReviewService
from app.services.team import TeamService
from app.ui.team.pane import TeamPane
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


def test_window_search_filters_rows(qtbot, ctx, team) -> None:
    pane = make_pane(qtbot, ctx)

    pane.set_search("kuala")
    assert shown_names(pane) == ["Zhang Min"]

    pane.set_search("陈")
    assert shown_names(pane) == ["Chen Jie"]

    pane.set_search("")
    assert pane.model.rowCount() == 6


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
    # Wide enough for every column whole (narrower, the widest are cut to fit: column_fit).
    pane.resize(2400, 700)
    assert pane.model.rowCount() == 0
    # The window is up (shown and exposed) before any data exists: the fit on show
    # has found no rows, so the columns must be fitted once the rows arrive.
    qtbot.waitUntil(lambda: pane.windowHandle() is not None and pane.windowHandle().isExposed())
    region = make_region(ctx.db, name="A region with a long name for the column")
    bulk_reps(ctx.db, region, 3)
    ctx.bus.emit_changed("reps")
    region_column = pane.model.column_index("region_name")
    header = pane.view.horizontalHeader()
    label_width = pane.view.fontMetrics().horizontalAdvance(region.name)
    qtbot.waitUntil(lambda: header.sectionSize(region_column) >= label_width)


# -- create, edit, deactivate, delete, undo -----------------------------------------


def rep_named(ctx, name: str):
    found = [
        r for r in TeamService(ctx.db).list_reps(PageRequest(limit=1000)).rows if r.name == name
    ]
    return found[0] if found else None


def click_row(qtbot, pane: TeamPane, rep_id: int) -> None:
    rect = pane.view.visualRect(pane.model.index(pane.model.row_of_id(rep_id), 0))
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_pane_declares_its_actions_and_selection(qtbot, ctx, team) -> None:
    pane = make_pane(qtbot, ctx)
    assert (pane.can_create, pane.can_edit, pane.can_delete) == (True, True, True)
    assert not pane.has_selection()
    with qtbot.waitSignal(pane.selection_changed):
        click_row(qtbot, pane, team["reps"]["Wang Fang"].id)
    assert pane.has_selection()


def test_create_through_the_dialog_then_undo(qtbot, ctx, team, answer_dialog) -> None:
    pane = make_pane(qtbot, ctx)
    pane.set_region(team["gulf"].id)

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.field("name"), "Omar Qi")
        dialog.field("name_zh").setText("齐奥马")
        qtbot.keyClicks(dialog.field("email"), "omar.qi@example.com")
        dialog.field("posting_country").setValue("QA")
        qtbot.keyClicks(dialog.field("posting_city"), "Doha")
        dialog.field("time_zone").setValue("Asia/Qatar")
        dialog.field("currency").setValue("QAR")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = answer_dialog(fill)
    pane.create()
    assert [s.title for s in seen] == ["New rep"]
    omar = rep_named(ctx, "Omar Qi")
    assert (omar.region_id, omar.name_zh, omar.currency) == (team["gulf"].id, "齐奥马", "QAR")
    # The new rep is listed and selected.
    assert pane.selected_id() == omar.id
    assert "Omar Qi" in shown_names(pane)

    ctx.undo_stack.undo()
    assert rep_named(ctx, "Omar Qi") is None
    assert "Omar Qi" not in shown_names(pane)
    ctx.undo_stack.redo()
    assert rep_named(ctx, "Omar Qi") is not None
    assert "Omar Qi" in shown_names(pane)


def test_invalid_email_keeps_the_dialog_open(qtbot, ctx, team, answer_dialog) -> None:
    pane = make_pane(qtbot, ctx)
    errors: list[str] = []

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.field("name"), "No Mail")
        qtbot.keyClicks(dialog.field("email"), "no-mail")
        dialog.field("region_id").setValue(team["asia"].id)
        dialog.field("posting_country").setValue("SG")
        qtbot.keyClicks(dialog.field("posting_city"), "Singapore")
        dialog.field("time_zone").setValue("Asia/Singapore")
        dialog.field("currency").setValue("SGD")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        errors.append(dialog.error_text("email"))
        errors.append(str(dialog.isVisible()))
        dialog.reject()

    answer_dialog(fill)
    pane.create()
    assert errors == ["Email 'no-mail' is not an e-mail address", "True"]
    assert rep_named(ctx, "No Mail") is None
    assert ctx.undo_stack.count() == 0


def test_enter_edits_the_selected_rep_then_ctrl_z_restores(qtbot, ctx, team, answer_dialog) -> None:
    pane = make_pane(qtbot, ctx)
    zhao = team["reps"]["Zhao Lei"]
    click_row(qtbot, pane, zhao.id)

    def change_city(dialog) -> None:
        assert dialog.field("name").text() == "Zhao Lei"
        dialog.field("posting_city").selectAll()
        qtbot.keyClicks(dialog.field("posting_city"), "Sharjah")
        dialog.field("focus").setValue("retention")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_dialog(change_city)
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    service = TeamService(ctx.db)
    edited = service.get_rep(zhao.id)
    assert (edited.posting_city, edited.focus) == ("Sharjah", "retention")
    assert pane.detail.fields["posting_city"].text() == "Sharjah"

    ctx.undo_stack.undo()
    restored = service.get_rep(zhao.id)
    assert (restored.posting_city, restored.focus) == ("Abu Dhabi", "both")
    assert restored.version == zhao.version + 2
    assert pane.detail.fields["posting_city"].text() == "Abu Dhabi"
    ctx.undo_stack.redo()
    assert service.get_rep(zhao.id).posting_city == "Sharjah"


def test_double_click_opens_the_edit_dialog(qtbot, ctx, team, answer_dialog) -> None:
    pane = make_pane(qtbot, ctx)
    wang = team["reps"]["Wang Fang"]
    seen = answer_dialog(lambda dialog: dialog.reject())
    rect = pane.view.visualRect(pane.model.index(pane.model.row_of_id(wang.id), 0))
    # A person's double-click: a press first, then the double-click event.
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [s.title for s in seen] == ["Edit rep"]
    assert ctx.undo_stack.count() == 0


def choose(name: str):
    from PySide6.QtWidgets import QPushButton

    return lambda box: box.findChild(QPushButton, name).click()


def test_delete_key_deactivates_by_choice_and_undo_restores(
    qtbot, ctx, team, answer_dialog
) -> None:
    pane = make_pane(qtbot, ctx)
    li = team["reps"]["Li Wei"]
    pane.select_id(li.id)
    seen = answer_dialog(choose("deactivate_button"))
    pane.delete_selected()
    assert seen[0].text == "Remove Li Wei from the team?"
    service = TeamService(ctx.db)
    gone = service.get_rep(li.id)
    assert gone.status is RepStatus.INACTIVE
    assert gone.posting_end == dt.date.today()
    assert pane.detail.fields["status"].text() == "Inactive"

    ctx.undo_stack.undo()
    back = service.get_rep(li.id)
    assert (back.status, back.posting_end) == (RepStatus.ACTIVE, None)


def test_delete_permanently_and_undo_creates_again(qtbot, ctx, team, answer_dialog) -> None:
    pane = make_pane(qtbot, ctx)
    liu = team["reps"]["Liu Yang"]
    pane.select_id(liu.id)
    answer_dialog(choose("delete_button"))
    pane.delete_selected()
    assert rep_named(ctx, "Liu Yang") is None
    assert "Liu Yang" not in shown_names(pane)
    assert not pane.has_selection()

    ctx.undo_stack.undo()
    again = rep_named(ctx, "Liu Yang")
    assert (again.name_zh, again.email, again.posting_city) == ("刘洋", liu.email, "Riyadh")
    assert "Liu Yang" in shown_names(pane)


def test_cancel_changes_nothing(qtbot, ctx, team, answer_dialog) -> None:
    pane = make_pane(qtbot, ctx)
    pane.select_id(team["reps"]["Chen Jie"].id)
    answer_dialog(QMessageBox.StandardButton.Cancel)
    pane.delete_selected()
    assert rep_named(ctx, "Chen Jie").status is RepStatus.ACTIVE
    assert ctx.undo_stack.count() == 0


def test_deleting_a_rep_with_a_signed_review_is_refused(qtbot, ctx, answer_dialog) -> None:
    generate_demo(ctx.db, reps=12, years=1, today=dt.date(2026, 11, 15))
    signed = ReviewService(ctx.db).list_reviews(PageRequest(limit=1, filters={"status": "signed"}))
    rep_id = signed.rows[0].rep_id
    pane = make_pane(qtbot, ctx)
    pane.open_item(rep_id)
    assert pane.selected_id() == rep_id

    seen = answer_dialog(choose("delete_button"))
    answer_dialog(QMessageBox.StandardButton.Ok)
    pane.delete_selected()
    assert len(seen) == 2
    assert "signed review" in seen[1].text
    assert TeamService(ctx.db).get_rep(rep_id).id == rep_id
    assert ctx.undo_stack.count() == 0


def test_open_item_loads_pages_until_the_rep_is_there(qtbot, ctx) -> None:
    region = make_region(ctx.db)
    bulk_reps(ctx.db, region, 450)
    pane = make_pane(qtbot, ctx)
    last = TeamService(ctx.db).list_reps(PageRequest(offset=449, limit=1)).rows[0]
    assert pane.model.row_of_id(last.id) is None
    pane.open_item(last.id)
    assert pane.selected_id() == last.id
    assert pane.detail.fields["name"].text() == last.name


def test_open_item_outside_the_filters_shows_the_rep(qtbot, ctx, team) -> None:
    pane = make_pane(qtbot, ctx)
    pane.set_region(team["asia"].id)
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("on_leave"))
    chen = team["reps"]["Chen Jie"]
    pane.open_item(chen.id)
    assert pane.selected_id() == chen.id
    assert shown_names(pane) == ["Chen Jie"]
