"""Targets, actuals and the exchange rates that bring them to a region's currency."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import QUANTITY, RATE, Base, Timestamps, Versioned, enum_check
from app.domain.enums import ActualSource, Metric, PeriodKind


class Target(Versioned, Timestamps, Base):
    __tablename__ = "targets"
    __table_args__ = (
        CheckConstraint(enum_check("metric", Metric), name="metric"),
        CheckConstraint(enum_check("period_kind", PeriodKind), name="period_kind"),
        CheckConstraint("value >= 0", name="value_non_negative"),
        CheckConstraint("period_end >= period_start", name="period_order"),
        CheckConstraint("weight >= 0 AND weight <= 100", name="weight_range"),
        UniqueConstraint("rep_id", "metric", "period_kind", "period_start"),
        # Attainment sums a rep's targets of one metric over a date range.
        Index("ix_targets_rep_metric_period", "rep_id", "metric", "period_start"),
        # Covers the Targets pane's filter and order (period, kind, rep, metric):
        # counting and paging a region's quarter reads this index alone, not
        # 20,000 target rows scattered over the file.
        Index(
            "ix_targets_period",
            "period_start",
            "period_end",
            "period_kind",
            "rep_id",
            "metric",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # No index of its own: the unique (rep_id, ...) constraint's index serves
    # lookups by rep and the cascade when a rep is deleted.
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id", ondelete="CASCADE"))
    metric: Mapped[str] = mapped_column(String(30))
    period_kind: Mapped[str] = mapped_column(String(10))
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date]
    value: Mapped[Decimal] = mapped_column(QUANTITY)
    # ISO 4217 code for money metrics, or a unit such as "customers", "visits", "%".
    unit: Mapped[str] = mapped_column(String(20))
    smart_description: Mapped[str | None] = mapped_column(Text)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("targets.id", ondelete="CASCADE"), index=True
    )
    weight: Mapped[Decimal] = mapped_column(QUANTITY, default=Decimal(0))


class ImportBatch(Base):
    """One import of actuals from a CRM export; actuals point back at it."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    imported_at: Mapped[dt.datetime]
    imported_by: Mapped[str] = mapped_column(String(120))
    source_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64))
    row_count: Mapped[int]


class Actual(Versioned, Timestamps, Base):
    __tablename__ = "actuals"
    __table_args__ = (
        CheckConstraint(enum_check("metric", Metric), name="metric"),
        CheckConstraint(enum_check("source", ActualSource), name="source"),
        CheckConstraint("period_end >= period_start", name="period_order"),
        Index("ix_actuals_rep_metric_period", "rep_id", "metric", "period_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id", ondelete="CASCADE"))
    metric: Mapped[str] = mapped_column(String(30))
    # An actual covers a period (usually a month) or a single day (start == end).
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date]
    value: Mapped[Decimal] = mapped_column(QUANTITY)
    unit: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(10), default=ActualSource.MANUAL.value)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[str | None] = mapped_column(Text)


class ExchangeRate(Versioned, Timestamps, Base):
    __tablename__ = "exchange_rates"
    __table_args__ = (
        UniqueConstraint("base_currency", "currency", "valid_from"),
        CheckConstraint("rate_to_base > 0", name="rate_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Rates are market data, kept per base currency so regions sharing one share them.
    base_currency: Mapped[str] = mapped_column(String(3))
    currency: Mapped[str] = mapped_column(String(3))
    # How many units of the base currency one unit of `currency` buys.
    # Ten places: one rupiah is 0.0000452 yuan, and rounding rates loses money.
    rate_to_base: Mapped[Decimal] = mapped_column(RATE)
    valid_from: Mapped[dt.date]
