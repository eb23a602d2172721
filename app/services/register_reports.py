"""The data of the three register reports (risks, compliance, training), read-only.

Each report is a few statements whatever the size of the region: one per
section (the risk report's two heat maps come from one grouped query, its
table, overdue reviews and acceptances from one more). Plain frozen records
out (:mod:`app.services.register_report_records`); no Qt, no rendering.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import extract, func, or_, select
from sqlalchemy.orm import Session

from app.db.compliance import ComplianceItem
from app.db.engine import Database
from app.db.org import Region, Rep
from app.db.risks import Risk
from app.db.training import Course, TrainingAssignment
from app.domain import messages as m
from app.domain.enums import (
    AssignmentStatus,
    ComplianceCategory,
    ComplianceStatus,
    CourseCategory,
    RepStatus,
    RiskCategory,
    RiskStatus,
    Treatment,
)
from app.domain.risk import level_rank, risk_level
from app.services import pack_queries as q
from app.services.base import Service, get_or_404
from app.services.errors import ValidationError
from app.services.rates import load_rates_by_base, to_base
from app.services.register_report_records import (
    ComplianceReport,
    MatrixCell,
    ObligationLine,
    PermitLine,
    PlanLine,
    ReportRegion,
    RepTraining,
    RiskLine,
    RiskReport,
    TrainingReport,
)

#: Compliance statuses from worst to best: a matrix cell takes the worst of its obligations.
#: Not assessed is worse than compliant (nobody knows) but better than a known risk.
STATUS_SEVERITY: tuple[ComplianceStatus, ...] = (
    ComplianceStatus.NON_COMPLIANT,
    ComplianceStatus.AT_RISK,
    ComplianceStatus.NOT_ASSESSED,
    ComplianceStatus.COMPLIANT,
)

#: How far ahead the compliance report lists obligations falling due.
DUE_WITHIN_DAYS = 90

_LIVE = Risk.status != RiskStatus.CLOSED.value


def worst_status(statuses: Iterable[ComplianceStatus]) -> ComplianceStatus:
    """The most severe of ``statuses`` (at least one)."""
    return min(statuses, key=STATUS_SEVERITY.index)


def _region(session: Session, region_id: int) -> ReportRegion:
    row = get_or_404(session, Region, region_id, "region")
    countries = tuple(c.strip().upper() for c in (row.countries or "").split(",") if c.strip())
    return ReportRegion(row.id, row.name, row.name_zh, row.base_currency, countries)


# -- risks ------------------------------------------------------------------------------


def _heat_maps(session: Session, region_id: int) -> tuple[dict[Any, int], dict[Any, int]]:
    """Both heat maps of the region's live risks from one grouped query."""
    rlk = func.coalesce(Risk.residual_likelihood, Risk.likelihood)
    rim = func.coalesce(Risk.residual_impact, Risk.impact)
    stmt = (
        select(Risk.likelihood, Risk.impact, rlk, rim, func.count())
        .where(Risk.region_id == region_id, _LIVE)
        .group_by(Risk.likelihood, Risk.impact, rlk, rim)
    )
    inherent: dict[Any, int] = {}
    residual: dict[Any, int] = {}
    for lk, im, r_lk, r_im, n in session.execute(stmt):
        inherent[(int(lk), int(im))] = inherent.get((int(lk), int(im)), 0) + int(n)
        residual[(int(r_lk), int(r_im))] = residual.get((int(r_lk), int(r_im)), 0) + int(n)
    return inherent, residual


def _risk_line(row: Any) -> RiskLine:
    assessed = row.residual_likelihood is not None and row.residual_impact is not None
    r_lk = row.residual_likelihood if assessed else row.likelihood
    r_im = row.residual_impact if assessed else row.impact
    return RiskLine(
        id=row.id,
        title=row.title,
        category=RiskCategory(row.category),
        rep_name=row.rep_name,
        rep_name_zh=row.rep_name_zh,
        customer=row.customer,
        owner=row.owner,
        likelihood=row.likelihood,
        impact=row.impact,
        level=risk_level(row.likelihood, row.impact),
        residual_likelihood=r_lk,
        residual_impact=r_im,
        residual_level=risk_level(r_lk, r_im),
        residual_assessed=assessed,
        treatment=Treatment(row.treatment),
        status=RiskStatus(row.status),
        next_review=row.next_review,
    )


