"""Compliance obligations, expiring permits and evidence files: the Compliance area."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.db.compliance import MAX_ATTACHMENT_BYTES, Attachment, ComplianceItem
from app.db.org import Region, Rep
from app.domain import messages as m
from app.domain.enums import ComplianceCategory, ComplianceStatus, RepStatus
from app.domain.validation import (
    ValidationError,
    require_choice,
    require_country,
    require_text,
)
from app.services.base import (
    Editable,
    Page,
    PageRequest,
    Service,
    check_link,
    count_rows,
    from_attributes,
    get_or_404,
    linked_row,
    one_or_404,
)
from app.services.errors import ServiceError
from app.services.listing import own_columns, sorted_window, where_chosen, where_given, where_search

_ITEM = "compliance item"


class CorruptAttachmentError(ServiceError):
    """A stored file no longer matches the SHA-256 taken when it was attached."""


@dataclass(frozen=True)
class ComplianceInput:
    region_id: int
    country: str
    category: ComplianceCategory | str
    obligation: str
    owner: str
    rep_id: int | None = None
    legal_reference: str | None = None
    due_date: dt.date | None = None
    status: ComplianceStatus | str = ComplianceStatus.NOT_ASSESSED
    last_checked: dt.date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ComplianceRecord:
    id: int
    version: int
    region_id: int
    country: str
    rep_id: int | None
    rep_name: str | None
    category: ComplianceCategory
    obligation: str
    legal_reference: str | None
    owner: str
    due_date: dt.date | None
    status: ComplianceStatus
    last_checked: dt.date | None
    notes: str | None
    attachment_count: int = 0


@dataclass(frozen=True)
class ExpiringItem:
    """A compliance item or a rep's work permit falling due (``days_left`` < 0: overdue)."""

    kind: Literal["compliance", "work_permit"]
    id: int
    rep_id: int | None
    rep_name: str | None
    title: str
    due_date: dt.date
    days_left: int


@dataclass(frozen=True)
class AttachmentRecord:
    """An evidence file without its content (fetch it with ``attachment_content``)."""

    id: int
    version: int
    compliance_item_id: int
    file_name: str
    media_type: str
    size_bytes: int
    sha256: str
    created_at: dt.datetime


def validate_item(data: ComplianceInput) -> dict[str, Any]:
    return {
        "region_id": data.region_id,
        "country": require_country(data.country, "country"),
        "rep_id": data.rep_id,
        "category": require_choice(data.category, ComplianceCategory, "category").value,
        "obligation": require_text(data.obligation, "obligation", max_length=300),
        "legal_reference": require_text(
            data.legal_reference, "legal_reference", max_length=300, required=False
        ),
        "owner": require_text(data.owner, "owner", max_length=120),
        "due_date": data.due_date,
        "status": require_choice(data.status, ComplianceStatus, "status").value,
        "last_checked": data.last_checked,
        "notes": require_text(data.notes, "notes", max_length=10_000, required=False),
    }


ITEM_SORT_COLUMNS: dict[str, Any] = {
    **own_columns(
        ComplianceItem,
        "due_date",
        "country",
        "category",
        "obligation",
        "owner",
        "status",
        "last_checked",
    ),
    "rep_name": Rep.name,
}


def _item_select() -> Select[Any]:
    return select(ComplianceItem, Rep.name).outerjoin(Rep, ComplianceItem.rep_id == Rep.id)


def _item_record(
    row: ComplianceItem, rep_name: str | None, attachments: int = 0
) -> ComplianceRecord:
    return from_attributes(
        ComplianceRecord,
        row,
        rep_name=rep_name,
        category=ComplianceCategory(row.category),
        status=ComplianceStatus(row.status),
        attachment_count=attachments,
    )


def _attachment_record(row: Any) -> AttachmentRecord:
    """The record of an attachment row, or of a row of its :data:`_ATTACHMENT_META`."""
    return from_attributes(AttachmentRecord, row)


