"""The packs' words for enum members are the console's (app.domain.labels)."""

from __future__ import annotations

import pytest

from app.domain.enums import ActionOwner, ComplianceCategory, Metric, ReviewStatus
from app.domain.labels import LABELS, label
from app.reports.pack.text import enum_label


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pack_words_are_the_shared_labels(lang: str) -> None:
    for words in LABELS.values():
        for member in words:
            assert enum_label(member, lang) == label(member, lang)


def test_pack_words() -> None:
    assert enum_label(Metric.DSO, "en") == "DSO"
    assert enum_label(Metric.REVENUE, "zh") == "营收"
    assert enum_label(ReviewStatus.SIGNED, "zh") == "已签署"
    assert enum_label(ComplianceCategory.ANTI_BRIBERY, "en") == "Anti-bribery"
    assert enum_label(ActionOwner.REP, "en").lower() == "rep"


def test_pack_refuses_an_unknown_language() -> None:
    with pytest.raises(ValueError, match="'fr'"):
        enum_label(Metric.REVENUE, "fr")
