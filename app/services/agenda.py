"""What to talk about in a one-on-one: the agenda a manager prepares and edits.

Sections, all about the meeting's rep and read in one read-only session:

* carried actions: the rep's open action items raised in earlier meetings, in
  this one or in none, oldest due first (undated last);
* attainment since the last meeting: from the first day of the month of the
  rep's previous *held* meeting (none: the first day of the meeting's quarter)
  to the last day of the meeting's month, per metric with a target there.
  Figures follow :mod:`app.services.period_totals`, the rule the Targets pane
  and reviews use (month targets, or the window's own calendar kind when it is
  exactly a quarter or a year; flows summed, levels averaged);
* training due within 30 days of the meeting or overdue, not completed or waived;
* the rep's live (not closed) risks that are high or critical, or whose review
  is overdue, or with treatment actions overdue (counted), highest score first;
* compliance items due within 60 days of the meeting (overdue included) and the
  rep's work permit when it expires in that window.

"The meeting date" is the meeting's date in the rep's zone. Eight queries
whatever the amount of data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from app.db.compliance import ComplianceItem
from app.db.engine import Database
from app.db.one_on_ones import ActionItem, OneOnOne
from app.db.org import Region, Rep
from app.db.risks import Risk, RiskAction
from app.db.training import Course, TrainingAssignment
from app.domain.enums import (
    MONEY_METRICS,
    AssignmentStatus,
    ComplianceCategory,
    ComplianceStatus,
    MeetingStatus,
    Metric,
    PeriodKind,
    RiskCategory,
    RiskLevel,
    RiskStatus,
)
from app.domain.periods import Period
from app.domain.risk import risk_level, risk_score
from app.services.base import Service, get_or_404
from app.services.one_on_one_queries import (
    action_record,
    action_select,
    meeting_record,
    meeting_select,
)
from app.services.one_on_one_records import ActionItemRecord, OneOnOneRecord
from app.services.period_queries import DEFAULT_UNITS
from app.services.period_totals import BaseCurrency, period_figures, resolve
from app.services.risks import effective_status_sql, level_at_least
from app.services.training import OPEN_STATUSES

TRAINING_DAYS_AHEAD = 30
COMPLIANCE_DAYS_AHEAD = 60


@dataclass(frozen=True)
class AgendaAttainment:
    """One metric's target, actual and attainment over the agenda's window."""

    metric: Metric
    target: Decimal | None
    actual: Decimal | None
    unit: str
    attainment: Decimal | None
    target_kind: PeriodKind | None = None


@dataclass(frozen=True)
class AgendaTraining:
    assignment_id: int
    course_title: str
    due_date: dt.date | None
    status: AssignmentStatus
    overdue: bool
    course_title_zh: str | None = None


@dataclass(frozen=True)
class AgendaRisk:
    risk_id: int
    title: str
    category: RiskCategory
    score: int
    level: RiskLevel
    status: RiskStatus = RiskStatus.OPEN
    customer: str | None = None
    #: The next review date when it has passed (None: not overdue).
    review_overdue_since: dt.date | None = None
    #: Treatment actions not done and past their due date.
    overdue_actions: int = 0


@dataclass(frozen=True)
class AgendaCompliance:
    """A compliance item (or, with ``kind`` "work_permit", the rep's permit) falling due.

    ``days_left`` counts from the meeting date; negative means already overdue.
    For a work permit ``item_id`` is the rep's id, ``title`` the permit number (may be
    empty) and category/status are None.
    """

    item_id: int
    title: str
    expires_on: dt.date
    days_left: int
    kind: Literal["compliance", "work_permit"] = "compliance"
    category: ComplianceCategory | None = None
    status: ComplianceStatus | None = None


@dataclass(frozen=True)
class Agenda:
    """Everything to prepare a one-on-one, each section already ordered.

    ``compliance`` lists the compliance items and, when it falls due in the
    window, the work permit (kind "work_permit"), soonest first;
    ``work_permit_expiry`` repeats the permit's date for a headline.
    """

    meeting: OneOnOneRecord
    previous_meeting_at: dt.datetime | None
    since: dt.date
    until: dt.date
    carried_actions: tuple[ActionItemRecord, ...]
    attainment: tuple[AgendaAttainment, ...]
    training: tuple[AgendaTraining, ...]
    risks: tuple[AgendaRisk, ...]
    compliance: tuple[AgendaCompliance, ...]
    work_permit_expiry: dt.date | None
    meeting_date: dt.date | None = None
    today: dt.date | None = None


def agenda_window(meeting_date: dt.date, previous_held: dt.date | None) -> tuple[dt.date, dt.date]:
    """(since, until): see the module's rules."""
    if previous_held is not None:
        since = Period.containing(previous_held, PeriodKind.MONTH).start
    else:
        since = Period.containing(meeting_date, PeriodKind.QUARTER).start
    return since, Period.containing(meeting_date, PeriodKind.MONTH).end


