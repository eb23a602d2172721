"""The SQL behind a review pack: each function is one statement (or a fixed few).

Kept apart from :mod:`app.services.pack_data` so the service stays short to
read. Every function reads one rep's rows by id with no per-row follow-up
query, so a pack costs the same number of statements however long the
rep's history is.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, and_, func, or_, select
from sqlalchemy.orm import Session

from app.db.compliance import ComplianceItem
from app.db.one_on_ones import ActionItem, OneOnOne
from app.db.org import Region, Rep
from app.db.reviews import Review, ReviewCycle
from app.db.risks import Risk
from app.db.targets import Actual, Target
from app.db.training import Course, TrainingAssignment
from app.domain import messages as m
from app.domain.currency import Rate
from app.domain.enums import (
    MONEY_METRICS,
    ActionOwner,
    AssignmentStatus,
    MeetingStatus,
    Metric,
    PeriodKind,
    RiskCategory,
    RiskStatus,
)
from app.domain.periods import Period
from app.domain.risk import risk_level, risk_score
from app.domain.validation import ValidationError
from app.services.pack_records import (
    PackAction,
    PackCompliance,
    PackMeeting,
    PackMonth,
    PackPeer,
    PackQuarter,
    PackRisk,
    PackTraining,
)
from app.services.period_totals import (
    BaseCurrency,
    PeriodFigures,
    calendar_kind,
    combine,
    period_figures,
    resolve,
)
from app.services.rates import load_rates

# Training a pack shows besides what fell due or was completed in the period.
_OPEN_TRAINING = (AssignmentStatus.PLANNED.value, AssignmentStatus.IN_PROGRESS.value)


def enclosing_period(start: dt.date, end: dt.date) -> Period:
    """The cycle's calendar period, or the smallest month/quarter/year enclosing it
    (a probation cycle need not be a calendar period); the end's year at worst."""
    kind = calendar_kind(start, end)
    if kind is not None:
        return Period.containing(start, kind)
    for kind in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR):
        period = Period.containing(start, kind)
        if end in period:
            return period
    return Period.year(end.year)


def months_of(start: dt.date, end: dt.date) -> list[Period]:
    """Every calendar month the span touches, oldest first."""
    months = [Period.containing(start, PeriodKind.MONTH)]
    while months[-1].end < end:
        months.append(months[-1].next())
    return months


def context_row(session: Session, review_id: int) -> Row[Any] | None:
    """The cycle, rep and region of a review, each column named (one statement)."""
    return session.execute(
        select(
            ReviewCycle.id.label("cycle_id"),
            ReviewCycle.name.label("cycle_name"),
            ReviewCycle.kind.label("cycle_kind"),
            ReviewCycle.period_start,
            ReviewCycle.period_end,
            ReviewCycle.kpi_template,
            Rep.id.label("rep_id"),
            Rep.name.label("rep_name"),
            Rep.name_zh.label("rep_name_zh"),
            Rep.posting_country,
            Rep.posting_city,
            Rep.currency,
            Rep.time_zone,
            Rep.work_permit_expiry,
            Region.id.label("region_id"),
            Region.name.label("region_name"),
            Region.name_zh.label("region_name_zh"),
            Region.base_currency,
        )
        .select_from(Review)
        .join(ReviewCycle, Review.cycle_id == ReviewCycle.id)
        .join(Rep, Review.rep_id == Rep.id)
        .join(Region, Rep.region_id == Region.id)
        .where(Review.id == review_id)
    ).one_or_none()


def ranked_reviews(session: Session, cycle_id: int) -> list[Row[Any]]:
    """(review id, rep id, name, name_zh, status, weighted score, rating) of a cycle,
    best score first (unscored last, then by name)."""
    rows = session.execute(
        select(
            Review.id,
            Rep.id,
            Rep.name,
            Rep.name_zh,
            Review.status,
            Review.weighted_score,
            Review.overall_rating,
        )
        .join(Rep, Review.rep_id == Rep.id)
        .where(Review.cycle_id == cycle_id)
    ).all()
    return sorted(rows, key=lambda r: (r[5] is None, -(r[5] or 0), r[2].casefold(), r[0]))


