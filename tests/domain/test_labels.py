"""Every word of the closed vocabularies is declared, in English and Chinese."""

from __future__ import annotations

import inspect
from enum import StrEnum

import pytest

from app.domain import enums
from app.domain.enums import CycleStatus, GoalStatus, Metric, RiskStatus
from app.domain.labels import LABELS, label

ENUMS = [
    cls
    for _, cls in inspect.getmembers(enums, inspect.isclass)
    if issubclass(cls, StrEnum) and cls.__module__ == enums.__name__
]
MEMBERS = [member for cls in ENUMS for member in cls]


def test_every_enum_is_found() -> None:
    assert len(ENUMS) >= 20
    assert set(LABELS) == set(ENUMS)


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.value}")
def test_every_member_has_an_english_and_a_chinese_label(member: StrEnum) -> None:
    english, chinese = label(member, "en"), label(member, "zh")
    assert english.strip() and chinese.strip()
    assert english == english.strip() and chinese == chinese.strip()
    assert english != chinese


def test_each_table_holds_only_its_own_members() -> None:
    for cls, words in LABELS.items():
        assert all(type(member) is cls for member in words), cls
        assert len(words) == len(cls), cls


def test_labels_within_one_vocabulary_differ() -> None:
    for cls in ENUMS:
        for lang in ("en", "zh"):
            words = [label(member, lang) for member in cls]
            assert len(set(words)) == len(words), (cls, lang, words)


def test_the_same_value_in_two_vocabularies_may_read_differently() -> None:
    assert label(CycleStatus.OPEN, "zh") == "进行中"
    assert label(GoalStatus.OPEN, "zh") == "未开始"
    assert label(RiskStatus.OPEN, "zh") == "未关闭"
    assert label(Metric.DSO, "en") == "DSO"


def test_plain_strings_and_unknown_languages_are_refused() -> None:
    with pytest.raises(TypeError):
        label("open", "en")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'fr'"):
        label(Metric.REVENUE, "fr")