def _risk_lines(session: Session, region_id: int) -> tuple[list[RiskLine], int]:
    """The region's live risks (worst residual level, then score, first) and the closed count."""
    stmt = (
        select(
            Risk.id,
            Risk.title,
            Risk.category,
            Risk.customer,
            Risk.owner,
            Risk.likelihood,
            Risk.impact,
            Risk.residual_likelihood,
            Risk.residual_impact,
            Risk.treatment,
            Risk.status,
            Risk.next_review,
            Rep.name.label("rep_name"),
            Rep.name_zh.label("rep_name_zh"),
        )
        .outerjoin(Rep, Risk.rep_id == Rep.id)
        .where(Risk.region_id == region_id)
    )
    lines, closed = [], 0
    for row in session.execute(stmt):
        if row.status == RiskStatus.CLOSED.value:
            closed += 1
        else:
            lines.append(_risk_line(row))
    lines.sort(
        key=lambda r: (
            -level_rank(r.residual_level),
            -r.residual_score,
            -level_rank(r.level),
            r.title.casefold(),
            r.id,
        )
    )
    return lines, closed


# -- compliance ---------------------------------------------------------------------------

_OBLIGATION_COLUMNS = (
    ComplianceItem.id,
    ComplianceItem.country,
    ComplianceItem.category,
    ComplianceItem.obligation,
    ComplianceItem.owner,
    Rep.name,
    Rep.name_zh,
    ComplianceItem.due_date,
    ComplianceItem.status,
    ComplianceItem.last_checked,
)


def _obligations(session: Session, *where: Any) -> tuple[ObligationLine, ...]:
    stmt = (
        select(*_OBLIGATION_COLUMNS)
        .outerjoin(Rep, ComplianceItem.rep_id == Rep.id)
        .where(*where)
        .order_by(
            ComplianceItem.due_date.is_(None),
            ComplianceItem.due_date,
            ComplianceItem.country,
            ComplianceItem.id,
        )
    )
    return tuple(
        ObligationLine(
            row[0],
            row[1],
            ComplianceCategory(row[2]),
            row[3],
            row[4],
            row[5],
            row[6],
            row[7],
            ComplianceStatus(row[8]),
            row[9],
        )
        for row in session.execute(stmt)
    )


def _matrix(session: Session, region_id: int) -> dict[tuple[str, ComplianceCategory], MatrixCell]:
    """Country × category: the worst status and the count, from one grouped query."""
    stmt = (
        select(ComplianceItem.country, ComplianceItem.category, ComplianceItem.status, func.count())
        .where(ComplianceItem.region_id == region_id)
        .group_by(ComplianceItem.country, ComplianceItem.category, ComplianceItem.status)
    )
    found: dict[tuple[str, ComplianceCategory], list[tuple[ComplianceStatus, int]]] = {}
    for country, category, status, n in session.execute(stmt):
        key = (country, ComplianceCategory(category))
        found.setdefault(key, []).append((ComplianceStatus(status), int(n)))
    return {
        key: MatrixCell(worst_status(s for s, _ in parts), sum(n for _, n in parts))
        for key, parts in found.items()
    }


def _permits_due(session: Session, region_id: int, horizon: dt.date) -> tuple[PermitLine, ...]:
    stmt = (
        select(
            Rep.name,
            Rep.name_zh,
            Rep.posting_country,
            Rep.work_permit_number,
            Rep.work_permit_expiry,
        )
        .where(
            Rep.region_id == region_id,
            Rep.status != RepStatus.INACTIVE.value,
            Rep.work_permit_expiry <= horizon,
        )
        .order_by(Rep.work_permit_expiry, Rep.name, Rep.id)
    )
    return tuple(PermitLine(*row) for row in session.execute(stmt))


# -- training -----------------------------------------------------------------------------


def _in_year(year: int) -> Any:
    """An assignment belongs to the year's plan when it is due or was completed in it."""
    return or_(
        extract("year", TrainingAssignment.due_date) == year,
        extract("year", TrainingAssignment.completed_on) == year,
    )


def _plan_rows(session: Session, region_id: int, year: int) -> list[Any]:
    stmt = (
        select(
            Rep.id,
            Rep.name,
            Rep.name_zh,
            Course.title,
            Course.title_zh,
            Course.category,
            Course.hours,
            TrainingAssignment.due_date,
            TrainingAssignment.status,
            TrainingAssignment.completed_on,
            TrainingAssignment.score,
            # What was paid for the rep, else the course's list price.
            func.coalesce(TrainingAssignment.cost, Course.cost).label("cost"),
            func.coalesce(TrainingAssignment.currency, Course.currency).label("currency"),
        )
        .join(Rep, TrainingAssignment.rep_id == Rep.id)
        .join(Course, TrainingAssignment.course_id == Course.id)
        .where(Rep.region_id == region_id, _in_year(year))
        .order_by(Rep.name, Rep.id, TrainingAssignment.due_date, TrainingAssignment.id)
    )
    return list(session.execute(stmt))


