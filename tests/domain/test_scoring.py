from decimal import Decimal as D

import pytest

from app.domain.scoring import (
    RATING_RUBRIC,
    kpi_score,
    rating_for_score,
    validate_weights,
    weighted_score,
)
from app.domain.validation import ValidationError


def test_validate_weights() -> None:
    assert validate_weights([D(60), D("40.0")]) == [D(60), D(40)]
    assert validate_weights([D(100), D(0)]) == [D(100), D(0)]


@pytest.mark.parametrize(
    "weights", [[], [D(60), D(39)], [D(101), D(-1)], [D("NaN")], [D(50), D("50.01")]]
)
def test_validate_weights_refuses(weights) -> None:
    with pytest.raises(ValidationError) as exc:
        validate_weights(weights, field="kpi_weights")
    assert exc.value.field == "kpi_weights"


@pytest.mark.parametrize(
    ("att", "score"),
    [
        (D("69.9"), 1),
        (D(70), 2),
        (D("84.9"), 2),
        (D(85), 3),
        (D("99.9"), 3),
        (D(100), 4),
        (D("114.9"), 4),
        (D(115), 5),
        (D(400), 5),
        (D(-20), 1),
    ],
)
def test_kpi_score(att, score) -> None:
    assert kpi_score(att) == D(score)


def test_kpi_score_none() -> None:
    assert kpi_score(None) is None


def test_weighted_score() -> None:
    assert weighted_score([(D(60), D(4)), (D(40), D(2))]) == D("3.20")
    # The unscored line drops out; the rest renormalise to 100 %.
    assert weighted_score([(D(50), D(5)), (D(25), D(3)), (D(25), None)]) == D("4.33")
    assert weighted_score([(D(50), None)]) is None
    assert weighted_score([]) is None
    assert weighted_score([(D(0), D(3))]) is None
    with pytest.raises(ValidationError):
        weighted_score([(D(-1), D(3))])


def test_rubric_and_rating() -> None:
    assert sorted(RATING_RUBRIC) == [1, 2, 3, 4, 5]
    assert RATING_RUBRIC[5] == (
        "Outstanding: consistently exceeds every target",
        "卓越：持续超越所有目标",
    )
    assert rating_for_score(D("1.00")) == 1
    assert rating_for_score(D("2.49")) == 2
    assert rating_for_score(D("2.50")) == 3
    assert rating_for_score(D(5)) == 5
    with pytest.raises(ValidationError, match="score"):
        rating_for_score(D("5.01"))
