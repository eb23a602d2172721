import pickle
from datetime import date
from decimal import Decimal as D

import pytest

from app.domain.currency import MissingRateError, Rate, convert, rate_on
from app.domain.validation import ValidationError

RATES = [
    Rate("eur", D("7.80"), date(2026, 1, 1)),
    Rate("EUR", D("7.90"), date(2026, 4, 1)),
    Rate("USD", D("7.20"), date(2026, 1, 1)),
]


def test_rate_normalises_and_validates() -> None:
    assert RATES[0].currency == "EUR"
    with pytest.raises(ValidationError, match="rate_to_base"):
        Rate("EUR", D(0), date(2026, 1, 1))
    with pytest.raises(ValidationError, match="currency"):
        Rate("EURO", D(1), date(2026, 1, 1))


def test_rate_on_picks_latest_in_force() -> None:
    assert rate_on(RATES, "EUR", date(2026, 3, 31)) == D("7.80")
    assert rate_on(RATES, "EUR", date(2026, 4, 1)) == D("7.90")
    assert rate_on(RATES, "eur", date(2027, 1, 1)) == D("7.90")
    assert rate_on(RATES, "CNY", date(2026, 1, 1), base="CNY") == 1


def test_missing_rate() -> None:
    with pytest.raises(MissingRateError) as exc:
        rate_on(RATES, "EUR", date(2025, 12, 31))
    err = exc.value
    assert isinstance(err, ValidationError)
    assert (err.currency, err.on) == ("EUR", date(2025, 12, 31))
    assert "EUR" in str(err)
    assert "2025-12-31" in str(err)
    again = pickle.loads(pickle.dumps(err.at_row(4)))
    assert str(again).startswith("row 4, currency: no exchange rate for EUR")


def test_convert() -> None:
    assert convert(D("100"), "EUR", "CNY", RATES, date(2026, 5, 1)) == D("790.00")
    assert convert(D("0.125"), "CNY", "CNY", RATES, date(2026, 5, 1)) == D("0.13")
    assert convert(D("10"), "USD", "CNY", RATES, date(2026, 5, 1), places=0) == D(72)
    with pytest.raises(MissingRateError):
        convert(D("10"), "GBP", "CNY", RATES, date(2026, 5, 1))
