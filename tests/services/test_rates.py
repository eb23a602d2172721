"""RateService: exchange rates and conversion into a region's base currency."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from app.domain.currency import MissingRateError
from app.services.errors import ValidationError
from app.services.rates import RateService
from tests.services.factories import make_region, make_rep
from tests.services.targets_helpers import Y


@pytest.fixture
def setup(database):
    region = make_region(database, base_currency="CNY")
    rep = make_rep(database, region.id, name="Chen Jie")
    return database, region, rep, RateService(database)


def test_rates(setup) -> None:
    _, _, rep, svc = setup
    svc.set_rate("cny", "sgd", D("5.30"), dt.date(Y, 1, 1))
    svc.set_rate("CNY", "SGD", D("5.40"), dt.date(Y, 7, 1))
    again = svc.set_rate("CNY", "SGD", D("5.35"), dt.date(Y, 7, 1))  # corrects, no duplicate
    assert again.version == 2
    rates = svc.rates_for("CNY")
    assert [(r.currency, r.rate_to_base, r.valid_from) for r in rates] == [
        ("SGD", D("5.30"), dt.date(Y, 1, 1)),
        ("SGD", D("5.35"), dt.date(Y, 7, 1)),
    ]
    assert svc.to_region_currency(rep.id, D(100), dt.date(Y, 6, 30)) == D("530.00")
    assert svc.to_region_currency(rep.id, D(100), dt.date(Y, 7, 1)) == D("535.00")
    assert svc.to_region_currency(rep.id, D(100), dt.date(Y, 7, 1), currency="CNY") == D(100)
    with pytest.raises(MissingRateError):
        svc.to_region_currency(rep.id, D(100), dt.date(Y - 1, 12, 31))
    for args, field in [
        (("CNY", "CNY", D(1)), "currency"),
        (("CNY", "SGD", D(0)), "rate_to_base"),
        (("CNY", "SGD", D("0.00000000045")), "rate_to_base"),
        (("XYZ", "SGD", D(1)), "base_currency"),
    ]:
        with pytest.raises(ValidationError) as err:
            svc.set_rate(*args, dt.date(Y, 1, 1))
        assert err.value.field == field
    # Currencies of very different magnitudes keep their precision.
    svc.set_rate("CNY", "IDR", D("0.0004521"), dt.date(Y, 1, 1))
    assert [r.rate_to_base for r in svc.rates_for("CNY") if r.currency == "IDR"] == [D("0.0004521")]
