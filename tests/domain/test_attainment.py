from decimal import Decimal as D

import pytest

from app.domain.attainment import (
    ATTAINMENT_CAP,
    Band,
    attainment,
    band,
    capped,
    metric_attainment,
)
from app.domain.enums import Metric
from app.domain.validation import ValidationError


def test_higher_is_better() -> None:
    assert attainment(D(80), D(70)) == D("87.5")
    assert attainment(D(3), D(1)) == D("33.3")
    assert attainment(D(3), D(2)) == D("66.7")
    assert attainment(D(100), D(250)) == D(250)  # reported uncapped
    assert attainment(D(100), D(-5)) == D(-5)


def test_missing_gives_none() -> None:
    assert attainment(None, D(1)) is None
    assert attainment(D(1), None) is None


def test_zero_target() -> None:
    assert attainment(D(0), D(0)) == D(100)
    assert attainment(D(0), D(5)) == D(100)
    assert attainment(D(0), D(-1)) == D(0)


def test_lower_is_better() -> None:
    assert attainment(D(45), D(60), lower_is_better=True) == D(75)
    assert attainment(D(45), D(30), lower_is_better=True) == D(150)
    assert attainment(D(45), D(1), lower_is_better=True) == ATTAINMENT_CAP
    assert attainment(D(45), D(0), lower_is_better=True) == ATTAINMENT_CAP
    assert attainment(D(0), D(0), lower_is_better=True) == D(100)
    assert attainment(D(0), D(2), lower_is_better=True) == D(0)
    with pytest.raises(ValidationError, match="actual"):
        attainment(D(5), D(-1), lower_is_better=True)


def test_negative_target_refused() -> None:
    with pytest.raises(ValidationError, match="target"):
        attainment(D(-1), D(1))


def test_metric_attainment() -> None:
    assert metric_attainment(Metric.DSO, D(40), D(50)) == D(80)
    assert metric_attainment("revenue", D(40), D(50)) == D(125)
    assert metric_attainment(Metric.CHURN_RATE, None, D(1)) is None


def test_capped() -> None:
    assert capped(D(250)) == D(200)
    assert capped(D(-3)) == D(0)
    assert capped(D("99.9")) == D("99.9")
    assert capped(None) is None


@pytest.mark.parametrize(
    ("att", "expected"),
    [
        (D("79.9"), Band.BELOW),
        (D(80), Band.NEAR),
        (D("99.9"), Band.NEAR),
        (D(100), Band.ABOVE),
        (D(130), Band.ABOVE),
        (None, None),
    ],
)
def test_band(att, expected) -> None:
    assert band(att) is expected


def test_band_colours() -> None:
    assert [b.colour for b in Band] == ["red", "amber", "green"]
