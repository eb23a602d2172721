"""The region's risk register: the Risks area's use cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.org import Region, Rep
from app.db.risks import Risk
from app.domain import messages as m
from app.domain.enums import RiskCategory, RiskLevel, RiskStatus, Treatment
from app.domain.risk import RISK_MATRIX, effective_status, level_rank, risk_level, risk_score
from app.domain.validation import ValidationError, require_choice, require_text
from app.services.base import (
    Editable,
    Page,
    PageRequest,
    Service,
    count_rows,
    from_attributes,
    linked_row,
    one_or_404,
)
from app.services.listing import own_columns, sorted_window, where_chosen, where_given, where_search

_RATINGS = range(1, 6)
#: Acceptances running out within this many days are shown on the dashboard.
ACCEPTANCE_NOTICE_DAYS = 30


@dataclass(frozen=True)
class RiskInput:
    region_id: int
    category: RiskCategory | str
    title: str
    likelihood: int
    impact: int
    owner: str
    cause: str | None = None
    residual_likelihood: int | None = None
    residual_impact: int | None = None
    treatment: Treatment | str = Treatment.REDUCE
    controls: str | None = None
    status: RiskStatus | str = RiskStatus.OPEN
    next_review: dt.date | None = None
    rep_id: int | None = None
    customer: str | None = None


@dataclass(frozen=True)
class RiskRecord:
    id: int
    version: int
    region_id: int
    rep_id: int | None
    rep_name: str | None
    customer: str | None
    category: RiskCategory
    title: str
    cause: str | None
    likelihood: int
    impact: int
    residual_likelihood: int | None
    residual_impact: int | None
    treatment: Treatment
    controls: str | None
    owner: str
    status: RiskStatus
    next_review: dt.date | None
    score: int
    level: RiskLevel
    residual_score: int | None
    residual_level: RiskLevel | None
    last_reviewed: dt.date | None = None
    #: Through when the risk is accepted (kept after the date passes, for the record).
    accepted_until: dt.date | None = None
    #: The next review date has passed (a closed risk is never overdue).
    review_overdue: bool = False
    #: The stored status; ``status`` is what it reads as today (see effective_status).
    stored_status: RiskStatus = RiskStatus.OPEN

    @property
    def acceptance_lapsed(self) -> bool:
        """Accepted once, but the acceptance has run out: open again."""
        return self.stored_status is RiskStatus.ACCEPTED and self.status is RiskStatus.OPEN

    @property
    def assessed_level(self) -> RiskLevel:
        """The level the register lives with: residual when assessed, else inherent."""
        return self.residual_level or self.level


def validate_risk(data: RiskInput) -> dict[str, Any]:
    risk_score(data.likelihood, data.impact)  # raises naming likelihood / impact
    residual = (data.residual_likelihood, data.residual_impact)
    if (residual[0] is None) != (residual[1] is None):
        missing = "residual_impact" if residual[1] is None else "residual_likelihood"
        raise ValidationError(missing, m.RESIDUAL_BOTH())
    if residual[0] is not None:
        try:
            risk_score(residual[0], residual[1])  # type: ignore[arg-type]
        except ValidationError as exc:
            raise exc.renamed(f"residual_{exc.field}") from None
    return {
        "region_id": data.region_id,
        "rep_id": data.rep_id,
        "customer": require_text(data.customer, "customer", max_length=200, required=False),
        "category": require_choice(data.category, RiskCategory, "category").value,
        "title": require_text(data.title, "title", max_length=200),
        "cause": require_text(data.cause, "cause", max_length=10_000, required=False),
        "likelihood": data.likelihood,
        "impact": data.impact,
        "residual_likelihood": residual[0],
        "residual_impact": residual[1],
        "treatment": require_choice(data.treatment, Treatment, "treatment").value,
        "controls": require_text(data.controls, "controls", max_length=10_000, required=False),
        "owner": require_text(data.owner, "owner", max_length=120),
        "status": require_choice(data.status, RiskStatus, "status").value,
        "next_review": data.next_review,
    }


def risk_record(row: Risk, rep_name: str | None, today: dt.date) -> RiskRecord:
    """The record of a risk row as it reads on ``today`` (effective status, overdue review)."""
    residual = (row.residual_likelihood, row.residual_impact)
    has_residual = None not in residual
    status = effective_status(row.status, row.accepted_until, today)
    return from_attributes(
        RiskRecord,
        row,
        rep_name=rep_name,
        category=RiskCategory(row.category),
        treatment=Treatment(row.treatment),
        status=status,
        stored_status=RiskStatus(row.status),
        review_overdue=(
            status is not RiskStatus.CLOSED
            and row.next_review is not None
            and row.next_review < today
        ),
        score=risk_score(row.likelihood, row.impact),
        level=risk_level(row.likelihood, row.impact),
        residual_score=risk_score(*residual) if has_residual else None,  # type: ignore[arg-type]
        residual_level=risk_level(*residual) if has_residual else None,  # type: ignore[arg-type]
    )


def _cells_at_least(level: RiskLevel) -> list[tuple[int, int]]:
    floor = level_rank(level)
    return [
        (lk, im)
        for lk in _RATINGS
        for im in _RATINGS
        if level_rank(RISK_MATRIX[lk - 1][im - 1]) >= floor
    ]


def level_at_least(level: RiskLevel, likelihood: Any, impact: Any) -> ColumnElement[bool]:
    """SQL for "the cell's level is at least ``level``", from the domain's matrix."""
    return or_(*(and_(likelihood == lk, impact == im) for lk, im in _cells_at_least(level)))


