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

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.org import Region, Rep
from app.db.targets import Actual, ExchangeRate
from app.domain import messages as m
from app.domain.currency import Rate, convert
from app.domain.enums import MONEY_METRICS, RepStatus
from app.domain.geo import minor_units
from app.domain.validation import ValidationError, require_currency
from app.services.base import Page, PageRequest, Service, count_rows, from_attributes, get_or_404
from app.services.errors import DeleteRefusedError
from app.services.listing import own_columns, sorted_window, where_given, where_search
from app.services.rate_paste import PasteRefusedError, column_of, read_cells, split_rows
from app.services.references import counted, joined

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


@dataclass(frozen=True)
class MissingRate:
    """A currency a region uses (its reps' or their money actuals') with no rate in
    force into the region's base currency on the day asked about."""

    region_id: int
    region_name: str
    base_currency: str
    currency: str
    reps: int
    actuals: int

    def __str__(self) -> str:
        return f"{self.currency} → {self.base_currency} ({self.region_name})"


@dataclass(frozen=True)
class PasteResult:
    created: int
    updated: int
    unchanged: int


def _record(row: ExchangeRate) -> RateRecord:
    return from_attributes(RateRecord, row)


RATE_SORT_COLUMNS: dict[str, Any] = own_columns(
    ExchangeRate, "currency", "rate_to_base", "base_currency", "valid_from"
)


def currency_use(session: Session) -> dict[tuple[int, str], tuple[int, int]]:
    """(region id, currency) -> (reps, money actuals) using it, the base currency aside.

    Inactive reps are left out: their currency needs no rate any more, but
    their recorded money actuals still do.
    """
    use: dict[tuple[int, str], list[int]] = {}
    reps = (
        select(Rep.region_id, Rep.currency, func.count())
        .join(Region, Rep.region_id == Region.id)
        .where(Rep.status != RepStatus.INACTIVE.value, Rep.currency != Region.base_currency)
        .group_by(Rep.region_id, Rep.currency)
    )
    for region_id, code, n in session.execute(reps):
        use.setdefault((region_id, code), [0, 0])[0] += n
    actuals = (
        select(Rep.region_id, Actual.unit, func.count())
        .join(Rep, Actual.rep_id == Rep.id)
        .join(Region, Rep.region_id == Region.id)
        .where(
            Actual.metric.in_([m.value for m in MONEY_METRICS]),
            Actual.unit != Region.base_currency,
        )
        .group_by(Rep.region_id, Actual.unit)
    )
    for region_id, code, n in session.execute(actuals):
        use.setdefault((region_id, code), [0, 0])[1] += n
    return {key: (reps_n, actuals_n) for key, (reps_n, actuals_n) in use.items()}


