"""Translated words for the review vocabularies, and small formats the review screens share.

The label functions follow ``app/ui/labels.py``'s pattern and context
("Labels"), so they can move there unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.enums import CycleKind, CycleStatus, GoalStatus, ReviewStatus
from app.ui.editors import EMPTY_STAR, FILLED_STAR, enum_label, rubric_text

translate = QCoreApplication.translate

STATUS_COLOURS = {
    ReviewStatus.DRAFT: QColor("#eeeeee"),
    ReviewStatus.IN_REVIEW: QColor("#d2e3fc"),
    ReviewStatus.SIGNED: QColor("#c8e6c9"),
    ReviewStatus.ACKNOWLEDGED: QColor("#a5d6a7"),
}


def review_status_label(status: ReviewStatus | str) -> str:
    labels = {
        ReviewStatus.DRAFT: translate("Labels", "Draft"),
        ReviewStatus.IN_REVIEW: translate("Labels", "In review"),
        ReviewStatus.SIGNED: translate("Labels", "Signed"),
        ReviewStatus.ACKNOWLEDGED: translate("Labels", "Acknowledged"),
    }
    return labels.get(ReviewStatus(status), str(status))


def cycle_kind_label(kind: CycleKind | str) -> str:
    labels = {
        CycleKind.QUARTERLY: translate("Labels", "Quarterly"),
        CycleKind.ANNUAL: translate("Labels", "Annual"),
        CycleKind.PROBATION: translate("Labels", "Probation"),
    }
    return labels.get(CycleKind(kind), str(kind))


def cycle_status_label(status: CycleStatus | str) -> str:
    labels = {
        CycleStatus.OPEN: translate("Labels", "Open", "review cycle status"),
        CycleStatus.CLOSED: translate("Labels", "Closed", "review cycle status"),
    }
    return labels.get(CycleStatus(status), str(status))


def goal_status_label(status: GoalStatus | str) -> str:
    labels = {
        GoalStatus.OPEN: translate("Labels", "Open", "development goal status"),
        GoalStatus.IN_PROGRESS: translate("Labels", "In progress"),
        GoalStatus.DONE: translate("Labels", "Done"),
        GoalStatus.DROPPED: translate("Labels", "Dropped"),
    }
    return labels.get(GoalStatus(status), str(status))


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
    "cycle_kind_label",
    "cycle_status_label",
    "goal_status_label",
    "local_date",
    "rating_text",
    "review_status_label",
    "score_text",
    "stars",
    "template_text",
    "weight_text",
]
