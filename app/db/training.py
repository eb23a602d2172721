"""The course catalogue and the courses planned for each rep."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import MONEY, QUANTITY, Base, Timestamps, Versioned, enum_check
from app.domain.enums import AssignmentStatus, CourseCategory, CourseFormat


class Course(Versioned, Timestamps, Base):
    __tablename__ = "courses"
    __table_args__ = (
        UniqueConstraint("title"),
        CheckConstraint(enum_check("category", CourseCategory), name="category"),
        CheckConstraint(enum_check("format", CourseFormat), name="format"),
        CheckConstraint("hours > 0", name="hours_positive"),
        CheckConstraint("cost IS NULL OR cost >= 0", name="cost_non_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    title_zh: Mapped[str | None] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(30))
    format: Mapped[str] = mapped_column(String(20))
    hours: Mapped[Decimal] = mapped_column(QUANTITY)
    provider: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)
    # The list price per participant, when known (revision 0003).
    cost: Mapped[Decimal | None] = mapped_column(MONEY)
    currency: Mapped[str | None] = mapped_column(String(3))


class TrainingAssignment(Versioned, Timestamps, Base):
    __tablename__ = "training_assignments"
    __table_args__ = (
        CheckConstraint(enum_check("status", AssignmentStatus), name="status"),
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 100)", name="score_range"),
        CheckConstraint("cost IS NULL OR cost >= 0", name="cost_non_negative"),
        CheckConstraint(
            "status <> 'completed' OR completed_on IS NOT NULL", name="completed_has_date"
        ),
        Index("ix_training_assignments_rep_due", "rep_id", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id", ondelete="CASCADE"))
    course_id: Mapped[int] = mapped_column(
        ForeignKey("courses.id", ondelete="RESTRICT"), index=True
    )
    due_date: Mapped[dt.date | None]
    status: Mapped[str] = mapped_column(String(20), default=AssignmentStatus.PLANNED.value)
    completed_on: Mapped[dt.date | None]
    score: Mapped[Decimal | None] = mapped_column(QUANTITY)
    feedback: Mapped[str | None] = mapped_column(Text)
    cost: Mapped[Decimal | None] = mapped_column(MONEY)
    currency: Mapped[str | None] = mapped_column(String(3))