def _in_force_by_base(session: Session, bases: set[str], on: dt.date) -> dict[str, set[str]]:
    """Per base currency, the currencies with a rate into it valid on ``on``.

    One query whatever the number of bases (the dashboard reads this on every
    load; a query per base would grow with the regions).
    """
    found: dict[str, set[str]] = {base: set() for base in bases}
    if not bases:
        return found
    stmt = (
        select(ExchangeRate.base_currency, ExchangeRate.currency)
        .where(ExchangeRate.base_currency.in_(sorted(bases)), ExchangeRate.valid_from <= on)
        .distinct()
    )
    for base, code in session.execute(stmt):
        found[base].add(code)
    return found


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
        raise ValidationError("currency", m.BASE_RATE_IS_ONE(value=code))
    if not isinstance(valid_from, dt.date):
        raise ValidationError("valid_from", m.DATE_REQUIRED())
    rate = Rate(code, rate_to_base, valid_from).rate_to_base  # validates the rate
    if rate != rate.quantize(_RATE_STEP):
        # The column keeps 10 places; refuse rather than silently round.
        raise ValidationError("rate_to_base", m.TOO_MANY_PLACES(value=rate, places=10))
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
                raise ValidationError("rep_id", m.DOES_NOT_EXIST(what="rep", value=rep_id))
            rep_currency, base = found
            code = require_currency(currency or rep_currency, "currency")
            rates = load_rates(session, base, on)
        return convert(amount, code, base, rates, on, places=minor_units(base))

    def get_rate(self, rate_id: int) -> RateRecord:
        with self.db.read_session() as session:
            return _record(get_or_404(session, ExchangeRate, rate_id, "exchange rate"))

    def list_rate_page(self, request: PageRequest | None = None) -> Page[RateRecord]:
        """A page of rates; filters ``base_currency``, ``currency``; search: the codes."""
        request = request or PageRequest()
        with self.db.read_session() as session:
            stmt = where_given(
                select(ExchangeRate),
                request.filters,
                {"base_currency": ExchangeRate.base_currency, "currency": ExchangeRate.currency},
            )
            stmt = where_search(
                stmt, request.search, ExchangeRate.currency, ExchangeRate.base_currency
            )
            total = count_rows(session, stmt)
            stmt = sorted_window(
                stmt, request, RATE_SORT_COLUMNS, "currency", ExchangeRate.valid_from.desc()
            )
            rows = [_record(row) for row in session.scalars(stmt.order_by(ExchangeRate.id))]
            return Page(rows=rows, total=total, offset=request.offset)

    def update_rate(
        self,
        rate_id: int,
        base_currency: str,
        currency: str,
        rate_to_base: Decimal,
        valid_from: dt.date,
        expected_version: int | None,
    ) -> RateRecord:
        """Change any part of a stored rate (another rate's key is refused)."""
        values = validate_rate(base_currency, currency, rate_to_base, valid_from)
        with self.db.session() as session:
            row = get_or_404(session, ExchangeRate, rate_id, "exchange rate")
            taken = session.scalar(
                select(ExchangeRate.id).where(
                    ExchangeRate.base_currency == values["base_currency"],
                    ExchangeRate.currency == values["currency"],
                    ExchangeRate.valid_from == valid_from,
                    ExchangeRate.id != rate_id,
                )
            )
            if taken is not None:
                raise ValidationError(
                    "valid_from", m.RATE_EXISTS(currency=values["currency"], value=valid_from)
                )
            if values["base_currency"] != row.base_currency or values["currency"] != row.currency:
                self._refuse_last_in_force(session, row, dt.date.today())
            return _record(self._update(session, row, values, expected_version, "exchange rate"))

    def delete_rate(
        self, rate_id: int, expected_version: int | None, today: dt.date | None = None
    ) -> None:
        """Delete a rate, unless it is the only one in force for a currency still used."""
        with self.db.session() as session:
            row = get_or_404(session, ExchangeRate, rate_id, "exchange rate")
            self._refuse_last_in_force(session, row, today or dt.date.today())
            self._delete(session, row, expected_version, "exchange rate")

    def _refuse_last_in_force(self, session: Session, row: ExchangeRate, today: dt.date) -> None:
        """DeleteRefusedError when no rate for the currency would be in force without
        ``row`` while reps or actuals of a region with that base still use it."""
        if row.valid_from > today:
            return
        others = session.scalar(
            select(func.count()).where(
                ExchangeRate.base_currency == row.base_currency,
                ExchangeRate.currency == row.currency,
                ExchangeRate.valid_from <= today,
                ExchangeRate.id != row.id,
            )
        )
        if others:
            return
        bases = {
            rid: base for rid, base in session.execute(select(Region.id, Region.base_currency))
        }
        reps = actuals = 0
        for (region_id, code), (n_reps, n_actuals) in currency_use(session).items():
            if code == row.currency and bases.get(region_id) == row.base_currency:
                reps, actuals = reps + n_reps, actuals + n_actuals
        if not reps + actuals:
            return
        users = joined(counted(n, key) for key, n in (("reps", reps), ("actuals", actuals)) if n)
        raise DeleteRefusedError(
            m.ONLY_RATE_IN_FORCE(
                currency=row.currency, base=row.base_currency, value=row.valid_from, users=users
            ),
            {"reps": reps, "actuals": actuals},
        )

    def missing_rates(
        self, today: dt.date | None = None, region_id: int | None = None
    ) -> list[MissingRate]:
        """Currencies used by a rep or a money actual of a region (``region_id``: that
        one) with no rate in force ``today`` into the region's base currency.

        The Administration pane's warning and the dashboard read this.
        """
        on = today or dt.date.today()
        with self.db.read_session() as session:
            regions = {
                rid: (name, base)
                for rid, name, base in session.execute(
                    select(Region.id, Region.name, Region.base_currency)
                )
            }
            in_force = _in_force_by_base(session, {base for _n, base in regions.values()}, on)
            found = []
            for (rid, code), (reps, actuals) in currency_use(session).items():
                name, base = regions[rid]
                if (region_id is None or rid == region_id) and code not in in_force.get(base, ()):
                    found.append(MissingRate(rid, name, base, code, reps, actuals))
        return sorted(found, key=lambda m: (m.region_name, m.currency))

    def paste_rates(self, text: str) -> PasteResult:
        """Write pasted rows (see :mod:`app.services.rate_paste`) all or nothing.

        Any bad cell raises PasteRefusedError naming every bad row and column,
        and nothing is written; otherwise each row creates or corrects the rate
        for its (base, currency, valid_from), audited, in one transaction.
        """
        rows, errors = self._read_paste(text)
        if errors:
            raise PasteRefusedError(errors)
        if not rows:
            raise PasteRefusedError([ValidationError("text", m.NO_ROWS_TO_PASTE())])
        counts = [0, 0, 0]
        with self.db.session() as session:
            for values in rows:
                row = session.scalar(
                    select(ExchangeRate).where(
                        ExchangeRate.base_currency == values["base_currency"],
                        ExchangeRate.currency == values["currency"],
                        ExchangeRate.valid_from == values["valid_from"],
                    )
                )
                if row is None:
                    self._create(session, ExchangeRate(**values))
                    counts[0] += 1
                elif row.rate_to_base != values["rate_to_base"]:
                    changes = {"rate_to_base": values["rate_to_base"]}
                    self._update(session, row, changes, None, "exchange rate")
                    counts[1] += 1
                else:
                    counts[2] += 1
        return PasteResult(*counts)

    @staticmethod
    def _read_paste(text: str) -> tuple[list[dict[str, Any]], list[ValidationError]]:
        good: list[dict[str, Any]] = []
        errors: list[ValidationError] = []
        seen: dict[tuple[str, str, dt.date], int] = {}
        for number, cells in split_rows(text):
            values, bad = read_cells(number, cells)
            if bad:
                errors.extend(bad)
                continue
            try:
                checked = validate_rate(
                    values["base_currency"],
                    values["currency"],
                    values["rate"],
                    values["valid_from"],
                )
            except ValidationError as error:
                errors.append(error.renamed(column_of(error.field)).at_row(number))
                continue
            key = (checked["base_currency"], checked["currency"], checked["valid_from"])
            if key in seen:
                message = m.SAME_RATE_ON_ROW(row=seen[key])
                errors.append(ValidationError("valid_from", message, number))
                continue
            seen[key] = number
            good.append(checked)
        return good, errors


__all__ = [
    "MissingRate",
    "PasteResult",
    "RateRecord",
    "RateService",
    "currency_use",
    "load_rates",
    "to_base",
    "validate_rate",
]
