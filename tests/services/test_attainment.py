"""AttainmentService: targets against actuals per rep, region and month."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal as D

import pytest

from app.db.engine import Database
from app.domain.enums import Metric
from app.domain.periods import Period
from app.services.actuals import ActualService
from app.services.attainment import AttainmentService
from app.services.errors import NotFoundError
from app.services.rates import RateService
from app.services.targets import TargetService
from app.services.team import TeamService
from tests.services.factories import make_region, make_rep
from tests.services.targets_helpers import Y, actual, count_queries, month_actual, target


@dataclass(frozen=True)
class Services:
    """The Targets-area services the attainment tests write and read through."""

    targets: TargetService
    actuals: ActualService
    rates: RateService
    attainment: AttainmentService

    @classmethod
    def on(cls, db: Database) -> Services:
        return cls(TargetService(db), ActualService(db), RateService(db), AttainmentService(db))


@pytest.fixture
def setup(database):
    region = make_region(database, base_currency="CNY")
    rep = make_rep(database, region.id, name="Chen Jie")
    return database, region, rep, Services.on(database)


def test_region_attainment_month_quarter_year(setup) -> None:
    _db, region, rep, svc = setup
    svc.rates.set_rate("CNY", "SGD", D("5"), dt.date(Y, 1, 1))
    svc.targets.create_year_split(rep.id, Metric.REVENUE, Y, D(1200))  # 100 a month
    svc.actuals.record_monthly_actuals(
        rep.id, Metric.REVENUE, Y, {1: D(80), 2: D(120), 4: D(50)}, "SGD"
    )
    # A quarterly actual counts for the quarter and year, never for a month.
    q1 = Period.quarter(Y, 1)
    svc.actuals.create_actual(actual(rep.id, q1.start, q1.end, "10"))

    jan = svc.attainment.region_attainment(region.id, Period.month(Y, 1))[0]
    assert (jan.target, jan.actual, jan.attainment) == (D(100), D(80), D("80.0"))
    assert (jan.target_base, jan.actual_base, jan.unit) == (D(500), D(400), "SGD")
    quarter = svc.attainment.region_attainment(region.id, q1)[0]
    assert (quarter.target, quarter.actual, quarter.attainment) == (D(300), D(210), D("70.0"))
    year = svc.attainment.region_attainment(region.id, Period.year(Y))[0]
    assert (year.target, year.actual) == (D(1200), D(260))
    assert year.attainment == D("21.7")
    march = svc.attainment.region_attainment(region.id, Period.month(Y, 3))[0]
    assert (march.target, march.actual, march.attainment) == (D(100), None, None)


def test_target_prefers_period_kind_then_months(setup) -> None:
    _, region, rep, svc = setup
    svc.targets.create_target(target(rep.id, Period.year(Y), "1000"))
    svc.targets.create_target(target(rep.id, Period.month(Y, 1), "30"))
    svc.targets.create_target(target(rep.id, Period.month(Y, 2), "40"))
    svc.targets.create_target(target(rep.id, Period.quarter(Y, 2), "500"))
    # The year's own target wins over its parts.
    assert svc.attainment.region_attainment(region.id, Period.year(Y))[0].target == D(1000)
    # Q1 has no quarter target: its months are summed.
    assert svc.attainment.region_attainment(region.id, Period.quarter(Y, 1))[0].target == D(70)
    assert svc.attainment.region_attainment(region.id, Period.quarter(Y, 2))[0].target == D(500)
    assert svc.attainment.region_attainment(region.id, Period.quarter(Y, 3))[0].target is None


def test_year_without_year_target_sums_quarters(setup) -> None:
    _, region, rep, svc = setup
    svc.targets.create_target(target(rep.id, Period.quarter(Y, 1), "10"))
    svc.targets.create_target(target(rep.id, Period.quarter(Y, 2), "20"))
    assert svc.attainment.region_attainment(region.id, Period.year(Y))[0].target == D(30)


def test_level_metric_is_averaged(setup) -> None:
    _, region, rep, svc = setup
    svc.targets.create_year_split(rep.id, Metric.CSAT, Y, D("4.0"))
    svc.actuals.record_monthly_actuals(
        rep.id, Metric.CSAT, Y, {1: D("4.2"), 2: D("3.6"), 3: D("4.5")}, "score"
    )
    line = svc.attainment.region_attainment(region.id, Period.quarter(Y, 1), Metric.CSAT)[0]
    assert (line.target, line.actual, line.attainment) == (D(4), D("4.1"), D("102.5"))
    assert line.target_base == line.target


def test_lower_is_better_metric(setup) -> None:
    _, region, rep, svc = setup
    svc.targets.create_target(target(rep.id, Period.month(Y, 1), "45", metric="dso", unit="days"))
    svc.actuals.create_actual(month_actual(rep.id, 1, "60", metric="dso", unit="days"))
    line = svc.attainment.region_attainment(region.id, Period.month(Y, 1), "dso")[0]
    assert line.attainment == D("75.0")


def test_attainment_sorting_and_reps(setup) -> None:
    db, region, rep, svc = setup
    best = make_rep(db, region.id, name="Best")
    none = make_rep(db, region.id, name="Aaron NoTarget")
    gone = make_rep(db, region.id, name="Gone")
    make_rep(db, make_region(db).id, name="Elsewhere")
    jan = Period.month(Y, 1)
    for r, t, a in [(rep, "100", "50"), (best, "100", "150"), (gone, "100", "100")]:
        svc.targets.create_target(target(r.id, jan, t))
        svc.actuals.create_actual(month_actual(r.id, 1, a))
    TeamService(db).deactivate_rep(gone.id, None)
    lines = svc.attainment.region_attainment(region.id, jan)
    assert [(x.rep_name, x.attainment) for x in lines] == [
        ("Best", D("150.0")),
        ("Chen Jie", D("50.0")),
        ("Aaron NoTarget", None),
    ]
    assert lines[2].rep_id == none.id


def test_base_currency_uses_rate_at_period_end(setup) -> None:
    _db, region, rep, svc = setup
    svc.rates.set_rate("CNY", "SGD", D(5), dt.date(Y, 1, 1))
    svc.rates.set_rate("CNY", "SGD", D(6), dt.date(Y, 3, 31))
    svc.rates.set_rate("CNY", "SGD", D(7), dt.date(Y, 4, 1))
    svc.targets.create_target(target(rep.id, Period.month(Y, 3), "10"))
    svc.actuals.create_actual(month_actual(rep.id, 3, "20"))
    line = svc.attainment.region_attainment(region.id, Period.month(Y, 3))[0]
    assert (line.target_base, line.actual_base) == (D(60), D(120))
    assert line.attainment == D("200.0")
    # No rate yet in December of the year before: base values are None.
    svc.targets.create_target(target(rep.id, Period.month(Y - 1, 12), "10"))
    early = svc.attainment.region_attainment(region.id, Period.month(Y - 1, 12))[0]
    assert (early.target, early.target_base) == (D(10), None)


def test_mixed_units_fall_back_to_base(setup) -> None:
    _, region, rep, svc = setup
    svc.rates.set_rate("CNY", "SGD", D(5), dt.date(Y, 1, 1))
    svc.rates.set_rate("CNY", "USD", D(7), dt.date(Y, 1, 1))
    svc.targets.create_target(target(rep.id, Period.month(Y, 1), "100"))  # 500 CNY
    svc.actuals.create_actual(month_actual(rep.id, 1, "50"))  # 250 CNY
    svc.actuals.create_actual(month_actual(rep.id, 1, "50", unit="USD"))  # 350 CNY
    line = svc.attainment.region_attainment(region.id, Period.month(Y, 1))[0]
    assert line.actual is None
    assert line.actual_base == D(600)
    assert line.attainment == D("120.0")


def test_region_total(setup) -> None:
    db, region, rep, svc = setup
    other = make_rep(db, region.id, currency="USD")
    lost = make_rep(db, region.id, currency="THB")
    svc.rates.set_rate("CNY", "SGD", D(5), dt.date(Y, 1, 1))
    svc.rates.set_rate("CNY", "USD", D(7), dt.date(Y, 1, 1))
    jan = Period.month(Y, 1)
    svc.targets.create_target(target(rep.id, jan, "100"))
    svc.actuals.create_actual(month_actual(rep.id, 1, "100"))
    svc.targets.create_target(target(other.id, jan, "100", unit="USD"))
    svc.actuals.create_actual(month_actual(other.id, 1, "50", unit="USD"))
    svc.targets.create_target(target(lost.id, jan, "100", unit="THB"))
    total = svc.attainment.region_total(region.id, jan)
    assert total.unit == "CNY"
    assert (total.target, total.actual) == (D(1200), D(850))
    assert total.attainment == D("70.8")
    assert (total.reps, total.reps_without_rate) == (3, 1)
    visits = svc.attainment.region_total(region.id, jan, Metric.VISITS)
    assert (visits.target, visits.actual, visits.attainment, visits.unit) == (
        None,
        None,
        None,
        "visits",
    )


def test_rep_monthly_series(setup) -> None:
    _, _, rep, svc = setup
    svc.targets.create_year_split(rep.id, Metric.REVENUE, Y, D(1200))
    svc.actuals.record_monthly_actuals(rep.id, Metric.REVENUE, Y, {1: D(90), 2: D(110)}, "SGD")
    svc.actuals.create_actual(actual(rep.id, dt.date(Y, 2, 14), dt.date(Y, 2, 14), "5"))
    q1 = Period.quarter(Y, 1)
    svc.actuals.create_actual(actual(rep.id, q1.start, q1.end, "999"))
    points = svc.attainment.rep_monthly_series(rep.id, Y)
    assert [p.month for p in points] == Period.year(Y).months()
    assert [(p.target, p.actual) for p in points[:3]] == [
        (D(100), D(90)),
        (D(100), D(115)),
        (D(100), None),
    ]
    assert points[1].attainment == D("115.0")


def test_attainment_uses_constant_query_count(setup) -> None:
    db, region, rep, svc = setup
    svc.rates.set_rate("CNY", "SGD", D(5), dt.date(Y, 1, 1))

    counts = []
    for n in (1, 10):
        for _ in range(n):
            r = make_rep(db, region.id)
            svc.targets.create_year_split(r.id, Metric.REVENUE, Y, D(1200))
            svc.actuals.record_monthly_actuals(r.id, Metric.REVENUE, Y, {1: D(10), 2: D(20)}, "SGD")
        with count_queries(db) as statements:
            lines = svc.attainment.region_attainment(region.id, Period.quarter(Y, 1))
            svc.attainment.region_total(region.id, Period.year(Y))
            svc.attainment.rep_monthly_series(rep.id, Y)
        counts.append(len(statements))
        assert all(line.actual == D(30) for line in lines if line.rep_id != rep.id)
    assert counts[0] == counts[1]
    assert counts[1] <= 15


def test_region_overview_reads_every_region_in_its_own_base(setup) -> None:
    db, region, rep, svc = setup  # region: base CNY, rep Chen Jie paid in SGD
    euro = make_region(db, name="Aaa Europe", base_currency="EUR")
    empty = make_region(db, name="Zzz Empty", base_currency="USD")
    hans = make_rep(db, euro.id, name="Hans")
    svc.rates.set_rate("CNY", "SGD", D(5), dt.date(Y, 1, 1))
    svc.rates.set_rate("EUR", "SGD", D("0.7"), dt.date(Y, 1, 1))
    jan = Period.month(Y, 1)
    for r, t, a in [(rep, "100", "50"), (hans, "100", "150")]:
        svc.targets.create_target(target(r.id, jan, t))
        svc.actuals.create_actual(month_actual(r.id, 1, a))

    every = svc.attainment.region_overview(None, jan)
    assert [(x.rep_name, x.attainment) for x in every.lines] == [
        ("Hans", D("150.0")),
        ("Chen Jie", D("50.0")),
    ]
    assert (every.lines[0].target_base, every.lines[1].target_base) == (D(70), D(500))
    # One total per region, regions by name, each in its own base currency.
    assert [(t.region_id, t.unit, t.target, t.actual, t.reps) for t in every.totals] == [
        (euro.id, "EUR", D(70), D(105), 1),
        (region.id, "CNY", D(500), D(250), 1),  # "South-East Asia n"
        (empty.id, "USD", None, None, 0),
    ]
    # The same figures as the one-region methods, read once.
    one = svc.attainment.region_overview(region.id, jan)
    assert list(one.lines) == svc.attainment.region_attainment(region.id, jan)
    assert one.totals == (svc.attainment.region_total(region.id, jan),) == (every.totals[1],)
    with pytest.raises(NotFoundError):
        svc.attainment.region_overview(999_999, jan)


def test_region_overview_queries_do_not_grow_with_regions(setup) -> None:
    db, _region, _rep, svc = setup
    counts = []
    for base in ("EUR", "USD", "THB"):
        r = make_rep(db, make_region(db, base_currency=base).id)
        svc.targets.create_target(target(r.id, Period.month(Y, 1), "10"))
        with count_queries(db) as statements:
            svc.attainment.region_overview(None, Period.month(Y, 1))
        counts.append(len(statements))
    assert counts == [5, 5, 5]


def test_rep_attainment_agrees_with_the_region_and_reads_one_rep(setup) -> None:
    """The profile's per-rep read gives the region's line for that rep, for every metric."""
    db, region, rep, svc = setup
    svc.rates.set_rate("CNY", "SGD", D(5), dt.date(Y, 1, 1))
    other = make_rep(db, region.id)
    for who in (rep, other):
        svc.targets.create_year_split(who.id, Metric.REVENUE, Y, D(1200))
        svc.targets.create_year_split(who.id, Metric.VISITS, Y, D(120))
        svc.actuals.record_monthly_actuals(who.id, Metric.REVENUE, Y, {1: D(90)}, "SGD")
    period = Period.quarter(Y, 1)

    with count_queries(db) as statements:
        lines = svc.attainment.rep_attainment(rep.id, period)
    assert len(statements) <= 4
    assert [line.metric for line in lines] == [Metric.REVENUE, Metric.VISITS]
    for line in lines:
        in_region = svc.attainment.region_attainment(region.id, period, line.metric)
        assert line == next(x for x in in_region if x.rep_id == rep.id)
    assert lines[0].attainment == D("30.0")
    only = svc.attainment.rep_attainment(rep.id, period, [Metric.CSAT])
    assert [(x.metric, x.target, x.actual) for x in only] == [(Metric.CSAT, None, None)]
    with pytest.raises(NotFoundError):
        svc.attainment.rep_attainment(10_000, period)