def peers(session: Session, cycle_id: int, rep_id: int) -> tuple[PackPeer, ...]:
    """The cycle's reviews best first: the rep by name, everyone else by rank only."""
    out = []
    for rank, row in enumerate(ranked_reviews(session, cycle_id), start=1):
        is_rep = row[1] == rep_id
        out.append(PackPeer(row[2] if is_rep else str(rank), row[5], is_rep))
    return tuple(out)


def training(
    session: Session, rep_id: int, start: dt.date, end: dt.date
) -> tuple[PackTraining, ...]:
    """The rep's open training plus what fell due or was completed in the span."""
    in_span = or_(
        TrainingAssignment.status.in_(_OPEN_TRAINING),
        TrainingAssignment.due_date.between(start, end),
        TrainingAssignment.completed_on.between(start, end),
    )
    stmt = (
        select(
            Course.title,
            TrainingAssignment.status,
            TrainingAssignment.due_date,
            TrainingAssignment.completed_on,
        )
        .join(Course, TrainingAssignment.course_id == Course.id)
        .where(TrainingAssignment.rep_id == rep_id, in_span)
        .order_by(
            TrainingAssignment.due_date.is_(None),
            TrainingAssignment.due_date,
            TrainingAssignment.id,
        )
    )
    return tuple(
        PackTraining(title, AssignmentStatus(status), due, done)
        for title, status, due, done in session.execute(stmt)
    )


def meetings(
    session: Session, rep_id: int, start: dt.date, end: dt.date, time_zone: str
) -> tuple[PackMeeting, ...]:
    """Held and planned one-on-ones starting within the span (in the rep's local days),
    oldest first, with their action items: two statements.

    Cancelled meetings are left out: they are no record of a conversation. The
    private note is never selected, so it cannot leak into a pack.
    """
    zone = ZoneInfo(time_zone)
    since = dt.datetime.combine(start, dt.time(), zone).astimezone(dt.UTC)
    until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), zone).astimezone(dt.UTC)
    chosen = and_(
        OneOnOne.rep_id == rep_id,
        OneOnOne.starts_at >= since,
        OneOnOne.starts_at < until,
        OneOnOne.status != MeetingStatus.CANCELLED.value,
    )
    rows = session.execute(
        select(
            OneOnOne.id,
            OneOnOne.starts_at,
            OneOnOne.rep_time_zone,
            OneOnOne.status,
            OneOnOne.notes,
        )
        .where(chosen)
        .order_by(OneOnOne.starts_at, OneOnOne.id)
    ).all()
    actions: dict[int, list[PackAction]] = defaultdict(list)
    # Read even when no meeting matched, so the statement count never varies.
    action_rows = session.execute(
        select(
            ActionItem.meeting_id,
            ActionItem.text,
            ActionItem.owner,
            ActionItem.due_date,
            ActionItem.done_at,
        )
        .join(OneOnOne, ActionItem.meeting_id == OneOnOne.id)
        .where(chosen)
        .order_by(ActionItem.id)
    )
    for meeting_id, text, owner, due, done_at in action_rows:
        actions[meeting_id].append(PackAction(text, ActionOwner(owner), due, done_at is not None))
    return tuple(
        PackMeeting(starts_at, tz, MeetingStatus(status), notes, tuple(actions[mid]))
        for mid, starts_at, tz, status, notes in rows
    )


def risks(session: Session, rep_id: int) -> tuple[PackRisk, ...]:
    """The rep's live (not closed) risks, highest score first.

    Risks name a customer as free text only, so "the rep's customers' risks"
    are exactly those linked to the rep.
    """
    rows = session.execute(
        select(
            Risk.title,
            Risk.category,
            Risk.likelihood,
            Risk.impact,
            Risk.status,
            Risk.next_review,
            Risk.id,
        ).where(Risk.rep_id == rep_id, Risk.status != RiskStatus.CLOSED.value)
    ).all()
    found = [
        PackRisk(
            title,
            RiskCategory(category),
            risk_score(lk, im),
            risk_level(lk, im),
            RiskStatus(status),
            next_review,
        )
        for title, category, lk, im, status, next_review, _ in sorted(rows, key=lambda r: r[6])
    ]
    return tuple(sorted(found, key=lambda r: -r.score))


