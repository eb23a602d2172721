"""The Compliance pane driven like a user: the register, evidence, renewals, the country view."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from app.domain.compliance import add_months
from app.services.compliance import ComplianceInput, ComplianceService
from app.ui.compliance.pane import CompliancePane
from app.ui.main_window import MainWindow
from app.ui.settings import COMPLIANCE_WARNING_DAYS
from app.ui.table_model import IdRole
from tests.ui.dialog_answers import answering

TODAY = dt.date.today()


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def register(ctx, team) -> dict[str, object]:
    """The team's two regions with a few obligations (one a yearly work permit)."""
    service = ComplianceService(ctx.db)
    asia, gulf = team["asia"], team["gulf"]
    li = team["reps"]["Li Wei"]

    def add(region, country, category, obligation, **kw):
        return service.create(
            ComplianceInput(region.id, country, category, obligation, "HR Mobility", **kw)
        )

    items = {
        "permit": add(
            asia, "SG", "immigration", "Employment pass", rep_id=li.id, due_date=days(20),
            renewal_months=12, status="at_risk",
        ),
        "pdpa": add(asia, "SG", "data_protection", "PDPA notice", status="compliant"),
        "tax": add(asia, "MY", "tax", "Withholding tax", due_date=days(-3), status="non_compliant"),
        "agency": add(gulf, "AE", "contract", "Agency registration", due_date=days(300)),
    }  # fmt: skip
    return {**team, "items": items, "service": service}


def make_pane(qtbot, ctx, region_id: int | None) -> CompliancePane:
    pane = CompliancePane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1400, 800)
    pane.set_region(region_id)
    pane.show()
    # Let the first column fit run (a zero timer) before a test clicks on a cell.
    QApplication.processEvents()
    return pane


def shown_ids(pane: CompliancePane) -> list[int]:
    return [pane.model.index(r, 0).data(IdRole) for r in range(pane.model.rowCount())]


def cell(pane: CompliancePane, item_id: int, key: str) -> str:
    row = pane.model.row_of_id(item_id)
    assert row is not None
    return pane.model.index(row, pane.model.column_index(key)).data()


def test_model_passes_qtmodeltester(qtmodeltester, qtbot, ctx, register) -> None:
    pane = make_pane(qtbot, ctx, None)
    assert pane.model.rowCount() == 4 + 5  # the obligations and five reps' permits
    qtmodeltester.check(pane.model)


def test_lists_register_and_team_permits_flagged(qtbot, ctx, register) -> None:
    pane = make_pane(qtbot, ctx, register["asia"].id)
    items, reps = register["items"], register["reps"]
    li, zhang = reps["Li Wei"], reps["Zhang Min"]
    assert set(shown_ids(pane)) == {
        items["permit"].id,
        items["pdpa"].id,
        items["tax"].id,
        -li.id,
        -zhang.id,
        -reps["Wang Fang"].id,
    }
    assert cell(pane, -zhang.id, "owner") == "From Team"
    assert cell(pane, -zhang.id, "status") == "Non-compliant"  # expired 5 days ago
    assert cell(pane, items["permit"].id, "renewal_months") == "Every 12 months"
    due = pane.model.index(
        pane.model.row_of_id(items["tax"].id), pane.model.column_index("due_date")
    )
    assert due.data(Qt.ItemDataRole.ToolTipRole) == "Overdue by 3 days"
    soon = pane.model.index(
        pane.model.row_of_id(items["permit"].id), pane.model.column_index("due_date")
    )
    assert soon.data(Qt.ItemDataRole.ToolTipRole) == "Due in 20 days"
    # The warning window follows Preferences.
    COMPLIANCE_WARNING_DAYS.set(ctx.settings, 10)
    ctx.bus.emit_changed("preferences")
    soon = pane.model.index(
        pane.model.row_of_id(items["permit"].id), pane.model.column_index("due_date")
    )
    assert soon.data(Qt.ItemDataRole.ToolTipRole) is None
    pane.due_filter.setValue(25)
    assert set(shown_ids(pane)) == {items["permit"].id, items["tax"].id, -zhang.id}
    pane.permits_filter.setChecked(False)
    assert set(shown_ids(pane)) == {items["permit"].id, items["tax"].id}
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("non_compliant"))
    assert shown_ids(pane) == [items["tax"].id]


