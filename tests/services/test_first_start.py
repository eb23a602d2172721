"""The first day's writes: a region with its manager in one audited transaction, and a
cycle whose draft reviews start with a default reviewer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.audit import AuditEvent
from app.db.engine import Database
from app.db.org import Region
from app.domain.enums import ManagerRole, Metric
from app.services.cycles import CycleInput, CycleService
from app.services.errors import ValidationError
from app.services.first_start import FirstStartService
from app.services.reviews import ReviewService
from app.services.team import ManagerInput, RegionInput, TeamService
from tests.services.factories import make_manager, make_region, make_rep

REGION = RegionInput(name="South-East Asia", base_currency="cny", countries=("sg", "MY"))
ME = ManagerInput(name="Li Na", email="li.na@example.com", time_zone="Asia/Shanghai")


def count(db: Database, model: type) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_set_up_writes_the_region_and_its_manager_audited(database: Database) -> None:
    database.actor = "Li Na <li.na@example.com>"

    done = FirstStartService(database).set_up_region(REGION, ME)

    assert (done.region.name, done.region.base_currency, done.region.countries) == (
        "South-East Asia",
        "CNY",
        ("SG", "MY"),
    )
    assert (done.manager.email, done.manager.region_id, done.manager.role) == (
        "li.na@example.com",
        done.region.id,
        ManagerRole.REGIONAL_MANAGER,
    )
    with database.read_session() as session:
        events = session.execute(
            select(AuditEvent.table_name, AuditEvent.row_id, AuditEvent.actor).order_by(
                AuditEvent.id
            )
        ).all()
    assert [tuple(e) for e in events] == [
        ("regions", done.region.id, "Li Na <li.na@example.com>"),
        ("managers", done.manager.id, "Li Na <li.na@example.com>"),
    ]


@pytest.mark.parametrize(
    ("region", "manager", "field"),
    [
        (RegionInput(name=" ", base_currency="CNY"), ME, "region_name"),
        (RegionInput(name="Gulf", base_currency="XXQ"), ME, "region_base_currency"),
        (RegionInput(name="Gulf", base_currency="AED", countries=("ZZ",)), ME, "region_countries"),
        (REGION, ManagerInput(name="Li Na", email="li.na"), "manager_email"),
        (REGION, ManagerInput(name="", email="li@example.com"), "manager_name"),
        (
            REGION,
            ManagerInput(name="Li Na", email="li@example.com", time_zone="Mars/Base"),
            "manager_time_zone",
        ),
    ],
)
def test_a_bad_field_is_named_with_its_row_and_nothing_is_written(
    sqlite_database: Database, region: RegionInput, manager: ManagerInput, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        FirstStartService(sqlite_database).set_up_region(region, manager)
    assert caught.value.field == field
    assert count(sqlite_database, Region) == 0
    assert count(sqlite_database, AuditEvent) == 0


def test_a_taken_email_rolls_the_new_region_back(database: Database) -> None:
    make_manager(database, email="li.na@example.com")
    before = count(database, AuditEvent)

    with pytest.raises(ValidationError) as caught:
        FirstStartService(database).set_up_region(REGION, ME)

    assert caught.value.field == "manager_email"
    assert "already used" in caught.value.message
    assert [r.name for r in TeamService(database).list_regions()] == []
    assert count(database, AuditEvent) == before


def test_a_taken_region_name_is_named_at_the_region(sqlite_database: Database) -> None:
    make_region(sqlite_database, name="South-East Asia")
    with pytest.raises(ValidationError) as caught:
        FirstStartService(sqlite_database).set_up_region(REGION, ME)
    assert caught.value.field == "region_name"


def test_a_cycle_gives_every_draft_its_default_reviewer(database: Database) -> None:
    region = make_region(database)
    me = make_manager(database, region.id)
    reps = [make_rep(database, region.id) for _ in range(2)]
    template = [{"metric": Metric.VISITS, "weight": Decimal(100)}]
    cycles = CycleService(database)

    cycles.open_cycle(
        CycleInput(
            region.id, "Q2", "quarterly", dt.date(2026, 4, 1), dt.date(2026, 6, 30), template, me.id
        )
    )
    cycles.open_cycle(
        CycleInput(
            region.id, "Q3", "quarterly", dt.date(2026, 7, 1), dt.date(2026, 9, 30), template
        )
    )

    reviews = ReviewService(database).list_reviews().rows
    by_cycle = {(r.cycle_name, r.rep_id): r.reviewer_id for r in reviews}
    assert by_cycle == {
        **{("Q2", rep.id): me.id for rep in reps},
        **{("Q3", rep.id): None for rep in reps},
    }
    with pytest.raises(ValidationError) as caught:
        cycles.open_cycle(
            CycleInput(
                region.id,
                "Q4",
                "quarterly",
                dt.date(2026, 10, 1),
                dt.date(2026, 12, 31),
                template,
                999_999,
            )
        )
    assert caught.value.field == "reviewer_id"