def compliance(session: Session, rep_id: int) -> tuple[PackCompliance, ...]:
    """The rep's own compliance items, soonest due first (undated last)."""
    stmt = (
        select(
            ComplianceItem.obligation,
            ComplianceItem.category,
            ComplianceItem.due_date,
            ComplianceItem.status,
        )
        .where(ComplianceItem.rep_id == rep_id)
        .order_by(ComplianceItem.due_date.is_(None), ComplianceItem.due_date, ComplianceItem.id)
    )
    return tuple(PackCompliance(*row) for row in session.execute(stmt))


def months(
    session: Session, rep_id: int, metric: Metric, start: dt.date, end: dt.date
) -> tuple[PackMonth, ...]:
    """Per month the span touches: the month target and the actuals lying within
    the month (the rule of ``AttainmentService.rep_monthly_series``), two statements."""
    span = months_of(start, end)
    first, last = span[0].start, span[-1].end
    targets: dict[dt.date, Decimal] = {}
    t_stmt = select(Target.period_start, Target.value).where(
        Target.rep_id == rep_id,
        Target.metric == metric.value,
        Target.period_kind == PeriodKind.MONTH.value,
        Target.period_start >= first,
        Target.period_end <= last,
    )
    for month_start, value in session.execute(t_stmt):
        targets[month_start] = Decimal(value)
    sums: dict[dt.date, Decimal] = defaultdict(Decimal)
    counts: dict[dt.date, int] = defaultdict(int)
    a_stmt = select(Actual.period_start, Actual.period_end, Actual.value).where(
        Actual.rep_id == rep_id,
        Actual.metric == metric.value,
        Actual.period_start >= first,
        Actual.period_end <= last,
    )
    for a_start, a_end, value in session.execute(a_stmt):
        if (a_start.year, a_start.month) == (a_end.year, a_end.month):
            key = a_start.replace(day=1)  # longer actuals belong to no month
            sums[key] += Decimal(value)
            counts[key] += 1
    return tuple(
        PackMonth(
            m,
            targets.get(m.start),
            combine(metric, sums[m.start], counts[m.start]) if counts[m.start] else None,
        )
        for m in span
    )


def quarters(
    session: Session,
    rep_id: int,
    metric: Metric,
    quarters_: Sequence[Period],
    default_unit: str,
    base_currency: str,
) -> tuple[PackQuarter, ...]:
    """Attainment per quarter by the shared rule of :mod:`app.services.period_totals`:
    two statements per quarter (a fixed four) plus one for the exchange rates."""
    rates: tuple[Rate, ...] = ()
    if quarters_ and metric in MONEY_METRICS:
        # One read up to the last quarter's end; each quarter converts at the
        # rate in force on its own end (``to_base`` picks it).
        rates = tuple(load_rates(session, base_currency, quarters_[-1].end))
    out = []
    for quarter in quarters_:
        figures = period_figures(session, [metric], quarter, Rep.id == rep_id)
        found = figures.get((rep_id, metric), PeriodFigures(rep_id, metric))
        line = resolve(found, default_unit, BaseCurrency(base_currency, quarter.end, rates))
        out.append(PackQuarter(quarter, line.attainment))
    return tuple(out)


def review_ids(session: Session, cycle_id: int) -> list[int]:
    """The cycle's review ids, by rep name (one statement)."""
    rows = session.execute(
        select(Review.id, Rep.name)
        .join(Rep, Review.rep_id == Rep.id)
        .where(Review.cycle_id == cycle_id)
    ).all()
    return [rid for rid, _ in sorted(rows, key=lambda r: (r[1].casefold(), r[0]))]