def test_team_permit_is_read_only_and_opens_the_rep(qtbot, ctx, register) -> None:
    pane = make_pane(qtbot, ctx, register["asia"].id)
    wang = register["reps"]["Wang Fang"]
    assert pane.select_id(-wang.id)
    assert not pane.renew_button.isEnabled()
    assert not pane.evidence.add_button.isEnabled()
    row = pane.model.row_of_id(-wang.id)
    rect = pane.view.visualRect(pane.model.index(row, 0))
    # A person's double-click: a press first, then the double-click event.
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(ctx.bus.open_requested) as opened:
        qtbot.mouseDClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["team", wang.id]


def drop_files(pane: CompliancePane, paths: list[Path]) -> None:
    """Drag local files over the evidence list and drop them.

    The list's own drag and drop handlers are called: outside a real drag
    (QDrag.exec) Qt's event loop does not deliver synthetic drop events.
    """
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    files = pane.evidence.files
    where = QPointF(10, 10)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    files.dragEnterEvent(enter)
    assert enter.isAccepted()
    files.dropEvent(QDropEvent(where, Qt.DropAction.CopyAction, mime, buttons, keys))


def test_evidence_added_opened_and_a_tampered_copy_refused(
    qtbot, ctx, register, tmp_path: Path, answer_dialog
) -> None:
    pane = make_pane(qtbot, ctx, register["asia"].id)
    permit = register["items"]["permit"]
    opened: list[QUrl] = []
    pane.evidence.open_url = opened.append
    pane.select_id(permit.id)
    scan = tmp_path / "pass scan.pdf"
    body = b"%PDF-1.7 employment pass valid to 2027 " * 50
    scan.write_bytes(body)

    drop_files(pane, [scan])
    assert pane.evidence.file_names() == ["pass scan.pdf"]
    assert cell(pane, permit.id, "attachment_count") == "1"  # the table heard of it

    pane.evidence.files.setCurrentRow(0)
    qtbot.mouseClick(pane.evidence.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    written = Path(opened[0].toLocalFile())
    assert written.name == "pass scan.pdf" and written.read_bytes() == body
    saved = tmp_path / "copy.pdf"
    assert pane.evidence.save_selected_to(saved) and saved.read_bytes() == body

    # Someone edits the stored bytes behind the console's back (same length).
    record = pane.evidence.selected()
    with ctx.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE attachments SET content = :b WHERE id = :id"),
            {"b": body.replace(b"2027", b"2099"), "id": record.id},
        )
    seen = answer_dialog(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(pane.evidence.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert "damaged" in seen[0].text and "pass scan.pdf" in seen[0].text
    assert len(opened) == 1  # the damaged copy was never handed out
    seen = answer_dialog(QMessageBox.StandardButton.Ok)
    assert not pane.evidence.save_selected_to(tmp_path / "not.pdf")
    assert not (tmp_path / "not.pdf").exists()


def test_refused_files_are_named_and_the_rest_kept(
    qtbot, ctx, register, tmp_path: Path, answer_dialog
) -> None:
    pane = make_pane(qtbot, ctx, register["asia"].id)
    pane.select_id(register["items"]["pdpa"].id)
    good = tmp_path / "notice.txt"
    good.write_text("PDPA notice v3")
    big = tmp_path / "video.mp4"
    with big.open("wb") as f:
        f.truncate(10 * 1024 * 1024 + 1)
    seen = answer_dialog(QMessageBox.StandardButton.Ok)
    drop_files(pane, [big, good])
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert "video.mp4 is larger than 10 MB" in seen[0].text
    assert pane.evidence.file_names() == ["notice.txt"]

    pane.evidence.files.setCurrentRow(0)
    answer_dialog(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(pane.evidence.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.evidence.file_names() == [])


def test_mark_renewed_creates_the_next_due_date_and_keeps_history(qtbot, ctx, register) -> None:
    pane = make_pane(qtbot, ctx, register["asia"].id)
    permit = register["items"]["permit"]
    pane.select_id(permit.id)
    assert pane.renew_button.isEnabled()
    qtbot.mouseClick(pane.renew_button, Qt.MouseButton.LeftButton)

    successor_id = pane.selected_id()
    assert successor_id not in (None, permit.id)
    successor = register["service"].get(successor_id)
    assert successor.due_date == add_months(days(20), 12)
    assert successor.renewed_from_id == permit.id and successor.status.value == "compliant"
    # The renewed row stays, as history.
    assert cell(pane, permit.id, "status") == "Compliant"
    assert cell(pane, permit.id, "renewal_months").startswith("Renewed ")
    assert cell(pane, permit.id, "last_checked") == cell(pane, successor_id, "last_checked")
    pane.select_id(permit.id)
    assert not pane.renew_button.isEnabled()
    assert "kept as history" in pane.detail.text()


def test_country_view_click_filters_the_table(qtbot, ctx, register) -> None:
    pane = make_pane(qtbot, ctx, register["asia"].id)
    matrix = pane.matrix
    assert matrix.countries() == ["MY", "SG", "TH"]  # TH: Wang Fang's permit
    sg_immigration = matrix.cells[("SG", "immigration")]
    assert (sg_immigration.status.value, sg_immigration.count) == ("at_risk", 2)
    assert matrix.cells[("MY", "tax")].status.value == "non_compliant"
    rect = matrix.cell_rect("SG", "immigration")
    qtbot.mouseClick(matrix.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.country_filter.currentData() == "SG"
    assert pane.category_filter.currentData() == "immigration"
    li = register["reps"]["Li Wei"]
    assert set(shown_ids(pane)) == {register["items"]["permit"].id, -li.id}
    # Another region: its own countries only.
    pane.set_region(register["gulf"].id)
    assert matrix.countries() == ["AE", "SA"][: len(matrix.countries())]
    assert "MY" not in matrix.countries()


def test_new_obligation_with_a_renewal_period(qtbot, ctx, register, answer_dialog) -> None:
    pane = make_pane(qtbot, ctx, register["gulf"].id)

    def fill(dialog) -> None:
        dialog.field("country").setValue("AE")
        dialog.field("category").setValue("immigration")
        qtbot.keyClicks(dialog.field("obligation"), "Emirates ID")
        qtbot.keyClicks(dialog.field("owner"), "PRO office")
        dialog.field("due_date").setValue(days(40))
        dialog.field("renewal_months").setValue(24)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_dialog(answering(fill))
    pane.create()
    created = pane.selected_record()
    assert created is not None and created.obligation == "Emirates ID"
    assert (created.renewal_months, created.region_id) == (24, register["gulf"].id)


def test_export_writes_every_row_shown(qtbot, ctx, register, tmp_path: Path) -> None:
    pane = make_pane(qtbot, ctx, register["asia"].id)
    path = pane.export_table(tmp_path / "compliance.xlsx")
    assert path is not None
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Country", "Category", "Obligation")
    assert len(rows) - 1 == pane.model.total == 6
    assert "Employment pass" in {r[2] for r in rows[1:]}


def test_a_dashboard_obligation_opens_its_row(qtbot, ctx, register) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    dashboard = window.pane("dashboard")
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        window.show()
    tax = register["items"]["tax"]
    row = next(
        r
        for r in range(dashboard.expiring.rowCount())
        if (link := dashboard.expiring.link_at(r)) is not None
        and (link.pane, link.item_id) == ("compliance", tax.id)
    )
    rect = dashboard.expiring.visualRect(dashboard.expiring.model().index(row, 0))
    qtbot.mouseClick(dashboard.expiring.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pane = window.current_pane()
    assert pane.key == "compliance"
    assert pane.selected_id() == tax.id
    assert pane.selected_record().obligation == "Withholding tax"
    window.close()


def test_open_item_clears_filters_hiding_the_row(qtbot, ctx, register) -> None:
    pane = make_pane(qtbot, ctx, register["asia"].id)
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("compliant"))
    agency = register["items"]["agency"]  # another region
    pane.open_item(register["items"]["tax"].id)
    assert pane.selected_id() == register["items"]["tax"].id
    assert pane.status_filter.currentIndex() == 0
    pane.open_item(agency.id)
    assert pane.selected_id() == agency.id
    assert pane.count_label.text() == "Showing one obligation only"
