"""Every unit a figure is counted in has a word in English and Chinese; currencies stay codes."""

from __future__ import annotations

import re

import pytest

from app.domain.enums import MONEY_METRICS, Metric
from app.domain.labels import UNIT_LABELS, unit_label
from app.services.period_queries import DEFAULT_UNITS

ASCII_WORD = re.compile(r"[A-Za-z]{2,}")


def test_every_metric_has_a_unit_or_is_money() -> None:
    assert set(DEFAULT_UNITS) | set(MONEY_METRICS) == set(Metric)


@pytest.mark.parametrize("unit", sorted(set(DEFAULT_UNITS.values())))
def test_every_default_unit_has_a_chinese_word(unit: str) -> None:
    assert unit.lower() in UNIT_LABELS
    assert unit_label(unit, "en") == unit
    chinese = unit_label(unit, "zh")
    assert chinese.strip()
    assert not ASCII_WORD.search(chinese), chinese


@pytest.mark.parametrize(
    ("unit", "lang", "word"),
    [
        ("customers", "zh", "个客户"),
        ("visits", "zh", "次拜访"),
        ("score", "zh", "分"),
        ("days", "zh", "天"),
        ("Days ", "zh", "天"),
        ("visits", "en", "visits"),
    ],
)
def test_units_read_in_the_language(unit: str, lang: str, word: str) -> None:
    assert unit_label(unit, lang) == word


def test_currency_codes_stay_as_they_are() -> None:
    assert unit_label("EUR", "zh") == "EUR"
    assert unit_label("CNY", "en") == "CNY"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        unit_label("days", "fr")
