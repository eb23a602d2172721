"""Demo reviews: review cycles, reviews with their KPI lines, and development goals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import update

from app.db.reviews import DevelopmentGoal, KpiLine, Review, ReviewCycle
from app.domain.attainment import metric_attainment
from app.domain.enums import Metric, ReviewStatus
from app.domain.scoring import kpi_score, rating_for_score, weighted_score
from app.services.demo.state import (
    METRIC_UNITS,
    SCORECARD_WEIGHTS,
    BuilderState,
    RepPlan,
    add_days,
    at_hour,
    column_names,
)
from app.services.period_totals import combine

CYCLE_OPEN_DAYS = 70


class ReviewSteps(BuilderState):
    """Cycles already due per region, each rep's review scored from targets and actuals."""

    def _cycles(self) -> list[tuple[str, str, int, int, int, int]]:
        """(name, kind, year, quarter or 0, first month, last month) of cycles already due.

        Every finished year has an annual cycle; the last four finished
        quarters have quarterly ones.
        """
        out = []
        for yi, y in enumerate(self.years):
            if self.months[yi * 12 + 11].end < self.today:
                out.append((f"{y} Annual Review", "annual", y, 0, yi * 12, yi * 12 + 11))
        quarters = [
            (yi, q)
            for yi in range(len(self.years))
            for q in range(4)
            if self.months[yi * 12 + 3 * q + 2].end < self.today
        ]
        for yi, q in quarters[-4:]:
            name = f"{self.years[yi]} Q{q + 1} Quarterly Review"
            first = yi * 12 + 3 * q
            out.append((name, "quarterly", self.years[yi], q + 1, first, first + 2))
        return out

    def write_reviews(self, first_pct: int, last_pct: int) -> None:
        """Review cycles already due and each rep's review, KPI lines and goals."""
        rng, today = self.rng, self.today
        cycles = self._cycles()
        latest_end = max((self.months[c[5]].end for c in cycles), default=None)
        template = [{"metric": m.value, "weight": str(w)} for m, w in SCORECARD_WEIGHTS]
        cycle_rows = []
        for region_id in range(1, len(self.s.regions) + 1):
            for name, kind, _, _, first, last in cycles:
                start, end = self.months[first].start, self.months[last].end
                # The latest cycle stays open for ten weeks after its period, so
                # most days of a quarter find the previous quarter's reviews
                # in progress (drafts, in review, signed, acknowledged).
                is_open = end == latest_end and (today - end).days <= CYCLE_OPEN_DAYS
                closed_at = None if is_open else at_hour(add_days(end, CYCLE_OPEN_DAYS))
                status = "open" if is_open else "closed"
                cycle_rows.append(
                    (len(cycle_rows) + 1, region_id, name, kind, start, end, status, template,
                     closed_at)
                )  # fmt: skip
        cols = column_names(
            "id region_id name kind period_start period_end status kpi_template closed_at"
        )
        self.w.insert(ReviewCycle, cols, cycle_rows)
        by_region: dict[int, list[RepPlan]] = {}
        for rep in self.reps:
            by_region.setdefault(rep.region_id, []).append(rep)
        reviews: list[tuple[Any, ...]] = []
        lines: list[tuple[Any, ...]] = []
        goals: list[tuple[Any, ...]] = []
        for row in cycle_rows:
            cid, region_id, _, kind, start, end, status = row[:7]
            _, _, y, q, first, last = cycles[(cid - 1) % len(cycles)]
            for rep in by_region.get(region_id, []):
                if rep.start > add_days(start, 30) or (rep.end is not None and rep.end < end):
                    continue
                if (Metric.REVENUE, y, q) not in self.period_targets[rep.id]:
                    continue
                review_id = len(reviews) + 1
                scores = self._kpi_lines(lines, review_id, rep, y, q, first, last)
                total = weighted_score(scores)
                rating = rating_for_score(total) if total is not None else None
                final = self._review_status(status == "open", (today - end).days)
                reviews.append(self._review(review_id, cid, rep, end, final, total, rating))
                for _ in range(2 if kind == "annual" else rng.randrange(0, 2)):
                    goals.append(self._goal(len(goals) + 1, review_id, end))
            self.report(
                first_pct + (last_pct - first_pct) * cid // len(cycle_rows),
                f"Reviews: cycle {cid} of {len(cycle_rows)}",
            )
        cols = column_names(
            "id cycle_id rep_id reviewer_id status overall_rating weighted_score strengths "
            "improvements manager_summary rep_comments signed_at acknowledged_at"
        )
        self.w.insert(Review, cols, reviews)
        cols = column_names(
            "id review_id position metric weight target actual unit attainment score"
        )
        self.w.insert(KpiLine, cols, lines)
        cols = column_names("id review_id text due_date status course_id")
        self.w.insert(DevelopmentGoal, cols, goals)
        # Reviews were written unlocked because the PostgreSQL trigger refuses KPI
        # lines under a signed review; lock them now that their lines exist.
        table = Review.__table__
        acknowledged, signed = table.c.acknowledged_at, table.c.signed_at
        self.w.session.execute(
            update(table)
            .where(acknowledged.is_not(None))
            .values(status=ReviewStatus.ACKNOWLEDGED.value)
        )
        self.w.session.execute(
            update(table)
            .where(signed.is_not(None), acknowledged.is_(None))
            .values(status=ReviewStatus.SIGNED.value)
        )

    def _kpi_lines(
        self,
        lines: list[tuple[Any, ...]],
        review_id: int,
        rep: RepPlan,
        year: int,
        quarter: int,
        first: int,
        last: int,
    ) -> list[tuple[Decimal, Decimal | None]]:
        """Append a review's KPI lines from the rep's targets and actuals; return the scores."""
        scores: list[tuple[Decimal, Decimal | None]] = []
        for position, (metric, weight) in enumerate(SCORECARD_WEIGHTS):
            target = self.period_targets[rep.id][(metric, year, quarter)]
            by_month = self.month_actuals[rep.id][metric]
            values = [by_month[i] for i in range(first, last + 1) if i in by_month]
            # Summed or averaged as a real cycle's pre-fill does (one quarter: its target).
            actual = combine(metric, sum(values, Decimal(0)), len(values)) if values else None
            attainment = metric_attainment(metric, target, actual)
            score = kpi_score(attainment)
            unit = rep.currency if metric is Metric.REVENUE else METRIC_UNITS[metric]
            lines.append(
                (len(lines) + 1, review_id, position, metric.value, Decimal(weight), target,
                 actual, unit, attainment, score)
            )  # fmt: skip
            scores.append((Decimal(weight), score))
        return scores

    def _review_status(self, is_open: bool, days_since_end: int) -> ReviewStatus:
        statuses = list(ReviewStatus)  # draft, in review, signed, acknowledged
        if is_open:
            odds = (40, 20, 25, 15) if days_since_end < 20 else (10, 20, 35, 35)
            return self.rng.choices(statuses, odds)[0]
        return ReviewStatus.SIGNED if self.rng.random() < 0.05 else ReviewStatus.ACKNOWLEDGED

    def _review(
        self,
        review_id: int,
        cycle_id: int,
        rep: RepPlan,
        end: dt.date,
        final: ReviewStatus,
        total: Decimal | None,
        rating: int | None,
    ) -> tuple[Any, ...]:
        rng, s = self.rng, self.s
        signed = acknowledged = None
        if final in (ReviewStatus.SIGNED, ReviewStatus.ACKNOWLEDGED):
            signed_day = min(add_days(self.today, -1), add_days(end, rng.randrange(10, 30)))
            signed = at_hour(signed_day, rng.randrange(1, 12))
            if final is ReviewStatus.ACKNOWLEDGED:
                ack_day = min(add_days(self.today, -1), add_days(signed_day, rng.randrange(1, 8)))
                acknowledged = at_hour(ack_day, 15)
        written = final is not ReviewStatus.DRAFT
        comment = None
        if acknowledged is not None and rng.random() < 0.4:
            comment = rng.choice(s.rep_comments)
        return (
            review_id,
            cycle_id,
            rep.id,
            rep.manager_id,
            # Locked after the KPI lines are in (see _reviews).
            ReviewStatus.IN_REVIEW.value if signed else final.value,
            rating if written else None,
            total,
            rng.choice(s.strengths) if written else None,
            rng.choice(s.improvements) if written else None,
            s.summaries[rating] if written and rating is not None else None,
            comment,
            signed,
            acknowledged,
        )

    def _goal(self, goal_id: int, review_id: int, end: dt.date) -> tuple[Any, ...]:
        rng = self.rng
        due = add_days(end, rng.randrange(60, 200))
        if due < self.today:
            status = rng.choices(("done", "dropped", "in_progress"), (70, 10, 20))[0]
        else:
            status = rng.choice(("open", "in_progress"))
        course = rng.randrange(1, len(self.s.courses) + 1) if rng.random() < 0.4 else None
        return (goal_id, review_id, rng.choice(self.s.goals), due, status, course)
