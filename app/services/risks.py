"""The region's risk register: the Risks area's use cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.db.org import Region, Rep
from app.db.risks import Risk
from app.domain import messages as m
from app.domain.enums import RiskCategory, RiskLevel, RiskStatus, Treatment
from app.domain.risk import RISK_MATRIX, level_rank, risk_level, risk_score
from app.domain.validation import ValidationError, require_choice, require_text
from app.services.base import (
    Editable,
    Page,
    PageRequest,
    Service,
    count_rows,
    from_attributes,
    linked_row,
    one_or_404,
)
from app.services.listing import own_columns, sorted_window, where_chosen, where_given, where_search

_RATINGS = range(1, 6)


@dataclass(frozen=True)
class RiskInput:
    region_id: int
    category: RiskCategory | str
    title: str
    likelihood: int
    impact: int
    owner: str
    cause: str | None = None
    residual_likelihood: int | None = None
    residual_impact: int | None = None
    treatment: Treatment | str = Treatment.REDUCE
    controls: str | None = None
    status: RiskStatus | str = RiskStatus.OPEN
    next_review: dt.date | None = None
    rep_id: int | None = None
    customer: str | None = None


@dataclass(frozen=True)
class RiskRecord:
    id: int
    version: int
    region_id: int
    rep_id: int | None
    rep_name: str | None
    customer: str | None
    category: RiskCategory
    title: str
    cause: str | None
    likelihood: int
    impact: int
    residual_likelihood: int | None
    residual_impact: int | None
    treatment: Treatment
    controls: str | None
    owner: str
    status: RiskStatus
    next_review: dt.date | None
    score: int
    level: RiskLevel
    residual_score: int | None
    residual_level: RiskLevel | None


def validate_risk(data: RiskInput) -> dict[str, Any]:
    risk_score(data.likelihood, data.impact)  # raises naming likelihood / impact
    residual = (data.residual_likelihood, data.residual_impact)
    if (residual[0] is None) != (residual[1] is None):
        missing = "residual_impact" if residual[1] is None else "residual_likelihood"
        raise ValidationError(missing, m.RESIDUAL_BOTH())
    if residual[0] is not None:
        try:
            risk_score(residual[0], residual[1])  # type: ignore[arg-type]
        except ValidationError as exc:
            raise exc.renamed(f"residual_{exc.field}") from None
    return {
        "region_id": data.region_id,
        "rep_id": data.rep_id,
        "customer": require_text(data.customer, "customer", max_length=200, required=False),
        "category": require_choice(data.category, RiskCategory, "category").value,
        "title": require_text(data.title, "title", max_length=200),
        "cause": require_text(data.cause, "cause", max_length=10_000, required=False),
        "likelihood": data.likelihood,
        "impact": data.impact,
        "residual_likelihood": residual[0],
        "residual_impact": residual[1],
        "treatment": require_choice(data.treatment, Treatment, "treatment").value,
        "controls": require_text(data.controls, "controls", max_length=10_000, required=False),
        "owner": require_text(data.owner, "owner", max_length=120),
        "status": require_choice(data.status, RiskStatus, "status").value,
        "next_review": data.next_review,
    }


def _risk_record(row: Risk, rep_name: str | None) -> RiskRecord:
    residual = (row.residual_likelihood, row.residual_impact)
    has_residual = None not in residual
    return from_attributes(
        RiskRecord,
        row,
        rep_name=rep_name,
        category=RiskCategory(row.category),
        treatment=Treatment(row.treatment),
        status=RiskStatus(row.status),
        score=risk_score(row.likelihood, row.impact),
        level=risk_level(row.likelihood, row.impact),
        residual_score=risk_score(*residual) if has_residual else None,  # type: ignore[arg-type]
        residual_level=risk_level(*residual) if has_residual else None,  # type: ignore[arg-type]
    )


def _cells_at_least(level: RiskLevel) -> list[tuple[int, int]]:
    floor = level_rank(level)
    return [
        (lk, im)
        for lk in _RATINGS
        for im in _RATINGS
        if level_rank(RISK_MATRIX[lk - 1][im - 1]) >= floor
    ]


def level_at_least(level: RiskLevel, likelihood: Any, impact: Any) -> ColumnElement[bool]:
    """SQL for "the cell's level is at least ``level``", from the domain's matrix."""
    return or_(*(and_(likelihood == lk, impact == im) for lk, im in _cells_at_least(level)))


def _level_rank_sql() -> ColumnElement[int]:
    """The level rank (0 low … 3 critical) of a risk's cell, for sorting in SQL."""
    whens = [
        (and_(Risk.likelihood == lk, Risk.impact == im), level_rank(RISK_MATRIX[lk - 1][im - 1]))
        for lk in _RATINGS
        for im in _RATINGS
    ]
    return case(*whens, else_=0)


