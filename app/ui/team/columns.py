"""The Team table's columns: who each rep is, where they are posted, when their permit expires."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.enums import RepStatus
from app.services.team import RepRecord
from app.ui.labels import date_text, enum_label
from app.ui.table_model import CENTER, Column, text_column

# A work permit expiring within this many days is highlighted.
PERMIT_WARNING_DAYS = 60
EXPIRED_COLOUR = QColor("#f4c7c3")
EXPIRING_COLOUR = QColor("#fce8b2")

translate = QCoreApplication.translate


def permit_days_left(record: RepRecord, today: dt.date) -> int | None:
    """Days until the permit expires; None when none is kept or the rep has left."""
    if record.work_permit_expiry is None or record.status == RepStatus.INACTIVE:
        return None
    return (record.work_permit_expiry - today).days


def _date_column(key: str, header: str, **kw: Any) -> Column[RepRecord]:
    return Column(key, header, lambda r: date_text(getattr(r, key)), key, alignment=CENTER, **kw)


def _permit_column(today: Callable[[], dt.date]) -> Column[RepRecord]:
    """Permit expiry, red once expired and amber within :data:`PERMIT_WARNING_DAYS`."""

    def colour(record: RepRecord) -> QColor | None:
        days = permit_days_left(record, today())
        if days is None:
            return None
        if days < 0:
            return EXPIRED_COLOUR
        return EXPIRING_COLOUR if days <= PERMIT_WARNING_DAYS else None

    def tip(record: RepRecord) -> str | None:
        days = permit_days_left(record, today())
        if days is None:
            return None
        if days < 0:
            return translate("TeamColumns", "Expired {days} days ago").format(days=-days)
        if days <= PERMIT_WARNING_DAYS:
            return translate("TeamColumns", "Expires in {days} days").format(days=days)
        return None

    header = translate("TeamColumns", "Permit expiry")
    return _date_column("work_permit_expiry", header, background=colour, tooltip=tip)


def team_columns(
    today: Callable[[], dt.date] = dt.date.today, *, chinese: bool = False
) -> list[Column[RepRecord]]:
    """The Team table's columns; ``today`` decides which permits are highlighted."""
    return [
        text_column("name", translate("TeamColumns", "Name")),
        text_column("name_zh", translate("TeamColumns", "Chinese name")),
        Column(
            "region_name",
            translate("TeamColumns", "Region"),
            lambda r: r.region_label(chinese),
            "region_name",
        ),
        text_column("posting_city", translate("TeamColumns", "City")),
        text_column("posting_country", translate("TeamColumns", "Country"), alignment=CENTER),
        text_column("time_zone", translate("TeamColumns", "Time zone")),
        text_column("currency", translate("TeamColumns", "Currency"), alignment=CENTER),
        Column("focus", translate("TeamColumns", "Focus"), lambda r: enum_label(r.focus), "focus"),
        Column(
            "status", translate("TeamColumns", "Status"), lambda r: enum_label(r.status), "status"
        ),
        _permit_column(today),
        _date_column("posting_start", translate("TeamColumns", "Posting start")),
    ]


__all__ = [
    "EXPIRED_COLOUR",
    "EXPIRING_COLOUR",
    "PERMIT_WARNING_DAYS",
    "permit_days_left",
    "team_columns",
]
