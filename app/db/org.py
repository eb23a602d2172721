"""Regions, managers and the reps they lead."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, Timestamps, Versioned, enum_check
from app.domain.enums import Focus, ManagerRole, RepStatus


class Region(Versioned, Timestamps, Base):
    __tablename__ = "regions"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    name_zh: Mapped[str | None] = mapped_column(String(120))
    base_currency: Mapped[str] = mapped_column(String(3))
    # ISO 3166 alpha-2 codes separated by commas, e.g. "SG,MY,TH".
    countries: Mapped[str] = mapped_column(String(400), default="")

    reps: Mapped[list[Rep]] = relationship(back_populates="region")


class Manager(Versioned, Timestamps, Base):
    __tablename__ = "managers"
    __table_args__ = (
        UniqueConstraint("email"),
        CheckConstraint(enum_check("role", ManagerRole), name="role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    name_zh: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(30), default=ManagerRole.REGIONAL_MANAGER.value)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id", ondelete="SET NULL"))
    time_zone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    # The PostgreSQL role this manager signs in as in shared mode.
    db_role: Mapped[str | None] = mapped_column(String(63))


class Rep(Versioned, Timestamps, Base):
    __tablename__ = "reps"
    __table_args__ = (
        UniqueConstraint("email"),
        CheckConstraint(enum_check("focus", Focus), name="focus"),
        CheckConstraint(enum_check("status", RepStatus), name="status"),
        CheckConstraint(
            "posting_end IS NULL OR posting_end >= posting_start", name="posting_dates"
        ),
        Index("ix_reps_region_name", "region_id", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    name_zh: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    region_id: Mapped[int] = mapped_column(
        ForeignKey("regions.id", ondelete="RESTRICT"), index=True
    )
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("managers.id", ondelete="SET NULL"), index=True
    )
    posting_country: Mapped[str] = mapped_column(String(2))
    posting_city: Mapped[str] = mapped_column(String(120))
    time_zone: Mapped[str] = mapped_column(String(64))
    currency: Mapped[str] = mapped_column(String(3))
    posting_start: Mapped[dt.date]
    posting_end: Mapped[dt.date | None]
    focus: Mapped[str] = mapped_column(String(20), default=Focus.BOTH.value)
    # Language codes separated by commas, e.g. "zh,en,ms".
    languages: Mapped[str] = mapped_column(String(120), default="")
    work_permit_number: Mapped[str | None] = mapped_column(String(60))
    work_permit_expiry: Mapped[dt.date | None] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(20), default=RepStatus.ACTIVE.value)
    notes: Mapped[str | None] = mapped_column(Text)

    region: Mapped[Region] = relationship(back_populates="reps")
    manager: Mapped[Manager | None] = relationship()
