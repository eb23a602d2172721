"""Compliance obligations, expiring permits and evidence files: the Compliance area."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from app.db.compliance import MAX_ATTACHMENT_BYTES, Attachment, ComplianceItem
from app.db.org import Region, Rep
from app.domain.enums import ComplianceCategory, ComplianceStatus, RepStatus
from app.domain.validation import (
    ValidationError,
    require_choice,
    require_country,
    require_text,
)
from app.services.base import Page, PageRequest, Service, count_rows, get_or_404
from app.services.errors import ServiceError


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
    "due_date": ComplianceItem.due_date,
    "country": ComplianceItem.country,
    "category": ComplianceItem.category,
    "obligation": ComplianceItem.obligation,
    "owner": ComplianceItem.owner,
    "status": ComplianceItem.status,
    "last_checked": ComplianceItem.last_checked,
    "rep_name": Rep.name,
}


def _item_select() -> Select[Any]:
    return select(ComplianceItem, Rep.name).outerjoin(Rep, ComplianceItem.rep_id == Rep.id)


def _item_record(
    row: ComplianceItem, rep_name: str | None, attachments: int = 0
) -> ComplianceRecord:
    return ComplianceRecord(
        id=row.id,
        version=row.version,
        region_id=row.region_id,
        country=row.country,
        rep_id=row.rep_id,
        rep_name=rep_name,
        category=ComplianceCategory(row.category),
        obligation=row.obligation,
        legal_reference=row.legal_reference,
        owner=row.owner,
        due_date=row.due_date,
        status=ComplianceStatus(row.status),
        last_checked=row.last_checked,
        notes=row.notes,
        attachment_count=attachments,
    )


def _attachment_record(row: Attachment) -> AttachmentRecord:
    return AttachmentRecord(
        row.id,
        row.version,
        row.compliance_item_id,
        row.file_name,
        row.media_type,
        row.size_bytes,
        row.sha256,
        row.created_at,
    )


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
            return self._get(session, item_id)

    def _get(self, session: Session, item_id: int) -> ComplianceRecord:
        found = session.execute(_item_select().where(ComplianceItem.id == item_id)).one_or_none()
        if found is None:
            get_or_404(session, ComplianceItem, item_id, "compliance item")
        count = session.scalar(select(func.count()).where(Attachment.compliance_item_id == item_id))
        return _item_record(*found, int(count or 0))  # type: ignore[misc]

    def list_items(self, request: PageRequest | None = None) -> Page[ComplianceRecord]:
        """A page of items; filters ``region_id``, ``rep_id``, ``country``, ``status``,
        ``category``, and ``due_within_days`` with ``as_of`` (a date, default today):
        items due on or before ``as_of + due_within_days``, overdue ones included."""
        request = request or PageRequest()
        with self.db.read_session() as session:
            stmt = _item_select()
            f = request.filters
            if f.get("region_id") is not None:
                stmt = stmt.where(ComplianceItem.region_id == f["region_id"])
            if f.get("rep_id") is not None:
                stmt = stmt.where(ComplianceItem.rep_id == f["rep_id"])
            if f.get("country"):
                stmt = stmt.where(ComplianceItem.country == str(f["country"]).strip().upper())
            if f.get("status"):
                stmt = stmt.where(ComplianceItem.status == ComplianceStatus(f["status"]).value)
            if f.get("category"):
                stmt = stmt.where(
                    ComplianceItem.category == ComplianceCategory(f["category"]).value
                )
            if f.get("due_within_days") is not None:
                as_of = f.get("as_of") or dt.date.today()
                horizon = as_of + dt.timedelta(days=int(f["due_within_days"]))
                stmt = stmt.where(ComplianceItem.due_date <= horizon)
            if request.search:
                pattern = f"%{request.search.strip()}%"
                stmt = stmt.where(
                    or_(
                        ComplianceItem.obligation.ilike(pattern),
                        ComplianceItem.legal_reference.ilike(pattern),
                        ComplianceItem.owner.ilike(pattern),
                        Rep.name.ilike(pattern),
                    )
                )
            total = count_rows(session, stmt)
            sort = ITEM_SORT_COLUMNS.get(request.sort or "due_date")
            sort = ComplianceItem.due_date if sort is None else sort
            order = sort.desc() if request.descending else sort.asc()
            stmt = stmt.order_by(order, ComplianceItem.id).offset(request.offset)
            rows = [_item_record(*found) for found in session.execute(stmt.limit(request.limit))]
            return Page(rows=rows, total=total, offset=request.offset)

    def create(self, data: ComplianceInput) -> ComplianceRecord:
        values = validate_item(data)
        with self.db.session() as session:
            self._check_links(session, values)
            row = self._create(session, ComplianceItem(**values))
            return self._get(session, row.id)

    def update(
        self, item_id: int, data: ComplianceInput, expected_version: int | None
    ) -> ComplianceRecord:
        values = validate_item(data)
        with self.db.session() as session:
            row = get_or_404(session, ComplianceItem, item_id, "compliance item")
            self._check_links(session, values)
            self._update(session, row, values, expected_version, "compliance item")
            return self._get(session, item_id)

    def delete(self, item_id: int, expected_version: int | None) -> None:
        """Delete an item and its evidence files (each removal audited)."""
        with self.db.session() as session:
            row = get_or_404(session, ComplianceItem, item_id, "compliance item")
            for attachment in session.scalars(
                select(Attachment).where(Attachment.compliance_item_id == item_id)
            ):
                self._delete(session, attachment, None, "attachment")
            self._delete(session, row, expected_version, "compliance item")

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

    @staticmethod
    def _check_links(session: Session, values: dict[str, Any]) -> None:
        if session.get(Region, values["region_id"]) is None:
            raise ValidationError("region_id", f"region {values['region_id']} does not exist")
        rep_id = values["rep_id"]
        if rep_id is not None and session.get(Rep, rep_id) is None:
            raise ValidationError("rep_id", f"rep {rep_id} does not exist")

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
            raise ValidationError("content", f"{name} has no file content")
        data = bytes(content)
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                "content",
                f"{name} is {len(data) / 1_048_576:.1f} MB; attachments may be at most "
                f"{MAX_ATTACHMENT_BYTES // 1_048_576} MB",
            )
        kind = require_text(media_type, "media_type", max_length=120) or "application/octet-stream"
        with self.db.session() as session:
            get_or_404(session, ComplianceItem, item_id, "compliance item")
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
            return [AttachmentRecord(*found) for found in session.execute(stmt)]

    def attachment_content(self, attachment_id: int) -> bytes:
        """The file's bytes, after checking them against the stored SHA-256."""
        with self.db.read_session() as session:
            row = get_or_404(session, Attachment, attachment_id, "attachment")
            data = bytes(row.content)
            if hashlib.sha256(data).hexdigest() != row.sha256:
                raise CorruptAttachmentError(
                    f"{row.file_name} is damaged: its content no longer matches the "
                    "checksum taken when it was attached"
                )
            return data

    def delete_attachment(self, attachment_id: int, expected_version: int | None) -> None:
        with self.db.session() as session:
            row = get_or_404(session, Attachment, attachment_id, "attachment")
            self._delete(session, row, expected_version, "attachment")


__all__ = [
    "AttachmentRecord",
    "ComplianceInput",
    "ComplianceRecord",
    "ComplianceService",
    "CorruptAttachmentError",
    "ExpiringItem",
    "validate_item",
]
