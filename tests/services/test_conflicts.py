"""Two users editing the same rows: the second save over a stale version is refused."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal as D

import pytest

from app.db.engine import Database
from app.domain.enums import Metric
from app.domain.periods import Period
from app.services.actuals import ActualInput, ActualService
from app.services.audit import AuditService
from app.services.base import PageRequest
from app.services.errors import ConflictError
from app.services.targets import TargetInput, TargetService
from app.services.team import TeamService
from tests.services.factories import make_region, make_rep, region_input


@pytest.fixture
def users(database):
    """Alice and Bob: two Database handles on one database, as two desktops would be."""
    alice = Database(database.url, actor="alice", engine=database.engine)
    bob = Database(database.url, actor="bob", engine=database.engine)
    return alice, bob


def test_stale_rep_update_is_refused_with_their_values(database, users) -> None:
    alice, bob = users
    region = make_region(database)
    loaded = make_rep(database, region.id, posting_city="Singapore")  # both load version 1
    TeamService(bob).update_rep(
        loaded.id, dataclasses.replace(loaded.to_input(), posting_city="Bangkok"), loaded.version
    )
    with pytest.raises(ConflictError) as err:
        TeamService(alice).update_rep(
            loaded.id, dataclasses.replace(loaded.to_input(), phone="+65 9"), loaded.version
        )
    conflict = err.value
    assert (conflict.what, conflict.row_id) == ("rep", loaded.id)
    assert (conflict.expected_version, conflict.stored_version) == (1, 2)
    assert conflict.theirs["posting_city"] == "Bangkok"
    stored = TeamService(database).get_rep(loaded.id)
    assert (stored.posting_city, stored.phone, stored.version) == ("Bangkok", None, 2)
    assert [e.actor for e in AuditService(database).history("reps", loaded.id)] == [
        "bob",
        "tester",
    ]
    # Reloading and saving again works.
    TeamService(alice).update_rep(
        stored.id, dataclasses.replace(stored.to_input(), phone="+65 9"), stored.version
    )
    assert TeamService(database).get_rep(loaded.id).phone == "+65 9"


def test_stale_delete_is_refused(database, users) -> None:
    alice, bob = users
    region = make_region(database)
    loaded = make_rep(database, region.id)
    TeamService(bob).deactivate_rep(loaded.id, loaded.version)
    with pytest.raises(ConflictError) as err:
        TeamService(alice).delete_rep(loaded.id, loaded.version)
    assert err.value.theirs["status"] == "inactive"
    assert TeamService(database).get_rep(loaded.id).version == 2


def test_stale_region_update(database, users) -> None:
    alice, bob = users
    region = make_region(database)
    TeamService(bob).update_region(region.id, region_input(name="Bob's"), region.version)
    with pytest.raises(ConflictError) as err:
        TeamService(alice).update_region(region.id, region_input(name="Alice's"), region.version)
    assert err.value.theirs["name"] == "Bob's"


def test_stale_target_update_and_delete(database, users) -> None:
    alice, bob = users
    region = make_region(database)
    rep = make_rep(database, region.id)
    loaded = TargetService(database).create_target(
        TargetInput(rep.id, Metric.REVENUE, Period.quarter(2026, 1), D(300), "SGD")
    )
    TargetService(bob).update_target(
        loaded.id, dataclasses.replace(loaded.to_input(), value=D(350)), loaded.version
    )
    with pytest.raises(ConflictError) as err:
        TargetService(alice).update_target(
            loaded.id, dataclasses.replace(loaded.to_input(), value=D(400)), loaded.version
        )
    assert D(err.value.theirs["value"]) == D(350)
    with pytest.raises(ConflictError):
        TargetService(alice).delete_target(loaded.id, loaded.version)
    assert TargetService(database).get_target(loaded.id).value == D(350)


def test_stale_delete_of_split_year_keeps_children(database, users) -> None:
    alice, bob = users
    region = make_region(database)
    rep = make_rep(database, region.id)
    rows = TargetService(database).create_year_split(rep.id, Metric.REVENUE, 2026, D(1200))
    year = rows[0]
    TargetService(bob).update_target(
        year.id, dataclasses.replace(year.to_input(), smart_description="Bob"), year.version
    )
    with pytest.raises(ConflictError):
        TargetService(alice).delete_target(year.id, year.version)
    # The children were deleted first inside the transaction: all rolled back.
    assert TargetService(database).list_targets().total == 17
    deletes = AuditService(database).list_events(PageRequest(filters={"action": "delete"}))
    assert deletes.total == 0


def test_stale_actual_update(database, users) -> None:
    alice, bob = users
    region = make_region(database)
    rep = make_rep(database, region.id)
    loaded = ActualService(database).create_actual(
        ActualInput(rep.id, "visits", dt.date(2026, 1, 1), dt.date(2026, 1, 31), D(3), "visits")
    )
    ActualService(bob).update_actual(
        loaded.id, dataclasses.replace(loaded.to_input(), value=D(4)), loaded.version
    )
    with pytest.raises(ConflictError) as err:
        ActualService(alice).delete_actual(loaded.id, loaded.version)
    assert D(err.value.theirs["value"]) == D(4)
    assert err.value.stored_version == 2


def test_concurrent_version_race_is_caught_by_mapper(database) -> None:
    """Between the service's check and the flush, the mapper's version check still holds."""
    from sqlalchemy import update

    from app.db.org import Rep
    from app.services.base import Service

    region = make_region(database)
    rep = make_rep(database, region.id)
    service = Service(database)
    with pytest.raises(ConflictError), database.session() as session:
        row = session.get(Rep, rep.id)
        # Another connection saves after this session read the row.
        with database.engine.begin() as other:
            other.execute(update(Rep).where(Rep.id == rep.id).values(version=Rep.version + 1))
        service._update(session, row, {"posting_city": "Ipoh"}, row.version, "rep")
    assert TeamService(database).get_rep(rep.id).posting_city != "Ipoh"
