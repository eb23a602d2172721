"""Exchange rates in Administration: paging, pasted rows all or nothing, the
missing-rate warning, and deletes refused while a rate is the last one in force."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from app.db.audit import AuditEvent
from app.db.engine import Database
from app.db.targets import ExchangeRate
from app.services.actuals import ActualInput, ActualService
from app.services.base import PageRequest
from app.services.errors import DeleteRefusedError, ValidationError
from app.services.rate_paste import PasteRefusedError
from app.services.rates import MissingRate, RateService
from app.services.team import TeamService
from tests.services.factories import make_region, make_rep

TODAY = dt.date(2026, 6, 15)


def _count(database: Database, model) -> int:
    with database.read_session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_paste_writes_every_row_in_one_go_header_optional(database: Database) -> None:
    service = RateService(database)
    text = (
        "currency\trate\tbase_currency\tvalid_from\n"
        "SGD\t5.30\tCNY\t2026-01-01\n"
        "\n"
        "myr\t1.55\tcny\t2026/01/01\t\t\n"
        "AED\t0.2723\tUSD\t2026-01-01\r\n"
        "IDR\t0.000452\tCNY\t2026-01-01\n"
        "CNY\t1,234.5\tKRW\t2026-01-01\n"
    )
    result = service.paste_rates(text)
    assert (result.created, result.updated, result.unchanged) == (5, 0, 0)
    rates = {r.currency: r.rate_to_base for r in service.list_rates("CNY")}
    assert rates == {"SGD": D("5.30"), "MYR": D("1.55"), "IDR": D("0.000452")}
    assert [r.rate_to_base for r in service.list_rates("KRW")] == [D("1234.5")]
    # Without a header; the same rows again change nothing, a corrected one updates.
    again = service.paste_rates("SGD\t5.35\tCNY\t2026-01-01\nAED\t0.2723\tUSD\t2026-01-01")
    assert (again.created, again.updated, again.unchanged) == (0, 1, 1)
    with database.read_session() as session:
        events = session.scalar(
            select(func.count()).where(AuditEvent.table_name == "exchange_rates")
        )
    assert events == 6


def test_paste_refuses_everything_naming_each_bad_row_and_column(database: Database) -> None:
    service = RateService(database)
    text = (
        "Currency\tRate\tBase currency\tValid from\n"
        "SGD\t5.30\tCNY\t2026-01-01\n"
        "SGD\tabc\tCNY\t2026-01-01\n"
        "SGD\t1,55\tCNY\t2026-03-01\n"
        "XXQ\t1.2\tCNY\t2026-01-01\n"
        "MYR\t1.5\tCNY\t2026-02-30\n"
        "THB\t0.2\tCNY\n"
        "USD\t7.1\tCNY\t2026-01-01\n"
        "usd\t7.2\tcny\t2026-01-01\n"
        "EUR\t-1\tCNY\t2026-01-01\n"
    )
    with pytest.raises(PasteRefusedError) as refused:
        service.paste_rates(text)
    assert [str(e) for e in refused.value.errors] == [
        "row 3, rate: 'abc' is not a number",
        "row 4, rate: '1,55' is not a number",
        "row 5, currency: 'XXQ' is not an ISO 4217 currency code",
        "row 6, valid_from: '2026-02-30' is not a date (YYYY-MM-DD)",
        "row 7, row: expected 4 cells (currency, rate, base_currency, valid_from), found 3",
        "row 9, valid_from: the same rate is already on row 8",
        "row 10, rate: -1 is not a positive rate",
    ]
    assert _count(database, ExchangeRate) == 0
    with pytest.raises(PasteRefusedError, match="no rows"):
        service.paste_rates("currency\trate\tbase_currency\tvalid_from\n\n")


def test_rate_page_filters_sorts_and_updates(database: Database) -> None:
    service = RateService(database)
    service.paste_rates(
        "SGD\t5.30\tCNY\t2026-01-01\nSGD\t5.40\tCNY\t2026-07-01\n"
        "MYR\t1.55\tCNY\t2026-01-01\nAED\t0.2723\tUSD\t2026-01-01"
    )
    page = service.list_rate_page(PageRequest(filters={"base_currency": "CNY"}))
    assert [(r.currency, r.valid_from.month) for r in page.rows] == [
        ("MYR", 1),
        ("SGD", 7),
        ("SGD", 1),
    ]
    by_rate = service.list_rate_page(PageRequest(sort="rate_to_base", descending=True))
    assert by_rate.rows[0].rate_to_base == D("5.40")
    assert service.list_rate_page(PageRequest(search="aed")).total == 1
    sgd = page.rows[1]
    changed = service.update_rate(sgd.id, "CNY", "SGD", D("5.45"), sgd.valid_from, sgd.version)
    assert (changed.rate_to_base, changed.version) == (D("5.45"), 2)
    with pytest.raises(ValidationError) as err:
        service.update_rate(sgd.id, "CNY", "SGD", D("5.45"), dt.date(2026, 1, 1), 2)
    assert err.value.field == "valid_from"


def test_missing_rates_name_the_currency_region_and_users(database: Database) -> None:
    asia = make_region(database, name="Asia", base_currency="CNY")
    gulf = make_region(database, name="Gulf", base_currency="USD")
    rep = make_rep(database, asia.id, currency="SGD")
    make_rep(database, asia.id, currency="CNY", posting_country="CN", time_zone="Asia/Shanghai")
    make_rep(database, gulf.id, currency="AED", posting_country="AE", time_zone="Asia/Dubai")
    ActualService(database).create_actual(
        ActualInput(rep.id, "revenue", dt.date(2026, 5, 1), dt.date(2026, 5, 31), D(10), "MYR")
    )
    service = RateService(database)
    assert service.missing_rates(TODAY) == [
        MissingRate(asia.id, "Asia", "CNY", "MYR", 0, 1),
        MissingRate(asia.id, "Asia", "CNY", "SGD", 1, 0),
        MissingRate(gulf.id, "Gulf", "USD", "AED", 1, 0),
    ]
    service.set_rate("CNY", "SGD", D("5.3"), dt.date(2026, 1, 1))
    # A rate from next month is not in force today.
    service.set_rate("USD", "AED", D("0.27"), dt.date(2026, 7, 1))
    assert [str(m) for m in service.missing_rates(TODAY)] == [
        "MYR → CNY (Asia)",
        "AED → USD (Gulf)",
    ]
    assert [m.currency for m in service.missing_rates(TODAY, region_id=gulf.id)] == ["AED"]
    # A rep who left needs no rate.
    TeamService(database).deactivate_rep(rep.id, rep.version)
    assert [m.currency for m in service.missing_rates(TODAY, asia.id)] == ["MYR"]


def test_delete_refused_for_the_last_rate_in_force_of_a_used_currency(database: Database) -> None:
    asia = make_region(database, name="Asia", base_currency="CNY")
    for _ in range(3):
        make_rep(database, asia.id, currency="SGD")
    service = RateService(database)
    old = service.set_rate("CNY", "SGD", D("5.2"), dt.date(2025, 1, 1))
    new = service.set_rate("CNY", "SGD", D("5.3"), dt.date(2026, 1, 1))
    future = service.set_rate("CNY", "SGD", D("5.4"), dt.date(2026, 12, 1))
    unused = service.set_rate("CNY", "JPY", D("0.05"), dt.date(2026, 1, 1))

    service.delete_rate(future.id, future.version, TODAY)  # not in force yet
    service.delete_rate(unused.id, unused.version, TODAY)  # nobody uses JPY
    service.delete_rate(old.id, old.version, TODAY)  # the newer one stays in force
    with pytest.raises(DeleteRefusedError) as refused:
        service.delete_rate(new.id, new.version, TODAY)
    assert str(refused.value) == (
        "The SGD rate into CNY from 2026-01-01 is the only rate in force for SGD, "
        "which is used by 3 reps; add another rate first"
    )
    assert [r.id for r in service.list_rates("CNY")] == [new.id]
