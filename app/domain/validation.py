"""Field validation that raises one error type naming the offending field.

Services call these helpers before writing; importers add the row number so a
user can find the bad line in their spreadsheet.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, Protocol, TypeVar
from zoneinfo import available_timezones

from app.domain.geo import is_country, is_currency


class ValidationError(ValueError):
    """A value a user can fix, with the field it belongs to (and import row)."""

    def __init__(self, field: str, message: str, row: int | None = None) -> None:
        # Passing every attribute to ValueError keeps the error picklable, which
        # matters when it crosses a worker-thread or process boundary.
        super().__init__(field, message, row)
        self.field = field
        self.message = message
        self.row = row

    def __str__(self) -> str:
        prefix = f"row {self.row}, " if self.row is not None else ""
        return f"{prefix}{self.field}: {self.message}"

    def at_row(self, row: int) -> ValidationError:
        """A copy of this error located at an import row."""
        return type(self)(self.field, self.message, row)


class _Comparable(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...
    def __gt__(self, other: Any, /) -> bool: ...


C = TypeVar("C", bound=_Comparable)
E = TypeVar("E", bound=Enum)

# Deliberately loose: one "@", a dot in the domain, no spaces. Real checking
# is the mail server's job; this only catches typos such as a missing "@".
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_EMAIL_MAX = 254  # RFC 5321 path limit


@cache
def _timezones() -> frozenset[str]:
    # available_timezones() walks the tzdata tree on every call; cache it.
    return frozenset(available_timezones())


def require_text(
    value: str | None, field: str, *, max_length: int = 200, required: bool = True
) -> str | None:
    """Stripped text; blank is an error when required, else None."""
    if value is not None and not isinstance(value, str):
        raise ValidationError(field, f"must be text, not {type(value).__name__}")
    text = (value or "").strip()
    if not text:
        if required:
            raise ValidationError(field, "is required")
        return None
    if len(text) > max_length:
        raise ValidationError(field, f"is {len(text)} characters long; at most {max_length}")
    return text


def _code(value: object, field: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, f"{what} is required")
    return value.strip().upper()


def require_country(code: str, field: str) -> str:
    """An ISO 3166-1 alpha-2 code, uppercased."""
    norm = _code(code, field, "a country code")
    if not is_country(norm):
        raise ValidationError(field, f"{norm!r} is not an ISO 3166 country code")
    return norm


def require_currency(code: str, field: str) -> str:
    """A currency in use (legal tender per CLDR, see app.domain.geo), uppercased."""
    norm = _code(code, field, "a currency code")
    if not is_currency(norm):
        raise ValidationError(field, f"{norm!r} is not an ISO 4217 currency code")
    return norm


def require_timezone(name: str, field: str) -> str:
    """An IANA time zone name such as "Asia/Shanghai" (case-sensitive)."""
    if not isinstance(name, str) or not name.strip():
        raise ValidationError(field, "a time zone is required")
    name = name.strip()
    if name not in _timezones():
        raise ValidationError(field, f"{name!r} is not an IANA time zone")
    return name


def require_range(value: C, low: C, high: C, field: str) -> C:
    """`value` with low <= value <= high."""
    if value is None:
        raise ValidationError(field, "is required")
    if value < low or value > high:
        raise ValidationError(field, f"{value} is outside {low}–{high}")
    return value


def require_non_negative(value: Decimal, field: str) -> Decimal:
    """A finite Decimal (ints accepted) that is zero or more."""
    # Floats are refused on purpose: money that went through binary floating
    # point has already lost cents, and that is a bug, not a user error.
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"{field}: expected Decimal, got {type(value).__name__}")
    dec = Decimal(value)
    if not dec.is_finite():
        raise ValidationError(field, f"{value} is not a number")
    if dec < 0:
        raise ValidationError(field, f"{value} is negative; it must be zero or more")
    return dec


def require_email(value: str | None, field: str, required: bool = False) -> str | None:
    """A plausible e-mail address, stripped; blank gives None unless required."""
    text = require_text(value, field, max_length=_EMAIL_MAX, required=required)
    if text is None:
        return None
    if not _EMAIL_RE.match(text):
        raise ValidationError(field, f"{text!r} is not an e-mail address")
    return text


# Year, month and day in that order, as typed in a date field or a spreadsheet
# cell: 2026-03-31, 2026/3/31, 2026.03.31 (the separators people use in China
# and in ISO 8601). Anything else is not guessed at.
_DATE_TEXT_RE = re.compile(r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$")


def parse_date_text(text: str | None, field: str) -> date | None:
    """The date typed as ``text``; blank gives None.

    Text that is not a real calendar date (``2026-13-45``, ``2026-02-30``,
    ``abc``) raises :class:`ValidationError`: it is never rolled over or
    clamped into another date.
    """
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    match = _DATE_TEXT_RE.match(cleaned)
    if match is None:
        raise ValidationError(field, f"{cleaned!r} is not a date (YYYY-MM-DD)")
    year, _sep, month, day = match.groups()
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise ValidationError(field, f"{cleaned!r} is not a date (YYYY-MM-DD)") from None


def require_date_order(
    start: date | None, end: date | None, start_field: str, end_field: str
) -> None:
    """Refuse an end before its start; a missing date means open-ended."""
    if start is not None and end is not None and end < start:
        raise ValidationError(end_field, f"{end.isoformat()} is before {start_field}")


def require_choice(value: E | str, enum_cls: type[E], field: str) -> E:
    """The enum member for `value`, which may be the member or its value."""
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, str):
        try:
            return enum_cls(value.strip())
        except ValueError:
            pass
    allowed = ", ".join(str(m.value) for m in enum_cls)
    raise ValidationError(field, f"{value!r} is not one of {allowed}")
