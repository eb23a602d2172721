"""Small formats the panes share: local time with offset, the words of the vocabularies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from app.domain.enums import Cadence, Metric, RepStatus, RiskCategory
from app.ui.labels import (
    cadence_label,
    country_label,
    date_text,
    enum_label,
    local_time_text,
    ui_language,
)

NOW = dt.datetime(2025, 1, 15, 6, 5, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Asia/Shanghai", "14:05 (UTC+8)"),
        ("Asia/Kolkata", "11:35 (UTC+5:30)"),
        ("America/Sao_Paulo", "03:05 (UTC-3)"),
        ("Europe/London", "06:05 (UTC)"),
        ("Not/AZone", ""),
    ],
)
def test_local_time_text(zone: str, expected: str) -> None:
    assert local_time_text(zone, NOW) == expected


def test_local_time_follows_daylight_saving() -> None:
    summer = dt.datetime(2025, 7, 15, 6, 5, tzinfo=dt.UTC)
    assert local_time_text("Europe/Madrid", summer) == "08:05 (UTC+2)"


@pytest.fixture
def chinese_locale() -> Iterator[None]:
    """The default locale ``install_translators(app, "zh_CN")`` sets, restored after."""
    QLocale.setDefault(QLocale("zh_CN"))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_words(qapp) -> None:
    assert ui_language() == "en"
    assert enum_label(RepStatus.ON_LEAVE) == "On leave"
    assert enum_label(RiskCategory.CUSTOMER_CREDIT) == "Customer credit"
    assert cadence_label(None) == "Single meeting"
    assert cadence_label(Cadence.FORTNIGHTLY) == "Fortnightly"
    assert country_label("SG", "zh") == "新加坡 (SG)"
    assert country_label("XX", "en") == "XX"


def test_words_follow_the_console_language(qapp, chinese_locale) -> None:
    assert ui_language() == "zh"
    assert enum_label(RepStatus.ON_LEAVE) == "休假"
    assert enum_label(Metric.REVENUE) == "营收"
    assert enum_label(RiskCategory.CUSTOMER_CREDIT) == "客户信用"
    assert cadence_label(Cadence.WEEKLY) == "每周"


def test_dates_read_as_in_the_pdfs(qapp) -> None:
    assert date_text(dt.date(2026, 10, 12)) == "12 Oct 2026"
    assert date_text(None) == ""


def test_dates_in_chinese(qapp, chinese_locale) -> None:
    assert date_text(dt.date(2026, 10, 12)) == "2026年10月12日"
