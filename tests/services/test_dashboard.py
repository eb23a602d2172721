"""DashboardService: a region at a glance, read through the area services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from app.domain.enums import Metric, RiskLevel
from app.domain.periods import Period
from app.services.attainment import AttainmentService, RegionTotal
from app.services.compliance import ComplianceService
from app.services.dashboard import (
    COMPLIANCE,
    ONE_ON_ONES,
    RISKS,
    TEAM,
    DashboardService,
    Link,
    combine_totals,
    open_target,
)
from app.services.demo import generate_demo
from app.services.errors import NotFoundError
from app.services.one_on_ones import OneOnOneService
from app.services.risks import RiskService
from app.services.team import TeamService
from tests.services.targets_helpers import count_queries

TODAY = dt.date(2026, 11, 15)
YEAR = Period.year(2026)
WEEK_START = dt.datetime(2026, 11, 15, tzinfo=dt.UTC)


@pytest.fixture
def demo(database):
    generate_demo(database, reps=12, years=1, today=TODAY)
    return database


def test_one_region_shows_what_the_area_services_find(demo) -> None:
    region = next(r for r in TeamService(demo).list_regions() if r.name == "Southeast Asia")
    overview = DashboardService(demo).overview(region.id, YEAR, TODAY)

    lines = AttainmentService(demo).region_attainment(region.id, YEAR)
    assert list(overview.attainment) == lines
    assert len(lines) >= 2 and lines[0].attainment is not None
    total = AttainmentService(demo).region_total(region.id, YEAR)
    assert (overview.total.target, overview.total.actual, overview.total.attainment) == (
        total.target,
        total.actual,
        total.attainment,
    )
    assert overview.total.unit == "USD" and overview.total.attainment is not None

    upcoming = OneOnOneService(demo).upcoming(region.id, WEEK_START, WEEK_START + dt.timedelta(8))
    assert [m.id for m in overview.meetings] == [m.id for m in upcoming]
    overdue = OneOnOneService(demo).overdue_actions(region.id, TODAY)
    assert overview.actions_total == len(overdue) > 0
    assert [a.id for a in overview.actions] == [a.id for a in overdue]
    assert all(a.due_date < TODAY and a.days_overdue == (TODAY - a.due_date).days
               for a in overview.actions)  # fmt: skip
    expiring = ComplianceService(demo).expiring(region.id, TODAY, 60)
    assert [(e.kind, e.id) for e in overview.expiring] == [(e.kind, e.id) for e in expiring]
    assert all(e.due_date <= TODAY + dt.timedelta(60) for e in overview.expiring)
    high = RiskService(demo).high_risks(region.id)
    assert [r.id for r in overview.risks] == [r.id for r in high]
    assert {r.level for r in overview.risks} <= {RiskLevel.HIGH, RiskLevel.CRITICAL}
    assert overview.risks_total == len(high) > 0


def test_every_region_merges_reps_and_sums_totals(demo) -> None:
    regions = TeamService(demo).list_regions()
    overview = DashboardService(demo).overview(None, YEAR, TODAY)

    per_region = [AttainmentService(demo).region_attainment(r.id, YEAR) for r in regions]
    assert {a.rep_id for a in overview.attainment} == {a.rep_id for ls in per_region for a in ls}
    shown = [a.attainment for a in overview.attainment if a.attainment is not None]
    assert shown == sorted(shown, reverse=True)
    totals = [AttainmentService(demo).region_total(r.id, YEAR) for r in regions]
    assert overview.total.target == sum(t.target for t in totals if t.target is not None)
    assert overview.total.actual == sum(t.actual for t in totals if t.actual is not None)
    assert len(overview.total.regions) == len(regions) == 5
    # The demo posts work permits expiring soon somewhere: they open the rep.
    permits = [e for e in overview.expiring if e.kind == "work_permit"]
    assert permits and all(e.link == Link(TEAM, e.id, e.id) for e in permits)
    assert overview.meetings_total == sum(
        len(
            OneOnOneService(demo).upcoming(
                r.id,
                dt.datetime(2026, 11, 15, tzinfo=dt.UTC),
                dt.datetime(2026, 11, 23, tzinfo=dt.UTC),
            )
        )
        for r in regions
    )


def test_entries_say_where_they_open(demo) -> None:
    overview = DashboardService(demo).overview(None, YEAR, TODAY)
    meeting = overview.meetings[0]
    assert meeting.link == Link(ONE_ON_ONES, meeting.id, meeting.rep_id)
    assert meeting.manager_time_zone is not None and meeting.rep_time_zone
    action = next(a for a in overview.actions if a.meeting_id is not None)
    assert action.link == Link(ONE_ON_ONES, action.meeting_id, action.rep_id)
    assert action.meeting_starts_at is not None and action.meeting_starts_at.date() < TODAY
    item = next(e for e in overview.expiring if e.kind == "compliance")
    assert item.link == Link(COMPLIANCE, item.id, item.rep_id)
    risk = overview.risks[0]
    assert risk.link == Link(RISKS, risk.id, risk.rep_id)
    assert risk.score == max(r.score for r in overview.risks)


def test_open_target_falls_back_to_the_rep_in_team() -> None:
    link = Link(ONE_ON_ONES, 40, rep_id=7)
    assert open_target(link, {"dashboard", TEAM, ONE_ON_ONES}) == (ONE_ON_ONES, 40)
    assert open_target(link, {"dashboard", TEAM}) == (TEAM, 7)
    assert open_target(Link(RISKS, 3, None), {"dashboard", TEAM}) is None
    assert open_target(Link(RISKS, 3, None), {RISKS}) == (RISKS, 3)


def test_totals_in_different_currencies_give_no_overall_figure() -> None:
    def total(region_id: int, unit: str, target: str, actual: str) -> RegionTotal:
        return RegionTotal(region_id, YEAR, Metric.REVENUE, unit, D(target), D(actual), None, 3, 1)

    same = combine_totals(
        [total(1, "USD", "100", "50"), total(2, "USD", "300", "350")], Metric.REVENUE
    )
    assert (same.unit, same.target, same.actual, same.attainment) == ("USD", D(400), D(400), D(100))
    assert (same.reps, same.reps_without_rate) == (6, 2)
    mixed = combine_totals(
        [total(1, "USD", "100", "50"), total(2, "EUR", "1", "1")], Metric.REVENUE
    )
    assert (mixed.unit, mixed.attainment) == (None, None)
    assert len(mixed.regions) == 2


def test_lists_keep_the_most_urgent_and_count_all(demo, monkeypatch) -> None:
    full = DashboardService(demo).overview(None, YEAR, TODAY)
    monkeypatch.setattr("app.services.dashboard.LIST_LIMIT", 2)
    overview = DashboardService(demo).overview(None, YEAR, TODAY)
    assert overview.actions == full.actions[:2]
    assert overview.actions_total == full.actions_total > 2
    assert overview.actions[0].due_date == min(a.due_date for a in full.actions)
    assert overview.expiring == full.expiring[:2]
    assert overview.expiring_total == full.expiring_total > 2


def test_an_unknown_region_is_not_found(demo) -> None:
    with pytest.raises(NotFoundError):
        DashboardService(demo).overview(9999, YEAR, TODAY)


@pytest.mark.parametrize("reps", [12, 30])
def test_queries_do_not_grow_with_reps_or_regions(sqlite_database, reps) -> None:
    generate_demo(sqlite_database, reps=reps, years=1, today=TODAY)
    regions = TeamService(sqlite_database).list_regions()
    service = DashboardService(sqlite_database)
    with count_queries(sqlite_database) as one:
        service.overview(regions[0].id, YEAR, TODAY)
    with count_queries(sqlite_database) as every:
        overview = service.overview(None, YEAR, TODAY)
    with count_queries(sqlite_database) as csat:
        service.overview(None, YEAR, TODAY, Metric.CSAT)
    # Every region is read at once: no query per region, none per rep.
    assert len(regions) == 5 and len(overview.total.regions) == 5
    # 15 for the lists and figures, 4 for the missing exchange rates (regions, the
    # rates in force for every base at once, the reps' and the actuals' currencies).
    assert len(one) == len(every) == 19
    assert len(csat) == 18  # no exchange rates for a metric that is not money


def test_every_region_agrees_with_each_region(demo) -> None:
    regions = sorted(TeamService(demo).list_regions(), key=lambda r: r.name)
    service = DashboardService(demo)
    every = service.overview(None, YEAR, TODAY)
    each = [service.overview(r.id, YEAR, TODAY) for r in regions]
    # Totals per region, regions by name, as each region's own dashboard shows them.
    assert every.total.regions == tuple(o.total.regions[0] for o in each)
    assert every.meetings_total == sum(o.meetings_total for o in each)
    assert every.actions_total == sum(o.actions_total for o in each)
    assert every.expiring_total == sum(o.expiring_total for o in each)
    assert every.risks_total == sum(o.risks_total for o in each)
    merged_actions = sorted((a for o in each for a in o.actions), key=lambda a: (a.due_date, a.id))
    assert every.actions == tuple(merged_actions[: len(every.actions)])
    merged_risks = sorted((r for o in each for r in o.risks), key=lambda r: (-r.score, r.id))
    assert every.risks == tuple(merged_risks[: len(every.risks)])


def test_lists_count_beyond_what_they_show(demo, monkeypatch) -> None:
    monkeypatch.setattr("app.services.dashboard.LIST_LIMIT", 1)
    overview = DashboardService(demo).overview(None, YEAR, TODAY)
    assert len(overview.meetings) == 1 and overview.meetings_total > 1
    assert len(overview.actions) == 1 and overview.actions_total > 1
    first = OneOnOneService(demo).overdue_actions(None, TODAY)[0]
    assert overview.actions[0].id == first.id