def _read_item(session: Session, item_id: int) -> ComplianceRecord:
    found = one_or_404(session, _item_select(), ComplianceItem, item_id, _ITEM)
    count = session.scalar(select(func.count()).where(Attachment.compliance_item_id == item_id))
    return _item_record(*found, int(count or 0))


def _check_item_links(session: Session, values: Mapping[str, Any]) -> None:
    linked_row(session, Region, values["region_id"], "region_id", "region")
    check_link(session, Rep, values["rep_id"], "rep_id", "rep")


_ITEMS = Editable(ComplianceItem, _ITEM, validate_item, _check_item_links, _read_item)

# Attachment columns without the content, so listing files never loads them.
_ATTACHMENT_META = (
    Attachment.id,
    Attachment.version,
    Attachment.compliance_item_id,
    Attachment.file_name,
    Attachment.media_type,
    Attachment.size_bytes,
    Attachment.sha256,
    Attachment.created_at,
)


class ComplianceService(Service):
    """Compliance items, expiring obligations and permits, evidence files."""

    # -- items -----------------------------------------------------------------

    def get(self, item_id: int) -> ComplianceRecord:
        with self.db.read_session() as session:
            return _read_item(session, item_id)

    def list_items(self, request: PageRequest | None = None) -> Page[ComplianceRecord]:
        """A page of items; filters ``region_id``, ``rep_id``, ``country``, ``status``,
        ``category``, and ``due_within_days`` with ``as_of`` (a date, default today):
        items due on or before ``as_of + due_within_days``, overdue ones included."""
        request = request or PageRequest()
        with self.db.read_session() as session:
            f = request.filters
            stmt = where_given(
                _item_select(),
                f,
                {"region_id": ComplianceItem.region_id, "rep_id": ComplianceItem.rep_id},
            )
            if f.get("country"):
                stmt = stmt.where(ComplianceItem.country == str(f["country"]).strip().upper())
            stmt = where_chosen(
                stmt,
                f,
                {
                    "status": (ComplianceItem.status, ComplianceStatus),
                    "category": (ComplianceItem.category, ComplianceCategory),
                },
            )
            if f.get("due_within_days") is not None:
                as_of = f.get("as_of") or dt.date.today()
                horizon = as_of + dt.timedelta(days=int(f["due_within_days"]))
                stmt = stmt.where(ComplianceItem.due_date <= horizon)
            stmt = where_search(
                stmt,
                request.search,
                ComplianceItem.obligation,
                ComplianceItem.legal_reference,
                ComplianceItem.owner,
                Rep.name,
            )
            total = count_rows(session, stmt)
            stmt = sorted_window(stmt, request, ITEM_SORT_COLUMNS, "due_date", ComplianceItem.id)
            rows = [_item_record(*found) for found in session.execute(stmt)]
            return Page(rows=rows, total=total, offset=request.offset)

    def create(self, data: ComplianceInput) -> ComplianceRecord:
        return self._create_from(_ITEMS, data)

    def update(
        self, item_id: int, data: ComplianceInput, expected_version: int | None
    ) -> ComplianceRecord:
        return self._update_from(_ITEMS, item_id, data, expected_version)

    def delete(self, item_id: int, expected_version: int | None) -> None:
        """Delete an item and its evidence files (each removal audited)."""
        with self.db.session() as session:
            row = get_or_404(session, ComplianceItem, item_id, _ITEM)
            for attachment in session.scalars(
                select(Attachment).where(Attachment.compliance_item_id == item_id)
            ):
                self._delete(session, attachment, None, "attachment")
            self._delete(session, row, expected_version, _ITEM)

    def expiring(
        self, region_id: int | None, today: dt.date, within_days: int = 60
    ) -> list[ExpiringItem]:
        """Compliance items and work permits (of reps still posted) of a region (None:
        every region) due by ``today + within_days``, overdue ones included, soonest
        first. Two queries whatever the number of regions."""
        horizon = today + dt.timedelta(days=within_days)
        item_scope = [ComplianceItem.due_date <= horizon]
        rep_scope = [Rep.status != RepStatus.INACTIVE.value, Rep.work_permit_expiry <= horizon]
        if region_id is not None:
            item_scope.append(ComplianceItem.region_id == region_id)
            rep_scope.append(Rep.region_id == region_id)
        out: list[ExpiringItem] = []
        with self.db.read_session() as session:
            items = session.execute(
                select(
                    ComplianceItem.id,
                    ComplianceItem.rep_id,
                    Rep.name,
                    ComplianceItem.obligation,
                    ComplianceItem.due_date,
                )
                .outerjoin(Rep, ComplianceItem.rep_id == Rep.id)
                .where(*item_scope)
            )
            for item_id, rep_id, rep_name, obligation, due in items:
                out.append(
                    ExpiringItem(
                        "compliance", item_id, rep_id, rep_name, obligation, due, (due - today).days
                    )
                )
            permits = session.execute(
                select(Rep.id, Rep.name, Rep.work_permit_number, Rep.work_permit_expiry).where(
                    *rep_scope
                )
            )
            for rep_id, rep_name, number, expiry in permits:
                title = f"Work permit {number}" if number else "Work permit"
                out.append(
                    ExpiringItem(
                        "work_permit",
                        rep_id,
                        rep_id,
                        rep_name,
                        title,
                        expiry,
                        (expiry - today).days,
                    )
                )
        out.sort(key=lambda e: (e.due_date, e.kind, e.id))
        return out

    # -- attachments -----------------------------------------------------------

    def attach(
        self,
        item_id: int,
        file_name: str,
        content: bytes,
        media_type: str = "application/octet-stream",
    ) -> AttachmentRecord:
        """Store an evidence file with its size and SHA-256."""
        name = require_text(file_name, "file_name", max_length=260)
        if not isinstance(content, bytes | bytearray | memoryview):
            raise ValidationError("content", m.NO_FILE_CONTENT(name=name))
        data = bytes(content)
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                "content",
                m.FILE_TOO_BIG(
                    name=name,
                    size=len(data) / 1_048_576,
                    limit=MAX_ATTACHMENT_BYTES // 1_048_576,
                ),
            )
        kind = require_text(media_type, "media_type", max_length=120) or "application/octet-stream"
        with self.db.session() as session:
            get_or_404(session, ComplianceItem, item_id, _ITEM)
            row = self._create(
                session,
                Attachment(
                    compliance_item_id=item_id,
                    file_name=name,
                    media_type=kind,
                    size_bytes=len(data),
                    sha256=hashlib.sha256(data).hexdigest(),
                    content=data,
                ),
            )
            return _attachment_record(row)

    def attachments(self, item_id: int) -> list[AttachmentRecord]:
        with self.db.read_session() as session:
            stmt = (
                select(*_ATTACHMENT_META)
                .where(Attachment.compliance_item_id == item_id)
                .order_by(Attachment.created_at, Attachment.id)
            )
            return [_attachment_record(found) for found in session.execute(stmt)]

    def attachment_content(self, attachment_id: int) -> bytes:
        """The file's bytes, after checking them against the stored SHA-256."""
        with self.db.read_session() as session:
            row = get_or_404(session, Attachment, attachment_id, "attachment")
            data = bytes(row.content)
            if hashlib.sha256(data).hexdigest() != row.sha256:
                raise CorruptAttachmentError(m.ATTACHMENT_DAMAGED(name=row.file_name))
            return data

    def delete_attachment(self, attachment_id: int, expected_version: int | None) -> None:
        self._delete_by_id(Attachment, attachment_id, expected_version, "attachment")


__all__ = [
    "AttachmentRecord",
    "ComplianceInput",
    "ComplianceRecord",
    "ComplianceService",
    "CorruptAttachmentError",
    "ExpiringItem",
    "validate_item",
]
