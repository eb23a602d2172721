"""Actuals: what reps achieved, typed in (one or a 12-month grid) or imported.

An actual spans any run of days; how actuals count towards attainment is
explained in :mod:`app.services.attainment`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select, tuple_
from sqlalchemy.orm import Session

from app.db.org import Rep
from app.db.targets import Actual
from app.domain import messages as m
from app.domain.enums import ActualSource, Metric, PeriodKind
from app.domain.periods import Period
from app.domain.validation import ValidationError, require_choice, require_date_order, require_text
from app.services.base import (
    Page,
    PageRequest,
    Service,
    count_rows,
    from_attributes,
    get_or_404,
    one_or_404,
)
from app.services.listing import own_columns, sorted_window, where_chosen, where_given, where_search
from app.services.period_queries import (
    ADDITIVE_METRICS,
    check_unit,
    check_value,
    within,
)


@dataclass(frozen=True)
class ActualInput:
    rep_id: int
    metric: Metric | str
    period_start: dt.date
    period_end: dt.date
    value: Decimal
    unit: str
    source: ActualSource | str = ActualSource.MANUAL
    note: str | None = None


@dataclass(frozen=True)
class ActualRecord:
    id: int
    version: int
    rep_id: int
    rep_name: str
    metric: Metric
    period_start: dt.date
    period_end: dt.date
    value: Decimal
    unit: str
    source: ActualSource
    import_batch_id: int | None
    note: str | None = field(default=None, repr=False)

    def to_input(self) -> ActualInput:
        return from_attributes(ActualInput, self)


# -- validation ----------------------------------------------------------------


def validate_actual(data: ActualInput) -> dict[str, Any]:
    """Column values for an actual, or a ValidationError naming the first bad field."""
    metric = require_choice(data.metric, Metric, "metric")
    for name in ("period_start", "period_end"):
        if not isinstance(getattr(data, name), dt.date):
            raise ValidationError(name, m.DATE_REQUIRED())
    require_date_order(data.period_start, data.period_end, "period_start", "period_end")
    # Net revenue may be negative (credit notes); a negative churn or DSO is not.
    negative_ok = metric in ADDITIVE_METRICS
    return {
        "rep_id": data.rep_id,
        "metric": metric.value,
        "period_start": data.period_start,
        "period_end": data.period_end,
        "value": check_value(data.value, "value", negative_ok=negative_ok),
        "unit": check_unit(metric, data.unit),
        "source": require_choice(data.source, ActualSource, "source").value,
        "note": require_text(data.note, "note", max_length=4000, required=False),
    }


# -- row -> record -------------------------------------------------------------


def _actual_select() -> Select[Any]:
    return select(Actual, Rep.name).join(Rep, Actual.rep_id == Rep.id)


def _actual_record(row: Actual, rep_name: str) -> ActualRecord:
    return from_attributes(
        ActualRecord,
        row,
        rep_name=rep_name,
        metric=Metric(row.metric),
        source=ActualSource(row.source),
    )


ACTUAL_SORT_COLUMNS: dict[str, Any] = {
    "rep_name": Rep.name,
    **own_columns(
        Actual, "metric", "period_start", "period_end", "value", "unit", "source", "updated_at"
    ),
}


# -- the service ---------------------------------------------------------------


class ActualService(Service):
    """Actuals: single ones and monthly grids."""

    def get_actual(self, actual_id: int) -> ActualRecord:
        with self.db.read_session() as session:
            return _actual_record(
                *one_or_404(session, _actual_select(), Actual, actual_id, "actual")
            )

    def list_actuals(self, request: PageRequest | None = None) -> Page[ActualRecord]:
        """A page of actuals. Filters: ``region_id``, ``rep_id``, ``metric``, ``source``,
        ``period`` (a Period: actuals lying within it). Search: rep names and notes."""
        request = request or PageRequest()
        f = request.filters
        stmt = where_given(
            _actual_select(), f, {"region_id": Rep.region_id, "rep_id": Actual.rep_id}
        )
        stmt = where_chosen(
            stmt,
            f,
            {"metric": (Actual.metric, Metric), "source": (Actual.source, ActualSource)},
            validate=True,
        )
        if f.get("period") is not None:
            stmt = stmt.where(within(Actual, f["period"]))
        stmt = where_search(stmt, request.search, Rep.name, Rep.name_zh, Actual.note)
        ties = (Rep.name, Actual.metric, Actual.period_start, Actual.id)
        page = sorted_window(stmt, request, ACTUAL_SORT_COLUMNS, "period_start", *ties, strict=True)
        with self.db.read_session() as session:
            total = count_rows(session, stmt)
            rows = [_actual_record(*found) for found in session.execute(page)]
        return Page(rows=rows, total=total, offset=request.offset)

    def actuals_for(
        self, rep_id: int, period: Period, metric: Metric | str | None = None
    ) -> list[ActualRecord]:
        """Every actual of a rep lying within ``period``, oldest first."""
        filters: dict[str, Any] = {"rep_id": rep_id, "period": period}
        if metric is not None:
            filters["metric"] = metric
        request = PageRequest(limit=100_000, sort="period_start", filters=filters)
        return list(self.list_actuals(request).rows)

    def create_actual(self, data: ActualInput) -> ActualRecord:
        values = validate_actual(data)
        with self.db.session() as session:
            self._check_rep(session, values["rep_id"])
            actual_id = self._create(session, Actual(**values)).id
        return self.get_actual(actual_id)

    def update_actual(
        self, actual_id: int, data: ActualInput, expected_version: int | None
    ) -> ActualRecord:
        values = validate_actual(data)
        with self.db.session() as session:
            row = get_or_404(session, Actual, actual_id, "actual")
            self._check_rep(session, values["rep_id"])
            self._update(session, row, values, expected_version, "actual")
        return self.get_actual(actual_id)

    def delete_actual(self, actual_id: int, expected_version: int | None) -> None:
        self._delete_by_id(Actual, actual_id, expected_version, "actual")

    def record_monthly_actuals(
        self,
        rep_id: int,
        metric: Metric | str,
        year: int,
        values: Mapping[int, Decimal | None],
        unit: str,
    ) -> list[ActualRecord]:
        """Set one manual actual per month from a 12-month grid, in one transaction.

        A value creates or replaces the actual spanning exactly that month; None
        deletes it. Months not in ``values`` are left alone. A month holding more
        than one actual (e.g. imported ones) is refused: edit those one by one.
        Returns the year's month actuals for this metric afterwards.
        """
        metric_m = require_choice(metric, Metric, "metric")
        months: dict[int, Period] = {}
        for month in values:
            if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
                raise ValidationError("month", m.NOT_A_MONTH(value=month))
            months[month] = Period.month(year, month)
        wanted: dict[int, dict[str, Any]] = {}
        for month, value in values.items():
            if value is None:
                continue
            p = months[month]
            try:
                wanted[month] = validate_actual(
                    ActualInput(rep_id, metric_m, p.start, p.end, value, unit)
                )
            except ValidationError as exc:
                raise exc.renamed(f"{exc.field} ({p.label()})") from exc
        with self.db.session() as session:
            self._check_rep(session, rep_id)
            existing: dict[int, list[Actual]] = defaultdict(list)
            stmt = select(Actual).where(
                Actual.rep_id == rep_id,
                Actual.metric == metric_m.value,
                tuple_(Actual.period_start, Actual.period_end).in_(
                    [(p.start, p.end) for p in months.values()]
                ),
            )
            for row in session.scalars(stmt.order_by(Actual.id)):
                existing[row.period_start.month].append(row)
            for month in sorted(months):
                rows = existing.get(month, [])
                if len(rows) > 1:
                    raise ValidationError(
                        f"month {months[month].label()}",
                        m.MONTH_HAS_ACTUALS(count=len(rows)),
                    )
                row = rows[0] if rows else None
                new = wanted.get(month)
                if new is None:
                    if row is not None:
                        self._delete(session, row, None, "actual")
                elif row is None:
                    self._create(session, Actual(**new))
                elif (row.value, row.unit, row.source) != (
                    new["value"],
                    new["unit"],
                    new["source"],
                ):
                    changes = {k: new[k] for k in ("value", "unit", "source")}
                    self._update(session, row, changes, None, "actual")
        year_p = Period.year(year)
        return [
            a
            for a in self.actuals_for(rep_id, year_p, metric_m)
            if Period.containing(a.period_start, PeriodKind.MONTH).end == a.period_end
            and a.period_start.day == 1
        ]

    def _check_rep(self, session: Session, rep_id: int) -> Rep:
        rep = session.get(Rep, rep_id) if rep_id is not None else None
        if rep is None:
            raise ValidationError("rep_id", m.DOES_NOT_EXIST(what="rep", value=rep_id))
        return rep


__all__ = [
    "ACTUAL_SORT_COLUMNS",
    "ActualInput",
    "ActualRecord",
    "ActualService",
    "validate_actual",
]
