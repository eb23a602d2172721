"""A table of rows as an XLSX workbook or a CSV file, for Excel and for scripts.

The caller gives the header texts and rows of plain Python values (text,
numbers, ``Decimal``, dates, naive datetimes, None); this module only writes
them. The file's suffix picks the format:

- ``.xlsx``: one sheet, the header row bold and frozen, numbers and dates as
  real numbers and dates (so Excel sums and sorts them), text never read as a
  formula.
- ``.csv``: UTF-8 with a byte-order mark (``utf-8-sig``), which is what makes
  Excel open Chinese text correctly instead of guessing a legacy code page;
  dates in ISO form; a text cell that Excel would run as a formula is
  prefixed with an apostrophe (OWASP's advice against CSV injection).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

#: The formats written, by file suffix.
FORMATS = (".xlsx", ".csv")
#: Excel's limit on a sheet's name.
SHEET_TITLE_MAX = 31
#: Column widths (in characters) the XLSX sheet stays within.
MIN_WIDTH, MAX_WIDTH = 6, 60
#: How many rows are measured to size the columns (the rest follow the same shape).
MEASURED_ROWS = 500

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SHEET_TITLE_BAD = str.maketrans({c: " " for c in "[]:*?/\\"})


class TableExportError(ValueError):
    """The output cannot be written as asked (the message names the file)."""


def table_format(path: Path) -> str:
    """ ".xlsx" or ".csv" for ``path``; a TableExportError for any other suffix."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise TableExportError(f"{path.name}: the file name must end in .xlsx or .csv")
    return suffix


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    sheet_title: str = "Table",
) -> Path:
    """Write ``headers`` and ``rows`` to ``path`` (XLSX or CSV by suffix); the path.

    The file is written beside its target and moved into place at the end, so
    a failed export never leaves half a file where the user looks for it.
    """
    suffix = table_format(path)
    if not path.parent.is_dir():
        raise TableExportError(f"{path}: the folder {path.parent} does not exist")
    handle, temporary = tempfile.mkstemp(suffix=suffix, prefix=".export-", dir=path.parent)
    os.close(handle)
    try:
        if suffix == ".xlsx":
            _write_xlsx(Path(temporary), headers, rows, sheet_title)
        else:
            _write_csv(Path(temporary), headers, rows)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


# -- CSV -------------------------------------------------------------------------------


def csv_text(value: Any) -> str:
    """A cell as CSV text: ISO dates, plain decimals, formulas defused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        # Stored quantities carry four places; "85" reads better than "85.0000".
        return format(value.normalize(), "f") if value.is_finite() else str(value)
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([csv_text(h) for h in headers])
        writer.writerows([csv_text(v) for v in row] for row in rows)


# -- XLSX ------------------------------------------------------------------------------


def xlsx_value(value: Any) -> Any:
    """A cell value openpyxl writes as Excel means it: numbers, dates, clean text."""
    if value is None or isinstance(value, bool | int | float | Decimal):
        return value
    if isinstance(value, dt.datetime):
        # Excel has no time zones: an aware time is written as text, whole.
        return value if value.tzinfo is None else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value
    # Control characters make the workbook unreadable; they are never meant.
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def sheet_title(text: str) -> str:
    """``text`` as a valid sheet name: no []:*?/\\, at most 31 characters."""
    cleaned = text.translate(_SHEET_TITLE_BAD).strip().strip("'")
    return cleaned[:SHEET_TITLE_MAX] or "Table"


def _cell_width(value: Any) -> int:
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    text = str(value) if value is not None else ""
    # A Chinese character takes about two Latin widths.
    return sum(2 if ord(c) > 0x2E7F else 1 for c in text)


def _widths(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[int]:
    widths = [_cell_width(h) for h in headers]
    for row in rows[:MEASURED_ROWS]:
        for index, value in enumerate(row[: len(widths)]):
            widths[index] = max(widths[index], _cell_width(value))
    return [min(max(w + 2, MIN_WIDTH), MAX_WIDTH) for w in widths]


def _write_xlsx(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], title: str
) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_title(title))
    # Write-only sheets take their layout before the first row.
    sheet.freeze_panes = "A2"
    for index, width in enumerate(_widths(headers, rows), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=xlsx_value(text))
        cell.font = bold
        cell.data_type = "s"
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    book.save(path)


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    value = xlsx_value(value)
    if isinstance(value, dt.datetime | dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATETIME_FORMAT if isinstance(value, dt.datetime) else DATE_FORMAT
        return cell
    if isinstance(value, str) and value.startswith("="):
        # openpyxl would store it as a formula; it is someone's text.
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


__all__ = [
    "FORMATS",
    "TableExportError",
    "csv_text",
    "sheet_title",
    "table_format",
    "write_table",
    "xlsx_value",
]
