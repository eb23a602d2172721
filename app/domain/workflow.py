"""Which status changes a review may make, and the words for a refused one.

A review goes draft → in review → signed → acknowledged; reopening (from
signed or acknowledged) returns it to review. Everything else is refused.
"""

from __future__ import annotations

from app.domain import messages as m
from app.domain.enums import ReviewStatus
from app.domain.validation import ValidationError

#: Allowed (from, to) pairs and the action that makes each one.
REVIEW_TRANSITIONS: dict[tuple[ReviewStatus, ReviewStatus], str] = {
    (ReviewStatus.DRAFT, ReviewStatus.IN_REVIEW): "submit",
    (ReviewStatus.IN_REVIEW, ReviewStatus.SIGNED): "sign",
    (ReviewStatus.SIGNED, ReviewStatus.ACKNOWLEDGED): "acknowledge",
    (ReviewStatus.SIGNED, ReviewStatus.IN_REVIEW): "reopen",
    (ReviewStatus.ACKNOWLEDGED, ReviewStatus.IN_REVIEW): "reopen",
}


def check_review_transition(current: ReviewStatus | str, to: ReviewStatus | str) -> str:
    """The action taking a review from ``current`` to ``to``; ValidationError if none does."""
    here, there = ReviewStatus(current), ReviewStatus(to)
    action = REVIEW_TRANSITIONS.get((here, there))
    if action is None:
        raise ValidationError("status", m.REVIEW_STEP(here=here, there=there))
    return action


__all__ = ["REVIEW_TRANSITIONS", "check_review_transition"]
