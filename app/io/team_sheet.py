"""The team spreadsheet as an XLSX file: the blank template, and reading a filled one.

Reading only turns cells into plain values (text, dates, decimals, lists) and
names the cells it cannot read; what the values mean is checked by
:mod:`app.services.team_import`. Headers may be the English column names of
the template (any case, spaces for underscores) or a Chinese alias.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from app.domain import messages as m
from app.domain.messages import Text
from app.domain.validation import ValidationError
from app.services.team_rows import (
    COURSES,
    MANAGERS,
    RATES,
    REGIONS,
    REPS,
    SHEETS,
    CellError,
    ColumnSpec,
    Kind,
    SheetRow,
    TeamRows,
)

#: Chinese sheet names accepted for the English ones.
SHEET_ALIASES: dict[str, str] = {
    "区域": REGIONS,
    "经理": MANAGERS,
    "销售代表": REPS,
    "销售": REPS,
    "汇率": RATES,
    "课程": COURSES,
}

#: Chinese headers accepted for the column keys. A key ending in "s" is also
#: reached by its singular alias (国家 is ``country`` on Reps, ``countries`` on Regions).
HEADER_ALIASES: dict[str, str] = {
    "姓名": "name",
    "名称": "name",
    "区域名称": "name",
    "中文名": "name_zh",
    "中文姓名": "name_zh",
    "邮箱": "email",
    "电子邮件": "email",
    "电话": "phone",
    "手机": "phone",
    "区域": "region",
    "本位币": "base_currency",
    "基准币种": "base_currency",
    "国家": "country",
    "角色": "role",
    "时区": "time_zone",
    "经理邮箱": "manager_email",
    "城市": "city",
    "币种": "currency",
    "货币": "currency",
    "派驻开始": "posting_start",
    "派驻结束": "posting_end",
    "重点": "focus",
    "业务重点": "focus",
    "语言": "languages",
    "工作许可证号": "work_permit_no",
    "工作许可到期": "work_permit_expiry",
    "汇率": "rate",
    "生效日期": "valid_from",
    "课程名称": "title",
    "标题": "title",
    "类别": "category",
    "形式": "format",
    "学时": "hours",
    "提供方": "provider",
    "费用": "cost",
}

# Lists: ";" or "、" as the template says, and "," (or full-width forms) as people type.
_LIST_SEPARATORS = re.compile(r"[;；、,，]")


class TeamSheetError(Exception):
    """The file cannot be read as a team spreadsheet at all (not XLSX, no known sheet).

    Raised with a catalog text: ``str()`` is English, :meth:`text` either language.
    """

    def __init__(self, said: Text) -> None:
        super().__init__(said)
        self.said = said

    def __str__(self) -> str:
        return str(self.said)

    def text(self, lang: str) -> str:
        return self.said.text(lang)


def write_template(path: Path) -> Path:
    """Write the blank team spreadsheet: one sheet per kind, a header row with notes."""
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for sheet_name, specs in SHEETS.items():
        sheet = book.create_sheet(sheet_name)
        for index, spec in enumerate(specs, start=1):
            cell = sheet.cell(row=1, column=index, value=spec.key)
            cell.font = Font(bold=True)
            cell.comment = Comment(_note(spec), "Outpost")
            sheet.column_dimensions[get_column_letter(index)].width = max(14, len(spec.key) + 4)
        sheet.freeze_panes = "A2"
    book.save(path)
    return path


def _note(spec: ColumnSpec) -> str:
    words = [spec.note] if spec.note else []
    words.append("required" if spec.required else "optional")
    return "; ".join(words)


def read_team_sheet(path: Path) -> TeamRows:
    """The rows of every known sheet in ``path``, with the cells that could not be read."""
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise TeamSheetError(m.NOT_A_WORKBOOK(path=str(path), reason=str(exc))) from exc
    try:
        sheets: dict[str, tuple[SheetRow, ...]] = {}
        errors: list[CellError] = []
        for title in book.sheetnames:
            name = title.strip() if title.strip() in SHEETS else SHEET_ALIASES.get(title.strip())
            if name is None or name in sheets:
                continue
            sheets[name] = _read_sheet(name, list(book[title].iter_rows(values_only=True)), errors)
    finally:
        book.close()
    if not sheets:
        known = ", ".join(SHEETS)
        raise TeamSheetError(m.NO_KNOWN_SHEET(path=str(path), known=known))
    return TeamRows(sheets, tuple(errors))


def header_key(header: object, sheet: str) -> str | None:
    """The column key a header names on ``sheet``, or None."""
    if header is None:
        return None
    text = str(header).strip()
    keys = {spec.key for spec in SHEETS[sheet]}
    key = HEADER_ALIASES.get(text, text.lower().replace(" ", "_").replace("-", "_"))
    if key not in keys:
        plural = f"{key[:-1]}ies" if key.endswith("y") else f"{key}s"
        key = plural if plural in keys else key
    return key if key in keys else None


def _read_sheet(
    name: str, rows: list[tuple[Any, ...]], errors: list[CellError]
) -> tuple[SheetRow, ...]:
    if not rows:
        return ()
    specs = {spec.key: spec for spec in SHEETS[name]}
    columns: list[str | None] = []
    for header in rows[0]:
        key = header_key(header, name)
        if key is None and header not in (None, ""):
            errors.append(CellError.of(name, 1, str(header), m.NOT_A_COLUMN()))
        elif key is not None and key in columns:
            errors.append(CellError.of(name, 1, str(header), m.APPEARS_TWICE(value=key)))
            key = None
        columns.append(key)
    out = []
    for number, values in enumerate(rows[1:], start=2):
        if all(_blank(value) for value in values):
            continue
        cells: dict[str, Any] = {}
        raw: dict[str, Any] = {}
        for key, value in zip(columns, values, strict=False):
            if key is None:
                continue
            try:
                cells[key] = _read_cell(value, specs[key].kind)
            except ValidationError as exc:
                errors.append(CellError.of(name, number, key, exc.said or exc.message))
                raw[key] = value
        out.append(SheetRow(number, cells, frozenset(raw), raw))
    return tuple(out)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_cell(value: object, kind: Kind) -> Any:
    """The cell as its column's kind; None when blank; a ValidationError saying why not."""
    if _blank(value):
        return None
    if kind is Kind.DATE:
        return _date(value)
    if kind is Kind.NUMBER:
        return _decimal(value)
    text = _text(value)
    if kind is Kind.LIST:
        return tuple(part.strip() for part in _LIST_SEPARATORS.split(text) if part.strip())
    return text


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number typed as a number
    if isinstance(value, dt.datetime | dt.date):
        raise ValidationError("cell", m.DATE_NOT_TEXT(value=value))
    return str(value).strip()


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            raise ValidationError("cell", m.HAS_TIME_OF_DAY(value=value))
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError("cell", m.NOT_A_DATE(value=text)) from None


def _decimal(value: object) -> Decimal:
    if isinstance(value, bool):
        raise ValidationError("cell", m.NOT_A_NUMBER(value=value))
    # str() of a float is its shortest round-trip form: 5.3, not 5.29999…
    text = str(value).strip().replace(",", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValidationError("cell", m.NOT_A_NUMBER_QUOTED(value=text)) from None
    if not number.is_finite():
        raise ValidationError("cell", m.NOT_A_NUMBER_QUOTED(value=text))
    return number


__all__ = [
    "HEADER_ALIASES",
    "SHEET_ALIASES",
    "TeamSheetError",
    "header_key",
    "read_team_sheet",
    "write_template",
]
