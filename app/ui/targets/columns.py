"""The Targets table's columns: target, actual to date and attainment, coloured by band."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.attainment import Band
from app.services.target_rows import TargetRow
from app.ui.editors import format_amount
from app.ui.labels import enum_label, period_text, unit_text
from app.ui.table_model import CENTER, RIGHT, Column, text_column

translate = QCoreApplication.translate

BAND_BACKGROUNDS = {
    Band.BELOW: QColor("#f4c7c3"),
    Band.NEAR: QColor("#fce8b2"),
    Band.ABOVE: QColor("#c8e6c9"),
}


def _amount(value: Any, row: TargetRow | None = None) -> str:
    # Money keeps its cents; counts and scores show the digits they have.
    places = 2 if row is None or row.is_money else 0
    return format_amount(value.normalize() if value is not None else None, places)


def _percent(row: TargetRow) -> str:
    return f"{row.attainment} %" if row.attainment is not None else ""


def _base(value: Any, row: TargetRow) -> str:
    return f"{_amount(value)} {row.base_currency}" if value is not None else ""


def target_columns(language: str = "en") -> list[Column[TargetRow]]:
    """The Targets table's columns; sortable ones name a service sort column."""

    def band_colour(row: TargetRow) -> QColor | None:
        return BAND_BACKGROUNDS.get(row.band) if row.band is not None else None

    def attainment_tip(row: TargetRow) -> str | None:
        if row.attainment is None:
            return translate("TargetColumns", "No actual recorded yet")
        return translate("TargetColumns", "{count} actual(s) to date").format(count=row.actual_rows)

    return [
        text_column("rep_name", translate("TargetColumns", "Rep")),
        text_column("rep_name_zh", translate("TargetColumns", "Chinese name")),
        Column(
            "metric",
            translate("TargetColumns", "Metric"),
            lambda r: enum_label(r.metric),
            "metric",
            value=lambda r: r.metric.value,
        ),
        Column(
            "period",
            translate("TargetColumns", "Period"),
            lambda r: period_text(r.period, language),
            "period_start",
            alignment=CENTER,
            value=lambda r: r.period.start,
            # Sorted by its first day, but "2026 Q4" says what the period is.
            export=lambda r: r.period.label(language),
        ),
        Column(
            "value",
            translate("TargetColumns", "Target"),
            lambda r: _amount(r.value, r),
            "value",
            alignment=RIGHT,
        ),
        Column(
            "actual",
            translate("TargetColumns", "Actual to date"),
            lambda r: _amount(r.actual, r),
            "actual",
            alignment=RIGHT,
        ),
        Column(
            "attainment",
            translate("TargetColumns", "Attainment"),
            _percent,
            "attainment",
            alignment=RIGHT,
            background=band_colour,
            tooltip=attainment_tip,
        ),
        Column(
            "unit",
            translate("TargetColumns", "Unit"),
            lambda r: unit_text(r.unit),
            alignment=CENTER,
        ),
        Column(
            "value_base",
            translate("TargetColumns", "Target (base)"),
            lambda r: _base(r.value_base, r),
            alignment=RIGHT,
        ),
        Column(
            "actual_base",
            translate("TargetColumns", "Actual (base)"),
            lambda r: _base(r.actual_base, r),
            alignment=RIGHT,
        ),
        Column(
            "smart_description",
            translate("TargetColumns", "SMART description"),
            lambda r: (r.smart_description or "").replace("\n", " "),
            "smart_description",
            tooltip=lambda r: r.smart_description,
        ),
    ]


__all__ = ["BAND_BACKGROUNDS", "target_columns"]
