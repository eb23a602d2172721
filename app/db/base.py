"""Declarative base, naming convention and the column types every model shares."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, MetaData, Numeric, String, TypeDecorator, func
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Named constraints let Alembic's batch mode on SQLite drop and recreate them;
# unnamed ones make downgrades fail.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MONEY = Numeric(18, 4)
"""Money amounts: Decimal with four places, always beside an ISO 4217 code."""

RATE = Numeric(24, 10)
"""Exchange rates between currencies of very different magnitudes."""

QUANTITY = Numeric(18, 4)
"""Target and actual values for any metric (money, counts, scores)."""


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC datetime on every backend.

    SQLite has no time zones, so values are stored naive in UTC and come back
    aware; a naive value given to the database is refused rather than guessed.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("datetimes stored by Outpost must be timezone-aware")
        value = value.astimezone(dt.UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def utcnow() -> dt.datetime:
    """The current time, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    """Base of every Outpost table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dt.datetime: UTCDateTime(),
        Decimal: QUANTITY,
        str: String(),
    }


class Versioned:
    """Optimistic locking: a save over a stale row raises ``StaleDataError``.

    Services compare the version the user saw with the stored one first and
    raise a ``ConflictError``; the mapper's check catches the race in between.
    """

    version: Mapped[int] = mapped_column(nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


class Timestamps:
    """When a row was created and last changed, in UTC."""

    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(
        default=utcnow, onupdate=utcnow, server_default=func.now()
    )


# Enum columns are stored as short strings with a CHECK constraint; the
# allowed values come from the domain enums so the two never drift apart.
def enum_check(column: str, values: type) -> str:
    """SQL for a CHECK that ``column`` holds one of an enum's values."""
    allowed = ", ".join(f"'{member.value}'" for member in values)  # type: ignore[attr-defined]
    return f"{column} IN ({allowed})"
