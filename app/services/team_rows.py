"""The team spreadsheet's shape: its sheets, their columns, and the rows read from it.

The XLSX reader (:mod:`app.io.team_sheet`) turns cells into these plain rows;
the import use case (:mod:`app.services.team_import`) validates and writes
them. Both, and the template writer, take the sheet and column names from here.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.enums import CourseCategory, CourseFormat, Focus, ManagerRole
from app.domain.messages import Text


class Kind(enum.Enum):
    """How a column's cells are read."""

    TEXT = "text"
    DATE = "date"
    NUMBER = "number"
    LIST = "list"


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    kind: Kind = Kind.TEXT
    required: bool = False
    #: What the template's note on the header says about the format.
    note: str = ""


def _choices(enum_cls: type[enum.Enum]) -> str:
    return "one of " + ", ".join(str(m.value) for m in enum_cls)


_DATE = "a date, YYYY-MM-DD"
_LIST = "several values separated by ; or 、"

REGIONS = "Regions"
MANAGERS = "Managers"
REPS = "Reps"
RATES = "Exchange rates"
COURSES = "Courses"

#: Every sheet in the order it is imported (later sheets refer to earlier ones).
SHEETS: dict[str, tuple[ColumnSpec, ...]] = {
    REGIONS: (
        ColumnSpec("name", required=True, note="the region's name; rows are matched by it"),
        ColumnSpec("base_currency", required=True, note="ISO 4217 code, e.g. CNY"),
        ColumnSpec("countries", Kind.LIST, note=f"ISO 3166 codes, e.g. SG; MY ({_LIST})"),
    ),
    MANAGERS: (
        ColumnSpec("name", required=True),
        ColumnSpec("email", required=True, note="rows are matched by e-mail"),
        ColumnSpec("role", note=_choices(ManagerRole) + "; blank: regional_manager"),
        ColumnSpec("time_zone", required=True, note="IANA time zone, e.g. Asia/Shanghai"),
        ColumnSpec("regions", Kind.LIST, note="the region the manager leads (its name)"),
    ),
    REPS: (
        ColumnSpec("name", required=True),
        ColumnSpec("name_zh", note="Chinese name, optional"),
        ColumnSpec("email", required=True, note="rows are matched by e-mail"),
        ColumnSpec("phone"),
        ColumnSpec("region", required=True, note="a region's name (Regions sheet or database)"),
        ColumnSpec("manager_email", note="a manager's e-mail (Managers sheet or database)"),
        ColumnSpec("country", required=True, note="ISO 3166 code of the posting, e.g. MY"),
        ColumnSpec("city", required=True),
        ColumnSpec("time_zone", required=True, note="IANA time zone, e.g. Asia/Kuala_Lumpur"),
        ColumnSpec("currency", required=True, note="ISO 4217 code, e.g. MYR"),
        ColumnSpec("posting_start", Kind.DATE, required=True, note=_DATE),
        ColumnSpec("posting_end", Kind.DATE, note=_DATE + "; blank: open-ended"),
        ColumnSpec("focus", note=_choices(Focus) + "; blank: both"),
        ColumnSpec("languages", Kind.LIST, note=f"language codes, e.g. zh; en ({_LIST})"),
        ColumnSpec("work_permit_no"),
        ColumnSpec("work_permit_expiry", Kind.DATE, note=_DATE),
    ),
    RATES: (
        ColumnSpec("currency", required=True, note="ISO 4217 code, e.g. SGD"),
        ColumnSpec("rate", Kind.NUMBER, required=True, note="base units one unit buys, e.g. 5.3"),
        ColumnSpec("base_currency", required=True, note="ISO 4217 code, e.g. CNY"),
        ColumnSpec("valid_from", Kind.DATE, required=True, note=_DATE),
    ),
    COURSES: (
        ColumnSpec("title", required=True, note="rows are matched by title"),
        ColumnSpec("category", required=True, note=_choices(CourseCategory)),
        ColumnSpec("format", required=True, note=_choices(CourseFormat)),
        ColumnSpec("hours", Kind.NUMBER, required=True, note="more than 0"),
        ColumnSpec("provider"),
        ColumnSpec("cost", Kind.NUMBER, note="list price per participant, optional"),
        ColumnSpec("currency", note="ISO 4217 code of the cost; required with a cost"),
    ),
}


@dataclass(frozen=True)
class CellError:
    """One bad cell (or a bad header, row 1), as the user finds it in the file."""

    sheet: str
    row: int
    column: str
    #: Why, in English (logs, the CLI); ``said`` is the same as a catalog text.
    reason: str
    said: Text | None = field(default=None, compare=False)

    @classmethod
    def of(cls, sheet: str, row: int, column: str, reason: Text | str) -> CellError:
        """The error with ``reason``, a catalog text (or, from elsewhere, plain text)."""
        return cls(sheet, row, column, str(reason), reason if isinstance(reason, Text) else None)

    def __str__(self) -> str:
        return f"{self.sheet}, row {self.row}, {self.column}: {self.reason}"

    def text(self, lang: str) -> str:
        """The reason in ``lang`` ("en" or "zh")."""
        return self.said.text(lang) if self.said is not None else self.reason


@dataclass(frozen=True)
class SheetRow:
    """One filled row: its number in the sheet and its values by column key.

    Values are read as their column's kind: text (str), a date, a Decimal,
    or a tuple of str; a blank cell is None. Cells the reader could not read
    are left out of ``cells`` and listed in ``bad``.
    """

    number: int
    cells: Mapping[str, Any]
    bad: frozenset[str] = frozenset()
    #: The unreadable cells as they are in the file, so a preview can show them.
    raw: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TeamRows:
    """Everything read from a team spreadsheet, with the cells that could not be read."""

    sheets: Mapping[str, tuple[SheetRow, ...]]
    errors: tuple[CellError, ...] = ()

    def rows(self, sheet: str) -> tuple[SheetRow, ...]:
        return tuple(self.sheets.get(sheet, ()))


@dataclass(frozen=True)
class SheetCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


class RowStatus(enum.Enum):
    """What the import does (or would do) with one row of the file."""

    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    #: The row has bad cells (listed in the report's errors).
    ERROR = "error"
    #: The row refers to a row that has bad cells, so it could not be checked.
    SKIPPED = "skipped"


@dataclass(frozen=True)
class RowOutcome:
    """One row's status; for an update, the columns whose stored value changes."""

    sheet: str
    row: int
    status: RowStatus
    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, refused or dry, would have done).

    ``rows`` has one outcome per filled row of the file, sheet by sheet in
    file order; ``counts`` sums them per sheet.
    """

    counts: Mapping[str, SheetCounts]
    errors: tuple[CellError, ...] = ()
    dry_run: bool = False
    written: bool = False
    rows: tuple[RowOutcome, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    def outcomes(self, sheet: str) -> tuple[RowOutcome, ...]:
        return tuple(outcome for outcome in self.rows if outcome.sheet == sheet)


__all__ = [
    "COURSES",
    "MANAGERS",
    "RATES",
    "REGIONS",
    "REPS",
    "SHEETS",
    "CellError",
    "ColumnSpec",
    "ImportReport",
    "Kind",
    "RowOutcome",
    "RowStatus",
    "SheetCounts",
    "SheetRow",
    "TeamRows",
]
