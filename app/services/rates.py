"""Exchange rates: market data per base currency, and conversion into it.

A rate says how many units of the base currency one unit of ``currency``
buys from ``valid_from`` on; the rate in force on a day is the latest one
starting on or before it (see :mod:`app.domain.currency`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.org import Region, Rep
from app.db.targets import ExchangeRate
from app.domain.currency import Rate, convert
from app.domain.geo import minor_units
from app.domain.validation import ValidationError, require_currency
from app.services.base import Service, from_attributes

_RATE_STEP = Decimal("0.0000000001")


@dataclass(frozen=True)
class RateRecord:
    id: int
    version: int
    base_currency: str
    currency: str
    rate_to_base: Decimal
    valid_from: dt.date

    def to_rate(self) -> Rate:
        return Rate(self.currency, self.rate_to_base, self.valid_from)


def _record(row: ExchangeRate) -> RateRecord:
    return from_attributes(RateRecord, row)


def load_rates_by_base(
    session: Session,
    bases: Iterable[str],
    on: dt.date | None = None,
    currencies: Iterable[str] | None = None,
) -> dict[str, list[Rate]]:
    """Every rate into each of ``bases`` (valid from ``on`` or earlier), oldest first.

    One query whatever the number of bases; :func:`app.domain.currency.rate_on`
    then picks per currency. ``currencies`` limits the rates read to those
    (a page of targets needs a handful of the region's currencies, not every
    rate of three years). Plain columns, not entities: attainment and the
    Targets pane run this on every read.
    """
    wanted = sorted(set(bases))
    out: dict[str, list[Rate]] = {base: [] for base in wanted}
    if not wanted:
        return out
    stmt = select(
        ExchangeRate.base_currency,
        ExchangeRate.currency,
        ExchangeRate.rate_to_base,
        ExchangeRate.valid_from,
    ).where(ExchangeRate.base_currency.in_(wanted))
    if on is not None:
        stmt = stmt.where(ExchangeRate.valid_from <= on)
    if currencies is not None:
        stmt = stmt.where(ExchangeRate.currency.in_(sorted(set(currencies))))
    for base, currency, rate, valid_from in session.execute(
        stmt.order_by(ExchangeRate.valid_from, ExchangeRate.id)
    ):
        out[base].append(Rate(currency, rate, valid_from))
    return out


def load_rates(session: Session, base_currency: str, on: dt.date | None = None) -> list[Rate]:
    """Every rate into ``base_currency`` (valid from ``on`` or earlier), oldest first."""
    return load_rates_by_base(session, [base_currency], on)[base_currency]


def to_base(
    amount: Decimal, currency: str, base_currency: str, rates: Sequence[Rate], on: dt.date
) -> Decimal | None:
    """``amount`` in the base currency at the rate in force ``on``; None without a rate."""
    if currency == base_currency:
        return Decimal(amount)
    if not any(r.currency == currency and r.valid_from <= on for r in rates):
        return None
    return convert(amount, currency, base_currency, rates, on, places=minor_units(base_currency))


def validate_rate(
    base_currency: str, currency: str, rate_to_base: Decimal, valid_from: dt.date
) -> dict[str, Any]:
    """Column values of a rate, or a ValidationError naming the first bad field."""
    base = require_currency(base_currency, "base_currency")
    code = require_currency(currency, "currency")
    if code == base:
        raise ValidationError("currency", f"{code} is the base currency; its rate is 1")
    if not isinstance(valid_from, dt.date):
        raise ValidationError("valid_from", "a date is required")
    rate = Rate(code, rate_to_base, valid_from).rate_to_base  # validates the rate
    if rate != rate.quantize(_RATE_STEP):
        # The column keeps 10 places; refuse rather than silently round.
        raise ValidationError("rate_to_base", f"{rate} has more than 10 decimal places")
    return {"base_currency": base, "currency": code, "rate_to_base": rate, "valid_from": valid_from}


class RateService(Service):
    """Exchange rates into a base currency."""

    def set_rate(
        self, base_currency: str, currency: str, rate_to_base: Decimal, valid_from: dt.date
    ) -> RateRecord:
        """Create the rate for (base, currency, valid_from) or change the existing one."""
        values = validate_rate(base_currency, currency, rate_to_base, valid_from)
        base, code, rate = values["base_currency"], values["currency"], values["rate_to_base"]
        with self.db.session() as session:
            row = session.scalar(
                select(ExchangeRate).where(
                    ExchangeRate.base_currency == base,
                    ExchangeRate.currency == code,
                    ExchangeRate.valid_from == valid_from,
                )
            )
            if row is None:
                row = self._create(
                    session,
                    ExchangeRate(
                        base_currency=base,
                        currency=code,
                        rate_to_base=rate,
                        valid_from=valid_from,
                    ),
                )
            elif row.rate_to_base != rate:
                row = self._update(session, row, {"rate_to_base": rate}, None, "exchange rate")
            return _record(row)

    def list_rates(self, base_currency: str) -> list[RateRecord]:
        """Rates into ``base_currency``, by currency then newest first."""
        base = require_currency(base_currency, "base_currency")
        with self.db.read_session() as session:
            stmt = (
                select(ExchangeRate)
                .where(ExchangeRate.base_currency == base)
                .order_by(ExchangeRate.currency, ExchangeRate.valid_from.desc())
            )
            return [_record(row) for row in session.scalars(stmt)]

    def rates_for(self, base_currency: str) -> list[Rate]:
        """Domain rates into ``base_currency``, oldest first, for ``rate_on``/``convert``."""
        base = require_currency(base_currency, "base_currency")
        with self.db.read_session() as session:
            return load_rates(session, base)

    def to_region_currency(
        self, rep_id: int, amount: Decimal, on: dt.date, currency: str | None = None
    ) -> Decimal:
        """``amount`` (in ``currency``, default the rep's) in the rep's region's base
        currency at the rate in force ``on``; MissingRateError when there is none."""
        with self.db.read_session() as session:
            found = session.execute(
                select(Rep.currency, Region.base_currency)
                .join(Region, Rep.region_id == Region.id)
                .where(Rep.id == rep_id)
            ).one_or_none()
            if found is None:
                raise ValidationError("rep_id", f"rep {rep_id} does not exist")
            rep_currency, base = found
            code = require_currency(currency or rep_currency, "currency")
            rates = load_rates(session, base, on)
        return convert(amount, code, base, rates, on, places=minor_units(base))

    def delete_rate(self, rate_id: int, expected_version: int | None) -> None:
        self._delete_by_id(ExchangeRate, rate_id, expected_version, "exchange rate")


__all__ = ["RateRecord", "RateService", "load_rates", "to_base", "validate_rate"]
