"""What the three register reports print (risks, compliance, training), as plain frozen data.

The renderers in :mod:`app.reports.registers` read only these dataclasses;
:mod:`app.services.register_reports` fills them from the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from app.domain.enums import (
    AssignmentStatus,
    ComplianceCategory,
    ComplianceStatus,
    CourseCategory,
    RiskCategory,
    RiskLevel,
    RiskStatus,
    Treatment,
)

#: Cell of a 5×5 heat map: (likelihood, impact) -> number of risks.
Heat = Mapping[tuple[int, int], int]


@dataclass(frozen=True)
class ReportRegion:
    """The region a report is about."""

    id: int
    name: str
    name_zh: str | None
    base_currency: str
    #: The region's countries as configured (ISO codes), in their configured order.
    countries: tuple[str, ...]


# -- risks ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RiskLine:
    """One live risk of the register."""

    id: int
    title: str
    category: RiskCategory
    rep_name: str | None
    rep_name_zh: str | None
    customer: str | None
    owner: str
    likelihood: int
    impact: int
    level: RiskLevel
    #: The rating after treatment; the inherent one when not assessed after treatment yet
    #: (``residual_assessed`` False), as the residual heat map counts it.
    residual_likelihood: int
    residual_impact: int
    residual_level: RiskLevel
    residual_assessed: bool
    treatment: Treatment
    status: RiskStatus
    next_review: dt.date | None

    @property
    def residual_score(self) -> int:
        return self.residual_likelihood * self.residual_impact


@dataclass(frozen=True)
class RiskReport:
    """The risk register of a region on ``today``.

    ``risks`` are the live (open or monitoring) risks, worst residual level first.
    ``accepted``: live risks whose treatment is "accept". The schema has no
    acceptance record yet (who accepted, until when); when it has, the report
    service's acceptance query is the one place to extend.
    """

    region: ReportRegion
    today: dt.date
    heat_inherent: Heat
    heat_residual: Heat
    risks: tuple[RiskLine, ...]
    closed_count: int
    overdue: tuple[RiskLine, ...]
    accepted: tuple[RiskLine, ...]


# -- compliance ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MatrixCell:
    """A country × category cell: its worst status and how many obligations it holds."""

    status: ComplianceStatus
    count: int


@dataclass(frozen=True)
class ObligationLine:
    id: int
    country: str
    category: ComplianceCategory
    obligation: str
    owner: str
    rep_name: str | None
    rep_name_zh: str | None
    due_date: dt.date | None
    status: ComplianceStatus
    last_checked: dt.date | None


@dataclass(frozen=True)
class PermitLine:
    """A posted rep's work permit expiring (read from the Team data)."""

    rep_name: str
    rep_name_zh: str | None
    country: str
    number: str | None
    expiry: dt.date


@dataclass(frozen=True)
class ComplianceReport:
    region: ReportRegion
    today: dt.date
    within_days: int
    #: The rows of the matrix: the region's countries, then any other an obligation names.
    countries: tuple[str, ...]
    matrix: Mapping[tuple[str, ComplianceCategory], MatrixCell]
    #: Obligations due by ``today + within_days`` (overdue ones included), soonest first.
    due: tuple[ObligationLine, ...]
    permits_due: tuple[PermitLine, ...]
    non_compliant: tuple[ObligationLine, ...]


# -- training -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanLine:
    """One course planned for a rep in the year."""

    rep_id: int
    rep_name: str
    rep_name_zh: str | None
    course_title: str
    course_title_zh: str | None
    category: CourseCategory
    hours: Decimal
    due_date: dt.date | None
    status: AssignmentStatus
    completed_on: dt.date | None
    score: Decimal | None
    cost: Decimal | None
    currency: str | None
    #: ``cost`` in the region's base currency at the rate in force on the day it
    #: counts (completed on, else due); None without a cost or without a rate.
    cost_base: Decimal | None


@dataclass(frozen=True)
class RepTraining:
    """A rep's year: courses planned, completed, hours and cost in the base currency."""

    rep_id: int
    rep_name: str
    rep_name_zh: str | None
    planned: int
    completed: int
    waived: int
    hours_completed: Decimal
    hours_planned: Decimal
    cost_base: Decimal
    #: Some cost could not be converted (no rate in force): ``cost_base`` leaves it out.
    cost_incomplete: bool

    @property
    def completion_rate(self) -> Decimal | None:
        """Completed courses in percent of those not waived; None when there are none."""
        return completion_rate(self.completed, self.planned - self.waived)


@dataclass(frozen=True)
class TrainingReport:
    region: ReportRegion
    year: int
    plan: tuple[PlanLine, ...]
    per_rep: tuple[RepTraining, ...]
    #: Currencies with a cost but no rate into the base currency on the day it counts.
    missing_rates: tuple[str, ...]

    @property
    def planned(self) -> int:
        return len(self.plan)

    @property
    def completed(self) -> int:
        return sum(r.completed for r in self.per_rep)

    @property
    def completion_rate(self) -> Decimal | None:
        waived = sum(r.waived for r in self.per_rep)
        return completion_rate(self.completed, self.planned - waived)

    @property
    def hours_completed(self) -> Decimal:
        return sum((r.hours_completed for r in self.per_rep), Decimal(0))

    @property
    def cost_base(self) -> Decimal:
        return sum((r.cost_base for r in self.per_rep), Decimal(0))


def completion_rate(completed: int, due: int) -> Decimal | None:
    """``completed`` in percent of ``due`` (one decimal); None when nothing was due."""
    if due <= 0:
        return None
    return (Decimal(100) * completed / due).quantize(Decimal("0.1"))


__all__ = [
    "ComplianceReport",
    "Heat",
    "MatrixCell",
    "ObligationLine",
    "PermitLine",
    "PlanLine",
    "RepTraining",
    "ReportRegion",
    "RiskLine",
    "RiskReport",
    "TrainingReport",
    "completion_rate",
]