RISK_SORT_COLUMNS: dict[str, Any] = {
    **own_columns(
        Risk,
        "title",
        "category",
        "likelihood",
        "impact",
        "owner",
        "status",
        "next_review",
        "customer",
    ),
    "score": Risk.likelihood * Risk.impact,
    "level": _level_rank_sql(),
    "residual_score": Risk.residual_likelihood * Risk.residual_impact,
    "rep_name": Rep.name,
}


def _risk_select() -> Select[Any]:
    return select(Risk, Rep.name).outerjoin(Rep, Risk.rep_id == Rep.id)


def _read_risk(session: Session, risk_id: int) -> RiskRecord:
    return _risk_record(*one_or_404(session, _risk_select(), Risk, risk_id, "risk"))


def _check_risk_links(session: Session, values: Mapping[str, Any]) -> None:
    linked_row(session, Region, values["region_id"], "region_id", "region")
    rep_id = values["rep_id"]
    if rep_id is None:
        return
    rep = linked_row(session, Rep, rep_id, "rep_id", "rep")
    if rep.region_id != values["region_id"]:
        raise ValidationError("rep_id", m.OTHER_REGION(name=rep.name))


_RISKS = Editable(Risk, "risk", validate_risk, _check_risk_links, _read_risk)


class RiskService(Service):
    """The risk register, its heat map and the high-risk list."""

    def get(self, risk_id: int) -> RiskRecord:
        with self.db.read_session() as session:
            return _read_risk(session, risk_id)

    def list_risks(self, request: PageRequest | None = None) -> Page[RiskRecord]:
        """A page of risks; filters ``region_id``, ``rep_id``, ``status``, ``category``,
        ``min_level`` (inherent level at least this)."""
        request = request or PageRequest()
        with self.db.read_session() as session:
            f = request.filters
            stmt = where_given(
                _risk_select(), f, {"region_id": Risk.region_id, "rep_id": Risk.rep_id}
            )
            stmt = where_chosen(
                stmt,
                f,
                {"status": (Risk.status, RiskStatus), "category": (Risk.category, RiskCategory)},
            )
            if f.get("min_level"):
                level = RiskLevel(f["min_level"])
                stmt = stmt.where(level_at_least(level, Risk.likelihood, Risk.impact))
            stmt = where_search(
                stmt, request.search, Risk.title, Risk.cause, Risk.customer, Risk.owner, Rep.name
            )
            total = count_rows(session, stmt)
            # Default: worst first, as a register is read.
            asked = request if request.sort else replace(request, sort="score", descending=True)
            stmt = sorted_window(stmt, asked, RISK_SORT_COLUMNS, "score", Risk.id)
            rows = [_risk_record(*found) for found in session.execute(stmt)]
            return Page(rows=rows, total=total, offset=request.offset)

    def create(self, data: RiskInput) -> RiskRecord:
        return self._create_from(_RISKS, data)

    def update(self, risk_id: int, data: RiskInput, expected_version: int | None) -> RiskRecord:
        return self._update_from(_RISKS, risk_id, data, expected_version)

    def delete(self, risk_id: int, expected_version: int | None) -> None:
        self._delete_by_id(Risk, risk_id, expected_version, "risk")

    def heat_map(self, region_id: int, residual: bool = False) -> list[list[int]]:
        """Counts of live (not closed) risks per cell: ``grid[likelihood-1][impact-1]``.

        With ``residual`` the rating after treatment is used, falling back to
        the inherent one for risks not assessed after treatment yet.
        """
        if residual:
            lk = func.coalesce(Risk.residual_likelihood, Risk.likelihood)
            im = func.coalesce(Risk.residual_impact, Risk.impact)
        else:
            lk, im = Risk.likelihood, Risk.impact
        grid = [[0] * 5 for _ in _RATINGS]
        with self.db.read_session() as session:
            stmt = (
                select(lk, im, func.count())
                .where(Risk.region_id == region_id, Risk.status != RiskStatus.CLOSED.value)
                .group_by(lk, im)
            )
            for likelihood, impact, n in session.execute(stmt):
                grid[int(likelihood) - 1][int(impact) - 1] = int(n)
        return grid

    def high_risks(self, region_id: int | None) -> list[RiskRecord]:
        """Live (open or monitoring) risks of a region (None: every region) whose
        inherent level is high or critical, highest score first. One query."""
        with self.db.read_session() as session:
            stmt = (
                _risk_select()
                .where(
                    Risk.status != RiskStatus.CLOSED.value,
                    level_at_least(RiskLevel.HIGH, Risk.likelihood, Risk.impact),
                )
                .order_by((Risk.likelihood * Risk.impact).desc(), Risk.id)
            )
            if region_id is not None:
                stmt = stmt.where(Risk.region_id == region_id)
            return [_risk_record(*found) for found in session.execute(stmt)]


__all__ = ["RiskInput", "RiskRecord", "RiskService", "level_at_least", "validate_risk"]
