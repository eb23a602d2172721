"""TargetRowService: the Targets pane's rows, computed, sorted and paged in SQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from app.domain.attainment import metric_attainment
from app.domain.enums import Metric
from app.domain.periods import Period
from app.services.actuals import ActualService
from app.services.base import PageRequest
from app.services.errors import ValidationError
from app.services.rates import RateService
from app.services.target_rows import ANY_KIND, TargetRowService
from app.services.targets import TargetService
from tests.services.factories import make_region, make_rep
from tests.services.targets_helpers import Y, actual, count_queries, target

TODAY = dt.date(Y, 5, 20)
YEAR = Period.year(Y)


@pytest.fixture
def region_setup(database):
    """Three reps of a CNY region: revenue years of 1200 SGD, actuals through May."""
    region = make_region(database, base_currency="CNY")
    other = make_region(database, base_currency="CNY")
    reps = {
        "Li Wei": make_rep(database, region.id, name="Li Wei", name_zh="李伟"),
        "Zhang Min": make_rep(database, region.id, name="Zhang Min", name_zh="张敏"),
        "Wang Fang": make_rep(database, region.id, name="Wang Fang", name_zh="王芳"),
    }
    outsider = make_rep(database, other.id, name="Outsider")
    targets, actuals = TargetService(database), ActualService(database)
    RateService(database).set_rate("CNY", "SGD", D("5"), dt.date(Y, 1, 1))
    for rep in [*reps.values(), outsider]:
        targets.create_year_split(
            rep.id, Metric.REVENUE, Y, D(1200), smart_description=f"Grow {rep.name}'s accounts"
        )
    # 100 a month planned; Li Wei sells 150, Zhang Min 50; Wang Fang nothing yet.
    months = range(1, 7)  # June lies after TODAY: it must not count
    for name, amount in (("Li Wei", D(150)), ("Zhang Min", D(50))):
        monthly = dict.fromkeys(months, amount)
        actuals.record_monthly_actuals(reps[name].id, Metric.REVENUE, Y, monthly, "SGD")
    service = TargetRowService(database, today=lambda: TODAY)
    return database, region, reps, service


def rows_for(service, region_id, period=YEAR, **kw):
    filters = {"region_id": region_id, "period": period} | kw.pop("filters", {})
    return service.list_rows(PageRequest(filters=filters, **kw))


def test_year_rows_with_actual_to_date_attainment_and_base_currency(region_setup) -> None:
    _db, region, _reps, service = region_setup
    page = rows_for(service, region.id)

    assert page.total == 3  # the year targets only, not their quarters and months
    by_name = {r.rep_name: r for r in page.rows}
    assert sorted(by_name) == ["Li Wei", "Wang Fang", "Zhang Min"]
    li = by_name["Li Wei"]
    assert (li.value, li.unit, li.period) == (D(1200), "SGD", YEAR)
    assert (li.actual, li.actual_rows) == (D(750), 5)  # January to May, not June
    assert li.attainment == D("62.5")
    assert (li.base_currency, li.value_base, li.actual_base) == ("CNY", D(6000), D(3750))
    assert li.rep_name_zh == "李伟" and li.smart_description == "Grow Li Wei's accounts"
    assert by_name["Zhang Min"].actual == D(250)
    wang = by_name["Wang Fang"]
    assert (wang.actual, wang.attainment, wang.actual_base) == (None, None, None)


def test_the_period_kind_follows_the_period(region_setup) -> None:
    _db, region, _reps, service = region_setup
    may = rows_for(service, region.id, Period.month(Y, 5))
    assert [(r.period, r.value, r.actual) for r in may.rows if r.rep_name == "Li Wei"] == [
        (Period.month(Y, 5), D(100), D(150))
    ]
    q2 = rows_for(service, region.id, Period.quarter(Y, 2))
    li_q2 = next(r for r in q2.rows if r.rep_name == "Li Wei")
    assert (li_q2.value, li_q2.actual, li_q2.attainment) == (D(300), D(300), D(100))
    # Every kind overlapping May: the year, Q2 and May for each rep.
    every = rows_for(service, region.id, Period.month(Y, 5), filters={"period_kind": ANY_KIND})
    assert every.total == 9
    assert [r.period.kind.value for r in every.rows[:3]] == ["year", "quarter", "month"]


def test_sort_by_attainment_and_actual_in_the_database(region_setup) -> None:
    database, region, _reps, service = region_setup
    csat_rep = make_rep(database, region.id, name="Csat Rep")
    dso_rep = make_rep(database, region.id, name="Dso Rep")
    targets, actuals = TargetService(database), ActualService(database)
    targets.create_target(target(csat_rep.id, YEAR, "80", metric=Metric.CSAT, unit="score"))
    for month, score in ((1, "90"), (2, "70"), (3, "95")):
        p = Period.month(Y, month)
        actuals.create_actual(
            actual(csat_rep.id, p.start, p.end, score, metric=Metric.CSAT, unit="score")
        )
    # Days sales outstanding: lower is better, 30 against a target of 45.
    targets.create_target(target(dso_rep.id, YEAR, "45", metric=Metric.DSO, unit="days"))
    jan = Period.month(Y, 1)
    dso = actual(dso_rep.id, jan.start, jan.end, "30", metric=Metric.DSO, unit="days")
    actuals.create_actual(dso)

    best_first = rows_for(service, region.id, sort="attainment", descending=True)
    shown = [(r.rep_name, r.attainment) for r in best_first.rows]
    assert shown == [
        ("Dso Rep", D("150.0")),  # 45 / 30, inverted
        ("Csat Rep", D("106.3")),  # the mean of 90, 70 and 95 is 85
        ("Li Wei", D("62.5")),
        ("Zhang Min", D("20.8")),
        ("Wang Fang", None),  # not measurable: last either way
    ]
    csat = best_first.rows[1]
    assert csat.actual == D("85.0000") and csat.actual_rows == 3
    assert csat.value_base is None  # not money
    for row in best_first.rows:
        assert row.attainment == metric_attainment(row.metric, row.value, row.actual)

    worst_first = rows_for(service, region.id, sort="attainment")
    assert [r.rep_name for r in worst_first.rows] == [
        "Zhang Min", "Li Wei", "Csat Rep", "Dso Rep", "Wang Fang"
    ]  # fmt: skip
    by_actual = rows_for(service, region.id, sort="actual", descending=True)
    assert [r.actual for r in by_actual.rows] == [D(750), D(250), D(85), D(30), None]

    # Paging the attainment order: two rows at a time give the same sequence.
    pages = [
        rows_for(service, region.id, sort="attainment", descending=True, offset=o, limit=2)
        for o in (0, 2, 4)
    ]
    assert [p.total for p in pages] == [5, 5, 5]
    assert [r.rep_name for p in pages for r in p.rows] == [n for n, _ in shown]


def test_sort_by_named_columns_and_paging(region_setup) -> None:
    _db, region, _reps, service = region_setup
    page = rows_for(service, region.id, sort="rep_name", descending=True)
    assert [r.rep_name for r in page.rows] == ["Zhang Min", "Wang Fang", "Li Wei"]
    second = rows_for(service, region.id, sort="rep_name", offset=1, limit=1)
    assert (second.total, [r.rep_name for r in second.rows]) == (3, ["Wang Fang"])
    assert second.rows[0].actual is None
    with pytest.raises(ValidationError) as error:
        rows_for(service, region.id, sort="colour")
    assert error.value.field == "sort"


def test_search_on_names_and_description(region_setup) -> None:
    _db, region, _reps, service = region_setup
    assert [r.rep_name for r in rows_for(service, region.id, search="zhang").rows] == ["Zhang Min"]
    assert [r.rep_name for r in rows_for(service, region.id, search="王").rows] == ["Wang Fang"]
    found = rows_for(service, region.id, search="Li Wei's accounts")
    assert [r.rep_name for r in found.rows] == ["Li Wei"]
    # Without a region: every region's targets, the outsider's included.
    assert rows_for(service, None).total == 4


def test_totals_are_counted_past_the_page_with_and_without_search(region_setup) -> None:
    _db, region, _reps, service = region_setup
    # "accounts" is in every description (a search that reads the targets);
    # "wei" names one rep; no search counts in a separate pass.
    for search, total in (("accounts", 3), ("wei", 1), (None, 3), ("nobody", 0)):
        first = rows_for(service, region.id, search=search, limit=1)
        assert first.total == total, search
        rest = rows_for(service, region.id, search=search, offset=1, limit=5)
        assert rest.total == total, search
        assert len(first.rows) + len(rest.rows) == total, search
    months = rows_for(service, region.id, period=Period.month(Y, 3), search="accounts", limit=2)
    assert (months.total, len(months.rows)) == (3, 2)


def test_each_money_row_is_converted_at_its_own_period_end(region_setup) -> None:
    database, region, _reps, service = region_setup
    # A new SGD rate from April: the first quarter keeps 5, the second uses 6.
    RateService(database).set_rate("CNY", "SGD", D("6"), dt.date(Y, 4, 1))
    page = rows_for(service, region.id, period=YEAR, filters={"period_kind": ANY_KIND})
    quarters = {
        row.period.number: row.value_base
        for row in page.rows
        if row.rep_name == "Li Wei" and row.period.kind.value == "quarter"
    }
    assert quarters == {1: D(1500), 2: D(1800), 3: D(1800), 4: D(1800)}


def test_a_constant_number_of_queries_per_page(region_setup) -> None:
    database, region, _reps, service = region_setup
    for sort in ("rep_name", "attainment"):
        with count_queries(database) as few:
            rows_for(service, region.id, sort=sort, limit=1)
        with count_queries(database) as many:
            rows_for(service, None, sort=sort)
        # A first page holding every row needs no separate count.
        assert len(many) <= len(few) <= 4, (sort, few, many)
