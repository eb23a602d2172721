"""The dashboard: a region (or every region) at a glance for a period.

Everything is read through the area services (attainment, meetings,
compliance, risks), so the dashboard shows the same figures as their panes.

Queries: 19 whatever the region choice and the number of regions, reps or
rows: 5 for the attainment lines and totals (read once, see
:meth:`~app.services.attainment.AttainmentService.region_overview`), 8 for
the lists (each service reads every region at once when ``region_id`` is
None; training's overdue and due-soon list is capped with its count), 4 for
the missing exchange rates (regions, rates in force, reps' and actuals'
currencies) and 2 for display details (managers' zones, meetings of the
overdue actions). Four for attainment for metrics that are not money.

Across regions:

* attainment by rep: the reps of every region together, best first (a rep's
  attainment is a percentage, so reps are comparable across currencies);
* total: the regions' totals summed when every region has the same base
  currency, otherwise no overall figure (``Total.attainment`` None) and the
  per-region totals in ``Total.regions``.

Lists keep their :data:`LIST_LIMIT` most urgent entries and the full count.
Each entry carries a :class:`Link` saying which pane and row open it;
:func:`open_target` is the one place deciding where to go when that pane does
not exist (yet): the rep in the Team pane.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from app.db.one_on_ones import OneOnOne
from app.db.org import Manager
from app.domain.attainment import metric_attainment
from app.domain.enums import Metric, RiskLevel
from app.domain.periods import Period
from app.services.attainment import AttainmentService, RegionTotal, RepAttainment
from app.services.base import Page, Service
from app.services.compliance import ComplianceService, ExpiringItem
from app.services.one_on_ones import ActionItemRecord, OneOnOneRecord, OneOnOneService
from app.services.rates import MissingRate, RateService
from app.services.risks import (
    ACCEPTANCE_NOTICE_DAYS,
    RiskRecord,
    RiskService,
    acceptance_expiring,
)
from app.services.training import AssignmentRecord, TrainingService

#: How many entries each list keeps (the most urgent); the counts cover all.
LIST_LIMIT = 100
#: One-on-ones "this week": from today's start (UTC) through the 7th day after.
MEETING_DAYS = 7
#: Work permits and compliance items due within this many days (overdue included).
EXPIRING_DAYS = 60

# Pane keys of the console (app.ui.area_keys).
TEAM = "team"
TARGETS = "targets"
ONE_ON_ONES = "one_on_ones"
COMPLIANCE = "compliance"
RISKS = "risks"
TRAINING = "training"
#: Open training assignments due within this many days (overdue included).
TRAINING_DAYS = 30


@dataclass(frozen=True)
class Link:
    """What opens an entry: ``pane`` and its row ``item_id``; ``rep_id`` for the fallback."""

    pane: str
    item_id: int
    rep_id: int | None = None


def rep_link(rep_id: int) -> Link:
    return Link(TEAM, rep_id, rep_id)


def open_target(link: Link, panes: Collection[str]) -> tuple[str, int] | None:
    """Where clicking ``link`` goes given the pane keys that exist.

    Its own pane if present, else the rep in the Team pane (the areas of
    one-on-ones, compliance and risks land later), else nowhere.
    """
    if link.pane in panes:
        return link.pane, link.item_id
    if link.rep_id is not None and TEAM in panes:
        return TEAM, link.rep_id
    return None


@dataclass(frozen=True)
class Total:
    """Total attainment in ``unit`` (a base currency); ``regions`` holds each region's."""

    unit: str | None
    target: Decimal | None
    actual: Decimal | None
    attainment: Decimal | None
    reps: int
    reps_without_rate: int
    regions: tuple[RegionTotal, ...]
    #: The Targets pane; item id 0 asks for no particular row.
    link: Link = Link(TARGETS, 0)


@dataclass(frozen=True)
class MeetingEntry:
    id: int
    rep_id: int
    rep_name: str
    starts_at: dt.datetime  # aware UTC
    rep_time_zone: str
    manager_name: str | None
    manager_time_zone: str | None
    duration_minutes: int
    link: Link


@dataclass(frozen=True)
class ActionEntry:
    id: int
    rep_id: int
    rep_name: str
    text: str
    due_date: dt.date
    days_overdue: int
    meeting_id: int | None
    meeting_starts_at: dt.datetime | None
    link: Link


@dataclass(frozen=True)
class ExpiringEntry:
    """A compliance item or a work permit (``kind``); ``days_left`` < 0 when overdue."""

    kind: str
    id: int
    rep_id: int | None
    rep_name: str | None
    title: str
    due_date: dt.date
    days_left: int
    link: Link


@dataclass(frozen=True)
class RiskEntry:
    id: int
    rep_id: int | None
    rep_name: str | None
    title: str
    owner: str
    score: int
    level: RiskLevel
    link: Link


