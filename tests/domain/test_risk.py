import pytest

from app.domain.enums import RiskLevel
from app.domain.risk import RISK_MATRIX, is_high, level_rank, risk_level, risk_score
from app.domain.validation import ValidationError


def test_score() -> None:
    assert risk_score(1, 1) == 1
    assert risk_score(3, 4) == 12
    assert risk_score(5, 5) == 25


@pytest.mark.parametrize(
    ("likelihood", "impact", "field"),
    [(0, 3, "likelihood"), (6, 3, "likelihood"), (3, 0, "impact"), (True, 3, "likelihood")],
)
def test_refuses_out_of_scale(likelihood, impact, field) -> None:
    for fn in (risk_score, risk_level):
        with pytest.raises(ValidationError) as exc:
            fn(likelihood, impact)
        assert exc.value.field == field


def test_shipped_matrix_follows_score_bands() -> None:
    assert len(RISK_MATRIX) == 5
    assert all(len(row) == 5 for row in RISK_MATRIX)
    for li in range(1, 6):
        for im in range(1, 6):
            s = li * im
            expected = (
                RiskLevel.CRITICAL
                if s >= 15
                else RiskLevel.HIGH
                if s >= 8
                else RiskLevel.MEDIUM
                if s >= 4
                else RiskLevel.LOW
            )
            assert risk_level(li, im) is expected


def test_is_high_and_rank() -> None:
    assert is_high(RiskLevel.CRITICAL)
    assert is_high("high")
    assert not is_high(RiskLevel.MEDIUM)
    assert [level_rank(x) for x in ("low", "medium", "high", "critical")] == [0, 1, 2, 3]