def _level_rank_sql() -> ColumnElement[int]:
    """The level rank (0 low … 3 critical) of a risk's cell, for sorting in SQL."""
    whens = [
        (and_(Risk.likelihood == lk, Risk.impact == im), level_rank(RISK_MATRIX[lk - 1][im - 1]))
        for lk in _RATINGS
        for im in _RATINGS
    ]
    return case(*whens, else_=0)


RISK_SORT_COLUMNS: dict[str, Any] = {
    **own_columns(
        Risk,
        "title",
        "category",
        "likelihood",
        "impact",
        "owner",
        "status",
        "next_review",
        "customer",
        "treatment",
    ),
    "score": Risk.likelihood * Risk.impact,
    "level": _level_rank_sql(),
    "residual_score": Risk.residual_likelihood * Risk.residual_impact,
    "rep_name": Rep.name,
}


def effective_status_sql(today: dt.date) -> ColumnElement[str]:
    """SQL for the status a risk reads as on ``today`` (see effective_status)."""
    lapsed = and_(
        Risk.status == RiskStatus.ACCEPTED.value,
        Risk.accepted_until.is_not(None),
        Risk.accepted_until < today,
    )
    return case((lapsed, RiskStatus.OPEN.value), else_=Risk.status)


def residual_cell_sql() -> tuple[ColumnElement[int], ColumnElement[int]]:
    """(likelihood, impact) after treatment, the inherent ones where not assessed yet."""
    return (
        func.coalesce(Risk.residual_likelihood, Risk.likelihood),
        func.coalesce(Risk.residual_impact, Risk.impact),
    )


def risk_select() -> Select[Any]:
    """A risk row with its rep's name (None without a rep), for :func:`risk_record`."""
    return select(Risk, Rep.name).outerjoin(Rep, Risk.rep_id == Rep.id)


def read_risk(session: Session, risk_id: int, today: dt.date) -> RiskRecord:
    """The record of risk ``risk_id`` as it reads on ``today``; NotFoundError if none."""
    return risk_record(*one_or_404(session, risk_select(), Risk, risk_id, "risk"), today)


def _where_cell(stmt: Select[Any], filters: Mapping[str, Any]) -> Select[Any]:
    """Narrow to one heat-map cell: ``inherent_cell`` or ``residual_cell`` (likelihood, impact)."""
    if filters.get("inherent_cell"):
        lk, im = filters["inherent_cell"]
        stmt = stmt.where(Risk.likelihood == lk, Risk.impact == im)
    if filters.get("residual_cell"):
        lk, im = filters["residual_cell"]
        rlk, rim = residual_cell_sql()
        stmt = stmt.where(rlk == lk, rim == im)
    return stmt


