"""TeamService: regions, managers and reps on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.domain.enums import Focus, ManagerRole, RepStatus
from app.services.audit import AuditService
from app.services.base import PageRequest
from app.services.errors import ConflictError, NotFoundError, ValidationError
from app.services.team import TeamService
from tests.services.factories import (
    make_manager,
    make_region,
    make_rep,
    manager_input,
    region_input,
    rep_input,
)


def _events(db, table, row_id):
    return AuditService(db).history(table, row_id)


# -- regions -----------------------------------------------------------------------


def test_create_and_get_region(database) -> None:
    team = TeamService(database)
    region = team.create_region(region_input(name="ASEAN", countries=("sg", " my")))
    assert region.version == 1
    assert region.countries == ("SG", "MY")
    assert team.get_region(region.id) == region
    assert [r.name for r in team.list_regions()] == ["ASEAN"]


def test_region_validation_names_field(database) -> None:
    team = TeamService(database)
    with pytest.raises(ValidationError) as err:
        team.create_region(region_input(base_currency="XXY"))
    assert err.value.field == "base_currency"
    with pytest.raises(ValidationError) as err:
        team.create_region(region_input(countries=("SG", "ZZ")))
    assert err.value.field == "countries"
    make_region(database, name="Gulf")
    with pytest.raises(ValidationError) as err:
        team.create_region(region_input(name="Gulf"))
    assert err.value.field == "name"


def test_update_region_checks_version(database) -> None:
    team = TeamService(database)
    region = make_region(database)
    changed = team.update_region(
        region.id, region_input(name="Renamed", base_currency="USD"), region.version
    )
    assert (changed.name, changed.base_currency, changed.version) == ("Renamed", "USD", 2)
    with pytest.raises(ConflictError) as err:
        team.update_region(region.id, region_input(name="Stale"), region.version)
    assert err.value.stored_version == 2
    assert err.value.theirs["name"] == "Renamed"
    assert team.get_region(region.id).name == "Renamed"


def test_get_missing_region(database) -> None:
    with pytest.raises(NotFoundError):
        TeamService(database).get_region(999)


# -- managers ----------------------------------------------------------------------


def test_create_and_list_managers(database) -> None:
    region = make_region(database)
    other = make_region(database)
    m1 = make_manager(database, region.id, name="Wang Lei", role=ManagerRole.HEAD_OF_SALES)
    make_manager(database, other.id)
    team = TeamService(database)
    assert m1.role is ManagerRole.HEAD_OF_SALES
    assert [m.id for m in team.list_managers(region.id)] == [m1.id]
    assert len(team.list_managers()) == 2


def test_manager_validation(database) -> None:
    team = TeamService(database)
    with pytest.raises(ValidationError) as err:
        team.create_manager(manager_input(time_zone="Asia/Nowhere"))
    assert err.value.field == "time_zone"
    with pytest.raises(ValidationError) as err:
        team.create_manager(manager_input(role="boss"))
    assert err.value.field == "role"
    m = make_manager(database)
    with pytest.raises(ValidationError) as err:
        team.create_manager(manager_input(email=m.email))
    assert err.value.field == "email"
    with pytest.raises(NotFoundError):
        team.create_manager(manager_input(region_id=12345))


# -- reps --------------------------------------------------------------------------


def test_create_rep_returns_joined_record(database) -> None:
    region = make_region(database, name="SEA")
    manager = make_manager(database, region.id, name="Li Na")
    rep = make_rep(
        database,
        region.id,
        manager_id=manager.id,
        posting_country="my",
        posting_city="Kuala Lumpur",
        time_zone="Asia/Kuala_Lumpur",
        currency="myr",
        languages=("zh", "ms"),
        focus="acquisition",
    )
    assert rep.region_name == "SEA"
    assert rep.manager_name == "Li Na"
    assert (rep.posting_country, rep.currency) == ("MY", "MYR")
    assert rep.languages == ("zh", "ms")
    assert rep.focus is Focus.ACQUISITION
    assert rep.status is RepStatus.ACTIVE
    assert TeamService(database).get_rep(rep.id) == rep
    assert rep.to_input().email == rep.email


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"posting_country": "XX"}, "posting_country"),
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"currency": "ABC"}, "currency"),
        ({"posting_end": dt.date(2023, 12, 31)}, "posting_end"),
        ({"email": "not-an-email"}, "email"),
        ({"name": "  "}, "name"),
        ({"status": "retired"}, "status"),
        ({"region_id": 9999}, "region_id"),
        ({"region_id": None}, "region_id"),
        ({"posting_start": None}, "posting_start"),
        ({"manager_id": 9999}, "manager_id"),
    ],
)
def test_rep_validation_names_field(database, overrides, field) -> None:
    region = make_region(database)
    with pytest.raises(ValidationError) as err:
        TeamService(database).create_rep(dataclasses.replace(rep_input(region.id), **overrides))
    assert err.value.field == field
    assert TeamService(database).list_reps().total == 0


def test_duplicate_rep_email(database) -> None:
    region = make_region(database)
    first = make_rep(database, region.id)
    team = TeamService(database)
    with pytest.raises(ValidationError) as err:
        team.create_rep(rep_input(region.id, email=first.email))
    assert err.value.field == "email"
    other = make_rep(database, region.id)
    with pytest.raises(ValidationError):
        team.update_rep(
            other.id, dataclasses.replace(other.to_input(), email=first.email), other.version
        )
    # Keeping one's own email is not a duplicate.
    same = team.update_rep(first.id, first.to_input(), first.version)
    assert same.email == first.email


def test_update_rep_checks_version(database) -> None:
    region = make_region(database)
    rep = make_rep(database, region.id)
    team = TeamService(database)
    changed = team.update_rep(
        rep.id, dataclasses.replace(rep.to_input(), posting_city="Johor Bahru"), rep.version
    )
    assert (changed.posting_city, changed.version) == ("Johor Bahru", 2)
    with pytest.raises(ConflictError) as err:
        team.update_rep(rep.id, dataclasses.replace(rep.to_input(), phone="+65 1"), rep.version)
    assert err.value.expected_version == 1
    assert err.value.stored_version == 2
    assert err.value.theirs["posting_city"] == "Johor Bahru"
    assert team.get_rep(rep.id).phone is None


def test_deactivate_rep(database) -> None:
    region = make_region(database)
    rep = make_rep(database, region.id, posting_start=dt.date(2024, 3, 1))
    team = TeamService(database)
    done = team.deactivate_rep(rep.id, rep.version, end=dt.date(2025, 6, 30))
    assert done.status is RepStatus.INACTIVE
    assert done.posting_end == dt.date(2025, 6, 30)
    assert done.version == 2
    with pytest.raises(ConflictError):
        team.deactivate_rep(rep.id, rep.version)


def test_deactivate_never_ends_before_start(database) -> None:
    region = make_region(database)
    rep = make_rep(database, region.id, posting_start=dt.date(2030, 1, 1))
    done = TeamService(database).deactivate_rep(rep.id, None, end=dt.date(2029, 1, 1))
    assert done.posting_end == dt.date(2030, 1, 1)


def test_delete_rep(database) -> None:
    region = make_region(database)
    rep = make_rep(database, region.id)
    team = TeamService(database)
    with pytest.raises(ConflictError):
        team.delete_rep(rep.id, rep.version + 1)
    team.delete_rep(rep.id, rep.version)
    with pytest.raises(NotFoundError):
        team.get_rep(rep.id)
    with pytest.raises(NotFoundError):
        team.delete_rep(rep.id, None)


def test_list_reps_search_sort_filter_page(database) -> None:
    sea = make_region(database)
    gulf = make_region(database)
    boss = make_manager(database, sea.id)
    make_rep(database, sea.id, name="Chen Jie", posting_city="Singapore", manager_id=boss.id)
    make_rep(
        database,
        sea.id,
        name="Zhao Min",
        posting_country="TH",
        posting_city="Bangkok",
        time_zone="Asia/Bangkok",
        currency="THB",
    )
    make_rep(database, sea.id, name="Liu Yang", name_zh="刘洋", status="on_leave")
    make_rep(
        database,
        gulf.id,
        name="Ma Rui",
        posting_country="AE",
        posting_city="Dubai",
        time_zone="Asia/Dubai",
        currency="AED",
    )
    team = TeamService(database)
    page = team.list_reps(PageRequest(filters={"region_id": sea.id}))
    assert [r.name for r in page.rows] == ["Chen Jie", "Liu Yang", "Zhao Min"]
    assert page.total == 3
    page = team.list_reps(PageRequest(sort="posting_city", descending=True))
    assert [r.posting_city for r in page.rows] == ["Singapore", "Singapore", "Dubai", "Bangkok"]
    assert [r.name for r in team.list_reps(PageRequest(search="bang")).rows] == ["Zhao Min"]
    assert [r.name for r in team.list_reps(PageRequest(search="刘")).rows] == ["Liu Yang"]
    assert [r.name for r in team.list_reps(PageRequest(filters={"country": "th"})).rows] == [
        "Zhao Min"
    ]
    assert [r.name for r in team.list_reps(PageRequest(filters={"status": "on_leave"})).rows] == [
        "Liu Yang"
    ]
    by_manager = team.list_reps(PageRequest(filters={"manager_id": boss.id}))
    assert [r.name for r in by_manager.rows] == ["Chen Jie"]
    window = team.list_reps(PageRequest(offset=1, limit=2, sort="name"))
    assert window.total == 4
    assert window.offset == 1
    assert [r.name for r in window.rows] == ["Liu Yang", "Ma Rui"]


def test_rep_changes_are_audited(database) -> None:
    region = make_region(database)
    rep = make_rep(database, region.id, posting_city="Singapore")
    team = TeamService(database)
    team.update_rep(rep.id, dataclasses.replace(rep.to_input(), posting_city="Penang"), rep.version)
    team.delete_rep(rep.id, None)
    events = _events(database, "reps", rep.id)
    assert [e.action.value for e in events] == ["delete", "update", "create"]
    delete, update, create = events
    assert create.before is None
    assert create.after["email"] == rep.email
    assert create.actor == "tester"
    assert update.before == {"posting_city": "Singapore"}
    assert update.after == {"posting_city": "Penang"}
    assert delete.before["posting_city"] == "Penang"
    assert delete.after is None
