"""Property tests for the domain's arithmetic invariants."""

from datetime import date
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.attainment import attainment
from app.domain.enums import PeriodKind
from app.domain.periods import Period
from app.domain.risk import level_rank, risk_level
from app.domain.scoring import weighted_score
from app.domain.splitting import split_by_weights, split_even, split_year

# No example database: keep test runs from writing into the checkout.
FAST = settings(max_examples=200, deadline=None, database=None)

places_st = st.sampled_from([0, 2, 3])


@st.composite
def totals(draw: st.DrawFn, places: int) -> Decimal:
    units = draw(st.integers(min_value=0, max_value=10**12))
    return Decimal(units).scaleb(-places)


@st.composite
def percentages(draw: st.DrawFn, n: int | None = None) -> list[Decimal]:
    """n non-negative percentages with up to two decimals summing to exactly 100."""
    count = n if n is not None else draw(st.integers(min_value=1, max_value=15))
    raw = draw(st.lists(st.integers(0, 10_000), min_size=count, max_size=count))
    if sum(raw) == 0:
        raw[0] = 1
    # Scale to hundredths of a percent, then give the rounding slack to the last.
    scaled = [r * 10_000 // sum(raw) for r in raw]
    scaled[-1] += 10_000 - sum(scaled)
    return [Decimal(s).scaleb(-2) for s in scaled]


def _within_one_unit(part: Decimal, ideal: Fraction, places: int) -> bool:
    return abs(Fraction(part) - ideal) < Fraction(1, 10**places)


@FAST
@given(data=st.data(), places=places_st, parts=st.integers(1, 40))
def test_split_even_exact_and_fair(data: st.DataObject, places: int, parts: int) -> None:
    total = data.draw(totals(places))
    out = split_even(total, parts, places)
    assert len(out) == parts
    assert sum(out) == total
    ideal = Fraction(total) / parts
    assert all(_within_one_unit(p, ideal, places) for p in out)


@FAST
@given(data=st.data(), places=places_st)
def test_split_by_weights_exact_and_fair(data: st.DataObject, places: int) -> None:
    total = data.draw(totals(places))
    weights = data.draw(percentages())
    out = split_by_weights(total, weights, places)
    assert sum(out) == total
    for part, w in zip(out, weights, strict=True):
        assert part >= 0
        assert _within_one_unit(part, Fraction(total) * Fraction(w) / 100, places)
        if w == 0:
            assert part == 0


@FAST
@given(data=st.data(), places=places_st, year=st.integers(2000, 2100), even=st.booleans())
def test_split_year_exact_and_fair(data: st.DataObject, places: int, year: int, even: bool) -> None:
    total = data.draw(totals(places))
    dist = None if even else data.draw(percentages(12))
    shares = [Fraction(1, 12)] * 12 if dist is None else [Fraction(w) / 100 for w in dist]
    s = split_year(total, year, dist, places)

    assert sum(a for _, a in s.months) == total
    assert sum(a for _, a in s.quarters) == total
    for i, (month, amount) in enumerate(s.months):
        assert month == Period.month(year, i + 1)
        assert _within_one_unit(amount, Fraction(total) * shares[i], places)
    for q, (quarter, amount) in enumerate(s.quarters):
        assert quarter.kind is PeriodKind.QUARTER
        months = s.months[3 * q : 3 * q + 3]
        assert all(m.start in quarter for m, _ in months)
        assert amount == sum(a for _, a in months)
        ideal = Fraction(total) * sum(shares[3 * q : 3 * q + 3])
        assert _within_one_unit(amount, ideal, places)


scores = st.decimals(min_value=1, max_value=5, places=2)
weights = st.decimals(min_value=0, max_value=100, places=2)


@FAST
@given(st.lists(st.tuples(weights, st.one_of(st.none(), scores)), max_size=12))
def test_weighted_score_between_min_and_max(lines: list[tuple[Decimal, Decimal | None]]) -> None:
    result = weighted_score(lines)
    scored = [s for w, s in lines if s is not None and w > 0]
    if not scored:
        assert result is None
    else:
        assert result is not None
        assert min(scored) <= result <= max(scored)


amounts = st.decimals(min_value=0, max_value=10**9, places=2)


@FAST
@given(target=amounts, a=amounts, b=amounts)
def test_attainment_monotonic_in_actual(target: Decimal, a: Decimal, b: Decimal) -> None:
    lo, hi = sorted((a, b))
    assert attainment(target, lo) <= attainment(target, hi)
    # Lower-is-better runs the other way.
    assert attainment(target, lo, lower_is_better=True) >= attainment(
        target, hi, lower_is_better=True
    )


scale = st.integers(1, 5)


@FAST
@given(li=scale, im=scale)
def test_risk_level_monotonic(li: int, im: int) -> None:
    here = level_rank(risk_level(li, im))
    if li < 5:
        assert level_rank(risk_level(li + 1, im)) >= here
    if im < 5:
        assert level_rank(risk_level(li, im + 1)) >= here


@FAST
@given(d=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_periods_round_trip(d: date) -> None:
    for kind in PeriodKind:
        p = Period.containing(d, kind)
        assert d in p
        assert Period.parse(p.label()) == p
        assert Period.parse(p.label("zh")) == p
        assert p.previous().next() == p
        assert p.previous().end.toordinal() + 1 == p.start.toordinal()
