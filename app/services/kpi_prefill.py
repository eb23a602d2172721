"""Pre-filling a new cycle's KPI lines from the reps' targets and actuals.

The figures follow the rule shared with the attainment views
(:mod:`app.services.period_totals`), so a KPI line shows what the Targets pane
and dashboard show for the same rep and period. Everything reads in bulk: a
constant number of queries for a whole region, however many reps it has.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.org import Region, Rep
from app.domain.enums import MONEY_METRICS, RepStatus, ReviewStatus
from app.domain.scoring import kpi_score, weighted_score
from app.services.kpi_template import KpiWeight
from app.services.period_queries import DEFAULT_UNITS
from app.services.period_totals import BaseCurrency, PeriodFigures, period_figures, resolve

# Per rep id: the values of their review row and of its KPI line rows, in order.
PlannedReviews = dict[int, tuple[dict[str, Any], list[dict[str, Any]]]]


def plan_reviews(
    session: Session,
    cycle_id: int,
    region_id: int,
    template: Sequence[KpiWeight],
    start: dt.date,
    end: dt.date,
    reviewer_id: int | None = None,
) -> PlannedReviews:
    """A draft review with pre-filled, scored KPI lines for every active rep of the region.

    Lines and scores are worked out before any INSERT so every row is written
    once: one batched INSERT per table, no per-rep UPDATEs.
    """
    metrics = [kw.metric for kw in template]
    active = (Rep.region_id == region_id, Rep.status == RepStatus.ACTIVE.value)
    reps = session.execute(select(Rep.id, Rep.currency).where(*active).order_by(Rep.name)).all()
    figures = period_figures(session, metrics, (start, end), *active)
    base_code = session.scalar(select(Region.base_currency).where(Region.id == region_id))
    base = BaseCurrency.load(session, base_code or "", end, metrics)
    planned: PlannedReviews = {}
    for rep_id, currency in reps:
        line_values = []
        for position, kw in enumerate(template):
            default_unit = currency if kw.metric in MONEY_METRICS else DEFAULT_UNITS[kw.metric]
            found = figures.get((rep_id, kw.metric), PeriodFigures(rep_id, kw.metric))
            line = resolve(found, default_unit, base)
            line_values.append(
                {
                    "position": position,
                    "metric": kw.metric.value,
                    "weight": kw.weight,
                    "target": line.target,
                    "actual": line.actual,
                    "unit": line.unit,
                    "attainment": line.attainment,
                    "score": kpi_score(line.attainment),
                    "comment": None,
                }
            )
        review_values = {
            "cycle_id": cycle_id,
            "rep_id": rep_id,
            "status": ReviewStatus.DRAFT.value,
            "reviewer_id": reviewer_id,
            "weighted_score": weighted_score([(v["weight"], v["score"]) for v in line_values]),
        }
        planned[rep_id] = (review_values, line_values)
    return planned


__all__ = ["PlannedReviews", "plan_reviews"]
