"""A filled team spreadsheet for the import tests: the template written by the app,
filled with openpyxl as a person would in Excel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from app.io.team_sheet import write_template

# Rows by sheet, each a mapping of header -> value.
TEAM: dict[str, list[dict[str, Any]]] = {
    "Regions": [
        {"name": "South-East Asia", "base_currency": "CNY", "countries": "SG; MY; TH"},
        {"name": "Middle East", "base_currency": "USD", "countries": "AE"},
    ],
    "Managers": [
        {
            "name": "Wang Lei",
            "email": "wang.lei@example.com",
            "role": "regional_manager",
            "time_zone": "Asia/Shanghai",
            "regions": "South-East Asia",
        },
        {
            "name": "Omar Haddad",
            "email": "omar@example.com",
            "role": "Head of sales",
            "time_zone": "Asia/Dubai",
            "regions": "Middle East",
        },
    ],
    "Reps": [
        {
            "name": "Chen Jie",
            "name_zh": "陈杰",
            "email": "chen.jie@example.com",
            "phone": 6591234567,
            "region": "South-East Asia",
            "manager_email": "wang.lei@example.com",
            "country": "SG",
            "city": "Singapore",
            "time_zone": "Asia/Singapore",
            "currency": "SGD",
            "posting_start": dt.date(2025, 3, 1),
            "posting_end": None,
            "focus": "acquisition",
            "languages": "zh; en",
            "work_permit_no": "EP-001",
            "work_permit_expiry": dt.datetime(2027, 2, 28),
        },
        {
            "name": "Siti Rahman",
            "email": "siti@example.com",
            "region": "South-East Asia",
            "manager_email": "wang.lei@example.com",
            "country": "MY",
            "city": "Kuala Lumpur",
            "time_zone": "Asia/Kuala_Lumpur",
            "currency": "MYR",
            "posting_start": "2024-09-15",
            "languages": "ms、en",
        },
        {
            "name": "Karim Nasser",
            "email": "karim@example.com",
            "region": "Middle East",
            "country": "AE",
            "city": "Dubai",
            "time_zone": "Asia/Dubai",
            "currency": "AED",
            "posting_start": "2026-01-05",
            "posting_end": "2027-12-31",
            "focus": "retention",
        },
    ],
    "Exchange rates": [
        {"currency": "SGD", "rate": 5.3, "base_currency": "CNY", "valid_from": "2026-01-01"},
        {"currency": "MYR", "rate": "1.55", "base_currency": "CNY", "valid_from": "2026-01-01"},
        {"currency": "AED", "rate": 0.2723, "base_currency": "USD", "valid_from": "2026-01-01"},
    ],
    "Courses": [
        {
            "title": "Consultative selling",
            "category": "sales_skills",
            "format": "classroom",
            "hours": 16,
            "provider": "Acme Academy",
            "cost": 1200,
            "currency": "SGD",
        },
        {
            "title": "Anti-bribery basics",
            "category": "compliance",
            "format": "online",
            "hours": 1.5,
        },
    ],
}

EXPECTED_CREATED = {"Regions": 2, "Managers": 2, "Reps": 3, "Exchange rates": 3, "Courses": 2}


def fill_workbook(
    path: Path,
    rows: Mapping[str, Sequence[Mapping[str, Any]]] = TEAM,
    headers: Mapping[str, Mapping[str, str]] | None = None,
    sheet_names: Mapping[str, str] | None = None,
) -> Path:
    """Fill the template at ``path`` with ``rows`` (by sheet, header -> value).

    ``headers`` renames header cells per sheet (to try aliases), ``sheet_names`` sheets.
    """
    book = load_workbook(path)
    for sheet_name, sheet_rows in rows.items():
        sheet = book[sheet_name]
        header = [cell.value for cell in sheet[1]]
        for number, row in enumerate(sheet_rows, start=2):
            for key, value in row.items():
                sheet.cell(row=number, column=header.index(key) + 1, value=value)
    for sheet_name, renames in (headers or {}).items():
        for cell in book[sheet_name][1]:
            cell.value = renames.get(cell.value, cell.value)
    for old, new in (sheet_names or {}).items():
        book[old].title = new
    book.save(path)
    return path


def fill_template(
    path: Path,
    rows: Mapping[str, Sequence[Mapping[str, Any]]] = TEAM,
    headers: Mapping[str, Mapping[str, str]] | None = None,
    sheet_names: Mapping[str, str] | None = None,
) -> Path:
    """Write the app's template to ``path`` and fill it (see :func:`fill_workbook`)."""
    write_template(path)
    return fill_workbook(path, rows, headers, sheet_names)