@dataclass(frozen=True)
class TrainingEntry:
    """An open training assignment overdue or due soon; ``days_left`` < 0 when overdue."""

    id: int
    rep_id: int
    rep_name: str
    course_title: str
    course_title_zh: str | None
    due_date: dt.date
    days_left: int
    link: Link


@dataclass(frozen=True)
class RiskAttentionEntry:
    """A risk whose review is overdue (``kind`` "review") or whose acceptance runs out
    soon ("acceptance"); ``days_left`` from today to ``due_date``, negative when late."""

    kind: str
    id: int
    rep_id: int | None
    rep_name: str | None
    title: str
    due_date: dt.date
    days_left: int
    link: Link


@dataclass(frozen=True)
class Overview:
    """What the dashboard shows; lists are capped at LIST_LIMIT, ``*_total`` count all."""

    region_id: int | None
    period: Period
    today: dt.date
    metric: Metric
    attainment: tuple[RepAttainment, ...]
    total: Total
    meetings: tuple[MeetingEntry, ...]
    meetings_total: int
    actions: tuple[ActionEntry, ...]
    actions_total: int
    expiring: tuple[ExpiringEntry, ...]
    expiring_total: int
    risks: tuple[RiskEntry, ...]
    risks_total: int
    training: tuple[TrainingEntry, ...] = ()
    training_total: int = 0
    #: Overdue risk reviews and acceptances running out within 30 days, soonest first.
    risk_attention: tuple[RiskAttentionEntry, ...] = ()
    risk_attention_total: int = 0
    #: Currencies used by reps or money actuals with no rate in force today.
    missing_rates: tuple[MissingRate, ...] = ()


def combine_totals(totals: Iterable[RegionTotal], metric: Metric) -> Total:
    """The regions' totals summed when they share one unit; else no overall figure."""
    regions = tuple(totals)
    units = {t.unit for t in regions}
    reps = sum(t.reps for t in regions)
    missing = sum(t.reps_without_rate for t in regions)
    if len(regions) == 1:
        only = regions[0]
        return Total(only.unit, only.target, only.actual, only.attainment, reps, missing, regions)
    if len(units) != 1:
        return Total(None, None, None, None, reps, missing, regions)

    def added(values: list[Decimal | None]) -> Decimal | None:
        present = [v for v in values if v is not None]
        return sum(present, Decimal(0)) if present else None

    target = added([t.target for t in regions])
    actual = added([t.actual for t in regions])
    att = metric_attainment(metric, target, actual)
    return Total(units.pop(), target, actual, att, reps, missing, regions)


def _meeting_entry(m: OneOnOneRecord, zones: dict[int, str]) -> MeetingEntry:
    return MeetingEntry(
        m.id,
        m.rep_id,
        m.rep_name,
        m.starts_at,
        m.rep_time_zone,
        m.manager_name,
        zones.get(m.manager_id) if m.manager_id is not None else None,
        m.duration_minutes,
        Link(ONE_ON_ONES, m.id, m.rep_id),
    )


def _action_entry(
    a: ActionItemRecord, today: dt.date, starts: dict[int, dt.datetime]
) -> ActionEntry:
    return ActionEntry(
        a.id,
        a.rep_id,
        a.rep_name,
        a.text,
        a.due_date,  # type: ignore[arg-type]  # overdue items have one
        (today - a.due_date).days,  # type: ignore[operator]
        a.meeting_id,
        starts.get(a.meeting_id) if a.meeting_id is not None else None,
        # An item is opened within its meeting; a loose one with its rep.
        Link(ONE_ON_ONES, a.meeting_id, a.rep_id)
        if a.meeting_id is not None
        else rep_link(a.rep_id),
    )


def _expiring_entry(e: ExpiringItem) -> ExpiringEntry:
    return ExpiringEntry(
        e.kind,
        e.id,
        e.rep_id,
        e.rep_name,
        e.title,
        e.due_date,
        e.days_left,
        # A work permit is a field of the rep: it opens the rep.
        rep_link(e.id) if e.kind == "work_permit" else Link(COMPLIANCE, e.id, e.rep_id),
    )


def _risk_entry(r: RiskRecord) -> RiskEntry:
    return RiskEntry(
        r.id, r.rep_id, r.rep_name, r.title, r.owner, r.score, r.level, Link(RISKS, r.id, r.rep_id)
    )


def _training_entry(a: AssignmentRecord, today: dt.date) -> TrainingEntry:
    due = a.due_date or today  # the list holds assignments with a due date only
    return TrainingEntry(
        a.id,
        a.rep_id,
        a.rep_name,
        a.course_title,
        a.course_title_zh,
        due,
        (due - today).days,
        Link(TRAINING, a.id, a.rep_id),
    )


