"""ActualService: single actuals and the 12-month grid."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal as D

import pytest

from app.domain.enums import Metric
from app.domain.periods import Period
from app.services.actuals import ActualService
from app.services.audit import AuditService
from app.services.base import PageRequest
from app.services.errors import ValidationError
from tests.services.factories import make_region, make_rep
from tests.services.targets_helpers import Y, actual, month_actual


@pytest.fixture
def setup(database):
    region = make_region(database, base_currency="CNY")
    rep = make_rep(database, region.id, name="Chen Jie")
    return database, region, rep, ActualService(database)


def test_actual_crud_and_list(setup) -> None:
    _db, region, rep, svc = setup
    a = svc.create_actual(month_actual(rep.id, 1, "1000", note="Jan invoices"))
    assert (a.rep_name, a.value, a.source.value) == ("Chen Jie", D(1000), "manual")
    credit = svc.create_actual(actual(rep.id, dt.date(Y, 2, 3), dt.date(Y, 2, 3), "-200"))
    assert credit.value == D(-200)  # credit notes make net revenue negative
    b = svc.update_actual(a.id, dataclasses.replace(a.to_input(), value=D(1100)), a.version)
    assert (b.value, b.version) == (D(1100), 2)
    svc.create_actual(actual(rep.id, Period.quarter(Y, 1).start, Period.quarter(Y, 1).end, "9"))
    assert [x.value for x in svc.actuals_for(rep.id, Period.month(Y, 2))] == [D(-200)]
    assert len(svc.actuals_for(rep.id, Period.quarter(Y, 1))) == 3
    page = svc.list_actuals(PageRequest(filters={"region_id": region.id}, search="invoices"))
    assert [x.id for x in page.rows] == [a.id]
    svc.delete_actual(credit.id, credit.version)
    assert len(svc.actuals_for(rep.id, Period.year(Y))) == 2


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"period_end": dt.date(Y - 1, 12, 1)}, "period_end"),
        ({"metric": Metric.DSO, "unit": "days", "value": D(-1)}, "value"),
        ({"unit": "SGDX"}, "unit"),
        ({"source": "crm"}, "source"),
        ({"rep_id": 4242}, "rep_id"),
    ],
)
def test_actual_validation(setup, change, field) -> None:
    _, _, rep, svc = setup
    with pytest.raises(ValidationError) as err:
        svc.create_actual(dataclasses.replace(month_actual(rep.id, 1, "1"), **change))
    assert err.value.field == field


def test_record_monthly_actuals_upserts(setup) -> None:
    db, _, rep, svc = setup
    rows = svc.record_monthly_actuals(
        rep.id, Metric.REVENUE, Y, {1: D(100), 2: D(200), 3: None}, "SGD"
    )
    assert [(r.period_start.month, r.value) for r in rows] == [(1, D(100)), (2, D(200))]
    rows = svc.record_monthly_actuals(
        rep.id, Metric.REVENUE, Y, {1: None, 2: D(250), 3: D(300)}, "SGD"
    )
    assert [(r.period_start.month, r.value) for r in rows] == [(2, D(250)), (3, D(300))]
    feb = rows[0]
    assert feb.version == 2
    history = AuditService(db).history("actuals", feb.id)
    assert history[0].before == {"value": "200.0000"} or history[0].before["value"] in (
        "200",
        "200.0000",
    )
    # Same values again: nothing changes, no new audit events.
    before = AuditService(db).list_events().total
    svc.record_monthly_actuals(rep.id, Metric.REVENUE, Y, {2: D(250)}, "SGD")
    assert AuditService(db).list_events().total == before


def test_record_monthly_actuals_is_all_or_nothing(setup) -> None:
    _, _, rep, svc = setup
    svc.record_monthly_actuals(rep.id, Metric.VISITS, Y, {1: D(3)}, "visits")
    with pytest.raises(ValidationError) as err:
        svc.record_monthly_actuals(rep.id, Metric.VISITS, Y, {1: D(4), 13: D(1)}, "visits")
    assert err.value.field == "month"
    svc.create_actual(month_actual(rep.id, 5, "1", metric="visits", unit="visits"))
    svc.create_actual(month_actual(rep.id, 5, "2", metric="visits", unit="visits"))
    with pytest.raises(ValidationError):
        svc.record_monthly_actuals(rep.id, Metric.VISITS, Y, {1: D(9), 5: D(7)}, "visits")
    values = [(a.period_start.month, a.value) for a in svc.actuals_for(rep.id, Period.year(Y))]
    assert values == [(1, D(3)), (5, D(1)), (5, D(2))]
