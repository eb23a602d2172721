"""The Compliance table's columns: what is owed, by whom, by when, and how it stands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.enums import ComplianceStatus
from app.domain.geo import country_name
from app.services.compliance import ComplianceRecord
from app.ui.labels import country_label, date_text, enum_label
from app.ui.table_model import CENTER, RIGHT, Column, text_column

translate = QCoreApplication.translate

OVERDUE_COLOUR = QColor("#f4c7c3")
DUE_SOON_COLOUR = QColor("#fce8b2")
#: Each status's colour, in the table and the country matrix.
STATUS_COLOURS: dict[ComplianceStatus, QColor] = {
    ComplianceStatus.COMPLIANT: QColor("#c8e6c9"),
    ComplianceStatus.NOT_ASSESSED: QColor("#e0e0e0"),
    ComplianceStatus.AT_RISK: QColor("#fce8b2"),
    ComplianceStatus.NON_COMPLIANT: QColor("#f4c7c3"),
}


def country_text(code: str, language: str) -> str:
    """``"Singapore (SG)"``; in Chinese the name alone (``"新加坡"``), as the code is Latin."""
    if language == "zh":
        return country_name(code, "zh")
    return country_label(code, language)


def days_left(record: ComplianceRecord, today: dt.date) -> int | None:
    """Days until the row falls due; None for a row without a date or already renewed."""
    if record.due_date is None or record.renewed_on is not None:
        return None
    return (record.due_date - today).days


def obligation_text(record: ComplianceRecord) -> str:
    """The obligation; a Team permit reads "Work permit <number>"."""
    if record.from_team:
        return (
            translate("ComplianceColumns", "Work permit {number}")
            .format(number=record.obligation)
            .strip()
        )
    return record.obligation


def owner_text(record: ComplianceRecord) -> str:
    return translate("ComplianceColumns", "From Team") if record.from_team else record.owner


def renewal_text(record: ComplianceRecord) -> str:
    if record.renewed_on is not None:
        return translate("ComplianceColumns", "Renewed {date}").format(
            date=date_text(record.renewed_on)
        )
    if record.renewal_months:
        return translate("ComplianceColumns", "Every {n} months").format(n=record.renewal_months)
    return ""


def _due_column(today: Callable[[], dt.date], warn_days: Callable[[], int]) -> Column:
    """Due date, red once past and amber within the warning window (Preferences)."""

    def colour(record: ComplianceRecord) -> QColor | None:
        left = days_left(record, today())
        if left is None:
            return None
        if left < 0:
            return OVERDUE_COLOUR
        return DUE_SOON_COLOUR if left <= warn_days() else None

    def tip(record: ComplianceRecord) -> str | None:
        left = days_left(record, today())
        if left is None:
            return None
        if left < 0:
            return translate("ComplianceColumns", "Overdue by {days} days").format(days=-left)
        if left <= warn_days():
            return translate("ComplianceColumns", "Due in {days} days").format(days=left)
        return None

    return Column(
        "due_date",
        translate("ComplianceColumns", "Due or renewal"),
        lambda r: date_text(r.due_date),
        "due_date",
        CENTER,
        background=colour,
        tooltip=tip,
    )


def compliance_columns(
    today: Callable[[], dt.date], warn_days: Callable[[], int], *, language: str = "en"
) -> list[Column[ComplianceRecord]]:
    """The register's columns; ``today`` and ``warn_days`` decide which dates are flagged."""
    return [
        Column(
            "country",
            translate("ComplianceColumns", "Country"),
            lambda r: country_text(r.country, language),
            "country",
        ),
        Column(
            "category",
            translate("ComplianceColumns", "Category"),
            lambda r: enum_label(r.category),
            "category",
        ),
        Column(
            "obligation",
            translate("ComplianceColumns", "Obligation"),
            obligation_text,
            "obligation",
            tooltip=lambda r: r.notes or None,
        ),
        # Due and status early: what a manager scans for first.
        _due_column(today, warn_days),
        Column(
            "status",
            translate("ComplianceColumns", "Status"),
            lambda r: enum_label(r.status),
            "status",
            background=lambda r: STATUS_COLOURS[r.status],
        ),
        text_column("rep_name", translate("ComplianceColumns", "Rep")),
        Column("owner", translate("ComplianceColumns", "Owner"), owner_text, "owner"),
        Column(
            "last_checked",
            translate("ComplianceColumns", "Last checked"),
            lambda r: date_text(r.last_checked),
            "last_checked",
            CENTER,
        ),
        Column(
            "renewal_months",
            translate("ComplianceColumns", "Renewal"),
            renewal_text,
            "renewal_months",
        ),
        text_column("legal_reference", translate("ComplianceColumns", "Legal reference")),
        Column(
            "attachment_count",
            translate("ComplianceColumns", "Files"),
            lambda r: str(r.attachment_count) if r.attachment_count else "",
            None,
            RIGHT,
        ),
    ]


__all__ = [
    "DUE_SOON_COLOUR",
    "OVERDUE_COLOUR",
    "STATUS_COLOURS",
    "compliance_columns",
    "country_text",
    "days_left",
    "obligation_text",
    "owner_text",
    "renewal_text",
]
