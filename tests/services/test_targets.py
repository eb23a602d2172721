"""TargetService: targets and year splits."""

from __future__ import annotations

import dataclasses
from decimal import Decimal as D

import pytest

from app.domain.enums import Metric, PeriodKind
from app.domain.periods import Period
from app.services.audit import AuditService
from app.services.base import PageRequest
from app.services.errors import NotFoundError, ValidationError
from app.services.targets import TargetService
from app.services.team import TeamService
from tests.services.factories import make_region, make_rep
from tests.services.targets_helpers import Y, target


@pytest.fixture
def setup(database):
    region = make_region(database, base_currency="CNY")
    rep = make_rep(database, region.id, name="Chen Jie")
    return database, region, rep, TargetService(database)


# -- targets -----------------------------------------------------------------------


def test_target_crud(setup) -> None:
    db, _, rep, svc = setup
    created = svc.create_target(
        target(rep.id, Period.quarter(Y, 2), "150000.50", smart_description="Grow Q2")
    )
    assert created.rep_name == "Chen Jie"
    assert created.period == Period.quarter(Y, 2)
    assert created.value == D("150000.50")
    assert created.metric is Metric.REVENUE
    assert svc.get_target(created.id) == created
    changed = svc.update_target(
        created.id, dataclasses.replace(created.to_input(), value=D("160000")), created.version
    )
    assert (changed.value, changed.version) == (D("160000"), 2)
    svc.delete_target(created.id, changed.version)
    with pytest.raises(NotFoundError):
        svc.get_target(created.id)
    actions = [e.action.value for e in AuditService(db).history("targets", created.id)]
    assert actions == ["delete", "update", "create"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"metric": "profit"}, "metric"),
        ({"value": D("-1")}, "value"),
        ({"value": D("1.00001")}, "value"),
        ({"unit": "DOLLARS"}, "unit"),
        ({"metric": Metric.VISITS, "unit": "visits", "value": D("10.5")}, "value"),
        ({"metric": Metric.VISITS, "unit": " "}, "unit"),
        ({"weight": D("101")}, "weight"),
        ({"rep_id": 9999}, "rep_id"),
        ({"parent_id": 9999}, "parent_id"),
        ({"period": "2026"}, "period"),
    ],
)
def test_target_validation_names_field(setup, change, field) -> None:
    _, _, rep, svc = setup
    with pytest.raises(ValidationError) as err:
        svc.create_target(dataclasses.replace(target(rep.id, Period.year(Y), "10"), **change))
    assert err.value.field == field
    assert svc.list_targets().total == 0


def test_duplicate_target_period_refused(setup) -> None:
    _, _, rep, svc = setup
    svc.create_target(target(rep.id, Period.month(Y, 3), "10"))
    with pytest.raises(ValidationError) as err:
        svc.create_target(target(rep.id, Period.month(Y, 3), "20"))
    assert err.value.field == "period"
    # Another metric for the same month is fine.
    svc.create_target(target(rep.id, Period.month(Y, 3), "5", metric="visits", unit="visits"))


def test_parent_must_contain_child(setup) -> None:
    _, region, rep, svc = setup
    q1 = svc.create_target(target(rep.id, Period.quarter(Y, 1), "30"))
    ok = svc.create_target(target(rep.id, Period.month(Y, 2), "10", parent_id=q1.id))
    assert ok.parent_id == q1.id
    with pytest.raises(ValidationError) as err:
        svc.create_target(target(rep.id, Period.month(Y, 4), "10", parent_id=q1.id))
    assert err.value.field == "parent_id"
    other = make_rep(setup[0], region.id)
    with pytest.raises(ValidationError):
        svc.create_target(target(other.id, Period.month(Y, 1), "10", parent_id=q1.id))


def test_list_targets_filters_sort_search_paging(setup) -> None:
    db, region, rep, svc = setup
    other_region = make_region(db)
    ana = make_rep(db, region.id, name="Ana Lim", name_zh="林安")
    far = make_rep(db, other_region.id, name="Bo Far")
    svc.create_target(target(rep.id, Period.year(Y), "900", smart_description="Enter Johor"))
    svc.create_target(target(rep.id, Period.quarter(Y, 3), "300"))
    svc.create_target(target(ana.id, Period.month(Y, 8), "50", metric="visits", unit="visits"))
    svc.create_target(target(ana.id, Period.year(Y + 1), "700"))
    svc.create_target(target(far.id, Period.month(Y, 8), "90"))

    def names(**kw) -> list[tuple[str, str]]:
        return [(t.rep_name, str(t.period)) for t in svc.list_targets(PageRequest(**kw)).rows]

    assert names(filters={"region_id": region.id}) == [
        ("Ana Lim", f"{Y}-08"),
        ("Ana Lim", f"{Y + 1}"),
        ("Chen Jie", f"{Y}"),
        ("Chen Jie", f"{Y} Q3"),
    ]
    assert names(filters={"rep_id": far.id}) == [("Bo Far", f"{Y}-08")]
    assert names(filters={"metric": "visits"}) == [("Ana Lim", f"{Y}-08")]
    assert names(filters={"period_kind": PeriodKind.QUARTER}) == [("Chen Jie", f"{Y} Q3")]
    # Overlapping August: the year, Q3 and both August targets.
    assert names(filters={"period": Period.month(Y, 8)}) == [
        ("Ana Lim", f"{Y}-08"),
        ("Bo Far", f"{Y}-08"),
        ("Chen Jie", f"{Y}"),
        ("Chen Jie", f"{Y} Q3"),
    ]
    assert names(search="johor") == [("Chen Jie", f"{Y}")]
    assert names(search="林") == [("Ana Lim", f"{Y}-08"), ("Ana Lim", f"{Y + 1}")]
    by_value = [t.value for t in svc.list_targets(PageRequest(sort="value", descending=True)).rows]
    assert by_value == [D(900), D(700), D(300), D(90), D(50)]
    page = svc.list_targets(PageRequest(sort="value", offset=1, limit=2))
    assert (page.total, [t.value for t in page.rows]) == (5, [D(90), D(300)])
    with pytest.raises(ValidationError) as err:
        svc.list_targets(PageRequest(sort="nonsense"))
    assert err.value.field == "sort"


