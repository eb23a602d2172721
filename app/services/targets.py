"""Targets: SMART targets per rep, metric and period, and year splits.

A year's target can be split into its quarters and months in one go, for one
rep or every active rep of a region (see :mod:`app.domain.splitting`). How
targets count towards attainment is explained in :mod:`app.services.attainment`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.db.org import Region, Rep
from app.db.targets import Target
from app.domain import messages as m
from app.domain.enums import MONEY_METRICS, AuditAction, Metric, PeriodKind
from app.domain.geo import minor_units
from app.domain.periods import Period
from app.domain.splitting import split_year
from app.domain.validation import ValidationError, require_choice, require_range, require_text
from app.services.base import (
    Page,
    PageRequest,
    Service,
    audit,
    count_rows,
    from_attributes,
    get_or_404,
    one_or_404,
    snapshot,
)
from app.services.listing import own_columns, sorted_window, where_chosen, where_given, where_search
from app.services.period_queries import (
    ADDITIVE_METRICS,
    COUNT_METRICS,
    DEFAULT_UNITS,
    check_unit,
    check_value,
    not_inactive,
    overlapping,
    within,
)

_KIND_FINENESS = {PeriodKind.YEAR: 0, PeriodKind.QUARTER: 1, PeriodKind.MONTH: 2}


# -- records -------------------------------------------------------------------


@dataclass(frozen=True)
class TargetInput:
    rep_id: int
    metric: Metric | str
    period: Period
    value: Decimal
    unit: str
    smart_description: str | None = None
    weight: Decimal = Decimal(0)
    parent_id: int | None = None


@dataclass(frozen=True)
class TargetBase:
    """What a target record and a Targets pane row both show: whose target, for what."""

    id: int
    version: int
    rep_id: int
    rep_name: str
    rep_name_zh: str | None
    region_id: int
    metric: Metric
    period: Period
    value: Decimal
    unit: str
    smart_description: str | None


@dataclass(frozen=True)
class TargetRecord(TargetBase):
    weight: Decimal
    parent_id: int | None

    def to_input(self) -> TargetInput:
        return from_attributes(TargetInput, self)


# -- validation ----------------------------------------------------------------


def validate_target(data: TargetInput) -> dict[str, Any]:
    """Column values for a target, or a ValidationError naming the first bad field."""
    metric = require_choice(data.metric, Metric, "metric")
    if not isinstance(data.period, Period):
        raise ValidationError("period", m.PERIOD_REQUIRED())
    value = check_value(data.value, "value")
    if metric in COUNT_METRICS and value != value.to_integral_value():
        raise ValidationError("value", m.WHOLE_NUMBER_OF(value=value, unit=metric))
    weight = require_range(check_value(data.weight, "weight"), Decimal(0), Decimal(100), "weight")
    return {
        "rep_id": data.rep_id,
        "metric": metric.value,
        "period_kind": data.period.kind.value,
        "period_start": data.period.start,
        "period_end": data.period.end,
        "value": value,
        "unit": check_unit(metric, data.unit),
        "smart_description": require_text(
            data.smart_description, "smart_description", max_length=4000, required=False
        ),
        "weight": weight,
        "parent_id": data.parent_id,
    }


# -- row -> record -------------------------------------------------------------


def _target_select() -> Select[Any]:
    return select(Target, Rep.name, Rep.name_zh, Rep.region_id).join(Rep, Target.rep_id == Rep.id)


def _target_record(
    row: Target, rep_name: str, rep_name_zh: str | None, region_id: int
) -> TargetRecord:
    period = Period(PeriodKind(row.period_kind), row.period_start, row.period_end)
    return from_attributes(
        TargetRecord,
        row,
        rep_name=rep_name,
        rep_name_zh=rep_name_zh,
        region_id=region_id,
        metric=Metric(row.metric),
        period=period,
    )


TARGET_SORT_COLUMNS: dict[str, Any] = {
    "rep_name": Rep.name,
    **own_columns(
        Target,
        "metric",
        "period_kind",
        "period_start",
        "period_end",
        "value",
        "unit",
        "weight",
        "updated_at",
    ),
}


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# -- the service ---------------------------------------------------------------


class TargetService(Service):
    """Targets and their year splits."""

    # -- targets ---------------------------------------------------------------

    def get_target(self, target_id: int) -> TargetRecord:
        with self.db.read_session() as session:
            return _target_record(
                *one_or_404(session, _target_select(), Target, target_id, "target")
            )

    def list_targets(self, request: PageRequest | None = None) -> Page[TargetRecord]:
        """A page of targets.

        Filters: ``region_id``, ``rep_id``, ``metric``, ``period_kind``, ``period``
        (a Period: targets overlapping it), ``parent_id``. Search: rep names and
        the SMART description. Sort: a key of :data:`TARGET_SORT_COLUMNS`.
        """
        request = request or PageRequest()
        f = request.filters
        stmt = where_given(
            _target_select(),
            f,
            {"region_id": Rep.region_id, "rep_id": Target.rep_id, "parent_id": Target.parent_id},
        )
        stmt = where_chosen(
            stmt,
            f,
            {"metric": (Target.metric, Metric), "period_kind": (Target.period_kind, PeriodKind)},
            validate=True,
        )
        if f.get("period") is not None:
            stmt = stmt.where(overlapping(Target, f["period"]))
        stmt = where_search(stmt, request.search, Rep.name, Rep.name_zh, Target.smart_description)
        # Ties: by rep, then a year before its quarters before its months.
        ties = (Rep.name, Target.period_start, Target.period_end.desc(), Target.metric, Target.id)
        page = sorted_window(stmt, request, TARGET_SORT_COLUMNS, "rep_name", *ties, strict=True)
        with self.db.read_session() as session:
            total = count_rows(session, stmt)
            rows = [_target_record(*found) for found in session.execute(page)]
        return Page(rows=rows, total=total, offset=request.offset)

    def create_target(self, data: TargetInput) -> TargetRecord:
        values = validate_target(data)
        with self.db.session() as session:
            self._check_target(session, values)
            target_id = self._create(session, Target(**values)).id
        return self.get_target(target_id)

    def update_target(
        self, target_id: int, data: TargetInput, expected_version: int | None
    ) -> TargetRecord:
        """Change a target. Its children are not re-split; edit them or split again."""
        values = validate_target(data)
        with self.db.session() as session:
            row = get_or_404(session, Target, target_id, "target")
            self._check_target(session, values, own_id=target_id)
            self._update(session, row, values, expected_version, "target")
        return self.get_target(target_id)

    def delete_target(self, target_id: int, expected_version: int | None) -> None:
        """Delete a target and the quarters/months split from it, each audited."""
        with self.db.session() as session:
            row = get_or_404(session, Target, target_id, "target")
            # Children first so each gets its own audit event (the database
            # would cascade them silently).
            level = [row.id]
            descendants: list[Target] = []
            while level:
                children = list(session.scalars(select(Target).where(Target.parent_id.in_(level))))
                descendants += children
                level = [c.id for c in children]
            for child in reversed(descendants):
                self._delete(session, child, None, "target")
            self._delete(session, row, expected_version, "target")

    def _check_target(
        self, session: Session, values: dict[str, Any], own_id: int | None = None
    ) -> None:
        if session.get(Rep, values["rep_id"]) is None:
            raise ValidationError("rep_id", m.DOES_NOT_EXIST(what="rep", value=values["rep_id"]))
        stmt = select(Target.id).where(
            Target.rep_id == values["rep_id"],
            Target.metric == values["metric"],
            Target.period_kind == values["period_kind"],
            Target.period_start == values["period_start"],
        )
        if own_id is not None:
            stmt = stmt.where(Target.id != own_id)
        if session.scalar(stmt.limit(1)) is not None:
            label = Period(values["period_kind"], values["period_start"], values["period_end"])
            raise ValidationError(
                "period", m.ALREADY_HAS_TARGET(metric=Metric(values["metric"]), period=str(label))
            )
        parent_id = values["parent_id"]
        if parent_id is None:
            return
        parent = session.get(Target, parent_id)
        if parent is None or parent_id == own_id:
            raise ValidationError("parent_id", m.DOES_NOT_EXIST(what="target", value=parent_id))
        if (parent.rep_id, parent.metric) != (values["rep_id"], values["metric"]):
            raise ValidationError("parent_id", m.PARENT_OTHER())
        coarser = (
            _KIND_FINENESS[PeriodKind(parent.period_kind)]
            < _KIND_FINENESS[PeriodKind(values["period_kind"])]
        )
        inside = (
            parent.period_start
            <= values["period_start"]
            <= values["period_end"]
            <= parent.period_end
        )
        if not (coarser and inside):
            raise ValidationError("parent_id", m.PARENT_PERIOD())

    # -- splitting -------------------------------------------------------------

    def create_year_split(
        self,
        rep_id: int,
        metric: Metric | str,
        year: int,
        total: Decimal,
        unit: str | None = None,
        distribution: list[Decimal] | None = None,
        smart_description: str | None = None,
        weight: Decimal = Decimal(0),
    ) -> list[TargetRecord]:
        """The year's target with its 4 quarters and 12 months, in one transaction.

        Flow metrics are split (exact sums; ``distribution`` = 12 monthly
        percentages); level metrics give every quarter and month the year's
        value. ``unit`` defaults to the rep's currency or the metric's unit.
        Returned in order: year, quarters, months.
        """
        with self.db.session() as session:
            rep = get_or_404(session, Rep, rep_id, "rep")
            ids = self._split_for_reps(
                session,
                [rep],
                metric,
                year,
                {rep.id: total},
                unit,
                distribution,
                smart_description,
                weight,
            )
        return self._split_records([rep_id], metric, year, ids)

    def create_for_region(
        self,
        region_id: int,
        metric: Metric | str,
        year: int,
        total: Decimal | Mapping[int, Decimal],
        unit: str | None = None,
        distribution: list[Decimal] | None = None,
        smart_description: str | None = None,
        weight: Decimal = Decimal(0),
    ) -> list[TargetRecord]:
        """A year split for every active rep of a region: all written or none.

        ``total`` is one amount for every rep or a mapping rep_id -> amount (reps
        left out of the mapping get no target). Refused if any rep already has a
        target of this metric in the year.
        """
        with self.db.session() as session:
            get_or_404(session, Region, region_id, "region")
            reps = list(
                session.scalars(
                    select(Rep)
                    .where(Rep.region_id == region_id, not_inactive())
                    .order_by(Rep.name, Rep.id)
                )
            )
            if isinstance(total, Mapping):
                unknown = set(total) - {r.id for r in reps}
                if unknown:
                    raise ValidationError("total", m.NOT_ACTIVE_REPS(value=sorted(unknown)))
                reps = [r for r in reps if r.id in total]
                totals = dict(total)
            else:
                totals = {r.id: total for r in reps}
            ids = self._split_for_reps(
                session, reps, metric, year, totals, unit, distribution, smart_description, weight
            )
            rep_ids = [r.id for r in reps]
        return self._split_records(rep_ids, metric, year, ids)

    def _split_for_reps(
        self,
        session: Session,
        reps: list[Rep],
        metric_value: Metric | str,
        year: int,
        totals: Mapping[int, Decimal],
        unit: str | None,
        distribution: list[Decimal] | None,
        smart_description: str | None,
        weight: Decimal,
    ) -> list[int]:
        metric = require_choice(metric_value, Metric, "metric")
        year_period = Period.year(year)
        plans: list[tuple[Rep, str, Any]] = []
        for rep in reps:
            rep_unit = unit or (rep.currency if metric in MONEY_METRICS else DEFAULT_UNITS[metric])
            # Validate the year's row as a form would, so errors name the field.
            values = validate_target(
                TargetInput(
                    rep.id, metric, year_period, totals[rep.id], rep_unit, smart_description, weight
                )
            )
            if metric in ADDITIVE_METRICS:
                places = minor_units(values["unit"]) if metric in MONEY_METRICS else 0
                split = split_year(values["value"].normalize(), year, distribution, places)
                parts = [(split.year, split.total), *split.quarters, *split.months]
            else:
                every = [year_period, *year_period.quarters(), *year_period.months()]
                parts = [(p, values["value"]) for p in every]
            plans.append((rep, values["unit"], parts))
        self._refuse_existing(session, [r.id for r in reps], metric, year_period)
        description = require_text(
            smart_description, "smart_description", max_length=4000, required=False
        )
        # Three batched flushes (years, quarters, months) whatever the rep count.
        ids: list[int] = []
        parents: dict[tuple[PeriodKind, int, dt.date], int] = {}
        levels = (
            (PeriodKind.YEAR, None, slice(0, 1)),
            (PeriodKind.QUARTER, PeriodKind.YEAR, slice(1, 5)),
            (PeriodKind.MONTH, PeriodKind.QUARTER, slice(5, 17)),
        )
        for kind, parent_kind, part_slice in levels:
            rows: list[Target] = []
            for rep, rep_unit, parts in plans:
                for period, amount in parts[part_slice]:
                    parent_id = None
                    if parent_kind is not None:
                        parent_start = Period.containing(period.start, parent_kind).start
                        parent_id = parents[(parent_kind, rep.id, parent_start)]
                    rows.append(
                        Target(
                            rep_id=rep.id,
                            metric=metric.value,
                            period_kind=kind.value,
                            period_start=period.start,
                            period_end=period.end,
                            value=amount,
                            unit=rep_unit,
                            smart_description=description,
                            weight=Decimal(weight),
                            parent_id=parent_id,
                        )
                    )
            session.add_all(rows)
            session.flush()
            for row in rows:
                audit(session, self.actor, row, AuditAction.CREATE, None, snapshot(row))
                parents[(kind, row.rep_id, row.period_start)] = row.id
                ids.append(row.id)
        return ids

    def _refuse_existing(
        self, session: Session, rep_ids: list[int], metric: Metric, year: Period
    ) -> None:
        if not rep_ids:
            return
        found = (
            session.execute(
                select(Rep.name)
                .join(Target, Target.rep_id == Rep.id)
                .where(
                    Target.rep_id.in_(rep_ids), Target.metric == metric.value, within(Target, year)
                )
                .group_by(Rep.id, Rep.name)
                .order_by(Rep.name)
            )
            .scalars()
            .all()
        )
        if found:
            names = ", ".join(found[:5]) + (" …" if len(found) > 5 else "")
            raise ValidationError(
                "year", m.TARGETS_EXIST(count=len(found), metric=metric, year=year, names=names)
            )

    def _split_records(
        self, rep_ids: list[int], metric: Metric | str, year: int, ids: list[int]
    ) -> list[TargetRecord]:
        """The rows just split, read back in creation order (by rep, not by id list,
        so 5,000 reps do not hit the bind-parameter limit)."""
        order = {target_id: i for i, target_id in enumerate(ids)}
        metric_value = require_choice(metric, Metric, "metric").value
        records: list[TargetRecord] = []
        with self.db.read_session() as session:
            for chunk in _chunks(rep_ids, 1000):
                stmt = _target_select().where(
                    Target.rep_id.in_(chunk),
                    Target.metric == metric_value,
                    within(Target, Period.year(year)),
                )
                records += [_target_record(*found) for found in session.execute(stmt)]
        return sorted((r for r in records if r.id in order), key=lambda r: order[r.id])


__all__ = [
    "TARGET_SORT_COLUMNS",
    "TargetBase",
    "TargetInput",
    "TargetRecord",
    "TargetService",
    "validate_target",
]
