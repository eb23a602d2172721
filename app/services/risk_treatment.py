"""What is done about a risk: reviews on a cadence, accepting it, treatment actions.

:class:`RiskTreatmentService` is the second half of the Risks area beside
:class:`~app.services.risks.RiskService` (the register itself). Every change
writes its rows and their audit events in one transaction:

* a **review** re-assesses the levels, is kept as history (``risk_reviews``)
  and sets the next review from the residual level and the cadence given
  (days by level, :func:`app.domain.risk.next_review_date`);
* an **acceptance** is a decision with a record (``risk_acceptances``): who,
  why, until when; the risk is accepted through that date and reads as open
  from the day after;
* a **treatment action** may be carried into the next planned one-on-one with
  the risk's rep, where it becomes one of that meeting's action items.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.one_on_ones import ActionItem, OneOnOne
from app.db.org import Rep
from app.db.risks import Risk, RiskAcceptance, RiskAction, RiskReview
from app.domain import messages as m
from app.domain.enums import ActionOwner, MeetingStatus, RiskLevel, RiskStatus, Treatment
from app.domain.risk import next_review_date, risk_level, risk_score
from app.domain.validation import ValidationError, require_text
from app.services.base import Service, from_attributes, get_or_404
from app.services.one_on_one_records import ActionItemInput, validate_action
from app.services.risks import RiskRecord, read_risk

_ACTION = "risk action"


@dataclass(frozen=True)
class ReviewInput:
    """A review: when, by whom, what was found, and the levels re-assessed."""

    reviewed_on: dt.date
    reviewer: str
    likelihood: int
    impact: int
    residual_likelihood: int | None = None
    residual_impact: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class ReviewRecord:
    id: int
    risk_id: int
    reviewed_on: dt.date
    reviewer: str
    note: str | None
    likelihood: int
    impact: int
    residual_likelihood: int | None
    residual_impact: int | None
    next_review: dt.date
    level: RiskLevel
    residual_level: RiskLevel | None


@dataclass(frozen=True)
class AcceptanceInput:
    accepted_by: str
    justification: str
    accepted_until: dt.date
    #: None: today.
    accepted_on: dt.date | None = None


@dataclass(frozen=True)
class AcceptanceRecord:
    id: int
    risk_id: int
    accepted_by: str
    accepted_on: dt.date
    accepted_until: dt.date
    justification: str
    #: The date has passed: the risk reads as open again.
    lapsed: bool


@dataclass(frozen=True)
class RiskActionInput:
    risk_id: int
    text: str
    owner: str
    due_date: dt.date | None = None


@dataclass(frozen=True)
class RiskActionRecord:
    id: int
    version: int
    risk_id: int
    text: str
    owner: str
    due_date: dt.date | None
    done_on: dt.date | None
    carried_item_id: int | None
    #: The one-on-one the action was carried into (None: not carried, or its item deleted).
    carried_meeting_id: int | None
    overdue: bool


def _validate_review(data: ReviewInput, today: dt.date) -> dict[str, Any]:
    if data.reviewed_on > today:
        raise ValidationError("reviewed_on", m.REVIEW_IN_FUTURE())
    risk_score(data.likelihood, data.impact)  # names likelihood / impact
    residual = (data.residual_likelihood, data.residual_impact)
    if (residual[0] is None) != (residual[1] is None):
        missing = "residual_impact" if residual[1] is None else "residual_likelihood"
        raise ValidationError(missing, m.BOTH_RESIDUAL_OR_NEITHER())
    if residual[0] is not None:
        try:
            risk_score(residual[0], residual[1])  # type: ignore[arg-type]
        except ValidationError as exc:
            raise ValidationError(f"residual_{exc.field}", exc.message) from None
    return {
        "reviewed_on": data.reviewed_on,
        "reviewer": require_text(data.reviewer, "reviewer", max_length=200),
        "note": require_text(data.note, "note", max_length=10_000, required=False),
        "likelihood": data.likelihood,
        "impact": data.impact,
        "residual_likelihood": residual[0],
        "residual_impact": residual[1],
    }


def _validate_acceptance(data: AcceptanceInput, today: dt.date) -> dict[str, Any]:
    accepted_on = data.accepted_on or today
    if data.accepted_until < max(accepted_on, today):
        raise ValidationError("accepted_until", m.ACCEPTANCE_IN_PAST())
    return {
        "accepted_by": require_text(data.accepted_by, "accepted_by", max_length=200),
        "justification": require_text(data.justification, "justification", max_length=10_000),
        "accepted_on": accepted_on,
        "accepted_until": data.accepted_until,
    }


def _validate_action(data: RiskActionInput) -> dict[str, Any]:
    return {
        "risk_id": data.risk_id,
        "text": require_text(data.text, "text", max_length=2_000),
        "owner": require_text(data.owner, "owner", max_length=120),
        "due_date": data.due_date,
    }


def _review_record(row: RiskReview) -> ReviewRecord:
    residual = (row.residual_likelihood, row.residual_impact)
    return from_attributes(
        ReviewRecord,
        row,
        level=risk_level(row.likelihood, row.impact),
        residual_level=risk_level(*residual) if None not in residual else None,  # type: ignore[arg-type]
    )


class RiskTreatmentService(Service):
    """Reviews, acceptances and treatment actions of the register's risks.

    ``today()`` (injectable for tests) dates acceptances, flags overdue actions
    and decides whether an acceptance has lapsed.
    """

    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(db)
        self._today = today

    # -- reviews ----------------------------------------------------------------

    def record_review(
        self,
        risk_id: int,
        data: ReviewInput,
        expected_version: int | None,
        cadence: Mapping[RiskLevel | str, int] | None = None,
    ) -> RiskRecord:
        """Keep a review and re-assess the risk; its next review follows from the residual
        level (the inherent one when not assessed after treatment) and ``cadence``
        (days by level; None: the defaults). A lapsed acceptance is stored as open."""
        today = self._today()
        values = _validate_review(data, today)
        with self.db.session() as session:
            risk = get_or_404(session, Risk, risk_id, "risk")
            lk = values["residual_likelihood"] or values["likelihood"]
            im = values["residual_impact"] or values["impact"]
            due = next_review_date(data.reviewed_on, risk_level(lk, im), cadence)
            changes = {
                key: values[key]
                for key in ("likelihood", "impact", "residual_likelihood", "residual_impact")
            }
            changes["next_review"] = due
            # The latest review stays the last one even when an older one is added late.
            changes["last_reviewed"] = max(data.reviewed_on, risk.last_reviewed or data.reviewed_on)
            if read_risk(session, risk_id, today).acceptance_lapsed:
                changes["status"] = RiskStatus.OPEN.value
            self._update(session, risk, changes, expected_version, "risk")
            self._create(session, RiskReview(risk_id=risk_id, next_review=due, **values))
            return read_risk(session, risk_id, today)

    def reviews(self, risk_id: int) -> list[ReviewRecord]:
        """A risk's reviews, latest first."""
        with self.db.read_session() as session:
            stmt = (
                select(RiskReview)
                .where(RiskReview.risk_id == risk_id)
                .order_by(RiskReview.reviewed_on.desc(), RiskReview.id.desc())
            )
            return [_review_record(row) for row in session.scalars(stmt)]

    # -- acceptance -------------------------------------------------------------

    def accept(
        self, risk_id: int, data: AcceptanceInput, expected_version: int | None
    ) -> RiskRecord:
        """Accept a risk until a date, with who decided and why (kept as a record).

        The risk's status becomes accepted and its treatment "accept". A closed
        risk is not accepted: there is nothing left to live with.
        """
        today = self._today()
        values = _validate_acceptance(data, today)
        with self.db.session() as session:
            risk = get_or_404(session, Risk, risk_id, "risk")
            if risk.status == RiskStatus.CLOSED.value:
                raise ValidationError("status", m.CLOSED_RISK_NOT_ACCEPTED())
            changes = {
                "status": RiskStatus.ACCEPTED.value,
                "treatment": Treatment.ACCEPT.value,
                "accepted_until": values["accepted_until"],
            }
            self._update(session, risk, changes, expected_version, "risk")
            self._create(session, RiskAcceptance(risk_id=risk_id, **values))
            return read_risk(session, risk_id, today)

    def acceptances(self, risk_id: int) -> list[AcceptanceRecord]:
        """Every acceptance of a risk, latest first."""
        today = self._today()
        with self.db.read_session() as session:
            stmt = (
                select(RiskAcceptance)
                .where(RiskAcceptance.risk_id == risk_id)
                .order_by(RiskAcceptance.accepted_on.desc(), RiskAcceptance.id.desc())
            )
            return [
                from_attributes(AcceptanceRecord, row, lapsed=row.accepted_until < today)
                for row in session.scalars(stmt)
            ]

    # -- treatment actions ------------------------------------------------------

    def _action_record(self, row: RiskAction, meeting_id: int | None) -> RiskActionRecord:
        overdue = row.done_on is None and row.due_date is not None and row.due_date < self._today()
        return from_attributes(
            RiskActionRecord, row, carried_meeting_id=meeting_id, overdue=overdue
        )

    def _read_action(self, session: Session, action_id: int) -> RiskActionRecord:
        row = get_or_404(session, RiskAction, action_id, _ACTION)
        meeting_id = None
        if row.carried_item_id is not None:
            meeting_id = session.scalar(
                select(ActionItem.meeting_id).where(ActionItem.id == row.carried_item_id)
            )
        return self._action_record(row, meeting_id)

    def actions(self, risk_id: int) -> list[RiskActionRecord]:
        """A risk's treatment actions: open first, each by due date (undated last)."""
        with self.db.read_session() as session:
            stmt = (
                select(RiskAction, ActionItem.meeting_id)
                .outerjoin(ActionItem, RiskAction.carried_item_id == ActionItem.id)
                .where(RiskAction.risk_id == risk_id)
                .order_by(
                    RiskAction.done_on.is_not(None),
                    RiskAction.due_date.is_(None),
                    RiskAction.due_date,
                    RiskAction.id,
                )
            )
            return [self._action_record(row, meeting) for row, meeting in session.execute(stmt)]

    def add_action(self, data: RiskActionInput) -> RiskActionRecord:
        values = _validate_action(data)
        with self.db.session() as session:
            get_or_404(session, Risk, data.risk_id, "risk")
            row = self._create(session, RiskAction(**values))
            return self._read_action(session, row.id)

    def set_done(
        self, action_id: int, done_on: dt.date | None, expected_version: int | None
    ) -> RiskActionRecord:
        """Mark an action done on ``done_on`` (None: not done again)."""
        with self.db.session() as session:
            row = get_or_404(session, RiskAction, action_id, _ACTION)
            self._update(session, row, {"done_on": done_on}, expected_version, _ACTION)
            return self._read_action(session, action_id)

    def delete_action(self, action_id: int, expected_version: int | None) -> None:
        self._delete_by_id(RiskAction, action_id, expected_version, _ACTION)

    def carry_to_one_on_one(self, action_id: int, expected_version: int | None) -> RiskActionRecord:
        """Raise the action in the next planned one-on-one with the risk's rep.

        The meeting gets an action item ("<risk>: <action>", the action's due
        date, owned by the rep when the action's owner is the rep, else by the
        manager) and the action remembers it. Refused when the risk has no rep,
        the rep has no planned one-on-one ahead, or the action is done or
        carried already.
        """
        with self.db.session() as session:
            action = get_or_404(session, RiskAction, action_id, _ACTION)
            risk = get_or_404(session, Risk, action.risk_id, "risk")
            if action.done_on is not None:
                raise ValidationError("done_on", m.DONE_ACTION_NOT_CARRIED())
            if action.carried_item_id is not None:
                raise ValidationError("carried_item_id", m.ACTION_ALREADY_CARRIED())
            if risk.rep_id is None:
                raise ValidationError("rep_id", m.RISK_HAS_NO_REP())
            rep = get_or_404(session, Rep, risk.rep_id, "rep")
            meeting_id = session.scalar(
                select(OneOnOne.id)
                .where(
                    OneOnOne.rep_id == rep.id,
                    OneOnOne.status == MeetingStatus.PLANNED.value,
                    OneOnOne.starts_at >= utcnow(),
                )
                .order_by(OneOnOne.starts_at, OneOnOne.id)
                .limit(1)
            )
            if meeting_id is None:
                raise ValidationError("meeting_id", m.NO_MEETING_AHEAD(name=rep.name))
            by_rep = action.owner.strip().casefold() == rep.name.strip().casefold()
            item_values = validate_action(
                ActionItemInput(
                    rep_id=rep.id,
                    text=f"{risk.title}: {action.text}",
                    meeting_id=meeting_id,
                    owner=ActionOwner.REP if by_rep else ActionOwner.MANAGER,
                    due_date=action.due_date,
                )
            )
            item = self._create(session, ActionItem(**item_values))
            self._update(session, action, {"carried_item_id": item.id}, expected_version, _ACTION)
            return self._read_action(session, action_id)


__all__ = [
    "AcceptanceInput",
    "AcceptanceRecord",
    "ReviewInput",
    "ReviewRecord",
    "RiskActionInput",
    "RiskActionRecord",
    "RiskTreatmentService",
]
