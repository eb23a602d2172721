"""Exchange rates pasted from a spreadsheet: tab-separated rows read into rate inputs.

A spreadsheet copies a selection as lines of tab-separated cells. The rows are
``currency, rate, base_currency, valid_from`` (the team template's "Exchange
rates" sheet), with an optional header row. Every bad cell is reported as
``row N, column: reason`` (N counts the pasted lines, the header included, so
the user finds it in their selection); :class:`RateService.paste_rates` writes
nothing unless every row is good.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain import messages as m
from app.domain.validation import ValidationError
from app.services.errors import ServiceError

#: The pasted columns in order, as the team template's sheet names them.
COLUMNS = ("currency", "rate", "base_currency", "valid_from")
#: Header cells recognised in the first column (English and Chinese).
_HEADER_FIRST = {"currency", "货币", "币种"}
# The validator's field names -> the pasted column names.
_COLUMN_OF = {"rate_to_base": "rate"}
_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")


@dataclass(frozen=True)
class PastedRate:
    """One good pasted row: its line number and its values."""

    row: int
    currency: str
    rate_to_base: Decimal
    base_currency: str
    valid_from: dt.date


class PasteRefusedError(ServiceError):
    """Some pasted cells are bad; nothing was written. ``errors`` names each cell."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = tuple(errors)
        super().__init__("\n".join(str(error) for error in self.errors))

    def text(self, lang: str) -> str:
        """One line per bad cell, in ``lang`` ("en" or "zh")."""
        return "\n".join(error.full_text(lang) for error in self.errors)


def column_of(field: str) -> str:
    """The pasted column a validator's field is in (``rate_to_base`` -> ``rate``)."""
    return _COLUMN_OF.get(field, field)


def _number(text: str) -> Decimal:
    # Commas only as thousands separators ("1,234.5"): "1,55" could be a decimal
    # comma, and guessing would store a rate a hundred times too big.
    if "," in text and not _GROUPED.match(text):
        raise ValidationError("rate", m.NOT_A_NUMBER_QUOTED(value=text))
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise ValidationError("rate", m.NOT_A_NUMBER_QUOTED(value=text)) from None
    if not value.is_finite():
        raise ValidationError("rate", m.NOT_A_NUMBER_QUOTED(value=text))
    return value


def _date(text: str) -> dt.date:
    match = _DATE.match(text)
    try:
        if match is None:
            raise ValueError(text)
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        raise ValidationError("valid_from", m.NOT_A_DATE(value=text)) from None


def split_rows(text: str) -> list[tuple[int, list[str]]]:
    """The pasted lines as (line number, cells), blank lines left out, the header too."""
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        while len(cells) > len(COLUMNS) and not cells[-1]:
            cells.pop()  # trailing empty cells of a wider selection
        rows.append((number, cells))
    if rows and rows[0][1] and rows[0][1][0].casefold() in _HEADER_FIRST:
        rows.pop(0)
    return rows


def read_cells(number: int, cells: list[str]) -> tuple[dict[str, Any], list[ValidationError]]:
    """One line's values by column, and the errors of the cells that could not be read."""
    if len(cells) != len(COLUMNS):
        message = m.PASTE_CELLS(count=len(COLUMNS), columns=COLUMNS, found=len(cells))
        return {}, [ValidationError("row", message, number)]
    values: dict[str, Any] = dict(zip(COLUMNS, cells, strict=True))
    errors = []
    for column, reader in (("rate", _number), ("valid_from", _date)):
        if not values[column]:
            errors.append(ValidationError(column, m.REQUIRED(), number))
            continue
        try:
            values[column] = reader(values[column])
        except ValidationError as error:
            errors.append(error.at_row(number))
    for column in ("currency", "base_currency"):
        if not values[column]:
            errors.append(ValidationError(column, m.REQUIRED(), number))
    return values, errors


__all__ = ["COLUMNS", "PasteRefusedError", "PastedRate", "column_of", "read_cells", "split_rows"]
