"""Review cycles, reviews, their KPI lines and development goals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import QUANTITY, Base, Timestamps, Versioned, enum_check
from app.domain.enums import CycleKind, CycleStatus, GoalStatus, Metric, ReviewStatus


class ReviewCycle(Versioned, Timestamps, Base):
    __tablename__ = "review_cycles"
    __table_args__ = (
        UniqueConstraint("region_id", "name"),
        CheckConstraint(enum_check("kind", CycleKind), name="kind"),
        CheckConstraint(enum_check("status", CycleStatus), name="status"),
        CheckConstraint("period_end >= period_start", name="period_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("regions.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date]
    status: Mapped[str] = mapped_column(String(10), default=CycleStatus.OPEN.value)
    # [{"metric": "revenue", "weight": "50"}, ...]; weights add up to 100.
    kpi_template: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    closed_at: Mapped[dt.datetime | None]

    reviews: Mapped[list[Review]] = relationship(back_populates="cycle")


class Review(Versioned, Timestamps, Base):
    __tablename__ = "reviews"
    __table_args__ = (
        UniqueConstraint("cycle_id", "rep_id"),
        CheckConstraint(enum_check("status", ReviewStatus), name="status"),
        CheckConstraint(
            "overall_rating IS NULL OR (overall_rating BETWEEN 1 AND 5)", name="rating_range"
        ),
        Index("ix_reviews_rep", "rep_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("review_cycles.id", ondelete="CASCADE"))
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id", ondelete="CASCADE"))
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("managers.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default=ReviewStatus.DRAFT.value)
    overall_rating: Mapped[int | None]
    weighted_score: Mapped[Decimal | None] = mapped_column(QUANTITY)
    strengths: Mapped[str | None] = mapped_column(Text)
    improvements: Mapped[str | None] = mapped_column(Text)
    manager_summary: Mapped[str | None] = mapped_column(Text)
    rep_comments: Mapped[str | None] = mapped_column(Text)
    signed_at: Mapped[dt.datetime | None]
    acknowledged_at: Mapped[dt.datetime | None]

    cycle: Mapped[ReviewCycle] = relationship(back_populates="reviews")
    kpi_lines: Mapped[list[KpiLine]] = relationship(
        back_populates="review", order_by="KpiLine.position"
    )
    goals: Mapped[list[DevelopmentGoal]] = relationship(back_populates="review")


class KpiLine(Versioned, Timestamps, Base):
    __tablename__ = "kpi_lines"
    __table_args__ = (
        CheckConstraint(enum_check("metric", Metric), name="metric"),
        CheckConstraint("weight >= 0 AND weight <= 100", name="weight_range"),
        CheckConstraint("score IS NULL OR (score >= 1 AND score <= 5)", name="score_range"),
        CheckConstraint("target IS NULL OR target >= 0", name="target_non_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    metric: Mapped[str] = mapped_column(String(30))
    weight: Mapped[Decimal] = mapped_column(QUANTITY)
    target: Mapped[Decimal | None] = mapped_column(QUANTITY)
    actual: Mapped[Decimal | None] = mapped_column(QUANTITY)
    unit: Mapped[str] = mapped_column(String(20), default="")
    attainment: Mapped[Decimal | None] = mapped_column(QUANTITY)
    score: Mapped[Decimal | None] = mapped_column(QUANTITY)
    comment: Mapped[str | None] = mapped_column(Text)

    review: Mapped[Review] = relationship(back_populates="kpi_lines")


class DevelopmentGoal(Versioned, Timestamps, Base):
    __tablename__ = "development_goals"
    __table_args__ = (CheckConstraint(enum_check("status", GoalStatus), name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    due_date: Mapped[dt.date | None]
    status: Mapped[str] = mapped_column(String(20), default=GoalStatus.OPEN.value)
    course_id: Mapped[int | None] = mapped_column(
        ForeignKey("courses.id", ondelete="SET NULL"), index=True
    )

    review: Mapped[Review] = relationship(back_populates="goals")
