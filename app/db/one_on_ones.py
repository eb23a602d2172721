"""One-on-ones and the action items they produce."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, Timestamps, Versioned, enum_check
from app.domain.enums import ActionOwner, Channel, MeetingStatus


class OneOnOne(Versioned, Timestamps, Base):
    __tablename__ = "one_on_ones"
    __table_args__ = (
        CheckConstraint(enum_check("channel", Channel), name="channel"),
        CheckConstraint(enum_check("status", MeetingStatus), name="status"),
        CheckConstraint("duration_minutes > 0 AND duration_minutes <= 480", name="duration"),
        CheckConstraint("morale IS NULL OR (morale BETWEEN 1 AND 5)", name="morale_range"),
        Index("ix_one_on_ones_rep_start", "rep_id", "starts_at"),
        Index("ix_one_on_ones_start", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id", ondelete="CASCADE"))
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("managers.id", ondelete="SET NULL"), index=True
    )
    starts_at: Mapped[dt.datetime]
    # The rep's IANA zone at the time of scheduling, so the local time stays
    # what was agreed even if the rep is later posted elsewhere.
    rep_time_zone: Mapped[str] = mapped_column(String(64))
    duration_minutes: Mapped[int] = mapped_column(default=45)
    channel: Mapped[str] = mapped_column(String(20), default=Channel.VIDEO.value)
    status: Mapped[str] = mapped_column(String(20), default=MeetingStatus.PLANNED.value)
    # Recurrence: "weekly", "fortnightly", "monthly" or empty for a single meeting.
    cadence: Mapped[str | None] = mapped_column(String(20))
    agenda: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    morale: Mapped[int | None]
    # Never printed in a rep's pack.
    private_note: Mapped[str | None] = mapped_column(Text)

    actions: Mapped[list[ActionItem]] = relationship(
        back_populates="meeting", foreign_keys="ActionItem.meeting_id"
    )


class ActionItem(Versioned, Timestamps, Base):
    __tablename__ = "action_items"
    __table_args__ = (
        CheckConstraint(enum_check("owner", ActionOwner), name="owner"),
        Index("ix_action_items_open_due", "done_at", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("one_on_ones.id", ondelete="CASCADE"), index=True
    )
    # The meeting this item was first raised in, when carried over to a later one.
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("one_on_ones.id", ondelete="SET NULL")
    )
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(10), default=ActionOwner.REP.value)
    due_date: Mapped[dt.date | None]
    done_at: Mapped[dt.datetime | None]

    meeting: Mapped[OneOnOne | None] = relationship(
        back_populates="actions", foreign_keys=[meeting_id]
    )