# -- year splits -------------------------------------------------------------------


def test_year_split_revenue(setup) -> None:
    db, _, rep, svc = setup
    rows = svc.create_year_split(rep.id, Metric.REVENUE, Y, D("100000.01"), smart_description="S")
    assert len(rows) == 17
    year, quarters, months = rows[0], rows[1:5], rows[5:]
    assert year.period == Period.year(Y) and year.parent_id is None
    assert year.unit == "SGD"  # the rep's currency
    assert [q.period for q in quarters] == Period.year(Y).quarters()
    assert [m.period for m in months] == Period.year(Y).months()
    assert sum(q.value for q in quarters) == D("100000.01")
    assert sum(m.value for m in months) == D("100000.01")
    assert all(q.parent_id == year.id for q in quarters)
    for m in months:
        quarter = next(q for q in quarters if q.period.contains(m.period.start))
        assert m.parent_id == quarter.id
    for q in quarters:
        assert q.value == sum(m.value for m in months if m.parent_id == q.id)
    assert all(r.smart_description == "S" for r in rows)
    assert (
        len(AuditService(db).list_events(PageRequest(filters={"table_name": "targets"})).rows) == 17
    )


def test_year_split_counts_and_distribution(setup) -> None:
    _, _, rep, svc = setup
    weights = [D(5)] * 6 + [D("11.6")] * 5 + [D(12)]
    rows = svc.create_year_split(rep.id, "new_customers", Y, D(100), distribution=weights)
    months = rows[5:]
    assert all(m.value == m.value.to_integral_value() for m in months)
    assert sum(m.value for m in months) == 100
    assert months[0].value == 5 and months[11].value == 12
    assert rows[0].unit == "customers"


def test_year_split_level_metric_copies_value(setup) -> None:
    _, _, rep, svc = setup
    rows = svc.create_year_split(rep.id, Metric.CSAT, Y, D("4.5"))
    assert {r.value for r in rows} == {D("4.5")}
    assert rows[0].unit == "score"


def test_year_split_refuses_bad_input_and_existing(setup) -> None:
    _, _, rep, svc = setup
    with pytest.raises(ValidationError) as err:
        svc.create_year_split(rep.id, Metric.NEW_CUSTOMERS, Y, D("10.5"))
    assert err.value.field == "value"
    with pytest.raises(ValidationError) as err:
        svc.create_year_split(rep.id, Metric.REVENUE, Y, D(100), distribution=[D(10)] * 12)
    assert err.value.field == "distribution"
    svc.create_target(target(rep.id, Period.month(Y, 6), "1"))
    with pytest.raises(ValidationError) as err:
        svc.create_year_split(rep.id, Metric.REVENUE, Y, D(1200))
    assert err.value.field == "year"
    assert svc.list_targets().total == 1


def test_delete_year_deletes_split_children(setup) -> None:
    db, _, rep, svc = setup
    rows = svc.create_year_split(rep.id, Metric.REVENUE, Y, D(1200))
    svc.delete_target(rows[0].id, rows[0].version)
    assert svc.list_targets().total == 0
    deletes = AuditService(db).list_events(
        PageRequest(filters={"table_name": "targets", "action": "delete"})
    )
    assert deletes.total == 17


def test_create_for_region(setup) -> None:
    db, region, rep, svc = setup
    second = make_rep(
        db,
        region.id,
        currency="MYR",
        posting_country="MY",
        posting_city="KL",
        time_zone="Asia/Kuala_Lumpur",
    )
    gone = make_rep(db, region.id)
    TeamService(db).deactivate_rep(gone.id, None)
    rows = svc.create_for_region(region.id, Metric.REVENUE, Y, D(1200))
    assert len(rows) == 34
    assert {r.rep_id for r in rows} == {rep.id, second.id}
    assert {(r.rep_id, r.unit) for r in rows if r.period.kind is PeriodKind.YEAR} == {
        (rep.id, "SGD"),
        (second.id, "MYR"),
    }
    per_rep = svc.create_for_region(region.id, Metric.VISITS, Y, {second.id: D(24)})
    assert {r.rep_id for r in per_rep} == {second.id}
    assert [r.value for r in per_rep[5:]] == [D(2)] * 12


def test_create_for_region_is_all_or_nothing(setup) -> None:
    db, region, rep, svc = setup
    make_rep(db, region.id)
    make_rep(db, region.id)
    svc.create_target(target(rep.id, Period.month(Y, 11), "5"))
    with pytest.raises(ValidationError) as err:
        svc.create_for_region(region.id, Metric.REVENUE, Y, D(1200))
    assert "Chen Jie" in err.value.message
    assert svc.list_targets().total == 1
    assert AuditService(db).list_events(PageRequest(filters={"table_name": "targets"})).total == 1


def test_create_for_region_bad_total_for_one_rep_writes_nothing(setup) -> None:
    db, region, rep, svc = setup
    other = make_rep(db, region.id)
    with pytest.raises(ValidationError):
        svc.create_for_region(
            region.id, Metric.NEW_CUSTOMERS, Y, {rep.id: D(12), other.id: D("-3")}
        )
    assert svc.list_targets().total == 0
