"""Locale-aware numbers, percentages, money and dates (CLDR through babel)."""

import datetime as dt
from decimal import Decimal as D

import pytest

from app.domain.formats import (
    format_date,
    format_datetime,
    format_money,
    format_month,
    format_number,
    format_percent,
    format_time,
)

NBSP = "\u00a0"


def test_dates_in_both_languages() -> None:
    day = dt.date(2026, 10, 12)
    assert format_date(day, "en") == "12 Oct 2026"
    assert format_date(day, "zh") == "2026年10月12日"
    assert format_date(dt.date(2027, 1, 5), "en") == "5 Jan 2027"
    assert format_date(None, "en") == ""


def test_date_and_time_in_a_zone() -> None:
    moment = dt.datetime(2026, 10, 12, 1, 30, tzinfo=dt.UTC)
    assert format_datetime(moment, "en", "Asia/Riyadh") == "12 Oct 2026 04:30"
    assert format_datetime(moment, "zh", "Asia/Shanghai") == "2026年10月12日 09:30"
    # The evening before in New York: the date follows the zone.
    assert format_datetime(moment, "en", "America/New_York") == "11 Oct 2026 21:30"
    assert format_datetime(moment, "en", "Mars/Olympus") == "12 Oct 2026 01:30"
    assert format_datetime(None, "zh") == ""


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_numbers_round_half_up_and_group_thousands(lang: str) -> None:
    assert format_number(D("1234567.891"), lang) == "1,234,567.89"
    assert format_number(D("2.345"), lang) == "2.35"  # half up, not half even
    assert format_number(D("2.5"), lang, 0) == "3"
    assert format_number(D("-1234.5"), lang, 2) == "-1,234.50"
    assert format_number(42, lang, 0) == "42"
    assert format_number(None, lang) == ""


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_exact_numbers_keep_their_digits(lang: str) -> None:
    assert format_number(D("1234.5"), lang, 0, exact=True) == "1,234.5"
    assert format_number(D("1234.5"), lang, 2, exact=True) == "1,234.50"
    assert format_number(D("40.000"), lang, None) == "40"
    assert format_number(D("12345.6700"), lang, None) == "12,345.67"
    assert format_number(D("0.125"), lang, None) == "0.125"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_percentages(lang: str) -> None:
    assert format_percent(D("87.5"), lang) == "87.5%"
    assert format_percent(D("87.55"), lang) == "87.6%"
    assert format_percent(D("1234"), lang, 0) == "1,234%"
    assert format_percent(None, lang) == ""


def test_money_uses_the_currencys_minor_units() -> None:
    assert format_money(D("1234.5"), "USD", "en") == "US$1,234.50"
    assert format_money(D("1234.5"), "SAR", "zh") == f"SAR{NBSP}1,234.50"
    assert format_money(D("1234"), "JPY", "en") == "JP¥1,234"
    assert format_money(D("1234.5"), "KWD", "en") == f"KWD{NBSP}1,234.500"
    assert format_money(D("-20"), "AED", "en") == f"-AED{NBSP}20.00"
    # The yuan is plain ¥ in Chinese, CN¥ in English.
    assert format_money(D("88"), "CNY", "zh") == "¥88.00"
    assert format_money(D("88"), "CNY", "en") == "CN¥88.00"
    # Digits beyond the minor units are shown, not rounded away, unless asked.
    assert format_money(D("1234.5"), "JPY", "en") == "JP¥1,234.5"
    assert format_money(D("1234.5"), "JPY", "en", exact=False) == "JP¥1,235"
    assert format_money(None, "USD", "en") == ""


def test_dates_with_their_weekday() -> None:
    day = dt.date(2026, 10, 21)
    assert format_date(day, "en", weekday=True) == "Wed, 21 Oct 2026"
    assert format_date(day, "zh", weekday=True) == "2026年10月21日周三"
    # A datetime reads as its date, not as a wall-clock instant.
    assert format_date(dt.datetime(2026, 10, 21, 23, 59), "en") == "21 Oct 2026"
    assert format_date(None, "en", weekday=True) == ""


def test_months() -> None:
    assert format_month(2026, 10, "en") == "Oct 2026"
    assert format_month(2026, 10, "zh") == "2026年10月"
    assert format_month(2027, 1, "en") == "Jan 2027"
    assert format_month(2027, 1, "zh") == "2027年1月"


def test_times_are_24_hour_in_a_zone() -> None:
    moment = dt.datetime(2026, 10, 12, 13, 5, tzinfo=dt.UTC)
    assert format_time(moment) == "13:05"
    assert format_time(moment, "Asia/Shanghai") == "21:05"
    assert format_time(moment, "Mars/Olympus") == "13:05"
    assert format_time(dt.time(7, 0)) == "07:00"
    assert format_time(None) == ""


def test_date_time_with_weekday() -> None:
    moment = dt.datetime(2026, 10, 21, 8, 0, tzinfo=dt.UTC)
    madrid = format_datetime(moment, "en", "Europe/Madrid", weekday=True)
    assert madrid == "Wed, 21 Oct 2026 10:00"
    shanghai = format_datetime(moment, "zh", "Asia/Shanghai", weekday=True)
    assert shanghai == "2026年10月21日周三 16:00"
