"""Translated words for the closed vocabularies (status, focus…) and small formats."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.enums import Focus, Metric, RepStatus
from app.domain.geo import country_name

translate = QCoreApplication.translate


def status_label(status: RepStatus | str) -> str:
    labels = {
        RepStatus.ACTIVE: translate("Labels", "Active"),
        RepStatus.ON_LEAVE: translate("Labels", "On leave"),
        RepStatus.INACTIVE: translate("Labels", "Inactive"),
    }
    return labels.get(RepStatus(status), str(status))


def focus_label(focus: Focus | str) -> str:
    labels = {
        Focus.ACQUISITION: translate("Labels", "Acquisition"),
        Focus.RETENTION: translate("Labels", "Retention"),
        Focus.BOTH: translate("Labels", "Both"),
    }
    return labels.get(Focus(focus), str(focus))


def metric_label(metric: Metric | str) -> str:
    labels = {
        Metric.REVENUE: translate("Labels", "Revenue"),
        Metric.NEW_CUSTOMERS: translate("Labels", "New customers"),
        Metric.ACTIVE_CUSTOMERS: translate("Labels", "Active customers"),
        Metric.CSAT: translate("Labels", "CSAT"),
        Metric.VISITS: translate("Labels", "Visits"),
        Metric.CHURN_RATE: translate("Labels", "Churn rate"),
        Metric.DSO: translate("Labels", "DSO"),
    }
    return labels.get(Metric(metric), str(metric))


def country_label(code: str, language: str) -> str:
    """``"Singapore (SG)"`` / ``"新加坡 (SG)"``."""
    name = country_name(code, "zh" if language == "zh" else "en")
    return code if name == code else f"{name} ({code})"


def date_text(value: dt.date | None) -> str:
    """ISO dates: unambiguous for managers in every country."""
    return value.isoformat() if value is not None else ""


def utc_offset_text(offset: dt.timedelta | None) -> str:
    """``UTC+8``, ``UTC+5:30``, ``UTC-3``, ``UTC``."""
    if offset is None:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def local_time_text(time_zone: str, now: dt.datetime | None = None) -> str:
    """The time now in ``time_zone``: ``"14:05 (UTC+8)"``; empty for an unknown zone."""
    try:
        zone = ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        return ""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(zone)
    return f"{moment:%H:%M} ({utc_offset_text(moment.utcoffset())})"


def weekday_text(time_zone: str, now: dt.datetime | None = None) -> str:
    """The weekday there, in the UI language (a Friday evening matters for calls)."""
    try:
        moment = (now or dt.datetime.now(dt.UTC)).astimezone(ZoneInfo(time_zone))
    except (ZoneInfoNotFoundError, ValueError):
        return ""
    return QLocale().dayName(moment.isoweekday(), QLocale.FormatType.LongFormat)
