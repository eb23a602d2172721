"""The console's words for the closed vocabularies, and small formats the panes share.

The words themselves are declared once in :mod:`app.domain.labels` (PDFs read
them too); :func:`enum_label` picks the language the console runs in.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.enums import Cadence
from app.domain.formats import format_date, format_datetime, format_month, format_time
from app.domain.geo import country_name
from app.domain.labels import label, unit_label
from app.domain.periods import Period, PeriodKind

translate = QCoreApplication.translate

#: What an empty date, amount or choice shows.
EMPTY_TEXT = "—"


def ui_language() -> str:
    """ "zh" when the console runs in Chinese, else "en".

    ``install_translators`` sets the default QLocale to the chosen language, so
    words follow the same switch as every ``tr()`` string.
    """
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def enum_label(member: StrEnum) -> str:
    """``member``'s word (``app.domain.labels``) in the console's language."""
    return label(member, ui_language())


def unit_text(unit: str) -> str:
    """A figure's unit (app.domain.labels) in the console's language; currency codes stay."""
    return unit_label(unit, ui_language())


def cadence_label(cadence: Cadence | None) -> str:
    """How often a series repeats; "Single meeting" for a meeting without a series."""
    if not cadence:
        return translate("Labels", "Single meeting")
    return enum_label(cadence)


def country_label(code: str, language: str) -> str:
    """``"Singapore (SG)"`` / ``"新加坡 (SG)"``."""
    name = country_name(code, "zh" if language == "zh" else "en")
    return code if name == code else f"{name} ({code})"


def date_text(value: dt.date | None) -> str:
    """``12 Oct 2026`` / ``2026年10月12日``: the PDFs' format (CLDR, app.domain.formats).

    Date *fields* keep ISO input (:class:`app.ui.editors.DateEdit`).
    """
    return format_date(value, ui_language())


def datetime_text(
    moment: dt.datetime | None, time_zone: str | None = None, *, weekday: bool = False
) -> str:
    """``12 Oct 2026 09:30`` / ``2026年10月12日 09:30`` in ``time_zone`` when given."""
    return format_datetime(moment, ui_language(), time_zone, weekday=weekday)


def month_text(year: int, month: int) -> str:
    """``Oct 2026`` / ``2026年10月``."""
    return format_month(year, month, ui_language())


def period_text(period: Period, language: str | None = None) -> str:
    """A period as the screens name it: months ``Oct 2026`` / ``2026年10月`` (CLDR).

    Years and quarters keep :meth:`Period.label` ("2026 Q3"), which settings and
    exports also use; only a month's ISO-like "2026-10" is replaced on screen.
    """
    lang = language or ui_language()
    if period.kind is PeriodKind.MONTH:
        return format_month(period.start.year, period.start.month, lang)
    return period.label(lang)


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
    return f"{format_time(moment)} ({utc_offset_text(moment.utcoffset())})"


def weekday_text(time_zone: str, now: dt.datetime | None = None) -> str:
    """The weekday there, in the UI language (a Friday evening matters for calls)."""
    try:
        moment = (now or dt.datetime.now(dt.UTC)).astimezone(ZoneInfo(time_zone))
    except (ZoneInfoNotFoundError, ValueError):
        return ""
    return QLocale().dayName(moment.isoweekday(), QLocale.FormatType.LongFormat)
