"""The user's settings, declared once: key, type, default and label.

Everything read from or written to QSettings by value (not Qt's opaque
geometry/state blobs) is declared here, so a preferences dialog can be built
from :data:`SETTINGS` and nothing parses a raw string twice::

    period = LAST_PERIOD.get(ctx.settings)      # Period | None
    LAST_REGION.set(ctx.settings, region_id)    # int | None
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings

from app.domain.enums import RiskLevel
from app.domain.periods import Period
from app.domain.risk import REVIEW_DAYS
from app.domain.validation import ValidationError

log = logging.getLogger(__name__)

T = TypeVar("T")


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _optional_int(text: str) -> int | None:
    return int(text) if text.strip() else None


def _optional_period(text: str) -> Period | None:
    # Stored as the English label ("2026 Q3"), which Period.parse reads back.
    return Period.parse(text) if text.strip() else None


def _period_text(value: Period | None) -> str:
    return "" if value is None else value.label("en")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: where it is kept, how it is read and written, what it is called.

    ``label`` and the choices' labels are untranslated source strings (marked
    with QT_TRANSLATE_NOOP in context "Settings"); :meth:`title` and
    :meth:`choice_titles` translate them. A stored value that cannot be read
    (hand-edited file, older version) gives the default.
    """

    key: str
    type: type | tuple[type, ...]
    default: T
    label: str
    parse: Callable[[str], T]
    format: Callable[[T], str] = _text
    #: (value, untranslated label) pairs when only some values are allowed.
    choices: tuple[tuple[Any, str], ...] = ()

    def title(self) -> str:
        return QCoreApplication.translate("Settings", self.label)

    def choice_titles(self) -> list[tuple[Any, str]]:
        return [
            (value, QCoreApplication.translate("Settings", text)) for value, text in self.choices
        ]

    def get(self, settings: QSettings) -> T:
        raw = settings.value(self.key)
        if raw is None:
            return self.default
        try:
            value = self.parse(_text(raw))
        except (ValueError, ValidationError):
            log.warning("setting %s: cannot read %r, using the default", self.key, raw)
            return self.default
        if self.choices and value not in {v for v, _ in self.choices}:
            log.warning("setting %s: %r is not a choice, using the default", self.key, value)
            return self.default
        return value

    def set(self, settings: QSettings, value: T) -> None:
        if value is not None and not isinstance(value, self.type):
            raise TypeError(f"setting {self.key} takes {self.type}, not {value!r}")
        settings.setValue(self.key, self.format(value))


LANGUAGE: Setting[str] = Setting(
    key="language",
    type=str,
    default="",
    label=QT_TRANSLATE_NOOP("Settings", "Language"),
    parse=str,
    choices=(
        ("", QT_TRANSLATE_NOOP("Settings", "As the system")),
        ("en", QT_TRANSLATE_NOOP("Settings", "English")),
        ("zh_CN", QT_TRANSLATE_NOOP("Settings", "Simplified Chinese")),
    ),
)

LAST_REGION: Setting[int | None] = Setting(
    key="main_window/region_id",
    type=int,
    default=None,
    label=QT_TRANSLATE_NOOP("Settings", "Region shown at start"),
    parse=_optional_int,
)

LAST_PERIOD: Setting[Period | None] = Setting(
    key="main_window/period",
    type=Period,
    default=None,
    label=QT_TRANSLATE_NOOP("Settings", "Period shown at start"),
    parse=_optional_period,
    format=_period_text,
)

#: A TrueType (.ttf/.ttc) font file with Chinese glyphs for PDF packs; "" finds one.
PACK_FONT: Setting[str] = Setting(
    key="packs/font_file",
    type=str,
    default="",
    label=QT_TRANSLATE_NOOP("Settings", "Font for PDF packs"),
    parse=str,
)

#: Who I am: the signed-in manager's id (the audit actor, default reviewer and owner).
ME: Setting[int | None] = Setting(
    key="me/manager_id",
    type=int,
    default=None,
    label=QT_TRANSLATE_NOOP("Settings", "Who I am"),
    parse=_optional_int,
)

#: My IANA time zone for "your time"; "" follows the signed-in manager's own zone.
MY_TIME_ZONE: Setting[str] = Setting(
    key="me/time_zone",
    type=str,
    default="",
    label=QT_TRANSLATE_NOOP("Settings", "My time zone"),
    parse=str,
)

#: Where exports are saved by default (and remembered after each export); "" is home.
EXPORT_FOLDER: Setting[str] = Setting(
    key="export/folder",
    type=str,
    default="",
    label=QT_TRANSLATE_NOOP("Settings", "Export folder"),
    parse=str,
)

#: The database to open on the next start: "" is the local file in the data folder,
#: else a SQLAlchemy URL (``sqlite:///…`` or ``postgresql+psycopg://…``) without a
#: password (libpq finds it in ~/.pgpass or PGPASSWORD). ``--database`` and
#: OUTPOST_DATABASE_URL still win over it.
DATABASE_URL: Setting[str] = Setting(
    key="database/url",
    type=str,
    default="",
    label=QT_TRANSLATE_NOOP("Settings", "Database"),
    parse=str,
)

#: Compliance obligations and work permits due within this many days are flagged.
COMPLIANCE_WARNING_DAYS: Setting[int] = Setting(
    key="compliance/warning_days",
    type=int,
    default=60,
    label=QT_TRANSLATE_NOOP("Settings", "Flag obligations due within (days)"),
    parse=int,
)


def _review_days(level: RiskLevel, label: str) -> Setting[int]:
    return Setting(
        key=f"risks/review_days_{level.value}",
        type=int,
        default=REVIEW_DAYS[level],
        label=label,
        parse=int,
        format=str,
    )


#: Days from a risk's review to its next one, by residual level (app.domain.risk).
RISK_REVIEW_DAYS: tuple[Setting[int], ...] = (
    _review_days(
        RiskLevel.CRITICAL, QT_TRANSLATE_NOOP("Settings", "Review critical risks every (days)")
    ),
    _review_days(RiskLevel.HIGH, QT_TRANSLATE_NOOP("Settings", "Review high risks every (days)")),
    _review_days(
        RiskLevel.MEDIUM, QT_TRANSLATE_NOOP("Settings", "Review medium risks every (days)")
    ),
    _review_days(RiskLevel.LOW, QT_TRANSLATE_NOOP("Settings", "Review low risks every (days)")),
)


def risk_review_cadence(settings: QSettings) -> dict[RiskLevel, int]:
    """The review cadence the risk services take: days by level, as set in Preferences."""
    cadence = {}
    for setting in RISK_REVIEW_DAYS:
        days = setting.get(settings)
        level = RiskLevel(setting.key.rsplit("_", 1)[-1])
        # A hand-edited 0 or less falls back to the default rather than failing a save.
        cadence[level] = days if days >= 1 else setting.default
    return cadence


#: The settings the Preferences dialog edits, in its order.
PREFERENCES: tuple[Setting[Any], ...] = (
    LANGUAGE,
    ME,
    MY_TIME_ZONE,
    EXPORT_FOLDER,
    PACK_FONT,
    DATABASE_URL,
    COMPLIANCE_WARNING_DAYS,
    *RISK_REVIEW_DAYS,
)

#: Every declared setting, in the order a preferences dialog would show them.
SETTINGS: tuple[Setting[Any], ...] = (*PREFERENCES, LAST_REGION, LAST_PERIOD)