def risk_attention_entries(
    records: Iterable[RiskRecord], today: dt.date
) -> list[RiskAttentionEntry]:
    """One entry per reason a risk needs attention (a risk may have both), soonest first."""
    entries = []
    for r in records:
        link = Link(RISKS, r.id, r.rep_id)
        if r.review_overdue and r.next_review is not None:
            days = (r.next_review - today).days
            entries.append(
                RiskAttentionEntry(
                    "review", r.id, r.rep_id, r.rep_name, r.title, r.next_review, days, link
                )
            )
        if acceptance_expiring(r, today, ACCEPTANCE_NOTICE_DAYS) and r.accepted_until is not None:
            days = (r.accepted_until - today).days
            entries.append(
                RiskAttentionEntry(
                    "acceptance", r.id, r.rep_id, r.rep_name, r.title, r.accepted_until, days, link
                )
            )
    entries.sort(key=lambda e: (e.due_date, e.kind, e.id))
    return entries


class DashboardService(Service):
    """A region at a glance; see the module for what is read and how."""

    def overview(
        self,
        region_id: int | None,
        period: Period,
        today: dt.date,
        metric: Metric = Metric.REVENUE,
    ) -> Overview:
        # Each service reads every region at once for None, so nothing loops
        # over regions; their lists come sorted as the dashboard shows them.
        # region_overview raises NotFoundError for an unknown region id.
        read = AttainmentService(self.db).region_overview(region_id, period, metric)
        meetings, actions = self._meetings_and_actions(region_id, today)
        expiring = ComplianceService(self.db).expiring(region_id, today, EXPIRING_DAYS)
        training = TrainingService(self.db).due_soon_first(
            region_id, today, TRAINING_DAYS, LIST_LIMIT
        )
        risk_service = RiskService(self.db, today=lambda: today)
        risks = risk_service.high_risks(region_id)
        attention = risk_attention_entries(risk_service.needing_attention(region_id), today)
        missing_rates = RateService(self.db).missing_rates(today, region_id)
        zones, starts = self._details(
            {m.manager_id for m in meetings.rows if m.manager_id is not None},
            {a.meeting_id for a in actions.rows if a.meeting_id is not None},
        )
        return Overview(
            region_id=region_id,
            period=period,
            today=today,
            metric=metric,
            attainment=read.lines,
            total=combine_totals(read.totals, metric),
            meetings=tuple(_meeting_entry(m, zones) for m in meetings.rows),
            meetings_total=meetings.total,
            actions=tuple(_action_entry(a, today, starts) for a in actions.rows),
            actions_total=actions.total,
            expiring=tuple(_expiring_entry(e) for e in expiring[:LIST_LIMIT]),
            expiring_total=len(expiring),
            risks=tuple(_risk_entry(r) for r in risks[:LIST_LIMIT]),
            risks_total=len(risks),
            training=tuple(_training_entry(a, today) for a in training.rows),
            training_total=training.total,
            risk_attention=tuple(attention[:LIST_LIMIT]),
            risk_attention_total=len(attention),
            missing_rates=tuple(missing_rates),
        )

    def _meetings_and_actions(
        self, region_id: int | None, today: dt.date
    ) -> tuple[Page[OneOnOneRecord], Page[ActionItemRecord]]:
        """This week's one-on-ones and the overdue action items, each capped with its count."""
        # The two long lists (thousands of rows over every region) come capped,
        # with their count; the short ones are read whole and capped here.
        service = OneOnOneService(self.db)
        start = dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC)
        end = start + dt.timedelta(days=MEETING_DAYS + 1)
        meetings = service.upcoming_first(region_id, start, end, LIST_LIMIT)
        actions = service.overdue_actions_first(region_id, today, LIST_LIMIT)
        return meetings, actions

    def _details(
        self, manager_ids: set[int], meeting_ids: set[int]
    ) -> tuple[dict[int, str], dict[int, dt.datetime]]:
        """Managers' zones and meetings' starts for the shown entries (≤ LIST_LIMIT ids each)."""
        # Both run even when empty, so the count of queries never depends on the data.
        with self.db.read_session() as session:
            found = select(Manager.id, Manager.time_zone).where(Manager.id.in_(manager_ids))
            zones = {mid: zone for mid, zone in session.execute(found)}
            met = select(OneOnOne.id, OneOnOne.starts_at).where(OneOnOne.id.in_(meeting_ids))
            starts = {mid: at for mid, at in session.execute(met)}
        return zones, starts


__all__ = [
    "COMPLIANCE",
    "ONE_ON_ONES",
    "RISKS",
    "TARGETS",
    "TEAM",
    "TRAINING",
    "TRAINING_DAYS",
    "ActionEntry",
    "DashboardService",
    "ExpiringEntry",
    "Link",
    "MeetingEntry",
    "Overview",
    "RiskAttentionEntry",
    "RiskEntry",
    "Total",
    "TrainingEntry",
    "combine_totals",
    "open_target",
    "rep_link",
    "risk_attention_entries",
]
