"""The Risks table's columns: what the risk is, how bad before and after treatment, when next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.enums import RiskLevel
from app.services.risks import RiskRecord
from app.ui.labels import date_text, enum_label
from app.ui.risks.heat_map import LEVEL_FILL
from app.ui.table_model import CENTER, RIGHT, Column, text_column

OVERDUE_COLOUR = QColor("#f4c7c3")
LAPSED_COLOUR = QColor("#fce8b2")

translate = QCoreApplication.translate


def _rating(likelihood: int | None, impact: int | None) -> str:
    return f"{likelihood} × {impact}" if likelihood is not None else "—"


def _level_colour(level: RiskLevel | None) -> QColor | None:
    return LEVEL_FILL[level] if level is not None else None


def _status_text(record: RiskRecord) -> str:
    text = enum_label(record.status)
    if record.acceptance_lapsed:
        return translate("RiskColumns", "{status} (acceptance lapsed)").format(status=text)
    if record.accepted_until is not None and record.stored_status == record.status == "accepted":
        return translate("RiskColumns", "{status} until {date}").format(
            status=text, date=date_text(record.accepted_until)
        )
    return text


def _review_tip(record: RiskRecord) -> str | None:
    if record.review_overdue:
        return translate("RiskColumns", "Review overdue")
    return None


def risk_columns() -> list[Column[RiskRecord]]:
    """Every column of the register, in its default order."""
    return [
        text_column("title", translate("RiskColumns", "Risk")),
        Column(
            "category",
            translate("RiskColumns", "Category"),
            lambda r: enum_label(r.category),
            "category",
            export=lambda r: enum_label(r.category),
        ),
        text_column("cause", translate("RiskColumns", "Cause")),
        Column("rep_name", translate("RiskColumns", "Rep"), lambda r: r.rep_name or "", "rep_name"),
        text_column("customer", translate("RiskColumns", "Customer")),
        text_column("owner", translate("RiskColumns", "Owner")),
        Column(
            "inherent",
            translate("RiskColumns", "Inherent L × I"),
            lambda r: _rating(r.likelihood, r.impact),
            "score",
            CENTER,
            value=lambda r: r.score,
            export=lambda r: _rating(r.likelihood, r.impact),
        ),
        Column(
            "level",
            translate("RiskColumns", "Inherent level"),
            lambda r: enum_label(r.level),
            "level",
            value=lambda r: r.score,
            background=lambda r: _level_colour(r.level),
            export=lambda r: enum_label(r.level),
        ),
        Column(
            "residual",
            translate("RiskColumns", "Residual L × I"),
            lambda r: _rating(r.residual_likelihood, r.residual_impact),
            "residual_score",
            CENTER,
            value=lambda r: r.residual_score,
            export=lambda r: _rating(r.residual_likelihood, r.residual_impact),
        ),
        Column(
            "residual_level",
            translate("RiskColumns", "Residual level"),
            lambda r: enum_label(r.residual_level) if r.residual_level else "—",
            "residual_score",
            value=lambda r: r.residual_score,
            background=lambda r: _level_colour(r.residual_level),
            export=lambda r: enum_label(r.residual_level) if r.residual_level else None,
        ),
        Column(
            "treatment",
            translate("RiskColumns", "Treatment"),
            lambda r: enum_label(r.treatment),
            "treatment",
            export=lambda r: enum_label(r.treatment),
        ),
        text_column("controls", translate("RiskColumns", "Controls")),
        Column(
            "status",
            translate("RiskColumns", "Status"),
            _status_text,
            "status",
            background=lambda r: LAPSED_COLOUR if r.acceptance_lapsed else None,
            export=_status_text,
        ),
        Column(
            "next_review",
            translate("RiskColumns", "Next review"),
            lambda r: date_text(r.next_review),
            "next_review",
            RIGHT,
            background=lambda r: OVERDUE_COLOUR if r.review_overdue else None,
            tooltip=_review_tip,
        ),
    ]


__all__ = ["risk_columns"]
