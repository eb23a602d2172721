from decimal import Decimal as D

import pytest

from app.domain.periods import Period
from app.domain.splitting import split_by_weights, split_even, split_year
from app.domain.validation import ValidationError


def test_split_even() -> None:
    assert split_even(D("100"), 3) == [D("33.34"), D("33.33"), D("33.33")]
    assert split_even(D("10"), 4, places=0) == [D(3), D(3), D(2), D(2)]
    assert [str(x) for x in split_even(D(0), 2)] == ["0.00", "0.00"]


def test_split_even_refuses() -> None:
    with pytest.raises(ValidationError, match="total"):
        split_even(D("-1"), 2)
    with pytest.raises(ValidationError, match="decimal places"):
        split_even(D("10.5"), 2, places=0)
    with pytest.raises(ValidationError, match="parts"):
        split_even(D("10"), 0)


def test_split_by_weights() -> None:
    assert split_by_weights(D("1000"), [D(50), D(30), D(20)]) == [D(500), D(300), D(200)]
    # 0.01 split three ways by equal-ish weights: the largest weight gets the cent.
    assert split_by_weights(D("0.01"), [D("33.3"), D("33.3"), D("33.4")]) == [
        D(0),
        D(0),
        D("0.01"),
    ]
    assert split_by_weights(D("7"), [D(0), D(100)], places=0) == [D(0), D(7)]


@pytest.mark.parametrize(
    "weights", [[D(50), D(49)], [D(50), D(51)], [], [D(-10), D(110)], [D("NaN"), D(100)]]
)
def test_split_by_weights_refuses(weights) -> None:
    with pytest.raises(ValidationError) as exc:
        split_by_weights(D(100), weights)
    assert exc.value.field == "distribution"


def test_split_year_even() -> None:
    s = split_year(D("100.00"), 2026)
    assert s.year == Period.year(2026)
    assert [a for _, a in s.quarters] == [D("25.00")] * 4
    assert [str(a) for _, a in s.months[:3]] == ["8.34", "8.33", "8.33"]
    assert sum(a for _, a in s.months) == D(100)
    assert s.amount(Period.month(2026, 4)) == D("8.34")
    assert s.amount(Period.quarter(2026, 2)) == D(25)
    assert s.amount(Period.year(2026)) == D(100)


def test_split_year_weighted_counts() -> None:
    # Busy autumn: 4 % a month Jan–Aug, 17 % Sep–Dec (8 × 4 + 4 × 17 = 100).
    dist = [D(4)] * 8 + [D("17")] * 4
    s = split_year(D(50), 2026, dist, places=0)
    assert sum(a for _, a in s.months) == 50
    for q, amount in s.quarters:
        assert amount == sum(a for m, a in s.months if q.contains(m.start))
    assert all(a == a.to_integral_value() for _, a in s.months)


def test_split_year_refuses() -> None:
    with pytest.raises(ValidationError, match="distribution"):
        split_year(D(100), 2026, [D(50), D(50)])
    with pytest.raises(ValidationError, match="total"):
        split_year(D(-100), 2026)
