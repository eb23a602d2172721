"""Compliance obligations per country and rep, with their evidence files."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, Timestamps, Versioned, enum_check
from app.domain.enums import ComplianceCategory, ComplianceStatus

# Evidence files live in the database so a shared server needs no file share;
# the bound keeps one upload from bloating every backup.
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
#: The longest renewal period kept (ten years, e.g. a trademark registration).
MAX_RENEWAL_MONTHS = 120


class ComplianceItem(Versioned, Timestamps, Base):
    __tablename__ = "compliance_items"
    __table_args__ = (
        CheckConstraint(enum_check("category", ComplianceCategory), name="category"),
        CheckConstraint(enum_check("status", ComplianceStatus), name="status"),
        CheckConstraint(
            f"renewal_months IS NULL OR (renewal_months >= 1 AND renewal_months <= "
            f"{MAX_RENEWAL_MONTHS})",
            name="renewal_months",
        ),
        Index("ix_compliance_items_region_due", "region_id", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("regions.id", ondelete="CASCADE"))
    country: Mapped[str] = mapped_column(String(2))
    rep_id: Mapped[int | None] = mapped_column(
        ForeignKey("reps.id", ondelete="SET NULL"), index=True
    )
    category: Mapped[str] = mapped_column(String(30))
    obligation: Mapped[str] = mapped_column(String(300))
    legal_reference: Mapped[str | None] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(120))
    due_date: Mapped[dt.date | None]
    status: Mapped[str] = mapped_column(String(20), default=ComplianceStatus.NOT_ASSESSED.value)
    last_checked: Mapped[dt.date | None]
    notes: Mapped[str | None] = mapped_column(Text)
    #: Renewed every this many months (a work permit: 12); None: a one-off obligation.
    renewal_months: Mapped[int | None]
    #: Set when marked renewed: the row stays as history, its successor is due next.
    renewed_on: Mapped[dt.date | None]
    #: The obligation this row renews (its predecessor in the renewal history).
    renewed_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("compliance_items.id", ondelete="SET NULL")
    )

    attachments: Mapped[list[Attachment]] = relationship(back_populates="item")


class Attachment(Versioned, Timestamps, Base):
    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint(f"size_bytes >= 0 AND size_bytes <= {MAX_ATTACHMENT_BYTES}", name="size"),
        # The size bound above holds for the bytes themselves, not only the column
        # that reports them (length() counts a BLOB's / bytea's bytes on both engines).
        CheckConstraint("length(content) = size_bytes", name="content_size"),
        # A plain file name: never a path (the service refuses these with a message).
        CheckConstraint(
            "file_name <> '' AND file_name NOT IN ('.', '..') AND file_name NOT LIKE '%/%'",
            name="plain_file_name",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    compliance_item_id: Mapped[int] = mapped_column(
        ForeignKey("compliance_items.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(260))
    media_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size_bytes: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)

    item: Mapped[ComplianceItem] = relationship(back_populates="attachments")