class AgendaService(Service):
    """Builds the agenda of a one-on-one. Read-only."""

    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(db)
        self._today = today

    def build(self, meeting_id: int) -> Agenda:
        today = self._today()
        with self.db.read_session() as session:
            meeting, previous_at, currency, base_code, permit, number = self._meeting(
                session, meeting_id
            )
            rep_id = meeting.rep_id
            meeting_date = meeting.local_starts_at.date()
            previous_date = (
                previous_at.astimezone(meeting.local_starts_at.tzinfo).date()
                if previous_at is not None
                else None
            )
            since, until = agenda_window(meeting_date, previous_date)
            actions = self._actions(session, meeting)
            attainment = self._attainment(session, rep_id, since, until, currency, base_code)
            training = self._training(session, rep_id, meeting_date, today)
            risks = self._risks(session, rep_id, today)
            compliance = self._compliance(session, rep_id, meeting_date)
        horizon = meeting_date + dt.timedelta(days=COMPLIANCE_DAYS_AHEAD)
        if permit is not None and permit <= horizon:
            compliance.append(
                AgendaCompliance(
                    rep_id, number or "", permit, (permit - meeting_date).days, "work_permit"
                )
            )
        else:
            permit = None
        compliance.sort(key=lambda c: (c.expires_on, c.kind, c.item_id))
        return Agenda(
            meeting=meeting,
            previous_meeting_at=previous_at,
            since=since,
            until=until,
            carried_actions=tuple(actions),
            attainment=tuple(attainment),
            training=tuple(training),
            risks=tuple(risks),
            compliance=tuple(compliance),
            work_permit_expiry=permit,
            meeting_date=meeting_date,
            today=today,
        )

    # -- sections --------------------------------------------------------------

    @staticmethod
    def _meeting(
        session: Session, meeting_id: int
    ) -> tuple[OneOnOneRecord, dt.datetime | None, str, str, dt.date | None, str | None]:
        """The meeting, the start of the rep's previous held one and the rep's money facts."""
        earlier = aliased(OneOnOne)
        previous = (
            select(func.max(earlier.starts_at))
            .where(
                earlier.rep_id == OneOnOne.rep_id,
                earlier.status == MeetingStatus.HELD.value,
                earlier.starts_at < OneOnOne.starts_at,
            )
            .correlate(OneOnOne)
            .scalar_subquery()
        )
        extras = (
            previous,
            Rep.currency,
            Region.base_currency,
            Rep.work_permit_expiry,
            Rep.work_permit_number,
        )
        stmt = (
            meeting_select()
            .join(Region, Rep.region_id == Region.id)
            .add_columns(*extras)
            .where(OneOnOne.id == meeting_id)
        )
        found = session.execute(stmt).one_or_none()
        if found is None:
            get_or_404(session, OneOnOne, meeting_id, "meeting")
        assert found is not None  # get_or_404 raised otherwise
        # The record's own columns come first, however many meetings.py selects.
        width = len(found) - len(extras)
        previous_at, currency, base, permit, number = found[width:]
        if previous_at is not None and previous_at.tzinfo is None:
            previous_at = previous_at.replace(tzinfo=dt.UTC)
        record = meeting_record(*found[:width])
        return record, previous_at, currency, base, permit, number

    @staticmethod
    def _actions(session: Session, meeting: OneOnOneRecord) -> list[ActionItemRecord]:
        raised_in = aliased(OneOnOne)
        stmt = (
            action_select()
            .outerjoin(raised_in, ActionItem.meeting_id == raised_in.id)
            .where(
                ActionItem.rep_id == meeting.rep_id,
                ActionItem.done_at.is_(None),
                or_(
                    ActionItem.meeting_id.is_(None),
                    ActionItem.meeting_id == meeting.id,
                    raised_in.starts_at < meeting.starts_at,
                ),
            )
            .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.id)
        )
        return [action_record(row, name) for row, name in session.execute(stmt)]

    @staticmethod
    def _attainment(
        session: Session,
        rep_id: int,
        since: dt.date,
        until: dt.date,
        currency: str,
        base_code: str,
    ) -> list[AgendaAttainment]:
        metrics = list(Metric)
        figures = period_figures(session, metrics, (since, until), Rep.id == rep_id)
        base = BaseCurrency.load(session, base_code, until, metrics)
        out = []
        for metric in metrics:
            found = figures.get((rep_id, metric))
            if found is None or found.target is None:
                continue
            unit = currency if metric in MONEY_METRICS else DEFAULT_UNITS[metric]
            line = resolve(found, unit, base)
            out.append(
                AgendaAttainment(
                    metric, line.target, line.actual, line.unit, line.attainment, found.target_kind
                )
            )
        return out

    @staticmethod
    def _training(
        session: Session, rep_id: int, meeting_date: dt.date, today: dt.date
    ) -> list[AgendaTraining]:
        horizon = meeting_date + dt.timedelta(days=TRAINING_DAYS_AHEAD)
        stmt = (
            select(
                TrainingAssignment.id,
                Course.title,
                Course.title_zh,
                TrainingAssignment.due_date,
                TrainingAssignment.status,
            )
            .join(Course, TrainingAssignment.course_id == Course.id)
            .where(
                TrainingAssignment.rep_id == rep_id,
                TrainingAssignment.status.in_(OPEN_STATUSES),
                TrainingAssignment.due_date <= horizon,
            )
            .order_by(TrainingAssignment.due_date, TrainingAssignment.id)
        )
        return [
            AgendaTraining(
                assignment_id,
                title,
                due,
                AssignmentStatus(status),
                due is not None and due < today,
                title_zh,
            )
            for assignment_id, title, title_zh, due, status in session.execute(stmt)
        ]

    @staticmethod
    def _risks(session: Session, rep_id: int, today: dt.date) -> list[AgendaRisk]:
        # The overdue actions are counted in the same statement (a correlated
        # subquery), so the agenda's number of queries stays the same.
        late_actions = (
            select(func.count(RiskAction.id))
            .where(
                RiskAction.risk_id == Risk.id,
                RiskAction.done_on.is_(None),
                RiskAction.due_date < today,
            )
            .scalar_subquery()
        )
        stmt = (
            select(
                Risk.id,
                Risk.title,
                Risk.category,
                Risk.likelihood,
                Risk.impact,
                effective_status_sql(today),
                Risk.customer,
                Risk.next_review,
                late_actions,
            )
            .where(
                Risk.rep_id == rep_id,
                Risk.status != RiskStatus.CLOSED.value,
                or_(
                    level_at_least(RiskLevel.HIGH, Risk.likelihood, Risk.impact),
                    Risk.next_review < today,
                    late_actions > 0,
                ),
            )
            .order_by((Risk.likelihood * Risk.impact).desc(), Risk.id)
        )
        return [
            AgendaRisk(
                risk_id,
                title,
                RiskCategory(category),
                risk_score(likelihood, impact),
                risk_level(likelihood, impact),
                RiskStatus(status),
                customer,
                next_review if next_review is not None and next_review < today else None,
                int(late or 0),
            )
            for (
                risk_id,
                title,
                category,
                likelihood,
                impact,
                status,
                customer,
                next_review,
                late,
            ) in session.execute(stmt)
        ]

    @staticmethod
    def _compliance(session: Session, rep_id: int, meeting_date: dt.date) -> list[AgendaCompliance]:
        horizon = meeting_date + dt.timedelta(days=COMPLIANCE_DAYS_AHEAD)
        stmt = select(
            ComplianceItem.id,
            ComplianceItem.obligation,
            ComplianceItem.due_date,
            ComplianceItem.category,
            ComplianceItem.status,
        ).where(ComplianceItem.rep_id == rep_id, ComplianceItem.due_date <= horizon)
        return [
            AgendaCompliance(
                item_id,
                obligation,
                due,
                (due - meeting_date).days,
                "compliance",
                ComplianceCategory(category),
                ComplianceStatus(status),
            )
            for item_id, obligation, due, category, status in session.execute(stmt)
        ]


__all__ = [
    "COMPLIANCE_DAYS_AHEAD",
    "TRAINING_DAYS_AHEAD",
    "Agenda",
    "AgendaAttainment",
    "AgendaCompliance",
    "AgendaRisk",
    "AgendaService",
    "AgendaTraining",
    "agenda_window",
]
