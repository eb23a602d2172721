"""A PDF review pack as plain frozen data: what :mod:`app.reports` renders.

:class:`~app.services.pack_data.PackDataService` loads it (the rules of what a
pack selects are there); :mod:`app.services.pack_queries` builds its parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from app.domain.enums import (
    ActionOwner,
    AssignmentStatus,
    CycleKind,
    GoalStatus,
    MeetingStatus,
    Metric,
    ReviewStatus,
    RiskCategory,
    RiskLevel,
    RiskStatus,
)
from app.domain.periods import Period


@dataclass(frozen=True)
class PackKpi:
    metric: Metric
    weight: Decimal
    target: Decimal | None
    actual: Decimal | None
    unit: str
    attainment: Decimal | None
    score: Decimal | None
    comment: str | None


@dataclass(frozen=True)
class PackMonth:
    """One month of the cycle period, main metric."""

    month: Period
    target: Decimal | None
    actual: Decimal | None


@dataclass(frozen=True)
class PackQuarter:
    """One of the last four quarters ending with the cycle's end, main metric."""

    quarter: Period
    attainment: Decimal | None


@dataclass(frozen=True)
class PackPeer:
    """A review of the region in the cycle; others than the rep are labelled by rank only."""

    label: str
    weighted_score: Decimal | None
    is_rep: bool


@dataclass(frozen=True)
class PackGoal:
    text: str
    due_date: date | None
    status: GoalStatus
    course_title: str | None


@dataclass(frozen=True)
class PackTraining:
    course_title: str
    status: AssignmentStatus
    due_date: date | None
    completed_on: date | None


@dataclass(frozen=True)
class PackAction:
    text: str
    owner: ActionOwner
    due_date: date | None
    done: bool


@dataclass(frozen=True)
class PackMeeting:
    """A one-on-one; there is deliberately no private-note field (it is never read for a pack)."""

    starts_at: datetime
    rep_time_zone: str
    status: MeetingStatus
    notes: str | None
    actions: tuple[PackAction, ...]


@dataclass(frozen=True)
class PackRisk:
    title: str
    category: RiskCategory
    score: int
    level: RiskLevel
    status: RiskStatus
    next_review: date | None


@dataclass(frozen=True)
class PackCompliance:
    title: str
    category: str
    due_date: date | None
    status: str


@dataclass(frozen=True)
class PackData:
    document_id: str  # stable for (review id, review version), e.g. "OP-R000123-V4"
    issued_on: date  # the review's signed date, else the cycle's end: never today
    rep_name: str
    rep_name_zh: str | None
    region_name: str
    region_name_zh: str | None
    country: str
    city: str | None
    cycle_name: str
    cycle_kind: CycleKind
    period: Period
    reviewer_name: str | None
    status: ReviewStatus
    signed_at: datetime | None
    acknowledged_at: datetime | None
    overall_rating: int | None
    weighted_score: Decimal | None
    strengths: str | None
    improvements: str | None
    manager_summary: str | None
    rep_comments: str | None
    kpis: tuple[PackKpi, ...]
    main_metric: Metric
    main_unit: str
    months: tuple[PackMonth, ...]
    quarters: tuple[PackQuarter, ...]
    peers: tuple[PackPeer, ...]
    goals: tuple[PackGoal, ...]
    training: tuple[PackTraining, ...]
    meetings: tuple[PackMeeting, ...]  # in the cycle period, oldest first
    risks: tuple[PackRisk, ...]
    compliance: tuple[PackCompliance, ...]
    work_permit_expiry: date | None
    # Added beyond the contract: the exact span (``period`` is a whole calendar
    # period; a probation cycle may cover another span) and ids for file names.
    period_start: date | None = None
    period_end: date | None = None
    review_id: int | None = None
    review_version: int | None = None


class RegionRow(NamedTuple):
    """One rep of a region summary (a tuple, so it also unpacks positionally)."""

    rep_name: str
    rep_name_zh: str | None
    status: ReviewStatus
    weighted_score: Decimal | None
    overall_rating: int | None


@dataclass(frozen=True)
class RegionSummary:
    region_name: str
    region_name_zh: str | None
    cycle_name: str
    period: Period
    rows: tuple[RegionRow, ...]  # best first
    heat: dict[tuple[int, int], int]  # (likelihood, impact) -> count of the region's open risks


__all__ = [
    "PackAction",
    "PackCompliance",
    "PackData",
    "PackGoal",
    "PackKpi",
    "PackMeeting",
    "PackMonth",
    "PackPeer",
    "PackQuarter",
    "PackRisk",
    "PackTraining",
    "RegionRow",
    "RegionSummary",
]
