"""One answer for a rep's target and actual: review pre-fill and attainment agree."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from app.db.engine import Database
from app.domain.enums import Metric, PeriodKind
from app.domain.periods import Period
from app.services.actuals import ActualService
from app.services.attainment import AttainmentService
from app.services.base import PageRequest
from app.services.cycles import CycleInput, CycleService
from app.services.period_totals import kind_preference, period_figures
from app.services.reviews import ReviewService
from app.services.targets import TargetService
from tests.services.factories import make_region, make_rep
from tests.services.targets_helpers import Y, count_queries, month_actual, target

Q2 = Period.quarter(Y, 2)
YEAR = Period.year(Y)
TEMPLATE = [
    {"metric": "revenue", "weight": 50},  # a flow: summed
    {"metric": "csat", "weight": 25},  # a level: averaged
    {"metric": "active_customers", "weight": 25},  # a level: averaged
]
UNITS = {Metric.REVENUE: "SGD", Metric.CSAT: "score", Metric.ACTIVE_CUSTOMERS: "customers"}


def _target(svc: TargetService, rep_id: int, period: Period, metric: Metric, value: str) -> None:
    svc.create_target(target(rep_id, period, value, metric=metric, unit=UNITS[metric]))


def _actuals(svc: ActualService, rep_id: int, metric: Metric, by_month: dict[int, str]) -> None:
    for month, value in by_month.items():
        svc.create_actual(month_actual(rep_id, month, value, metric=metric, unit=UNITS[metric]))


@pytest.fixture
def region(database: Database) -> tuple[Database, int, dict[str, int]]:
    """Ana has month targets (and a year one), Bo only year targets, Cy a quarter and months."""
    targets, actuals = TargetService(database), ActualService(database)
    region = make_region(database, base_currency="CNY")
    reps = {n: make_rep(database, region.id, name=n).id for n in ("Ana", "Bo", "Cy")}
    ana, bo, cy = reps["Ana"], reps["Bo"], reps["Cy"]
    for month, revenue, csat, active in ((4, 1000, 90, 40), (5, 1100, 90, 42), (6, 1200, 96, 44)):
        _target(targets, ana, Period.month(Y, month), Metric.REVENUE, str(revenue))
        _target(targets, ana, Period.month(Y, month), Metric.CSAT, str(csat))
        _target(targets, ana, Period.month(Y, month), Metric.ACTIVE_CUSTOMERS, str(active))
    _target(targets, ana, YEAR, Metric.REVENUE, "99999")
    _actuals(actuals, ana, Metric.REVENUE, {4: "900", 5: "1200", 6: "1300"})
    _actuals(actuals, ana, Metric.CSAT, {4: "88", 5: "92", 6: "93"})
    _actuals(actuals, ana, Metric.ACTIVE_CUSTOMERS, {4: "40", 5: "44", 6: "45"})

    _target(targets, bo, YEAR, Metric.REVENUE, "12000")
    _target(targets, bo, YEAR, Metric.CSAT, "88")
    _target(targets, bo, YEAR, Metric.ACTIVE_CUSTOMERS, "50")
    _actuals(actuals, bo, Metric.REVENUE, {4: "1000", 5: "1000", 6: "1000"})
    _actuals(actuals, bo, Metric.CSAT, {4: "85", 5: "86", 6: "87"})
    _actuals(actuals, bo, Metric.ACTIVE_CUSTOMERS, {4: "50", 5: "52", 6: "54"})

    _target(targets, cy, Q2, Metric.REVENUE, "5000")
    for month in (4, 5, 6):
        _target(targets, cy, Period.month(Y, month), Metric.REVENUE, "1000")
    _target(targets, cy, Q2, Metric.CSAT, "90")
    _actuals(actuals, cy, Metric.REVENUE, {4: "1000", 5: "1500", 6: "2000"})
    _actuals(actuals, cy, Metric.CSAT, {4: "90"})
    return database, region.id, reps


def _review_lines(db: Database, region_id: int, name: str, kind: str, period: Period) -> dict:
    """(rep id, metric) -> (target, actual, unit, attainment) of the pre-filled KPI lines."""
    cycle = CycleService(db).open_cycle(
        CycleInput(region_id, name, kind, period.start, period.end, TEMPLATE)
    )
    reviews = ReviewService(db).list_reviews(PageRequest(filters={"cycle_id": cycle.id})).rows
    return {
        (r.rep_id, line.metric): (line.target, line.actual, line.unit, line.attainment)
        for r in reviews
        for line in r.kpi_lines
    }


def _attainment_lines(db: Database, region_id: int, period: Period) -> dict:
    """(rep id, metric) -> (target, actual, unit, attainment) as the Targets pane shows them."""
    service = AttainmentService(db)
    return {
        (a.rep_id, a.metric): (a.target, a.actual, a.unit, a.attainment)
        for metric in UNITS
        for a in service.region_attainment(region_id, period, metric)
    }


def test_quarter_review_prefill_agrees_with_attainment(region) -> None:
    db, region_id, reps = region
    ana, bo, cy = reps["Ana"], reps["Bo"], reps["Cy"]

    review = _review_lines(db, region_id, "2026 Q2", "quarterly", Q2)
    shown = _attainment_lines(db, region_id, Q2)

    assert review == shown
    assert len(review) == 9
    # Month targets summed for a flow; the year target lies outside the quarter.
    assert review[(ana, Metric.REVENUE)] == (D(3300), D(3400), "SGD", D("103.0"))
    # Levels averaged over the months, targets and actuals alike.
    assert review[(ana, Metric.CSAT)] == (D(92), D(91), "score", D("98.9"))
    assert review[(ana, Metric.ACTIVE_CUSTOMERS)] == (D(42), D(43), "customers", D("102.4"))
    # Only yearly targets: none lies inside the quarter, the actuals still count.
    assert review[(bo, Metric.REVENUE)] == (None, D(3000), "SGD", None)
    assert review[(bo, Metric.CSAT)] == (None, D(86), "score", None)
    assert review[(bo, Metric.ACTIVE_CUSTOMERS)] == (None, D(52), "customers", None)
    # The quarter's own target wins over its months.
    assert review[(cy, Metric.REVENUE)] == (D(5000), D(4500), "SGD", D("90.0"))
    assert review[(cy, Metric.CSAT)] == (D(90), D(90), "score", D("100.0"))
    assert review[(cy, Metric.ACTIVE_CUSTOMERS)] == (None, None, "customers", None)


def test_annual_review_prefill_agrees_with_attainment(region) -> None:
    db, region_id, reps = region
    ana, bo, cy = reps["Ana"], reps["Bo"], reps["Cy"]

    review = _review_lines(db, region_id, "2026 Annual", "annual", YEAR)

    assert review == _attainment_lines(db, region_id, YEAR)
    # The year's own target wins; without one the finest kind inside: months.
    assert review[(ana, Metric.REVENUE)] == (D(99999), D(3400), "SGD", D("3.4"))
    assert review[(ana, Metric.CSAT)] == (D(92), D(91), "score", D("98.9"))
    assert review[(bo, Metric.REVENUE)] == (D(12000), D(3000), "SGD", D("25.0"))
    assert review[(bo, Metric.CSAT)] == (D(88), D(86), "score", D("97.7"))
    assert review[(bo, Metric.ACTIVE_CUSTOMERS)] == (D(50), D(52), "customers", D("104.0"))
    assert review[(cy, Metric.REVENUE)] == (D(3000), D(4500), "SGD", D("150.0"))


def test_kind_preference() -> None:
    month, quarter, year = PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR
    assert kind_preference(Q2.start, Q2.end) == (quarter, month, year)
    assert kind_preference(YEAR.start, YEAR.end) == (year, month, quarter)
    may = Period.month(Y, 5)
    assert kind_preference(may.start, may.end) == (month, quarter, year)
    # A probation cycle is no calendar period: the finest kind first.
    assert kind_preference(dt.date(Y, 4, 1), dt.date(Y, 8, 31)) == (month, quarter, year)


def test_period_figures_for_a_range_in_two_queries(region) -> None:
    db, _region_id, reps = region
    with count_queries(db) as statements, db.read_session() as session:
        figures = period_figures(session, list(UNITS), (dt.date(Y, 4, 1), dt.date(Y, 8, 31)))
    assert len(statements) == 2
    cy_revenue = figures[(reps["Cy"], Metric.REVENUE)]
    # Not a calendar quarter: the months are used even though a quarter target exists.
    assert cy_revenue.target_kind is PeriodKind.MONTH
    assert cy_revenue.target is not None and cy_revenue.target.value == D(3000)
    assert (reps["Bo"], Metric.REVENUE) in figures
    assert figures[(reps["Bo"], Metric.REVENUE)].target is None
