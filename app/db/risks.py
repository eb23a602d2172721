"""The region's risk register."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Timestamps, Versioned, enum_check
from app.domain.enums import RiskCategory, RiskStatus, Treatment


class Risk(Versioned, Timestamps, Base):
    __tablename__ = "risks"
    __table_args__ = (
        CheckConstraint(enum_check("category", RiskCategory), name="category"),
        CheckConstraint(enum_check("treatment", Treatment), name="treatment"),
        CheckConstraint(enum_check("status", RiskStatus), name="status"),
        CheckConstraint("likelihood BETWEEN 1 AND 5", name="likelihood_range"),
        CheckConstraint("impact BETWEEN 1 AND 5", name="impact_range"),
        CheckConstraint(
            "residual_likelihood IS NULL OR (residual_likelihood BETWEEN 1 AND 5)",
            name="residual_likelihood_range",
        ),
        CheckConstraint(
            "residual_impact IS NULL OR (residual_impact BETWEEN 1 AND 5)",
            name="residual_impact_range",
        ),
        Index("ix_risks_region_status", "region_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("regions.id", ondelete="CASCADE"))
    rep_id: Mapped[int | None] = mapped_column(
        ForeignKey("reps.id", ondelete="SET NULL"), index=True
    )
    customer: Mapped[str | None] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    cause: Mapped[str | None] = mapped_column(Text)
    likelihood: Mapped[int]
    impact: Mapped[int]
    residual_likelihood: Mapped[int | None]
    residual_impact: Mapped[int | None]
    treatment: Mapped[str] = mapped_column(String(20), default=Treatment.REDUCE.value)
    controls: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(20), default=RiskStatus.OPEN.value)
    next_review: Mapped[dt.date | None]
