"""The table writer: real numbers and dates in XLSX, UTF-8 with BOM in CSV, no formulas."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.io.table_export import TableExportError, csv_text, sheet_title, write_table

HEADERS = ["Name", "中文名", "Target", "Due", "Starts", "Note"]
STARTS = dt.datetime(2026, 10, 1, 9, 30)
ROWS = [
    ["Li Wei", "李伟", Decimal("30000.0000"), dt.date(2026, 12, 31), STARTS, "=SUM(A1:A9)"],
    ["Zhang Min", None, 12, None, None, "tab\x07bell"],
]


def test_xlsx_keeps_numbers_dates_and_text(tmp_path: Path) -> None:
    path = write_table(tmp_path / "t.xlsx", HEADERS, ROWS, sheet_title="Targets: 2026/Q4")
    book = load_workbook(path)
    sheet = book.active
    assert sheet.title == "Targets  2026 Q4"
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    values = list(sheet.values)
    assert values[0] == tuple(HEADERS)
    assert values[1][:5] == (
        "Li Wei",
        "李伟",
        30000,
        dt.datetime(2026, 12, 31),
        dt.datetime(2026, 10, 1, 9, 30),
    )
    assert sheet["C2"].data_type == "n" and sheet["D2"].number_format == "yyyy-mm-dd"
    # Someone's text that looks like a formula stays text.
    assert sheet["F2"].value == "=SUM(A1:A9)" and sheet["F2"].data_type == "s"
    assert values[2] == ("Zhang Min", None, 12, None, None, "tabbell")


def test_csv_has_a_bom_iso_dates_and_defused_formulas(tmp_path: Path) -> None:
    path = write_table(tmp_path / "t.csv", HEADERS, ROWS)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == HEADERS
    assert rows[1] == ["Li Wei", "李伟", "30000", "2026-12-31", "2026-10-01 09:30", "'=SUM(A1:A9)"]
    assert rows[2][:5] == ["Zhang Min", "", "12", "", ""]


def test_cells_as_csv_text() -> None:
    assert csv_text(Decimal("85.5000")) == "85.5"
    assert csv_text(Decimal("8.68E+9")) == "8680000000"
    assert csv_text(True) == "TRUE"
    assert csv_text("+86 21 5555") == "'+86 21 5555"
    assert csv_text("@home") == "'@home"
    assert csv_text("Ölgaard") == "Ölgaard"


def test_sheet_titles_are_valid() -> None:
    assert sheet_title("One-on-ones") == "One-on-ones"
    assert sheet_title("一对一面谈") == "一对一面谈"
    assert sheet_title("[]:*?/\\") == "Table"
    assert len(sheet_title("x" * 40)) == 31


def test_refuses_other_formats_and_missing_folders(tmp_path: Path) -> None:
    with pytest.raises(TableExportError, match=r"must end in \.xlsx or \.csv"):
        write_table(tmp_path / "t.pdf", HEADERS, ROWS)
    with pytest.raises(TableExportError, match="does not exist"):
        write_table(tmp_path / "nowhere" / "t.csv", HEADERS, ROWS)


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(b"the previous export")
    with pytest.raises(TypeError):
        write_table(path, HEADERS, [[object.__new__(type("Odd", (), {"__str__": None}))]])
    assert path.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["t.xlsx"]
