"""The team spreadsheet file: the template's sheets and headers, and reading cells."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.io.team_sheet import TeamSheetError, header_key, read_team_sheet, write_template
from app.services.team_rows import SHEETS
from tests.io.team_workbook import fill_template

EXPECTED_HEADERS = {
    "Regions": ["name", "base_currency", "countries"],
    "Managers": ["name", "email", "role", "time_zone", "regions"],
    "Reps": [
        "name",
        "name_zh",
        "email",
        "phone",
        "region",
        "manager_email",
        "country",
        "city",
        "time_zone",
        "currency",
        "posting_start",
        "posting_end",
        "focus",
        "languages",
        "work_permit_no",
        "work_permit_expiry",
    ],
    "Exchange rates": ["currency", "rate", "base_currency", "valid_from"],
    "Courses": ["title", "category", "format", "hours", "provider", "cost", "currency"],
}


def test_template_has_the_sheets_headers_and_notes(tmp_path: Path) -> None:
    book = load_workbook(write_template(tmp_path / "team.xlsx"))
    assert book.sheetnames == list(EXPECTED_HEADERS)
    for name, headers in EXPECTED_HEADERS.items():
        sheet = book[name]
        assert [cell.value for cell in sheet[1]] == headers
        assert sheet.max_row == 1  # nothing but the header: the notes are comments
    notes = {c.value: c.comment.text for c in book["Reps"][1]}
    assert "YYYY-MM-DD" in notes["posting_start"]
    assert "、" in notes["languages"]
    assert "acquisition, retention, both" in notes["focus"]
    assert "required" in notes["email"]


def test_reads_kinds_of_cells(tmp_path: Path) -> None:
    rows = read_team_sheet(fill_template(tmp_path / "team.xlsx"))
    assert rows.errors == ()
    chen, siti, _ = rows.rows("Reps")
    assert chen.number == 2
    assert chen.cells["phone"] == "6591234567"
    assert chen.cells["posting_start"] == dt.date(2025, 3, 1)
    assert chen.cells["work_permit_expiry"] == dt.date(2027, 2, 28)
    assert chen.cells["posting_end"] is None
    assert chen.cells["languages"] == ("zh", "en")
    assert siti.cells["languages"] == ("ms", "en")
    assert siti.cells["posting_start"] == dt.date(2024, 9, 15)
    assert [r.cells["rate"] for r in rows.rows("Exchange rates")] == [
        Decimal("5.3"),
        Decimal("1.55"),
        Decimal("0.2723"),
    ]
    assert rows.rows("Regions")[0].cells["countries"] == ("SG", "MY", "TH")


def test_unreadable_cells_and_headers_are_named(tmp_path: Path) -> None:
    path = fill_template(
        tmp_path / "team.xlsx",
        {
            "Exchange rates": [
                {"currency": "SGD", "rate": "five", "base_currency": "CNY", "valid_from": "1/2/26"}
            ]
        },
        headers={"Courses": {"provider": "Vendor"}},
    )
    rows = read_team_sheet(path)
    assert [str(e) for e in rows.errors] == [
        "Exchange rates, row 2, rate: 'five' is not a number",
        "Exchange rates, row 2, valid_from: '1/2/26' is not a date (YYYY-MM-DD)",
        "Courses, row 1, Vendor: is not a column of this sheet",
    ]
    assert rows.rows("Exchange rates")[0].bad == {"rate", "valid_from"}


def test_chinese_headers_and_sheet_names(tmp_path: Path) -> None:
    assert header_key("国家", "Reps") == "country"
    assert header_key("国家", "Regions") == "countries"
    assert header_key("区域", "Managers") == "regions"
    assert header_key("Base Currency", "Regions") == "base_currency"
    assert header_key("nonsense", "Reps") is None
    path = fill_template(
        tmp_path / "team.xlsx",
        headers={"Reps": {"name": "姓名", "email": "邮箱", "city": "城市", "currency": "币种"}},
        sheet_names={"Reps": "销售代表"},
    )
    rows = read_team_sheet(path)
    assert rows.errors == ()
    assert rows.rows("Reps")[0].cells["name"] == "Chen Jie"
    assert rows.rows("Reps")[0].cells["city"] == "Singapore"


def test_a_file_that_is_not_a_team_sheet_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "team.xlsx"
    text.write_text("name,email\n", encoding="utf-8")
    with pytest.raises(TeamSheetError, match="cannot be read"):
        read_team_sheet(text)
    with pytest.raises(TeamSheetError, match="cannot be read"):
        read_team_sheet(tmp_path / "missing.xlsx")
    book_path = tmp_path / "other.xlsx"
    write_template(book_path)
    book = load_workbook(book_path)
    for name in SHEETS:
        book[name].title = f"x{name}"[:30]
    book.save(book_path)
    with pytest.raises(TeamSheetError, match="has none of the sheets"):
        read_team_sheet(book_path)
