"""Risk reviews, acceptance, treatment actions and the register's heat maps and attention list,
on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db.audit import AuditEvent
from app.db.engine import Database
from app.domain.enums import ActionOwner, RiskLevel, RiskStatus, Treatment
from app.domain.periods import Period
from app.domain.risk import REVIEW_DAYS, effective_status, next_review_date, review_cadence
from app.services.agenda import AgendaService
from app.services.base import PageRequest
from app.services.dashboard import DashboardService, Link
from app.services.errors import ConflictError, ValidationError
from app.services.one_on_one_records import OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from app.services.risk_treatment import (
    AcceptanceInput,
    ReviewInput,
    RiskActionInput,
    RiskTreatmentService,
)
from app.services.risks import RiskInput, RiskService
from tests.services.factories import make_region, make_rep
from tests.services.targets_helpers import count_queries

TODAY = dt.date(2026, 11, 10)


class Clock:
    """A today() the test moves forward."""

    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


def _risk(region_id: int, title: str, lk: int, im: int, **kw) -> RiskInput:
    values = {"category": "political", "owner": "Li Na"}
    values.update(kw)
    return RiskInput(region_id, title=title, likelihood=lk, impact=im, **values)


@pytest.fixture
def world(database: Database):
    region = make_region(database)
    rep = make_rep(database, region.id, name="Omar Haddad")
    clock = Clock(TODAY)
    return database, region, rep, clock


def test_domain_cadence_and_effective_status() -> None:
    assert REVIEW_DAYS[RiskLevel.CRITICAL] == 30 and REVIEW_DAYS[RiskLevel.LOW] == 180
    assert next_review_date(TODAY, RiskLevel.HIGH) == TODAY + dt.timedelta(days=60)
    assert next_review_date(TODAY, "high", {"high": 14}) == TODAY + dt.timedelta(days=14)
    with pytest.raises(ValidationError) as info:
        review_cadence({RiskLevel.MEDIUM: 0})
    assert info.value.field == "review_days_medium"
    until = dt.date(2026, 12, 31)
    assert effective_status("accepted", until, until) is RiskStatus.ACCEPTED
    assert effective_status("accepted", until, until + dt.timedelta(days=1)) is RiskStatus.OPEN
    assert effective_status("monitoring", until, dt.date(2030, 1, 1)) is RiskStatus.MONITORING


def test_review_sets_next_review_by_residual_level_and_keeps_history(world) -> None:
    db, region, _rep, clock = world
    risks = RiskService(db, today=clock)
    treatment = RiskTreatmentService(db, today=clock)
    risk = risks.create(_risk(region.id, "Election unrest", 4, 5))

    first = treatment.record_review(
        risk.id,
        ReviewInput(TODAY - dt.timedelta(days=3), "Li Na", 4, 5, 3, 3, "Curfew lifted"),
        risk.version,
        cadence={RiskLevel.HIGH: 45},
    )
    # Residual 3×3 is high: the cadence given (45 days), not the default 60.
    assert first.residual_level is RiskLevel.HIGH
    assert first.next_review == TODAY - dt.timedelta(days=3) + dt.timedelta(days=45)
    assert first.last_reviewed == TODAY - dt.timedelta(days=3)

    second = treatment.record_review(
        risk.id, ReviewInput(TODAY, "Li Na", 2, 2, note="Calm"), first.version
    )
    # No residual given: the inherent level (medium) sets the default 90 days.
    assert (second.level, second.residual_level) == (RiskLevel.MEDIUM, None)
    assert second.next_review == TODAY + dt.timedelta(days=90)

    history = treatment.reviews(risk.id)
    assert [h.note for h in history] == ["Calm", "Curfew lifted"]
    assert history[1].residual_level is RiskLevel.HIGH
    assert history[0].next_review == second.next_review

    with pytest.raises(ConflictError):
        treatment.record_review(risk.id, ReviewInput(TODAY, "Li Na", 1, 1), first.version)
    with pytest.raises(ValidationError) as info:
        treatment.record_review(
            risk.id, ReviewInput(TODAY + dt.timedelta(days=1), "Li Na", 1, 1), second.version
        )
    assert info.value.field == "reviewed_on"
    with pytest.raises(ValidationError) as info:
        treatment.record_review(risk.id, ReviewInput(TODAY, "Li Na", 1, 1, 2), second.version)
    assert info.value.field == "residual_impact"
    assert len(treatment.reviews(risk.id)) == 2


def test_overdue_review_is_flagged_and_filtered(world) -> None:
    db, region, _rep, clock = world
    risks = RiskService(db, today=clock)
    late = risks.create(_risk(region.id, "Late", 2, 2, next_review=TODAY - dt.timedelta(days=1)))
    risks.create(_risk(region.id, "On time", 2, 2, next_review=TODAY))
    risks.create(
        _risk(region.id, "Closed", 2, 2, next_review=TODAY - dt.timedelta(days=9), status="closed")
    )
    assert risks.get(late.id).review_overdue
    page = risks.list_risks(PageRequest(filters={"review_overdue": True}))
    assert [r.title for r in page.rows] == ["Late"]


def test_acceptance_is_recorded_and_lapses_when_its_date_passes(world) -> None:
    db, region, _rep, clock = world
    risks = RiskService(db, today=clock)
    treatment = RiskTreatmentService(db, today=clock)
    risk = risks.create(_risk(region.id, "Currency peg", 3, 4, category="fx"))
    until = TODAY + dt.timedelta(days=20)

    accepted = treatment.accept(
        risk.id, AcceptanceInput("Li Na <li.na@example.com>", "Hedged by HQ", until), risk.version
    )
    assert (accepted.status, accepted.treatment) == (RiskStatus.ACCEPTED, Treatment.ACCEPT)
    record = treatment.acceptances(risk.id)[0]
    assert (record.accepted_by, record.accepted_on, record.lapsed) == (
        "Li Na <li.na@example.com>",
        TODAY,
        False,
    )
    assert [r.id for r in risks.needing_attention(region.id)] == [risk.id]
    assert risks.list_risks(PageRequest(filters={"status": "accepted"})).total == 1

    clock.day = until  # accepted through that day
    assert risks.get(risk.id).status is RiskStatus.ACCEPTED
    clock.day = until + dt.timedelta(days=1)
    lapsed = risks.get(risk.id)
    assert (lapsed.status, lapsed.stored_status) == (RiskStatus.OPEN, RiskStatus.ACCEPTED)
    assert lapsed.acceptance_lapsed
    assert risks.list_risks(PageRequest(filters={"status": "accepted"})).total == 0
    assert [r.id for r in risks.list_risks(PageRequest(filters={"status": "open"})).rows] == [
        risk.id
    ]
    assert treatment.acceptances(risk.id)[0].lapsed
    assert risks.needing_attention(region.id) == []

    # A review after the lapse stores the risk as open.
    reviewed = treatment.record_review(
        risk.id, ReviewInput(clock.day, "Li Na", 3, 4), lapsed.version
    )
    assert (reviewed.status, reviewed.stored_status) == (RiskStatus.OPEN, RiskStatus.OPEN)


def test_acceptance_is_refused_without_its_record(world) -> None:
    db, region, _rep, clock = world
    risks = RiskService(db, today=clock)
    treatment = RiskTreatmentService(db, today=clock)
    with pytest.raises(ValidationError) as info:
        risks.create(_risk(region.id, "Sneaky", 2, 2, status="accepted"))
    assert info.value.field == "status"
    risk = risks.create(_risk(region.id, "Plain", 2, 2))
    for data, field in [
        (AcceptanceInput("Li Na", "", TODAY), "justification"),
        (AcceptanceInput("", "Why", TODAY), "accepted_by"),
        (AcceptanceInput("Li Na", "Why", TODAY - dt.timedelta(days=1)), "accepted_until"),
    ]:
        with pytest.raises(ValidationError) as info:
            treatment.accept(risk.id, data, risk.version)
        assert info.value.field == field
    closed = risks.create(_risk(region.id, "Done", 2, 2, status="closed"))
    with pytest.raises(ValidationError):
        treatment.accept(closed.id, AcceptanceInput("Li Na", "Why", TODAY), closed.version)
    # Accepted risks may be edited and stay accepted.
    accepted = treatment.accept(risk.id, AcceptanceInput("Li Na", "Why", TODAY), risk.version)
    kept = risks.update(
        risk.id, _risk(region.id, "Plain, renamed", 2, 2, status="accepted"), accepted.version
    )
    assert kept.status is RiskStatus.ACCEPTED and kept.accepted_until == TODAY


def test_treatment_actions_overdue_done_and_audited(world) -> None:
    db, region, _rep, clock = world
    risks = RiskService(db, today=clock)
    treatment = RiskTreatmentService(db, today=clock)
    risk = risks.create(_risk(region.id, "Port strike", 3, 3))
    late = treatment.add_action(
        RiskActionInput(risk.id, "Second forwarder", "Li Na", TODAY - dt.timedelta(days=2))
    )
    soon = treatment.add_action(RiskActionInput(risk.id, "Buffer stock", "Li Na", TODAY))
    undated = treatment.add_action(RiskActionInput(risk.id, "Ask HQ", "Li Na"))
    assert [a.id for a in treatment.actions(risk.id)] == [late.id, soon.id, undated.id]
    assert [a.overdue for a in treatment.actions(risk.id)] == [True, False, False]

    done = treatment.set_done(late.id, TODAY, late.version)
    assert not done.overdue and done.done_on == TODAY
    assert [a.id for a in treatment.actions(risk.id)][-1] == late.id  # done ones last
    with pytest.raises(ValidationError) as info:
        treatment.add_action(RiskActionInput(risk.id, " ", "Li Na"))
    assert info.value.field == "text"
    treatment.delete_action(undated.id, undated.version)
    assert len(treatment.actions(risk.id)) == 2
    with db.read_session() as session:
        events = session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.table_name == "risk_actions")
        )
    assert events == 5  # three created, one done, one deleted


def test_carry_action_into_the_reps_next_one_on_one(world) -> None:
    db, region, rep, clock = world
    risks = RiskService(db, today=clock)
    treatment = RiskTreatmentService(db, today=clock)
    meetings = OneOnOneService(db)
    no_rep = risks.create(_risk(region.id, "Region-wide", 3, 3))
    loose = treatment.add_action(RiskActionInput(no_rep.id, "Brief HQ", "Li Na"))
    with pytest.raises(ValidationError) as info:
        treatment.carry_to_one_on_one(loose.id, loose.version)
    assert info.value.field == "rep_id"

    risk = risks.create(_risk(region.id, "Visa delay", 3, 3, rep_id=rep.id))
    action = treatment.add_action(
        RiskActionInput(risk.id, "Renew visa early", "Omar Haddad", TODAY + dt.timedelta(days=9))
    )
    with pytest.raises(ValidationError) as info:
        treatment.carry_to_one_on_one(action.id, action.version)
    assert info.value.field == "meeting_id"  # nothing planned yet

    now = dt.datetime.now(dt.UTC)
    meetings.schedule(OneOnOneInput(rep.id, now - dt.timedelta(days=2)))
    later = meetings.schedule(OneOnOneInput(rep.id, now + dt.timedelta(days=20)))
    nearest = meetings.schedule(OneOnOneInput(rep.id, now + dt.timedelta(days=6)))
    carried = treatment.carry_to_one_on_one(action.id, action.version)
    assert carried.carried_meeting_id == nearest.id != later.id
    items = meetings.actions_of(nearest.id)
    assert [(i.text, i.owner, i.due_date) for i in items] == [
        ("Visa delay: Renew visa early", ActionOwner.REP, TODAY + dt.timedelta(days=9))
    ]
    with pytest.raises(ValidationError) as info:
        treatment.carry_to_one_on_one(action.id, carried.version)
    assert info.value.field == "carried_item_id"


def test_heat_maps_count_in_one_query_with_filters_and_cells(world) -> None:
    db, region, rep, clock = world
    other = make_region(db)
    risks = RiskService(db, today=clock)
    risks.create(_risk(region.id, "A", 4, 5, residual_likelihood=2, residual_impact=3))
    risks.create(_risk(region.id, "B", 4, 5, category="fx", rep_id=rep.id))
    risks.create(_risk(region.id, "C", 1, 1))
    risks.create(_risk(region.id, "Gone", 4, 5, status="closed"))
    risks.create(_risk(other.id, "Elsewhere", 4, 5))

    with count_queries(db) as queries:
        inherent = risks.heat_map(region.id)
    assert len(queries) == 1 and "GROUP BY" in queries[0]
    residual = risks.heat_map(region.id, residual=True)
    assert inherent[3][4] == 2 and inherent[0][0] == 1 and sum(map(sum, inherent)) == 3
    # Residual: A moves to 2×3; B (not assessed) stays at its inherent cell.
    assert residual[1][2] == 1 and residual[3][4] == 1
    assert sum(map(sum, risks.heat_map(None))) == 4
    assert risks.heat_map(region.id, filters={"category": "fx"})[3][4] == 1
    assert risks.heat_map(region.id, search="Omar")[3][4] == 1

    cell = risks.list_risks(PageRequest(filters={"region_id": region.id, "inherent_cell": (4, 5)}))
    assert sorted(r.title for r in cell.rows) == ["A", "B", "Gone"]
    cell = risks.list_risks(PageRequest(filters={"region_id": region.id, "residual_cell": (2, 3)}))
    assert [r.title for r in cell.rows] == ["A"]


def test_agenda_lists_the_reps_overdue_reviews_and_actions(world) -> None:
    db, region, rep, clock = world
    risks = RiskService(db, today=clock)
    treatment = RiskTreatmentService(db, today=clock)
    meeting = OneOnOneService(db).schedule(
        OneOnOneInput(rep.id, dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC))
    )
    late_review = risks.create(
        _risk(region.id, "Late review", 1, 2, rep_id=rep.id, next_review=TODAY - dt.timedelta(1))
    )
    late_action = risks.create(_risk(region.id, "Late action", 2, 1, rep_id=rep.id))
    treatment.add_action(
        RiskActionInput(late_action.id, "Call bank", "Li Na", TODAY - dt.timedelta(3))
    )
    treatment.add_action(RiskActionInput(late_action.id, "Later", "Li Na", TODAY))
    quiet = risks.create(_risk(region.id, "Quiet", 1, 1, rep_id=rep.id))
    treatment.add_action(RiskActionInput(quiet.id, "Done", "Li Na", TODAY - dt.timedelta(5)))
    treatment.set_done(treatment.actions(quiet.id)[0].id, TODAY, 1)

    agenda = AgendaService(db, today=clock).build(meeting.id)
    found = {r.title: r for r in agenda.risks}
    assert set(found) == {"Late review", "Late action"}
    assert found["Late review"].review_overdue_since == TODAY - dt.timedelta(1)
    assert (found["Late action"].overdue_actions, found["Late action"].review_overdue_since) == (
        1,
        None,
    )
    assert late_review.id in {r.risk_id for r in agenda.risks}


def test_dashboard_lists_overdue_reviews_and_expiring_acceptances(world) -> None:
    db, region, rep, clock = world
    risks = RiskService(db, today=clock)
    treatment = RiskTreatmentService(db, today=clock)
    late = risks.create(
        _risk(region.id, "Late", 1, 1, rep_id=rep.id, next_review=TODAY - dt.timedelta(4))
    )
    soon = risks.create(_risk(region.id, "Soon", 1, 1))
    treatment.accept(soon.id, AcceptanceInput("Li Na", "Cheap", TODAY + dt.timedelta(10)), 1)
    far = risks.create(_risk(region.id, "Far", 1, 1))
    treatment.accept(far.id, AcceptanceInput("Li Na", "Cheap", TODAY + dt.timedelta(31)), 1)

    overview = DashboardService(db).overview(region.id, Period.year(2026), TODAY)
    assert [(e.kind, e.title, e.days_left) for e in overview.risk_attention] == [
        ("review", "Late", -4),
        ("acceptance", "Soon", 10),
    ]
    assert overview.risk_attention_total == 2
    assert overview.risk_attention[0].link == Link("risks", late.id, rep.id)
