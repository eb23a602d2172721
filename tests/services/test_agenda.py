"""AgendaService on SQLite and PostgreSQL: every section filled, windowed and ordered."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal as D
from zoneinfo import ZoneInfo

import pytest

from app.db.engine import Database
from app.domain.enums import (
    AssignmentStatus,
    ComplianceCategory,
    ComplianceStatus,
    CourseCategory,
    CourseFormat,
    Metric,
    PeriodKind,
    RiskCategory,
    RiskLevel,
    RiskStatus,
)
from app.domain.periods import Period
from app.services.actuals import ActualService
from app.services.agenda import AgendaService, agenda_window
from app.services.compliance import ComplianceInput, ComplianceService
from app.services.errors import NotFoundError
from app.services.one_on_one_records import ActionItemInput, OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from app.services.risks import RiskInput, RiskService
from app.services.targets import TargetService
from app.services.team import TeamService
from app.services.training import AssignmentInput, CourseInput, TrainingService
from tests.services.factories import make_region, make_rep
from tests.services.targets_helpers import count_queries, month_actual, target

MADRID = ZoneInfo("Europe/Madrid")
TODAY = dt.date(2026, 11, 15)
UNITS = {Metric.REVENUE: "EUR", Metric.CSAT: "score", Metric.VISITS: "visits"}


@dataclass
class World:
    db: Database
    region_id: int
    ana: int  # the rep whose meeting we prepare (Madrid)
    bo: int  # another rep of the region (Tokyo) whose data must stay out
    meeting: int  # Ana's 10 November 2026 meeting
    previous: int  # Ana's meeting held on 20 August 2026
    later: int  # Ana's meeting planned for 24 November 2026
    bo_meeting: int
    course: int


def _meeting(svc: OneOnOneService, rep_id: int, when: dt.datetime) -> int:
    return svc.schedule(OneOnOneInput(rep_id, when)).id


def _held(svc: OneOnOneService, rep_id: int, when: dt.datetime) -> int:
    meeting = svc.schedule(OneOnOneInput(rep_id, when))
    return svc.mark_held(meeting.id, meeting.version).held.id


def _targets(db: Database, rep_id: int, metric: Metric, by_month: dict[int, str]) -> None:
    svc = TargetService(db)
    for month, value in by_month.items():
        svc.create_target(
            target(rep_id, Period.month(2026, month), value, metric=metric, unit=UNITS[metric])
        )


def _actuals(db: Database, rep_id: int, metric: Metric, by_month: dict[int, str]) -> None:
    svc = ActualService(db)
    for month, value in by_month.items():
        svc.create_actual(month_actual(rep_id, month, value, metric=metric, unit=UNITS[metric]))


@pytest.fixture
def world(database: Database) -> World:
    db = database
    region = make_region(db, base_currency="EUR")
    ana = make_rep(
        db,
        region.id,
        name="Ana García",
        posting_country="ES",
        posting_city="Madrid",
        time_zone="Europe/Madrid",
        currency="EUR",
        work_permit_number="ES-123",
        work_permit_expiry=dt.date(2026, 12, 20),
    ).id
    bo = make_rep(db, region.id, name="Bo 博", time_zone="Asia/Tokyo", currency="EUR").id
    meetings = OneOnOneService(db)
    previous = _held(meetings, ana, dt.datetime(2026, 8, 20, 10, 0, tzinfo=MADRID))
    cancelled = _meeting(meetings, ana, dt.datetime(2026, 10, 1, 10, 0, tzinfo=MADRID))
    meetings.cancel(cancelled, None)
    meeting = _meeting(meetings, ana, dt.datetime(2026, 11, 10, 10, 0, tzinfo=MADRID))
    later = _meeting(meetings, ana, dt.datetime(2026, 11, 24, 10, 0, tzinfo=MADRID))
    # Held after this meeting: not "the previous one".
    _held(meetings, ana, dt.datetime(2026, 12, 1, 10, 0, tzinfo=MADRID))
    # 20:00 UTC on 30 September is already 1 October in Tokyo.
    bo_meeting = _meeting(meetings, bo, dt.datetime(2026, 9, 30, 20, 0, tzinfo=dt.UTC))
    course = (
        TrainingService(db)
        .create_course(
            CourseInput("Negotiation 谈判", CourseCategory.SALES_SKILLS, CourseFormat.ONLINE, D(4))
        )
        .id
    )
    return World(db, region.id, ana, bo, meeting, previous, later, bo_meeting, course)


def test_window_from_previous_held_meeting_or_quarter() -> None:
    assert agenda_window(dt.date(2026, 11, 10), dt.date(2026, 8, 20)) == (
        dt.date(2026, 8, 1),
        dt.date(2026, 11, 30),
    )
    assert agenda_window(dt.date(2026, 11, 10), None) == (
        dt.date(2026, 10, 1),
        dt.date(2026, 11, 30),
    )
    assert agenda_window(dt.date(2026, 2, 3), None) == (dt.date(2026, 1, 1), dt.date(2026, 2, 28))


def test_window_and_meeting(world: World) -> None:
    agenda = AgendaService(world.db, today=lambda: TODAY).build(world.meeting)
    assert agenda.meeting.id == world.meeting
    assert agenda.meeting_date == dt.date(2026, 11, 10)
    assert agenda.today == TODAY
    # The held meeting of 20 August, not the cancelled one nor the one held later.
    assert agenda.previous_meeting_at == dt.datetime(2026, 8, 20, 8, 0, tzinfo=dt.UTC)
    assert (agenda.since, agenda.until) == (dt.date(2026, 8, 1), dt.date(2026, 11, 30))


def test_window_without_previous_meeting_uses_quarter_in_rep_zone(world: World) -> None:
    agenda = AgendaService(world.db, today=lambda: TODAY).build(world.bo_meeting)
    assert agenda.previous_meeting_at is None
    assert agenda.meeting_date == dt.date(2026, 10, 1)
    assert (agenda.since, agenda.until) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


def test_carried_actions_open_earlier_or_unattached_oldest_due_first(world: World) -> None:
    svc = OneOnOneService(world.db)

    def add(rep: int, text: str, due: dt.date | None, meeting: int | None) -> int:
        return svc.add_action(ActionItemInput(rep, text, due_date=due, meeting_id=meeting)).id

    from_previous = add(world.ana, "Send the price list", dt.date(2026, 9, 1), world.previous)
    done = add(world.ana, "Book the fair", dt.date(2026, 8, 25), world.previous)
    svc.complete_action(done, None)
    loose = add(world.ana, "Call Iberia Foods", dt.date(2026, 8, 15), None)
    this_one = add(world.ana, "Prepare the QBR", None, world.meeting)
    add(world.ana, "For the next meeting", dt.date(2026, 7, 1), world.later)
    add(world.bo, "Bo's item", dt.date(2026, 8, 1), None)

    agenda = AgendaService(world.db, today=lambda: TODAY).build(world.meeting)

    assert [a.id for a in agenda.carried_actions] == [loose, from_previous, this_one]
    assert agenda.carried_actions[0].text == "Call Iberia Foods"
    assert all(not a.is_done for a in agenda.carried_actions)


def test_attainment_since_last_meeting(world: World) -> None:
    db = world.db
    _targets(db, world.ana, Metric.REVENUE, {7: "500", 8: "1000", 9: "1000", 10: "1000"})
    _targets(db, world.ana, Metric.REVENUE, {11: "1000", 12: "9999"})
    _targets(db, world.ana, Metric.CSAT, {8: "90", 9: "90", 10: "90", 11: "94"})
    _actuals(db, world.ana, Metric.REVENUE, {7: "5000", 8: "900", 9: "1100", 10: "1200"})
    _actuals(db, world.ana, Metric.CSAT, {8: "88", 9: "92"})
    _actuals(db, world.ana, Metric.VISITS, {8: "12"})  # no target: not on the agenda
    _targets(db, world.bo, Metric.REVENUE, {8: "7777"})
    _actuals(db, world.bo, Metric.REVENUE, {8: "7777"})

    agenda = AgendaService(db, today=lambda: TODAY).build(world.meeting)

    by_metric = {a.metric: a for a in agenda.attainment}
    assert list(by_metric) == [Metric.REVENUE, Metric.CSAT]
    revenue = by_metric[Metric.REVENUE]
    # August to November: four month targets, actuals recorded so far.
    assert (revenue.target, revenue.actual, revenue.unit) == (D("4000"), D("3200"), "EUR")
    assert revenue.attainment == D("80.0")
    assert revenue.target_kind is PeriodKind.MONTH
    csat = by_metric[Metric.CSAT]
    # A level: averaged, 91 against 90.
    assert (csat.target, csat.actual, csat.unit) == (D("91"), D("90"), "score")
    assert csat.attainment == D("98.9")


def test_training_due_within_30_days_or_overdue(world: World) -> None:
    svc = TrainingService(world.db)

    def assign(rep: int, due: dt.date | None, status: AssignmentStatus, **kw) -> int:
        return svc.assign(AssignmentInput(rep, world.course, due, status, **kw)).id

    overdue = assign(world.ana, dt.date(2026, 11, 1), AssignmentStatus.PLANNED)
    just_overdue = assign(world.ana, dt.date(2026, 11, 12), AssignmentStatus.PLANNED)
    edge = assign(world.ana, dt.date(2026, 12, 10), AssignmentStatus.IN_PROGRESS)
    assign(world.ana, dt.date(2026, 12, 11), AssignmentStatus.PLANNED)  # too far ahead
    assign(
        world.ana,
        dt.date(2026, 10, 1),
        AssignmentStatus.COMPLETED,
        completed_on=dt.date(2026, 10, 1),
    )
    assign(world.ana, dt.date(2026, 10, 1), AssignmentStatus.WAIVED)
    assign(world.ana, None, AssignmentStatus.PLANNED)
    assign(world.bo, dt.date(2026, 11, 1), AssignmentStatus.PLANNED)

    agenda = AgendaService(world.db, today=lambda: TODAY).build(world.meeting)

    assert [t.assignment_id for t in agenda.training] == [overdue, just_overdue, edge]
    assert [t.overdue for t in agenda.training] == [True, True, False]
    assert agenda.training[2].status is AssignmentStatus.IN_PROGRESS
    assert agenda.training[0].course_title == "Negotiation 谈判"
    assert agenda.training[0].due_date == dt.date(2026, 11, 1)


def test_high_open_risks_highest_score_first(world: World) -> None:
    svc = RiskService(world.db)

    def risk(title: str, lk: int, im: int, rep: int | None, **kw) -> int:
        data = RiskInput(world.region_id, RiskCategory.FX, title, lk, im, "Ana", rep_id=rep, **kw)
        return svc.create(data).id

    high = risk("Euro slide", 4, 2, world.ana)
    critical = risk("Distributor default", 3, 5, world.ana, customer="Iberia Foods")
    risk("Minor", 2, 2, world.ana)
    risk("Closed", 5, 5, world.ana, status=RiskStatus.CLOSED)
    watched = risk("Watched", 2, 4, world.ana, status=RiskStatus.MONITORING)
    risk("Bo's", 5, 5, world.bo)
    risk("Region-wide", 5, 5, None)

    agenda = AgendaService(world.db, today=lambda: TODAY).build(world.meeting)

    assert [r.risk_id for r in agenda.risks] == [critical, high, watched]
    top = agenda.risks[0]
    assert (top.score, top.level, top.category) == (15, RiskLevel.CRITICAL, RiskCategory.FX)
    assert top.customer == "Iberia Foods"
    assert (agenda.risks[1].score, agenda.risks[1].level) == (8, RiskLevel.HIGH)
    assert agenda.risks[2].status is RiskStatus.MONITORING


def test_compliance_and_work_permit_within_60_days(world: World) -> None:
    svc = ComplianceService(world.db)

    def item(title: str, due: dt.date | None, rep: int | None) -> int:
        data = ComplianceInput(
            world.region_id,
            "ES",
            ComplianceCategory.TAX,
            title,
            "Ana",
            rep_id=rep,
            due_date=due,
            status=ComplianceStatus.AT_RISK,
        )
        return svc.create(data).id

    soon = item("Modelo 030 tax registration", dt.date(2026, 12, 1), world.ana)
    overdue = item("Residence card renewal", dt.date(2026, 10, 1), world.ana)
    item("Too late", dt.date(2027, 1, 10), world.ana)
    item("Undated", None, world.ana)
    item("Bo's", dt.date(2026, 12, 1), world.bo)
    item("Country-wide", dt.date(2026, 12, 1), None)

    agenda = AgendaService(world.db, today=lambda: TODAY).build(world.meeting)

    assert [(c.kind, c.item_id) for c in agenda.compliance] == [
        ("compliance", overdue),
        ("compliance", soon),
        ("work_permit", world.ana),
    ]
    assert [c.days_left for c in agenda.compliance] == [-40, 21, 40]
    assert agenda.compliance[1].title == "Modelo 030 tax registration"
    assert agenda.compliance[1].category is ComplianceCategory.TAX
    assert agenda.compliance[1].status is ComplianceStatus.AT_RISK
    assert agenda.compliance[2].title == "ES-123"
    assert agenda.work_permit_expiry == dt.date(2026, 12, 20)


def test_work_permit_outside_window_is_left_out(world: World) -> None:
    assert TeamService(world.db).get_rep(world.bo).work_permit_expiry is None
    agenda = AgendaService(world.db, today=lambda: TODAY).build(world.bo_meeting)
    assert agenda.work_permit_expiry is None
    assert agenda.compliance == ()
    ana_agenda = AgendaService(world.db, today=lambda: dt.date(2026, 1, 1)).build(world.previous)
    # 20 August + 60 days is 19 October: the December permit is not due yet.
    assert ana_agenda.work_permit_expiry is None
    assert [c.kind for c in ana_agenda.compliance] == []


def test_empty_sections_and_missing_meeting(world: World) -> None:
    agenda = AgendaService(world.db, today=lambda: TODAY).build(world.bo_meeting)
    assert agenda.carried_actions == ()
    assert agenda.attainment == ()
    assert agenda.training == ()
    assert agenda.risks == ()
    with pytest.raises(NotFoundError):
        AgendaService(world.db).build(999_999)


def test_constant_number_of_queries(world: World) -> None:
    service = AgendaService(world.db, today=lambda: TODAY)
    with count_queries(world.db) as few:
        service.build(world.meeting)

    meetings, training = OneOnOneService(world.db), TrainingService(world.db)
    risks, compliance = RiskService(world.db), ComplianceService(world.db)
    for n in range(6):
        meetings.add_action(ActionItemInput(world.ana, f"Item {n}", meeting_id=world.previous))
        training.assign(
            AssignmentInput(world.ana, world.course, dt.date(2026, 11, 1 + n), "planned")
        )
        risks.create(RiskInput(world.region_id, "fx", f"Risk {n}", 4, 4, "Ana", rep_id=world.ana))
        compliance.create(
            ComplianceInput(
                world.region_id,
                "ES",
                "tax",
                f"Item {n}",
                "Ana",
                rep_id=world.ana,
                due_date=dt.date(2026, 12, 1 + n),
            )
        )
    _targets(world.db, world.ana, Metric.REVENUE, {8: "1", 9: "2", 10: "3", 11: "4"})
    _actuals(world.db, world.ana, Metric.REVENUE, {8: "1", 9: "2"})
    _targets(world.db, world.ana, Metric.CSAT, {8: "90", 9: "90"})

    with count_queries(world.db) as many:
        agenda = service.build(world.meeting)

    assert len(agenda.carried_actions) == 6
    assert len(agenda.training) == 6
    assert len(agenda.risks) == 6
    assert len(agenda.compliance) == 7
    assert len(agenda.attainment) == 2
    assert len(many) == len(few)
    assert len(many) == 8