def _per_rep(plan: Iterable[PlanLine]) -> tuple[RepTraining, ...]:
    reps: dict[int, dict[str, Any]] = {}
    for line in plan:
        rep = reps.setdefault(
            line.rep_id,
            {
                "rep_id": line.rep_id,
                "rep_name": line.rep_name,
                "rep_name_zh": line.rep_name_zh,
                "planned": 0,
                "completed": 0,
                "waived": 0,
                "hours_completed": Decimal(0),
                "hours_planned": Decimal(0),
                "cost_base": Decimal(0),
                "cost_incomplete": False,
            },
        )
        rep["planned"] += 1
        if line.status is AssignmentStatus.WAIVED:
            rep["waived"] += 1
            continue
        rep["hours_planned"] += line.hours
        if line.status is AssignmentStatus.COMPLETED:
            rep["completed"] += 1
            rep["hours_completed"] += line.hours
        if line.cost_base is not None:
            rep["cost_base"] += line.cost_base
        elif line.cost is not None:
            rep["cost_incomplete"] = True
    return tuple(RepTraining(**values) for values in reps.values())


class RegisterReportService(Service):
    """Reads what the risk, compliance and training reports print (read-only)."""

    @classmethod
    def connect(cls, db_url: str) -> RegisterReportService:
        """A service over its own connection to ``db_url``; :meth:`close` releases it."""
        return cls(Database(db_url))

    def close(self) -> None:
        self.db.dispose()

    def resolve_region(self, text: str) -> int:
        """A region id from an id or a name (Latin or Chinese, any case); a
        ValidationError naming "region" when none or several match."""
        if not text or not text.strip():
            raise ValidationError("region", m.GIVE_REGION())
        with self.db.read_session() as session:
            return q.pick_region(session, text)

    def risks(self, region_id: int, today: dt.date) -> RiskReport:
        """The live register: both heat maps, the risks by residual level, reviews
        overdue on ``today`` and accepted risks. Three statements."""
        with self.db.read_session() as session:
            region = _region(session, region_id)
            inherent, residual = _heat_maps(session, region_id)
            lines, closed = _risk_lines(session, region_id)
        overdue = sorted(
            (r for r in lines if r.next_review is not None and r.next_review < today),
            key=lambda r: (r.next_review, r.id),
        )
        accepted = [r for r in lines if r.treatment is Treatment.ACCEPT]
        return RiskReport(
            region, today, inherent, residual, tuple(lines), closed, tuple(overdue), tuple(accepted)
        )

    def compliance(
        self, region_id: int, today: dt.date, within_days: int = DUE_WITHIN_DAYS
    ) -> ComplianceReport:
        """Country × category matrix, obligations and permits due within ``within_days``
        (overdue included), non-compliant obligations. Five statements."""
        horizon = today + dt.timedelta(days=within_days)
        in_region = ComplianceItem.region_id == region_id
        with self.db.read_session() as session:
            region = _region(session, region_id)
            matrix = _matrix(session, region_id)
            due = _obligations(session, in_region, ComplianceItem.due_date <= horizon)
            non_compliant = _obligations(
                session, in_region, ComplianceItem.status == ComplianceStatus.NON_COMPLIANT.value
            )
            permits = _permits_due(session, region_id, horizon)
        extra = sorted({c for c, _ in matrix} - set(region.countries))
        return ComplianceReport(
            region,
            today,
            within_days,
            (*region.countries, *extra),
            matrix,
            due,
            permits,
            non_compliant,
        )

    def training(self, region_id: int, year: int) -> TrainingReport:
        """The year's plan of the region's reps with costs in the base currency at the
        rate in force on the day each counts, and totals per rep. Three statements."""
        with self.db.read_session() as session:
            region = _region(session, region_id)
            rows = _plan_rows(session, region_id, year)
            currencies = {r.currency for r in rows if r.cost is not None and r.currency}
            base = region.base_currency
            rates = load_rates_by_base(session, [base], currencies=currencies - {base})[base]
        plan, missing = [], set()
        for row in rows:
            cost_base = None
            if row.cost is not None and row.currency:
                on = row.completed_on or row.due_date or dt.date(year, 12, 31)
                cost_base = to_base(Decimal(row.cost), row.currency, base, rates, on)
                if cost_base is None:
                    missing.add(row.currency)
            plan.append(
                PlanLine(
                    *row[:5],
                    CourseCategory(row.category),
                    Decimal(row.hours),
                    row.due_date,
                    AssignmentStatus(row.status),
                    row.completed_on,
                    row.score,
                    row.cost,
                    row.currency,
                    cost_base,
                )
            )
        return TrainingReport(region, year, tuple(plan), _per_rep(plan), tuple(sorted(missing)))


__all__ = ["DUE_WITHIN_DAYS", "STATUS_SEVERITY", "RegisterReportService", "worst_status"]