def review_names(session: Session, cycle_id: int, ids: Sequence[int]) -> list[Row[Any]]:
    """(review id, rep name, cycle name) of the given reviews of a cycle (one statement)."""
    return session.execute(
        select(Review.id, Rep.name, ReviewCycle.name)
        .join(Rep, Rep.id == Review.rep_id)
        .join(ReviewCycle, ReviewCycle.id == Review.cycle_id)
        .where(Review.cycle_id == cycle_id, Review.id.in_(ids))
    ).all()


# -- resolving the ids or names a user typed ---------------------------------


def _as_id(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() else None


def _named(text: str, *columns: Any) -> Any:
    """Case-insensitive equality on any of ``columns`` (lower() also folds Latin
    letters on both SQLite and PostgreSQL; Chinese has no case)."""
    wanted = text.strip().lower()
    return or_(*(func.lower(c) == wanted for c in columns))


def _one(field: str, text: str, rows: Sequence[Any], describe: Any) -> Any:
    if not rows:
        raise ValidationError(field, m.NO_MATCH(what=field, value=text))
    if len(rows) > 1:
        shown = "; ".join(describe(r) for r in rows[:10])
        more = m.AND_MORE(count=len(rows) - 10) if len(rows) > 10 else ""
        raise ValidationError(
            field, m.SEVERAL_MATCH(value=text, what=field, shown=shown, more=more)
        )
    return rows[0]


def pick_region(session: Session, text: str) -> int:
    region_id = _as_id(text)
    if region_id is not None and session.get(Region, region_id) is not None:
        return region_id
    rows = session.execute(
        select(Region.id, Region.name).where(_named(text, Region.name, Region.name_zh))
    ).all()
    return int(_one("region", text, rows, lambda r: f"{r[1]} (id {r[0]})")[0])


def pick_rep(session: Session, text: str, region_id: int | None) -> tuple[int, str, int]:
    """(id, name, region id) of the rep ``text`` names, within the region if given."""
    rep_id = _as_id(text)
    cols = select(Rep.id, Rep.name, Rep.region_id, Rep.email)
    if rep_id is not None:
        row = session.execute(cols.where(Rep.id == rep_id)).one_or_none()
        if row is not None:
            if region_id is not None and row[2] != region_id:
                raise ValidationError("rep", m.REP_NOT_IN_REGION(name=row[1], id=row[0]))
            return (row[0], row[1], row[2])
    stmt = cols.where(_named(text, Rep.name, Rep.name_zh)).order_by(Rep.name, Rep.id)
    if region_id is not None:
        stmt = stmt.where(Rep.region_id == region_id)
    rows = session.execute(stmt).all()
    row = _one("rep", text, rows, lambda r: f"{r[1]} <{r[3]}> (id {r[0]})")
    return (row[0], row[1], row[2])


def pick_cycle(session: Session, text: str, region_id: int | None) -> tuple[int, str]:
    """(id, name) of the cycle ``text`` names; cycle names are unique per region only."""
    cycle_id = _as_id(text)
    if cycle_id is not None:
        row = session.execute(
            select(ReviewCycle.id, ReviewCycle.name, ReviewCycle.region_id).where(
                ReviewCycle.id == cycle_id
            )
        ).one_or_none()
        if row is not None:
            if region_id is not None and row[2] != region_id:
                raise ValidationError("cycle", m.CYCLE_OTHER_REGION(name=row[1], id=row[0]))
            return (row[0], row[1])
    stmt = (
        select(ReviewCycle.id, ReviewCycle.name, Region.name)
        .join(Region, ReviewCycle.region_id == Region.id)
        .where(_named(text, ReviewCycle.name))
        .order_by(Region.name, ReviewCycle.id)
    )
    if region_id is not None:
        stmt = stmt.where(ReviewCycle.region_id == region_id)
    rows = session.execute(stmt).all()
    row = _one("cycle", text, rows, lambda r: f"{r[1]} in {r[2]} (id {r[0]})")
    return (row[0], row[1])
