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
    #: The date of the latest recorded review (see RiskReview).
    last_reviewed: Mapped[dt.date | None]
    #: Through when the current acceptance holds (status "accepted"); the risk
    #: reads as open from the day after (app.domain.risk.effective_status).
    accepted_until: Mapped[dt.date | None]


class RiskReview(Timestamps, Base):
    """One recorded review of a risk: who looked at it, when, and the levels found.

    History: rows are added, never edited, so no version column.
    """

    __tablename__ = "risk_reviews"
    __table_args__ = (
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
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    risk_id: Mapped[int] = mapped_column(ForeignKey("risks.id", ondelete="CASCADE"), index=True)
    reviewed_on: Mapped[dt.date]
    reviewer: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    likelihood: Mapped[int]
    impact: Mapped[int]
    residual_likelihood: Mapped[int | None]
    residual_impact: Mapped[int | None]
    #: The next review the cadence set from this one.
    next_review: Mapped[dt.date]


class RiskAcceptance(Timestamps, Base):
    """The record of a decision to accept a risk: who, why, from when and until when."""

    __tablename__ = "risk_acceptances"
    __table_args__ = (CheckConstraint("accepted_until >= accepted_on", name="until_after_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    risk_id: Mapped[int] = mapped_column(ForeignKey("risks.id", ondelete="CASCADE"), index=True)
    accepted_by: Mapped[str] = mapped_column(String(200))
    accepted_on: Mapped[dt.date]
    accepted_until: Mapped[dt.date]
    justification: Mapped[str] = mapped_column(Text)


class RiskAction(Versioned, Timestamps, Base):
    """A treatment action of a risk: what is to be done, by whom, by when."""

    __tablename__ = "risk_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    risk_id: Mapped[int] = mapped_column(ForeignKey("risks.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(120))
    due_date: Mapped[dt.date | None]
    done_on: Mapped[dt.date | None]
    #: The one-on-one action item this action was carried into (None: not carried).
    carried_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_items.id", ondelete="SET NULL")
    )
