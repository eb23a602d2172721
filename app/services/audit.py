"""Reading the audit trail: who changed what, when, from what to what."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.db.audit import AuditEvent
from app.domain.enums import AuditAction
from app.services.base import Page, PageRequest, Service, count_rows, from_attributes
from app.services.listing import where_chosen, where_search


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: dt.datetime
    actor: str
    table_name: str
    row_id: int
    action: AuditAction
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def changed_fields(self) -> tuple[str, ...]:
        """The fields an update changed (every field for a create or delete)."""
        return tuple(sorted(set(self.before or {}) | set(self.after or {})))


def _record(row: AuditEvent) -> AuditRecord:
    return from_attributes(AuditRecord, row, action=AuditAction(row.action))


class AuditService(Service):
    """The append-only audit trail; there is nothing to edit."""

    def list_events(self, request: PageRequest | None = None) -> Page[AuditRecord]:
        """Events newest first. Filters: ``table_name``, ``row_id``, ``actor``,
        ``action``, ``since`` / ``until`` (aware datetimes). Search: the actor."""
        request = request or PageRequest()
        stmt = select(AuditEvent)
        f = request.filters
        if f.get("table_name"):
            stmt = stmt.where(AuditEvent.table_name == f["table_name"])
        if f.get("row_id") is not None:
            stmt = stmt.where(AuditEvent.row_id == int(f["row_id"]))
        if f.get("actor"):
            stmt = stmt.where(AuditEvent.actor == f["actor"])
        stmt = where_chosen(stmt, f, {"action": (AuditEvent.action, AuditAction)}, validate=True)
        if f.get("since") is not None:
            stmt = stmt.where(AuditEvent.at >= f["since"])
        if f.get("until") is not None:
            stmt = stmt.where(AuditEvent.at < f["until"])
        stmt = where_search(stmt, request.search, AuditEvent.actor)
        # Newest first; the id breaks ties between events of one transaction.
        stmt = stmt.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        with self.db.read_session() as session:
            total = count_rows(session, stmt)
            page = stmt.offset(request.offset).limit(request.limit)
            rows = [_record(row) for row in session.scalars(page)]
        return Page(rows=rows, total=total, offset=request.offset)

    def history(self, table_name: str, row_id: int) -> list[AuditRecord]:
        """Every event of one row, newest first."""
        request = PageRequest(limit=10_000, filters={"table_name": table_name, "row_id": row_id})
        return list(self.list_events(request).rows)


__all__ = ["AuditRecord", "AuditService"]
