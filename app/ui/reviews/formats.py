"""Small formats the review screens share: status colours, stars, ratings, scores, weights.

The words of the review vocabularies (status, cycle kind, goal status…) are
``app.ui.labels.enum_label``'s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtGui import QColor

from app.domain.enums import ReviewStatus
from app.ui.editors import EMPTY_STAR, FILLED_STAR, rubric_text
from app.ui.labels import enum_label

STATUS_COLOURS = {
    ReviewStatus.DRAFT: QColor("#eeeeee"),
    ReviewStatus.IN_REVIEW: QColor("#d2e3fc"),
    ReviewStatus.SIGNED: QColor("#c8e6c9"),
    ReviewStatus.ACKNOWLEDGED: QColor("#a5d6a7"),
}


def stars(rating: int | None) -> str:
    """``★★★☆☆`` for 3; empty for no rating."""
    if rating is None:
        return ""
    return FILLED_STAR * rating + EMPTY_STAR * (5 - rating)


def rating_text(rating: int | None, language: str) -> str:
    """``"3 — Meets expectations: …"``; empty for no rating."""
    if rating is None:
        return ""
    return f"{rating} — {rubric_text(rating, language)}"


def score_text(score: Decimal | None) -> str:
    """A 1–5 score as ``3.40``; empty when not measurable."""
    return "" if score is None else f"{score.quantize(Decimal('0.01'))}"


def local_date(moment: dt.datetime | None) -> dt.date | None:
    """The day a stored UTC moment falls on where the manager is."""
    return None if moment is None else moment.astimezone().date()


def weight_text(weight: Decimal) -> str:
    """``50 %`` / ``12.5 %``."""
    return f"{format(weight.normalize(), 'f')} %"


def template_text(template: Sequence[tuple[object, Decimal]]) -> str:
    """``Revenue 50 %, CSAT 20 %`` from (metric, weight) pairs."""
    return ", ".join(f"{enum_label(metric)} {weight_text(weight)}" for metric, weight in template)  # type: ignore[arg-type]


__all__ = [
    "STATUS_COLOURS",
    "local_date",
    "rating_text",
    "score_text",
    "stars",
    "template_text",
    "weight_text",
]
