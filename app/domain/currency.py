"""Exchange rates and conversion into the region's base currency."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from app.domain import messages as m
from app.domain.validation import ValidationError, require_currency


@dataclass(frozen=True)
class Rate:
    """One unit of `currency` is worth `rate_to_base` base units from `valid_from`."""

    currency: str
    rate_to_base: Decimal
    valid_from: date

    def __post_init__(self) -> None:
        object.__setattr__(self, "currency", require_currency(self.currency, "currency"))
        rate = self.rate_to_base
        if isinstance(rate, bool) or not isinstance(rate, Decimal | int):
            raise TypeError(f"rate_to_base: expected Decimal, got {type(rate).__name__}")
        if not Decimal(rate).is_finite() or rate <= 0:
            raise ValidationError("rate_to_base", m.NOT_A_POSITIVE_RATE(value=rate))
        object.__setattr__(self, "rate_to_base", Decimal(rate))


class MissingRateError(ValidationError):
    """No exchange rate is known for a currency on a date."""

    def __init__(self, currency: str, on: date, row: int | None = None) -> None:
        super().__init__("currency", m.NO_RATE(currency=currency, value=on), row)
        self.currency = currency
        self.on = on
        # ValidationError's pickling passes (field, message, row) back to
        # __init__, which this signature does not take; store our own args.
        self.args = (currency, on, row)

    def at_row(self, row: int) -> MissingRateError:
        return MissingRateError(self.currency, self.on, row)


def rate_on(rates: Iterable[Rate], currency: str, on: date, *, base: str | None = None) -> Decimal:
    """The rate in force on `on`: the one with the latest valid_from <= on.

    `base` names the base currency, whose rate is always 1. If two rates share
    a valid_from, the later one in `rates` wins.
    """
    code = currency.strip().upper()
    if base is not None and code == base.strip().upper():
        return Decimal(1)
    best: Rate | None = None
    for r in rates:
        if (
            r.currency == code
            and r.valid_from <= on
            and (best is None or r.valid_from >= best.valid_from)
        ):
            best = r
    if best is None:
        raise MissingRateError(code, on)
    return best.rate_to_base


def convert(
    amount: Decimal,
    currency: str,
    base: str,
    rates: Iterable[Rate],
    on: date,
    places: int = 2,
) -> Decimal:
    """`amount` in `currency` expressed in `base`, rounded half-up to `places`."""
    rate = rate_on(rates, currency, on, base=base)
    return (Decimal(amount) * rate).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
