import datetime as dt
import pickle
from datetime import date
from decimal import Decimal

import pytest

from app.domain.enums import Focus
from app.domain.validation import (
    ValidationError,
    parse_date_text,
    require_choice,
    require_country,
    require_currency,
    require_date_order,
    require_email,
    require_non_negative,
    require_range,
    require_text,
    require_timezone,
)


def test_error_reads_like_a_sentence() -> None:
    err = ValidationError("posting_country", "'XX' is not an ISO 3166 country code")
    assert str(err) == "posting_country: 'XX' is not an ISO 3166 country code"
    assert str(err.at_row(12)) == "row 12, posting_country: 'XX' is not an ISO 3166 country code"
    assert isinstance(err, ValueError)


def test_error_survives_pickling() -> None:
    err = pickle.loads(pickle.dumps(ValidationError("f", "bad", 3)))
    assert (err.field, err.message, err.row) == ("f", "bad", 3)


def test_require_text() -> None:
    assert require_text("  Ana  ", "name") == "Ana"
    assert require_text("   ", "notes", required=False) is None
    assert require_text(None, "notes", required=False) is None
    with pytest.raises(ValidationError, match="name: is required"):
        require_text("  ", "name")
    with pytest.raises(ValidationError) as exc:
        require_text("x" * 11, "city", max_length=10)
    assert exc.value.field == "city"
    with pytest.raises(ValidationError):
        require_text(5, "name")  # type: ignore[arg-type]


def test_require_country() -> None:
    assert require_country(" de ", "posting_country") == "DE"
    with pytest.raises(ValidationError) as exc:
        require_country("xx", "posting_country")
    assert str(exc.value) == "posting_country: 'XX' is not an ISO 3166 country code"
    with pytest.raises(ValidationError):
        require_country("", "posting_country")


def test_require_currency() -> None:
    assert require_currency("eur", "currency") == "EUR"
    for bad in ("EURO", "XXX", "HRK", None):
        with pytest.raises(ValidationError, match="currency"):
            require_currency(bad, "currency")  # type: ignore[arg-type]


def test_require_timezone() -> None:
    assert require_timezone("Asia/Shanghai", "tz") == "Asia/Shanghai"
    assert require_timezone("UTC", "tz") == "UTC"
    with pytest.raises(ValidationError, match="not an IANA time zone"):
        require_timezone("Mars/Olympus", "tz")
    with pytest.raises(ValidationError):
        require_timezone("", "tz")


def test_require_range() -> None:
    assert require_range(3, 1, 5, "morale") == 3
    assert require_range(Decimal("5"), Decimal(1), Decimal(5), "score") == 5
    with pytest.raises(ValidationError, match="morale"):
        require_range(6, 1, 5, "morale")
    with pytest.raises(ValidationError):
        require_range(None, 1, 5, "morale")  # type: ignore[type-var]


def test_require_non_negative() -> None:
    assert require_non_negative(Decimal("0"), "amount") == 0
    assert require_non_negative(7, "amount") == Decimal(7)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="amount"):
        require_non_negative(Decimal("-0.01"), "amount")
    with pytest.raises(ValidationError):
        require_non_negative(Decimal("NaN"), "amount")
    with pytest.raises(TypeError):
        require_non_negative(1.5, "amount")  # type: ignore[arg-type]


def test_require_email() -> None:
    assert require_email(" a.b@example.cn ", "email") == "a.b@example.cn"
    assert require_email("", "email") is None
    for bad in ("ab.example.com", "a@b", "a b@c.de", "a@@b.com"):
        with pytest.raises(ValidationError, match="email"):
            require_email(bad, "email")
    with pytest.raises(ValidationError, match="is required"):
        require_email(None, "email", required=True)


def test_require_date_order() -> None:
    require_date_order(date(2026, 1, 1), date(2026, 1, 1), "start", "end")
    require_date_order(date(2026, 1, 1), None, "start", "end")
    with pytest.raises(ValidationError) as exc:
        require_date_order(date(2026, 1, 2), date(2026, 1, 1), "posted_from", "posted_until")
    assert exc.value.field == "posted_until"
    assert "posted_from" in exc.value.message


def test_require_choice() -> None:
    assert require_choice("retention", Focus, "focus") is Focus.RETENTION
    assert require_choice(Focus.BOTH, Focus, "focus") is Focus.BOTH
    with pytest.raises(ValidationError, match="not one of acquisition, retention, both"):
        require_choice("hunting", Focus, "focus")
    with pytest.raises(ValidationError):
        require_choice(None, Focus, "focus")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-03-31", dt.date(2026, 3, 31)),
        (" 2026/3/1 ", dt.date(2026, 3, 1)),
        ("2024.02.29", dt.date(2024, 2, 29)),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_parse_date_text_reads_year_month_day(text: str | None, day: dt.date | None) -> None:
    assert parse_date_text(text, "due_date") == day


@pytest.mark.parametrize(
    "text", ["2026-13-45", "2026-02-30", "2025-02-29", "abc", "2026-03", "31/03/2026", "2026-03/31"]
)
def test_parse_date_text_refuses_what_is_not_a_date(text: str) -> None:
    # Never rolled over into another date (2026-02-30 is not 2026-03-02).
    with pytest.raises(ValidationError) as caught:
        parse_date_text(text, "due_date")
    assert caught.value.field == "due_date"
    assert "is not a date" in caught.value.message
