"""RiskService on SQLite and PostgreSQL: register, levels, heat map, high risks."""

from __future__ import annotations

import pytest

from app.db.engine import Database
from app.domain.enums import RiskLevel, RiskStatus
from app.services.base import PageRequest
from app.services.errors import ConflictError, ValidationError
from app.services.risks import RiskInput, RiskService
from tests.services.factories import make_region, make_rep


def _risk(region_id: int, title: str, likelihood: int, impact: int, **kw) -> RiskInput:
    values = {"category": "market", "owner": "Regional manager"}
    values.update(kw)
    return RiskInput(region_id, title=title, likelihood=likelihood, impact=impact, **values)


def test_crud_with_scores_and_levels(database: Database) -> None:
    region = make_region(database)
    rep = make_rep(database, region.id, name="Ana")
    service = RiskService(database)
    risk = service.create(
        _risk(
            region.id,
            "Distributor insolvency",
            4,
            4,
            category="customer_credit",
            residual_likelihood=2,
            residual_impact=3,
            rep_id=rep.id,
            customer="Acme Trading",
        )
    )
    assert (risk.score, risk.level) == (16, RiskLevel.CRITICAL)
    assert (risk.residual_score, risk.residual_level) == (6, RiskLevel.MEDIUM)
    assert risk.rep_name == "Ana"

    updated = service.update(
        risk.id, _risk(region.id, "Distributor insolvency", 2, 2), risk.version
    )
    assert (updated.score, updated.level, updated.residual_level) == (4, RiskLevel.MEDIUM, None)
    with pytest.raises(ConflictError):
        service.update(risk.id, _risk(region.id, "x", 1, 1), risk.version)
    with pytest.raises(ConflictError):
        service.delete(risk.id, risk.version)
    service.delete(risk.id, updated.version)
    assert service.list_risks().total == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"likelihood": 0}, "likelihood"),
        ({"impact": 6}, "impact"),
        ({"residual_likelihood": 2}, "residual_impact"),
        ({"residual_impact": 2}, "residual_likelihood"),
        ({"residual_likelihood": 7, "residual_impact": 2}, "residual_likelihood"),
        ({"category": "weather"}, "category"),
        ({"treatment": "ignore"}, "treatment"),
        ({"status": "forgotten"}, "status"),
        ({"owner": " "}, "owner"),
        ({"title": ""}, "title"),
        ({"rep_id": 999_999}, "rep_id"),
    ],
)
def test_validation_names_field(database: Database, changes: dict, field: str) -> None:
    region = make_region(database)
    values = {"title": "Risk", "likelihood": 3, "impact": 3, **changes}
    title, lk, im = values.pop("title"), values.pop("likelihood"), values.pop("impact")
    with pytest.raises(ValidationError) as err:
        RiskService(database).create(_risk(region.id, title, lk, im, **values))
    assert err.value.field == field


def test_rep_of_another_region_is_refused(database: Database) -> None:
    region, other = make_region(database), make_region(database)
    rep = make_rep(database, other.id)
    with pytest.raises(ValidationError) as err:
        RiskService(database).create(_risk(region.id, "x", 1, 1, rep_id=rep.id))
    assert err.value.field == "rep_id"


def test_list_filters_heat_map_and_high_risks(database: Database) -> None:
    region = make_region(database)
    other = make_region(database)
    service = RiskService(database)
    low = service.create(_risk(region.id, "Low", 1, 2))
    high = service.create(_risk(region.id, "High", 3, 3, category="fx"))
    critical = service.create(
        _risk(region.id, "Critical", 5, 5, residual_likelihood=2, residual_impact=2)
    )
    service.create(_risk(region.id, "Closed", 5, 4, status=RiskStatus.CLOSED))
    service.create(_risk(region.id, "Also high", 3, 3, status="monitoring"))
    service.create(_risk(other.id, "Elsewhere", 5, 5))

    page = service.list_risks(PageRequest(filters={"region_id": region.id}))
    assert [r.title for r in page.rows][:2] == ["Critical", "Closed"]  # worst first
    page = service.list_risks(
        PageRequest(filters={"region_id": region.id, "min_level": "high", "status": "open"})
    )
    assert {r.id for r in page.rows} == {high.id, critical.id}
    page = service.list_risks(PageRequest(filters={"region_id": region.id, "category": "fx"}))
    assert [r.id for r in page.rows] == [high.id]
    page = service.list_risks(PageRequest(sort="level", filters={"region_id": region.id}))
    assert page.rows[0].id == low.id
    assert service.list_risks(PageRequest(search="also")).total == 1

    grid = service.heat_map(region.id)
    assert grid[4][4] == 1 and grid[2][2] == 2 and grid[0][1] == 1
    assert grid[4][3] == 0  # closed risks are off the map
    assert sum(map(sum, grid)) == 4
    residual = service.heat_map(region.id, residual=True)
    assert residual[4][4] == 0 and residual[1][1] == 1 and residual[2][2] == 2
    assert sum(map(sum, residual)) == 4

    assert [r.title for r in service.high_risks(region.id)] == ["Critical", "High", "Also high"]


def test_high_risks_of_every_region(database: Database) -> None:
    north, south = make_region(database), make_region(database)
    service = RiskService(database)
    worst = service.create(_risk(south.id, "Worst", 5, 5))
    high = service.create(_risk(north.id, "High", 4, 4))
    service.create(_risk(north.id, "Low", 1, 1))
    service.create(_risk(south.id, "Closed", 5, 5, status=RiskStatus.CLOSED))

    assert [r.id for r in service.high_risks(None)] == [worst.id, high.id]
    assert [r.id for r in service.high_risks(north.id)] == [high.id]
