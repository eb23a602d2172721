"""Small formats the panes share: local time with offset, status words."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ui.labels import country_label, local_time_text, status_label

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


def test_words(qapp) -> None:
    assert status_label("on_leave") == "On leave"
    assert country_label("SG", "zh") == "新加坡 (SG)"
    assert country_label("XX", "en") == "XX"
