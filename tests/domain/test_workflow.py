"""Review status transitions: the allowed ones, and every other one refused by name."""

from __future__ import annotations

import itertools

import pytest

from app.domain.enums import ReviewStatus
from app.domain.validation import ValidationError
from app.domain.workflow import REVIEW_TRANSITIONS, check_review_transition

ALLOWED = {
    ("draft", "in_review"): "submit",
    ("in_review", "signed"): "sign",
    ("signed", "acknowledged"): "acknowledge",
    ("signed", "in_review"): "reopen",
    ("acknowledged", "in_review"): "reopen",
}


@pytest.mark.parametrize(("here", "there"), list(ALLOWED))
def test_the_allowed_steps_name_their_action(here: str, there: str) -> None:
    assert check_review_transition(here, there) == ALLOWED[(here, there)]
    assert (
        check_review_transition(ReviewStatus(here), ReviewStatus(there)) == ALLOWED[(here, there)]
    )


ILLEGAL = [
    (a.value, b.value)
    for a, b in itertools.product(ReviewStatus, repeat=2)
    if (a.value, b.value) not in ALLOWED
]


@pytest.mark.parametrize(("here", "there"), ILLEGAL)
def test_every_other_step_is_refused_with_both_statuses_named(here: str, there: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_review_transition(here, there)
    assert refused.value.field == "status"
    assert f"cannot go from {here} to {there}" in str(refused.value)


def test_the_table_is_exactly_the_workflow() -> None:
    # 4 statuses: 16 pairs, 5 allowed (staying put is not a step either).
    assert len(ILLEGAL) == 11
    assert {(a.value, b.value): act for (a, b), act in REVIEW_TRANSITIONS.items()} == ALLOWED


def test_an_unknown_status_is_refused() -> None:
    with pytest.raises(ValueError):
        check_review_transition("archived", "draft")
