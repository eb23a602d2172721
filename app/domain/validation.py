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

from app.domain import messages as m
from app.domain.geo import is_country, is_currency
from app.domain.message_words import field_label
from app.domain.messages import Text


class ValidationError(ValueError):
    """A value a user can fix, with the field it belongs to (and import row).

    ``message`` is a catalog :class:`~app.domain.messages.Text` (services, so
    the console can say it in Chinese: :meth:`text`) or, where the console
    raises one itself, text already in the console's language. ``message``
    stays the English words, for logs, the CLI and tests; ``said`` is the
    catalog text (None for plain text).
    """

    def __init__(self, field: str, message: Text | str, row: int | None = None) -> None:
        # Passing every attribute to ValueError keeps the error picklable, which
        # matters when it crosses a worker-thread or process boundary.
        super().__init__(field, message, row)
        self.field = field
        self.said = message if isinstance(message, Text) else None
        self.message = str(message)
        self.row = row

    def __str__(self) -> str:
        prefix = f"row {self.row}, " if self.row is not None else ""
        return f"{prefix}{self.field}: {self.message}"

    def text(self, lang: str) -> str:
        """The message (without field or row) in ``lang``, "en" or "zh"."""
        return self.said.text(lang) if self.said is not None else self.message

    def full_text(self, lang: str) -> str:
        """Like ``str()`` in ``lang``: ``第 3 行，电子邮件：…`` / ``row 3, email: …``."""
        if lang != "zh":
            prefix = "" if self.row is None else f"row {self.row}, "
            return f"{prefix}{self.field}: {self.text(lang)}"
        prefix = "" if self.row is None else f"第 {self.row} 行，"
        return f"{prefix}{field_label(self.field, lang)}：{self.text(lang)}"

    def at_row(self, row: int) -> ValidationError:
        """A copy of this error located at an import row."""
        return type(self)(self.field, self.said or self.message, row)

    def renamed(self, field: str) -> ValidationError:
        """A copy of this error on another field (a prefixed or qualified name)."""
        return type(self)(field, self.said or self.message, self.row)


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
        raise ValidationError(field, m.NOT_TEXT(kind=type(value).__name__))
    text = (value or "").strip()
    if not text:
        if required:
            raise ValidationError(field, m.REQUIRED())
        return None
    if len(text) > max_length:
        raise ValidationError(field, m.TOO_LONG(length=len(text), limit=max_length))
    return text


def _code(value: object, field: str, missing: m.Message) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, missing())
    return value.strip().upper()


def require_country(code: str, field: str) -> str:
    """An ISO 3166-1 alpha-2 code, uppercased."""
    norm = _code(code, field, m.COUNTRY_REQUIRED)
    if not is_country(norm):
        raise ValidationError(field, m.NOT_A_COUNTRY(value=norm))
    return norm


def require_currency(code: str, field: str) -> str:
    """A currency in use (legal tender per CLDR, see app.domain.geo), uppercased."""
    norm = _code(code, field, m.CURRENCY_REQUIRED)
    if not is_currency(norm):
        raise ValidationError(field, m.NOT_A_CURRENCY(value=norm))
    return norm


def require_timezone(name: str, field: str) -> str:
    """An IANA time zone name such as "Asia/Shanghai" (case-sensitive)."""
    if not isinstance(name, str) or not name.strip():
        raise ValidationError(field, m.TIME_ZONE_REQUIRED())
    name = name.strip()
    if name not in _timezones():
        raise ValidationError(field, m.NOT_A_TIME_ZONE(value=name))
    return name


def require_range(value: C, low: C, high: C, field: str) -> C:
    """`value` with low <= value <= high."""
    if value is None:
        raise ValidationError(field, m.REQUIRED())
    if value < low or value > high:
        raise ValidationError(field, m.OUTSIDE_RANGE(value=value, low=low, high=high))
    return value


def require_non_negative(value: Decimal, field: str) -> Decimal:
    """A finite Decimal (ints accepted) that is zero or more."""
    # Floats are refused on purpose: money that went through binary floating
    # point has already lost cents, and that is a bug, not a user error.
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"{field}: expected Decimal, got {type(value).__name__}")
    dec = Decimal(value)
    if not dec.is_finite():
        raise ValidationError(field, m.NOT_A_NUMBER(value=value))
    if dec < 0:
        raise ValidationError(field, m.NEGATIVE_NOT_ALLOWED(value=value))
    return dec


def require_email(value: str | None, field: str, required: bool = False) -> str | None:
    """A plausible e-mail address, stripped; blank gives None unless required."""
    text = require_text(value, field, max_length=_EMAIL_MAX, required=required)
    if text is None:
        return None
    if not _EMAIL_RE.match(text):
        raise ValidationError(field, m.NOT_AN_EMAIL(value=text))
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
        raise ValidationError(field, m.NOT_A_DATE(value=cleaned))
    year, _sep, month, day = match.groups()
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise ValidationError(field, m.NOT_A_DATE(value=cleaned)) from None


def require_date_order(
    start: date | None, end: date | None, start_field: str, end_field: str
) -> None:
    """Refuse an end before its start; a missing date means open-ended."""
    if start is not None and end is not None and end < start:
        raise ValidationError(
            end_field, m.BEFORE_FIELD(value=end.isoformat(), start_field=start_field)
        )


def require_choice(value: E | str, enum_cls: type[E], field: str) -> E:
    """The enum member for `value`, which may be the member or its value."""
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, str):
        try:
            return enum_cls(value.strip())
        except ValueError:
            pass
    raise ValidationError(field, m.NOT_ONE_OF(value=value, allowed=tuple(enum_cls)))
