"""The compliance register's reading: obligations with the Team's work permits, the matrix.

The pane lists two sources in one sorted, paged table: the register's own rows
and, read-only, each posted rep's work permit as kept in the Team data. Both
are one ``UNION ALL`` so sorting, filtering and paging stay in the database
and cost one statement whatever the number of rows. A permit row's ``id`` is
the rep's id negated (``-rep_id``), so the two sources never share an id.

A permit has no status of its own; it reads as the register would rate it:
non-compliant once expired, at risk within the warning window, else compliant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    Select,
    String,
    Subquery,
    and_,
    case,
    cast,
    func,
    literal,
    null,
    select,
    union_all,
)

from app.db.compliance import Attachment, ComplianceItem
from app.db.org import Rep
from app.domain.compliance import STATUS_SEVERITY
from app.domain.enums import ComplianceCategory, ComplianceStatus, RepStatus

#: ``source`` of a register row, and of a rep's work permit from the Team data.
REGISTER = "register"
TEAM = "team"


def permit_status(expiry: Any, today: dt.date, warn_days: int) -> Any:
    """The SQL status of a permit expiring on ``expiry`` (see the module's docstring)."""
    horizon = today + dt.timedelta(days=warn_days)
    return case(
        (expiry < today, ComplianceStatus.NON_COMPLIANT.value),
        (expiry <= horizon, ComplianceStatus.AT_RISK.value),
        else_=ComplianceStatus.COMPLIANT.value,
    )


def _items_select() -> Select[Any]:
    c = ComplianceItem
    return select(
        c.id.label("id"),
        literal(REGISTER, String).label("source"),
        c.version.label("version"),
        c.region_id.label("region_id"),
        c.country.label("country"),
        c.rep_id.label("rep_id"),
        Rep.name.label("rep_name"),
        c.category.label("category"),
        c.obligation.label("obligation"),
        c.legal_reference.label("legal_reference"),
        c.owner.label("owner"),
        c.due_date.label("due_date"),
        c.status.label("status"),
        c.last_checked.label("last_checked"),
        c.notes.label("notes"),
        c.renewal_months.label("renewal_months"),
        c.renewed_on.label("renewed_on"),
        c.renewed_from_id.label("renewed_from_id"),
    ).outerjoin(Rep, c.rep_id == Rep.id)


def _permits_select(today: dt.date, warn_days: int) -> Select[Any]:
    return select(
        (-Rep.id).label("id"),
        literal(TEAM, String).label("source"),
        literal(0, Integer).label("version"),
        Rep.region_id.label("region_id"),
        Rep.posting_country.label("country"),
        Rep.id.label("rep_id"),
        Rep.name.label("rep_name"),
        literal(ComplianceCategory.IMMIGRATION.value, String).label("category"),
        func.coalesce(Rep.work_permit_number, "").label("obligation"),
        cast(null(), String).label("legal_reference"),
        literal("", String).label("owner"),
        Rep.work_permit_expiry.label("due_date"),
        permit_status(Rep.work_permit_expiry, today, warn_days).label("status"),
        cast(null(), Date).label("last_checked"),
        cast(null(), String).label("notes"),
        cast(null(), Integer).label("renewal_months"),
        cast(null(), Date).label("renewed_on"),
        cast(null(), Integer).label("renewed_from_id"),
    ).where(Rep.work_permit_expiry.is_not(None), Rep.status != RepStatus.INACTIVE.value)


def register_rows(with_permits: bool, today: dt.date, warn_days: int) -> Subquery:
    """The register's rows (and the permits when ``with_permits``) as one subquery."""
    if not with_permits:
        return _items_select().subquery("register")
    return union_all(_items_select(), _permits_select(today, warn_days)).subquery("register")


def attachment_count(rows: Subquery) -> Any:
    """Per row, its evidence files (0 for a permit), evaluated for the page's rows only."""
    return (
        select(func.count(Attachment.id))
        .where(Attachment.compliance_item_id == rows.c.id, rows.c.source == REGISTER)
        .scalar_subquery()
        .label("attachment_count")
    )


def sort_columns(rows: Subquery) -> dict[str, Any]:
    """The register's sortable columns by name."""
    names = [
        "due_date",
        "country",
        "category",
        "obligation",
        "owner",
        "status",
        "last_checked",
        "rep_name",
        "legal_reference",
        "renewal_months",
        "source",
    ]
    return {name: rows.c[name] for name in names}


def current_filter(rows: Subquery) -> Any:
    """Rows still in force: renewed ones are history, superseded by their successor."""
    return rows.c.renewed_on.is_(None)


def matrix_select(
    region_id: int | None, today: dt.date, warn_days: int
) -> Select[tuple[str, str, int, int]]:
    """Per country and category of the rows in force: the worst status's severity and a
    count. One aggregate statement over the register and the permits."""
    rows = register_rows(True, today, warn_days)
    severity = case(
        *((rows.c.status == status.value, rank) for status, rank in STATUS_SEVERITY.items()),
        else_=0,
    )
    scope = [current_filter(rows)]
    if region_id is not None:
        scope.append(rows.c.region_id == region_id)
    return (
        select(rows.c.country, rows.c.category, func.max(severity), func.count())
        .where(and_(*scope))
        .group_by(rows.c.country, rows.c.category)
        .order_by(rows.c.country, rows.c.category)
    )


def severity_status(rank: int) -> ComplianceStatus:
    return next(s for s, r in STATUS_SEVERITY.items() if r == rank)


def row_values(row: Mapping[str, Any]) -> dict[str, Any]:
    """A union row as the fields of a register record."""
    values = dict(row)
    values["category"] = ComplianceCategory(values["category"])
    values["status"] = ComplianceStatus(values["status"])
    values["attachment_count"] = int(values.get("attachment_count") or 0)
    return values


__all__ = [
    "REGISTER",
    "TEAM",
    "attachment_count",
    "current_filter",
    "matrix_select",
    "permit_status",
    "register_rows",
    "row_values",
    "severity_status",
    "sort_columns",
]
