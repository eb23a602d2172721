"""Numbers, percentages, money and dates as the console writes them, from CLDR.

One formatting source for screens and PDFs alike, so a figure never reads two
ways. The languages are the console's: "en" (CLDR's international English,
en_001) and "zh" (zh_Hans_CN); see :data:`app.domain.geo.LOCALES`.

Rules
-----
* Dates: CLDR's medium pattern: ``12 Oct 2026`` / ``2026年10月12日``; with the
  weekday ``Wed, 21 Oct 2026`` / ``2026年10月21日周三``.
* Months: CLDR's year-month skeleton: ``Oct 2026`` / ``2026年10月``.
* Times: 24-hour ``09:30`` in both languages (the console's managers plan across
  zones; an am/pm clock invites mistakes across midnight).
* Numbers are rounded half up (as people and spreadsheets do, not babel's
  half-even) and grouped by thousands: ``1,234,567.89`` in both languages.
* ``exact=True`` never hides a digit the value has: ``places`` is then the
  least number of decimals shown (a JPY amount of 1234.5 stays 1,234.5).
* Percentages are given in percent (87.5 means 87.5%): ``87.5%``.
* Money uses the currency's minor units (JPY 0, KWD 3) and CLDR's symbol and
  pattern: ``US$1,234.50``, ``SAR 1,234.50``, ``¥1,234.50`` (CNY in Chinese).

Babel's pattern objects are cached per language and precision: these are
called for every visible table cell.
"""

from __future__ import annotations

import datetime as dt
import re
from contextlib import suppress
from copy import copy
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel.dates import format_date as _babel_date
from babel.dates import format_skeleton as _babel_skeleton
from babel.numbers import NumberPattern

from app.domain.geo import cldr_locale, minor_units

Number = Decimal | int


@lru_cache(maxsize=64)
def _pattern(lang: str, kind: str, places: int) -> NumberPattern:
    """The language's CLDR decimal, percent or currency pattern with ``places`` decimals."""
    locale = cldr_locale(lang)
    if kind == "percent":
        base = locale.percent_formats[None]
    elif kind == "currency":
        base = locale.currency_formats["standard"]
    else:
        base = locale.decimal_formats[None]
    pattern = copy(base)
    pattern.frac_prec = (places, places)
    return pattern


def _rounded(value: Number, places: int) -> Decimal:
    return Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _digits(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)")


@lru_cache(maxsize=8192)
def _apply(
    amount: Decimal, lang: str, kind: str, places: int, exact: bool, currency: str | None = None
) -> str:
    # Cached: a table repaints the same figures on every scroll. The text
    # depends only on the value (1.5 and 1.50 read alike here), so equal
    # Decimals may share an entry.
    if exact:
        places = max(places, _digits(amount))
    else:
        amount = _rounded(amount, places)
    pattern = _pattern(lang, kind, places)
    if currency is None:
        return str(pattern.apply(amount, cldr_locale(lang)))
    text = pattern.apply(amount, cldr_locale(lang), currency=currency, currency_digits=False)
    # CLDR's currency spacing, which babel leaves out: a symbol ending in a
    # letter is kept apart from the digits ("SAR 1,234.50", not "SAR1,234.50").
    return _LETTER_DIGIT.sub("\u00a0", str(text), count=1)


def format_number(
    value: Number | None, lang: str, places: int | None = 2, *, exact: bool = False
) -> str:
    """``1,234,567.89``; ``places=None`` shows the digits the value has; "" for None."""
    if value is None:
        return ""
    if places is None:
        return _apply(Decimal(value), lang, "decimal", 0, True)
    return _apply(Decimal(value), lang, "decimal", places, exact)


def format_percent(value: Number | None, lang: str, places: int = 1) -> str:
    """``87.5%`` from 87.5 (a value in percent); "" for None."""
    if value is None:
        return ""
    # Round in percent (half up), then hand the pattern a fraction: it multiplies by 100.
    fraction = _rounded(value, places).scaleb(-2)
    return str(_pattern(lang, "percent", places).apply(fraction, cldr_locale(lang)))


def format_money(amount: Number | None, currency: str, lang: str, *, exact: bool = True) -> str:
    """``US$1,234.50`` / ``SAR 1,234.50`` with the currency's minor units; "" for None.

    ``exact`` (the default) keeps digits beyond the minor units rather than
    rounding money away; ``exact=False`` rounds half up to them.
    """
    if amount is None:
        return ""
    code = currency.strip().upper()
    return _apply(Decimal(amount), lang, "currency", minor_units(code), exact, code)


def format_date(value: dt.date | None, lang: str, *, weekday: bool = False) -> str:
    """``12 Oct 2026`` / ``2026年10月12日``; with ``weekday`` ``Wed, 21 Oct 2026``; "" for None."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return _date(value, lang, weekday)


@lru_cache(maxsize=4096)
def _date(value: dt.date, lang: str, weekday: bool = False) -> str:
    # A pane shows the same few hundred dates over and over while it scrolls.
    if weekday:
        return str(_babel_skeleton("yMMMEd", value, locale=cldr_locale(lang)))
    return str(_babel_date(value, "medium", locale=cldr_locale(lang)))


def format_month(year: int, month: int, lang: str) -> str:
    """``Oct 2026`` / ``2026年10月``."""
    return _month(year, month, lang)


@lru_cache(maxsize=512)
def _month(year: int, month: int, lang: str) -> str:
    return str(_babel_skeleton("yMMM", dt.date(year, month, 1), locale=cldr_locale(lang)))


def _in_zone(moment: dt.datetime, time_zone: str | None) -> dt.datetime:
    if time_zone:
        # An unknown zone (ZoneInfoNotFoundError is a KeyError): show as given rather than fail.
        with suppress(KeyError, ValueError):
            return moment.astimezone(ZoneInfo(time_zone))
    return moment


def format_time(moment: dt.datetime | dt.time | None, time_zone: str | None = None) -> str:
    """The 24-hour clock, in ``time_zone`` when given: ``09:30``; "" for None.

    The same in both languages (CLDR's zh pattern is ``HH:mm`` too), so no ``lang``.
    """
    if moment is None:
        return ""
    if isinstance(moment, dt.datetime):
        moment = _in_zone(moment, time_zone)
    return f"{moment:%H:%M}"


def format_datetime(
    moment: dt.datetime | None, lang: str, time_zone: str | None = None, *, weekday: bool = False
) -> str:
    """Date and 24-hour time, in ``time_zone`` when given: ``12 Oct 2026 09:30``."""
    if moment is None:
        return ""
    moment = _in_zone(moment, time_zone)
    return f"{format_date(moment.date(), lang, weekday=weekday)} {format_time(moment)}"


__all__ = [
    "format_date",
    "format_datetime",
    "format_money",
    "format_month",
    "format_number",
    "format_percent",
    "format_time",
]
