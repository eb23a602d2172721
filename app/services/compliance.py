"""Compliance obligations, expiring permits and evidence files: the Compliance area."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.db.compliance import (
    MAX_ATTACHMENT_BYTES,
    MAX_RENEWAL_MONTHS,
    Attachment,
    ComplianceItem,
)
from app.db.org import Region, Rep
from app.domain import messages as m
from app.domain.compliance import next_due_date, plain_file_name
from app.domain.enums import ComplianceCategory, ComplianceStatus, RepStatus
from app.domain.validation import (
    ValidationError,
    require_choice,
    require_country,
    require_text,
)
from app.services import compliance_queries as q
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
from app.services.listing import sorted_window, where_chosen, where_given, where_search

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
    renewal_months: int | None = None


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
    renewal_months: int | None = None
    #: When it was marked renewed (then it is history; ``None``: in force).
    renewed_on: dt.date | None = None
    renewed_from_id: int | None = None
    #: ``"register"``, or ``"team"`` for a rep's work permit read from the Team data
    #: (read-only, ``id`` is ``-rep_id``, ``obligation`` the permit's number).
    source: str = q.REGISTER

    @property
    def from_team(self) -> bool:
        return self.source == q.TEAM

    def to_input(self) -> ComplianceInput:
        return from_attributes(ComplianceInput, self)


@dataclass(frozen=True)
class CountryCell:
    """One cell of the country × category matrix: the worst status of ``count`` rows."""

    country: str
    category: ComplianceCategory
    status: ComplianceStatus
    count: int


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
        "renewal_months": _renewal_months(data.renewal_months),
    }


def _renewal_months(value: int | None) -> int | None:
    if value is None or value == 0:
        return None
    if not 1 <= int(value) <= MAX_RENEWAL_MONTHS:
        raise ValidationError("renewal_months", m.MONTHS_BETWEEN(limit=MAX_RENEWAL_MONTHS))
    return int(value)


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
        source=q.REGISTER,
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
        """A page of items; filters ``id``, ``region_id``, ``rep_id``, ``country``, ``status``,
        ``category``, ``due_within_days`` with ``as_of`` (a date, default today):
        items in force due on or before ``as_of + due_within_days``, overdue ones
        included; ``with_permits``: the reps' work permits too (read-only rows, see
        :mod:`app.services.compliance_queries`) rated with ``warn_days`` (default 60).
        """
        request = request or PageRequest()
        f = request.filters
        as_of = f.get("as_of") or dt.date.today()
        rows = q.register_rows(bool(f.get("with_permits")), as_of, int(f.get("warn_days") or 60))
        with self.db.read_session() as session:
            stmt = where_given(
                select(rows, q.attachment_count(rows)),
                f,
                {"id": rows.c.id, "region_id": rows.c.region_id, "rep_id": rows.c.rep_id},
            )
            if f.get("country"):
                stmt = stmt.where(rows.c.country == str(f["country"]).strip().upper())
            stmt = where_chosen(
                stmt,
                f,
                {
                    "status": (rows.c.status, ComplianceStatus),
                    "category": (rows.c.category, ComplianceCategory),
                },
            )
            if f.get("due_within_days") is not None:
                horizon = as_of + dt.timedelta(days=int(f["due_within_days"]))
                stmt = stmt.where(rows.c.due_date <= horizon, q.current_filter(rows))
            stmt = where_search(
                stmt,
                request.search,
                rows.c.obligation,
                rows.c.legal_reference,
                rows.c.owner,
                rows.c.rep_name,
            )
            total = count_rows(session, stmt)
            stmt = sorted_window(stmt, request, q.sort_columns(rows), "due_date", rows.c.id)
            found = session.execute(stmt).mappings()
            records = [ComplianceRecord(**q.row_values(row)) for row in found]
            return Page(rows=records, total=total, offset=request.offset)

    def country_matrix(
        self, region_id: int | None, today: dt.date, warn_days: int = 60
    ) -> list[CountryCell]:
        """Per country and category, the worst status of the rows in force (the register's
        and the work permits'), in one aggregate statement."""
        with self.db.read_session() as session:
            return [
                CountryCell(country, ComplianceCategory(category), q.severity_status(rank), count)
                for country, category, rank, count in session.execute(
                    q.matrix_select(region_id, today, warn_days)
                )
            ]

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

    def renew(self, item_id: int, expected_version: int | None, today: dt.date) -> ComplianceRecord:
        """Mark an obligation renewed; its successor (returned) is due one period later.

        The renewed row is kept as history: compliant, checked ``today``,
        ``renewed_on`` today. Its successor copies it (country, rep, category,
        owner, reference, period), falls due :func:`next_due_date` after the
        renewed due date, and is compliant as of ``today``. Both in one
        transaction, each audited. Refused for a row already renewed, without a
        renewal period or without a due date.
        """
        with self.db.session() as session:
            row = get_or_404(session, ComplianceItem, item_id, _ITEM)
            if row.renewed_on is not None:
                raise ValidationError(
                    "renewed_on",
                    m.ALREADY_RENEWED(obligation=row.obligation, day=row.renewed_on.isoformat()),
                )
            if not row.renewal_months:
                raise ValidationError(
                    "renewal_months", m.NO_RENEWAL_PERIOD(obligation=row.obligation)
                )
            if row.due_date is None:
                raise ValidationError("due_date", m.NO_DUE_DATE_TO_RENEW(obligation=row.obligation))
            done = {
                "status": ComplianceStatus.COMPLIANT.value,
                "last_checked": today,
                "renewed_on": today,
            }
            self._update(session, row, done, expected_version, _ITEM)
            successor = self._create(
                session,
                ComplianceItem(
                    region_id=row.region_id,
                    country=row.country,
                    rep_id=row.rep_id,
                    category=row.category,
                    obligation=row.obligation,
                    legal_reference=row.legal_reference,
                    owner=row.owner,
                    due_date=next_due_date(row.due_date, row.renewal_months),
                    status=ComplianceStatus.COMPLIANT.value,
                    last_checked=today,
                    renewal_months=row.renewal_months,
                    renewed_from_id=row.id,
                ),
            )
            return _read_item(session, successor.id)

    def expiring(
        self, region_id: int | None, today: dt.date, within_days: int = 60
    ) -> list[ExpiringItem]:
        """Compliance items and work permits (of reps still posted) of a region (None:
        every region) due by ``today + within_days``, overdue ones included, soonest
        first. Two queries whatever the number of regions."""
        horizon = today + dt.timedelta(days=within_days)
        # A renewed row is history: its successor is the one falling due.
        item_scope = [ComplianceItem.due_date <= horizon, ComplianceItem.renewed_on.is_(None)]
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
        """Store an evidence file with its size and SHA-256, under its plain file name
        (directories and control characters dropped, see :func:`plain_file_name`)."""
        name = plain_file_name(file_name)
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
    "MAX_ATTACHMENT_BYTES",
    "MAX_RENEWAL_MONTHS",
    "AttachmentRecord",
    "ComplianceInput",
    "ComplianceRecord",
    "ComplianceService",
    "CorruptAttachmentError",
    "CountryCell",
    "ExpiringItem",
    "validate_item",
]
