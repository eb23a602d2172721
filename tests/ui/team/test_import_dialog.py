"""The team import dialog: preview a filled template, import it, see it in the Team pane."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.listing import PageRequest
from app.services.team import TeamService
from app.services.team_rows import RowStatus
from app.ui.main_window import MainWindow
from app.ui.team.import_dialog import TeamImportDialog
from app.ui.team.import_preview import CHANGED_BRUSH, CHANGES, ERROR_BRUSH, STATUS
from app.ui.team.pane import TeamPane
from tests.io.team_workbook import EXPECTED_CREATED, TEAM, fill_template


def open_dialog(qtbot, ctx) -> TeamImportDialog:
    dialog = TeamImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def preview(qtbot, dialog: TeamImportDialog, path: Path):
    with qtbot.waitSignal(dialog.previewed) as blocker:
        dialog.open_file(path)
    qtbot.waitUntil(lambda: not dialog.is_running())
    return blocker.args[0]


def statuses(dialog: TeamImportDialog, sheet: str) -> list[str]:
    model = dialog.models[sheet]
    return [model.index(row, STATUS).data() for row in range(model.rowCount())]


def rep_emails(ctx) -> set[str]:
    return {r.email for r in TeamService(ctx.db).list_reps(PageRequest(limit=100)).rows}


def test_a_good_file_previews_imports_and_the_team_pane_sees_the_reps(
    qtbot, qtmodeltester, ctx, tmp_path: Path
) -> None:
    pane = TeamPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    assert pane.model.rowCount() == 0
    path = fill_template(tmp_path / "team.xlsx")
    dialog = open_dialog(qtbot, ctx)

    report = preview(qtbot, dialog, path)
    assert report.ok and not report.written
    for sheet, count in EXPECTED_CREATED.items():
        assert statuses(dialog, sheet) == ["new"] * count
        assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.views[sheet])) == f"{sheet} ({count})"
    assert dialog.totals_label.text() == "12 new, 0 to update, 0 unchanged, 0 with errors"
    reps = dialog.models["Reps"]
    qtmodeltester.check(reps)
    chen = [reps.index(0, c).data() for c in range(reps.columnCount())]
    assert chen[:2] == ["2", "new"] and "Chen Jie" in chen and "zh; en" in chen
    assert "2027-02-28" in chen and "6591234567" in chen
    assert dialog.error_list.isHidden()
    assert rep_emails(ctx) == set()  # a preview writes nothing

    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].written
    assert rep_emails(ctx) == {r["email"] for r in TEAM["Reps"]}
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3)
    assert "Reps: 3 created, 0 updated" in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()

    again = preview(qtbot, dialog, path)
    assert {o.status for o in again.rows} == {RowStatus.UNCHANGED}
    for sheet, count in EXPECTED_CREATED.items():
        assert statuses(dialog, sheet) == ["unchanged"] * count
    assert dialog.totals_label.text() == "0 new, 0 to update, 12 unchanged, 0 with errors"
    assert not dialog.import_button.isEnabled()
    assert "Nothing to import" in dialog.status_label.text()


def test_three_bad_cells_are_listed_selectable_and_nothing_is_written(
    qtbot, ctx, tmp_path: Path
) -> None:
    bad = {sheet: [dict(row) for row in rows] for sheet, rows in TEAM.items()}
    bad["Reps"][1]["currency"] = "RMB"
    bad["Regions"][1]["base_currency"] = "DOLLAR"
    bad["Exchange rates"][0]["valid_from"] = "next monday"
    dialog = open_dialog(qtbot, ctx)
    report = preview(qtbot, dialog, fill_template(tmp_path / "bad.xlsx", bad))

    texts = sorted(dialog.error_list.item(i).text() for i in range(dialog.error_list.count()))
    assert texts == [
        "Exchange rates, row 2, valid_from: 'next monday' is not a date (YYYY-MM-DD)",
        "Regions, row 3, base_currency: 'DOLLAR' is not an ISO 4217 currency code",
        "Reps, row 3, currency: 'RMB' is not an ISO 4217 currency code",
    ]
    assert not dialog.import_button.isEnabled()
    assert "3 bad cell(s)" in dialog.status_label.text()
    # Karim (Reps row 4) is in the bad region: not checked, not an error of its own.
    assert statuses(dialog, "Reps") == ["new", "error", "skipped"]
    assert "1 with errors" in dialog.tabs.tabText(dialog.tabs.indexOf(dialog.views["Reps"]))

    rates = dialog.models["Exchange rates"]
    valid_from = rates.column_of("valid_from")
    assert rates.index(0, valid_from).data() == "next monday"  # shown as typed
    assert rates.index(0, valid_from).data(Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    assert "not a date" in rates.index(0, valid_from).data(Qt.ItemDataRole.ToolTipRole)

    item = next(
        dialog.error_list.item(i)
        for i in range(dialog.error_list.count())
        if dialog.error_list.item(i).text().startswith("Reps")
    )
    rect = dialog.error_list.visualItemRect(item)
    qtbot.mouseClick(dialog.error_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = dialog.views["Reps"]
    assert dialog.tabs.currentWidget() is view
    current = view.currentIndex()
    assert (current.row(), current.column()) == (1, dialog.models["Reps"].column_of("currency"))
    assert view.selectionModel().isSelected(current)

    assert not report.written
    assert rep_emails(ctx) == set() and TeamService(ctx.db).list_regions() == []


def test_an_update_names_and_tints_the_changed_cells(qtbot, ctx, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ctx)
    preview(qtbot, dialog, fill_template(tmp_path / "team.xlsx"))
    with qtbot.waitSignal(dialog.imported):
        dialog.import_rows()
    qtbot.waitUntil(lambda: not dialog.is_running())
    changed = {sheet: [dict(row) for row in rows] for sheet, rows in TEAM.items()}
    changed["Reps"][1]["city"] = "Penang"
    preview(qtbot, dialog, fill_template(tmp_path / "changed.xlsx", changed))

    reps = dialog.models["Reps"]
    assert statuses(dialog, "Reps") == ["unchanged", "update", "unchanged"]
    assert reps.index(1, CHANGES).data() == "city"
    assert reps.index(1, reps.column_of("city")).data(Qt.ItemDataRole.BackgroundRole) == (
        CHANGED_BRUSH
    )
    assert reps.index(1, reps.column_of("name")).data(Qt.ItemDataRole.BackgroundRole) is None
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    reps_now = TeamService(ctx.db).list_reps(PageRequest(limit=100)).rows
    assert {r.posting_city for r in reps_now if r.email == "siti@example.com"} == {"Penang"}


def test_blank_template_and_a_file_that_is_not_a_spreadsheet(qtbot, ctx, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.save_template(tmp_path / "blank")
    book = load_workbook(tmp_path / "blank.xlsx")
    assert book.sheetnames == ["Regions", "Managers", "Reps", "Exchange rates", "Courses"]
    assert str(tmp_path / "blank.xlsx") in dialog.status_label.text()

    not_xlsx = tmp_path / "team.xlsx"
    not_xlsx.write_text("hello", encoding="utf-8")
    dialog.open_file(not_xlsx)
    qtbot.waitUntil(lambda: "cannot be read as an XLSX workbook" in dialog.status_label.text())
    assert not dialog.is_running()
    assert not dialog.import_button.isEnabled()


def test_the_file_menu_and_the_team_pane_open_the_dialog(qtbot, ctx, answer_dialog) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.objectName() == "import_team_action")
    assert action.text() == "Import team spreadsheet…"
    seen = answer_dialog(QMessageBox.StandardButton.Close)
    action.trigger()
    assert [d.class_name for d in seen] == ["TeamImportDialog"]

    pane = window.pane("team")
    seen = answer_dialog(QMessageBox.StandardButton.Close)
    pane.import_action.trigger()
    assert seen[-1].title == "Import team spreadsheet"