def _check_risk_links(session: Session, values: Mapping[str, Any]) -> None:
    linked_row(session, Region, values["region_id"], "region_id", "region")
    rep_id = values["rep_id"]
    if rep_id is None:
        return
    rep = linked_row(session, Rep, rep_id, "rep_id", "rep")
    if rep.region_id != values["region_id"]:
        raise ValidationError("rep_id", m.OTHER_REGION(name=rep.name))


def _refuse_unrecorded_acceptance(data: RiskInput, stored: RiskRecord | None) -> None:
    # Accepting is a decision with a record (RiskTreatmentService.accept); an edit
    # may keep a risk accepted, never make it so.
    try:
        asked = RiskStatus(data.status)
    except ValueError:
        return  # validate_risk names the bad status
    if asked is RiskStatus.ACCEPTED and (stored is None or stored.status is not asked):
        raise ValidationError("status", m.ACCEPT_WITH_RECORD())


class RiskService(Service):
    """The risk register, its heat maps, the high-risk list and what needs attention.

    Records read as on ``today()`` (injectable for tests): an acceptance past its
    date shows the risk open again, a next review before today is overdue.
    """

    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(db)
        self._today = today
        self._risks = Editable(
            Risk,
            "risk",
            validate_risk,
            _check_risk_links,
            lambda session, risk_id: read_risk(session, risk_id, self._today()),
        )

    def get(self, risk_id: int) -> RiskRecord:
        with self.db.read_session() as session:
            return read_risk(session, risk_id, self._today())

    def _filtered(
        self, stmt: Select[Any], filters: Mapping[str, Any], today: dt.date
    ) -> Select[Any]:
        """``stmt`` narrowed by the register's filters (see :meth:`list_risks`)."""
        f = filters
        stmt = where_given(
            stmt, f, {"id": Risk.id, "region_id": Risk.region_id, "rep_id": Risk.rep_id}
        )
        stmt = where_chosen(
            stmt,
            f,
            {
                "status": (effective_status_sql(today), RiskStatus),
                "category": (Risk.category, RiskCategory),
            },
        )
        if f.get("min_level"):
            level = RiskLevel(f["min_level"])
            stmt = stmt.where(level_at_least(level, Risk.likelihood, Risk.impact))
        if f.get("review_overdue"):
            stmt = stmt.where(Risk.next_review < today, Risk.status != RiskStatus.CLOSED.value)
        return stmt

    def list_risks(self, request: PageRequest | None = None) -> Page[RiskRecord]:
        """A page of risks; filters ``region_id``, ``rep_id``, ``status`` (as it reads
        today), ``category``, ``min_level`` (inherent level at least this),
        ``review_overdue`` (True), and one heat-map cell: ``inherent_cell`` or
        ``residual_cell`` as (likelihood, impact)."""
        request = request or PageRequest()
        today = self._today()
        with self.db.read_session() as session:
            stmt = self._filtered(risk_select(), request.filters, today)
            stmt = _where_cell(stmt, request.filters)
            stmt = where_search(
                stmt, request.search, Risk.title, Risk.cause, Risk.customer, Risk.owner, Rep.name
            )
            total = count_rows(session, stmt)
            # Default: worst first, as a register is read.
            asked = request if request.sort else replace(request, sort="score", descending=True)
            stmt = sorted_window(stmt, asked, RISK_SORT_COLUMNS, "score", Risk.id)
            rows = [risk_record(*found, today) for found in session.execute(stmt)]
            return Page(rows=rows, total=total, offset=request.offset)

    def create(self, data: RiskInput) -> RiskRecord:
        _refuse_unrecorded_acceptance(data, None)
        return self._create_from(self._risks, data)

    def update(self, risk_id: int, data: RiskInput, expected_version: int | None) -> RiskRecord:
        """Change a risk's fields; an accepted one may stay accepted (its record kept)."""
        _refuse_unrecorded_acceptance(data, self.get(risk_id))
        return self._update_from(self._risks, risk_id, data, expected_version)

    def delete(self, risk_id: int, expected_version: int | None) -> None:
        self._delete_by_id(Risk, risk_id, expected_version, "risk")

    def heat_map(
        self,
        region_id: int | None,
        residual: bool = False,
        filters: Mapping[str, Any] | None = None,
        search: str | None = None,
    ) -> list[list[int]]:
        """Counts of live (not closed) risks per cell: ``grid[likelihood-1][impact-1]``.

        With ``residual`` the rating after treatment is used, falling back to
        the inherent one for risks not assessed after treatment yet. ``region_id``
        None counts every region; ``filters`` and ``search`` narrow as in
        :meth:`list_risks` (a cell filter is ignored: the map shows every cell).
        One aggregate query (GROUP BY likelihood, impact), no rows loaded.
        """
        lk, im = residual_cell_sql() if residual else (Risk.likelihood, Risk.impact)
        grid = [[0] * 5 for _ in _RATINGS]
        given = {k: v for k, v in (filters or {}).items() if v is not None and v != ""}
        given["region_id"] = region_id
        with self.db.read_session() as session:
            stmt = select(lk, im, func.count()).where(Risk.status != RiskStatus.CLOSED.value)
            if search and search.strip():
                stmt = stmt.outerjoin(Rep, Risk.rep_id == Rep.id)
                stmt = where_search(
                    stmt, search, Risk.title, Risk.cause, Risk.customer, Risk.owner, Rep.name
                )
            stmt = self._filtered(stmt, given, self._today()).group_by(lk, im)
            for likelihood, impact, n in session.execute(stmt):
                grid[int(likelihood) - 1][int(impact) - 1] = int(n)
        return grid

    def high_risks(self, region_id: int | None) -> list[RiskRecord]:
        """Live (not closed) risks of a region (None: every region) whose
        inherent level is high or critical, highest score first. One query."""
        today = self._today()
        with self.db.read_session() as session:
            stmt = (
                risk_select()
                .where(
                    Risk.status != RiskStatus.CLOSED.value,
                    level_at_least(RiskLevel.HIGH, Risk.likelihood, Risk.impact),
                )
                .order_by((Risk.likelihood * Risk.impact).desc(), Risk.id)
            )
            if region_id is not None:
                stmt = stmt.where(Risk.region_id == region_id)
            return [risk_record(*found, today) for found in session.execute(stmt)]

    def needing_attention(
        self, region_id: int | None, days: int = ACCEPTANCE_NOTICE_DAYS
    ) -> list[RiskRecord]:
        """Live risks whose review is overdue or whose acceptance runs out within ``days``
        (today included), soonest date first. One query."""
        today = self._today()
        horizon = today + dt.timedelta(days=days)
        expiring = and_(
            Risk.status == RiskStatus.ACCEPTED.value,
            Risk.accepted_until >= today,
            Risk.accepted_until <= horizon,
        )
        with self.db.read_session() as session:
            stmt = risk_select().where(
                Risk.status != RiskStatus.CLOSED.value,
                or_(Risk.next_review < today, expiring),
            )
            if region_id is not None:
                stmt = stmt.where(Risk.region_id == region_id)
            first = func.coalesce(
                case((Risk.next_review < today, Risk.next_review), else_=None),
                Risk.accepted_until,
            )
            stmt = stmt.order_by(first, Risk.id)
            return [risk_record(*found, today) for found in session.execute(stmt)]


def acceptance_expiring(record: RiskRecord, today: dt.date, days: int) -> bool:
    """Whether ``record`` is accepted through a date within ``days`` of ``today``."""
    return (
        record.status is RiskStatus.ACCEPTED
        and record.accepted_until is not None
        and today <= record.accepted_until <= today + dt.timedelta(days=days)
    )


__all__ = [
    "ACCEPTANCE_NOTICE_DAYS",
    "RiskInput",
    "RiskRecord",
    "RiskService",
    "acceptance_expiring",
    "effective_status_sql",
    "level_at_least",
    "read_risk",
    "residual_cell_sql",
    "risk_record",
    "risk_select",
    "validate_risk",
]
