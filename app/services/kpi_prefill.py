"""Pre-filling a new cycle's KPI lines from the reps' targets and actuals.

Everything here reads in bulk: three queries for a whole region, however many
reps it has, so opening a cycle stays a constant number of queries.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.org import Rep
from app.db.targets import Actual, Target
from app.domain.attainment import metric_attainment
from app.domain.enums import Metric, PeriodKind, RepStatus, ReviewStatus
from app.domain.scoring import kpi_score, weighted_score

if TYPE_CHECKING:
    from app.services.cycles import KpiWeight

# Rates and scores are averaged over a cycle's months, not added up: three
# months of CSAT 90 is a CSAT of 90, not 270.
AVERAGED_METRICS: frozenset[Metric] = frozenset({Metric.CSAT, Metric.CHURN_RATE, Metric.DSO})

# When a rep has no month targets inside the cycle, the next coarser kind is used.
_TARGET_KIND_PREFERENCE = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR)

# Per rep id: the values of their review row and of its KPI line rows, in order.
PlannedReviews = dict[int, tuple[dict[str, Any], list[dict[str, Any]]]]

_Totals = dict[tuple[int, Metric], tuple[Decimal, str | None]]


def plan_reviews(
    session: Session,
    cycle_id: int,
    region_id: int,
    template: Sequence[KpiWeight],
    start: dt.date,
    end: dt.date,
) -> PlannedReviews:
    """A draft review with pre-filled, scored KPI lines for every active rep of the region.

    Lines and scores are worked out before any INSERT so every row is written
    once: one batched INSERT per table, no per-rep UPDATEs.
    """
    metrics = [kw.metric.value for kw in template]
    active = (Rep.region_id == region_id, Rep.status == RepStatus.ACTIVE.value)
    rep_ids = list(session.scalars(select(Rep.id).where(*active).order_by(Rep.name)))
    targets = _target_totals(session, active, metrics, start, end)
    actuals = _actual_totals(session, active, metrics, start, end)
    planned: PlannedReviews = {}
    for rep_id in rep_ids:
        line_values = []
        for position, kw in enumerate(template):
            target, target_unit = targets.get((rep_id, kw.metric), (None, None))
            actual, actual_unit = actuals.get((rep_id, kw.metric), (None, None))
            att = metric_attainment(kw.metric, target, actual)
            line_values.append(
                {
                    "position": position,
                    "metric": kw.metric.value,
                    "weight": kw.weight,
                    "target": target,
                    "actual": actual,
                    "unit": target_unit or actual_unit or "",
                    "attainment": att,
                    "score": kpi_score(att),
                    "comment": None,
                }
            )
        review_values = {
            "cycle_id": cycle_id,
            "rep_id": rep_id,
            "status": ReviewStatus.DRAFT.value,
            "weighted_score": weighted_score([(v["weight"], v["score"]) for v in line_values]),
        }
        planned[rep_id] = (review_values, line_values)
    return planned


def _target_totals(
    session: Session,
    active: tuple[Any, ...],
    metrics: list[str],
    start: dt.date,
    end: dt.date,
) -> _Totals:
    """Per (rep, metric): the month targets inside the period, else quarter, else year."""
    stmt = (
        select(
            Target.rep_id,
            Target.metric,
            Target.period_kind,
            func.sum(Target.value),
            func.count(),
            func.max(Target.unit),
        )
        .join(Rep, Target.rep_id == Rep.id)
        .where(
            *active,
            Target.metric.in_(metrics),
            Target.period_start >= start,
            Target.period_end <= end,
        )
        .group_by(Target.rep_id, Target.metric, Target.period_kind)
    )
    by_kind: dict[tuple[int, Metric], dict[PeriodKind, tuple[Decimal, str]]] = defaultdict(dict)
    for rep_id, metric, kind, total, count, unit in session.execute(stmt):
        m = Metric(metric)
        by_kind[(rep_id, m)][PeriodKind(kind)] = (_combine(m, total, count), unit)
    out: _Totals = {}
    for key, kinds in by_kind.items():
        kind = next(k for k in _TARGET_KIND_PREFERENCE if k in kinds)
        out[key] = kinds[kind]
    return out


def _actual_totals(
    session: Session,
    active: tuple[Any, ...],
    metrics: list[str],
    start: dt.date,
    end: dt.date,
) -> _Totals:
    stmt = (
        select(
            Actual.rep_id,
            Actual.metric,
            func.sum(Actual.value),
            func.count(),
            func.max(Actual.unit),
        )
        .join(Rep, Actual.rep_id == Rep.id)
        .where(
            *active,
            Actual.metric.in_(metrics),
            Actual.period_start >= start,
            Actual.period_end <= end,
        )
        .group_by(Actual.rep_id, Actual.metric)
    )
    out: _Totals = {}
    for rep_id, metric, total, count, unit in session.execute(stmt):
        m = Metric(metric)
        out[(rep_id, m)] = (_combine(m, total, count), unit)
    return out


def _combine(metric: Metric, total: Decimal | None, count: int) -> Decimal:
    """A period's figure from its rows: the sum, or the mean for rates and scores."""
    total = Decimal(total or 0)
    if metric in AVERAGED_METRICS and count:
        return (total / count).quantize(Decimal("0.0001"))
    return total


__all__ = ["AVERAGED_METRICS", "PlannedReviews", "plan_reviews"]
