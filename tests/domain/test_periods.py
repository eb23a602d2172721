from datetime import date

import pytest

from app.domain.enums import PeriodKind
from app.domain.periods import Period, last_n_quarters
from app.domain.validation import ValidationError


def test_constructors() -> None:
    assert Period.year(2026) == Period(PeriodKind.YEAR, date(2026, 1, 1), date(2026, 12, 31))
    q3 = Period.quarter(2026, 3)
    assert (q3.start, q3.end) == (date(2026, 7, 1), date(2026, 9, 30))
    feb = Period.month(2028, 2)
    assert feb.end == date(2028, 2, 29)
    assert Period.containing(date(2026, 8, 15), PeriodKind.QUARTER) == q3
    assert Period.containing(date(2026, 8, 15), "month") == Period.month(2026, 8)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: Period.quarter(2026, 5), "quarter"),
        (lambda: Period.month(2026, 0), "month"),
        (lambda: Period.year(0), "year"),
        (lambda: Period(PeriodKind.MONTH, date(2026, 1, 2), date(2026, 1, 31)), "period"),
        (lambda: Period.containing(date(2026, 1, 1), "week"), "period_kind"),
    ],
)
def test_invalid(call, field) -> None:
    with pytest.raises(ValidationError) as exc:
        call()
    assert exc.value.field == field


def test_children() -> None:
    y = Period.year(2026)
    assert [q.label() for q in y.quarters()] == ["2026 Q1", "2026 Q2", "2026 Q3", "2026 Q4"]
    assert len(y.months()) == 12
    assert [m.label() for m in Period.quarter(2026, 2).months()] == [
        "2026-04",
        "2026-05",
        "2026-06",
    ]
    assert Period.quarter(2026, 2).quarters() == [Period.quarter(2026, 2)]
    assert Period.month(2026, 2).quarters() == []
    assert Period.month(2026, 2).months() == [Period.month(2026, 2)]


def test_contains_previous_next() -> None:
    q1 = Period.quarter(2026, 1)
    assert q1.contains(date(2026, 3, 31))
    assert date(2026, 1, 1) in q1
    assert not q1.contains(date(2026, 4, 1))
    assert q1.previous() == Period.quarter(2025, 4)
    assert Period.month(2026, 1).previous() == Period.month(2025, 12)
    assert Period.year(2026).previous() == Period.year(2025)
    assert Period.quarter(2025, 4).next() == q1


def test_labels() -> None:
    assert Period.year(2026).label() == "2026"
    assert Period.quarter(2026, 3).label() == "2026 Q3"
    assert Period.month(2026, 7).label() == "2026-07"
    assert Period.year(2026).label("zh") == "2026年"
    assert Period.quarter(2026, 3).label("zh") == "2026年第3季度"
    assert Period.month(2026, 7).label("zh") == "2026年7月"
    assert str(Period.month(2026, 7)) == "2026-07"
    with pytest.raises(ValueError):
        Period.year(2026).label("fr")


def test_parse() -> None:
    for p in (Period.year(2026), Period.quarter(2026, 3), Period.month(2026, 11)):
        assert Period.parse(p.label()) == p
        assert Period.parse(p.label("zh")) == p
    assert Period.parse(" 2026q4 ") == Period.quarter(2026, 4)
    assert Period.parse("2026-7") == Period.month(2026, 7)
    for bad in ("", "26", "2026 Q5", "2026-13", "July 2026"):
        with pytest.raises(ValidationError):
            Period.parse(bad)


def test_last_n_quarters() -> None:
    qs = last_n_quarters(date(2026, 2, 10), 3)
    assert [q.label() for q in qs] == ["2025 Q3", "2025 Q4", "2026 Q1"]
    assert last_n_quarters(date(2026, 2, 10), 0) == []
    with pytest.raises(ValueError):
        last_n_quarters(date(2026, 2, 10), -1)
