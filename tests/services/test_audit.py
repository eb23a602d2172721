"""AuditService: reading the trail every service writes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.db.engine import Database
from app.domain.enums import AuditAction
from app.services.audit import AuditService
from app.services.base import PageRequest
from app.services.errors import ValidationError
from app.services.team import TeamService
from tests.services.factories import make_region, make_rep


def test_events_newest_first_with_filters(database) -> None:
    region = make_region(database)
    rep = make_rep(database, region.id, posting_city="Singapore")
    other = make_rep(database, region.id)
    # A second user on the same database.
    bob = Database(database.url, actor="bob", engine=database.engine)
    TeamService(bob).update_rep(
        rep.id, dataclasses.replace(rep.to_input(), posting_city="Penang"), rep.version
    )
    svc = AuditService(database)
    everything = svc.list_events()
    assert everything.total == 4
    assert [(e.table_name, e.action) for e in everything.rows] == [
        ("reps", AuditAction.UPDATE),
        ("reps", AuditAction.CREATE),
        ("reps", AuditAction.CREATE),
        ("regions", AuditAction.CREATE),
    ]
    assert [e.row_id for e in everything.rows[:3]] == [rep.id, other.id, rep.id]
    ats = [e.at for e in everything.rows]
    assert ats == sorted(ats, reverse=True)
    assert all(e.at.tzinfo is not None for e in everything.rows)

    by_bob = svc.list_events(PageRequest(filters={"actor": "bob"}))
    assert [(e.actor, e.row_id) for e in by_bob.rows] == [("bob", rep.id)]
    assert by_bob.rows[0].before == {"posting_city": "Singapore"}
    assert by_bob.rows[0].after == {"posting_city": "Penang"}
    assert by_bob.rows[0].changed_fields == ("posting_city",)

    row = svc.list_events(PageRequest(filters={"table_name": "reps", "row_id": rep.id}))
    assert [e.action for e in row.rows] == [AuditAction.UPDATE, AuditAction.CREATE]
    regions = svc.list_events(PageRequest(filters={"table_name": "regions"}))
    assert [e.row_id for e in regions.rows] == [region.id]
    creates = svc.list_events(PageRequest(filters={"action": "create"}))
    assert creates.total == 3
    assert svc.list_events(PageRequest(search="BO")).total == 1
    assert svc.history("reps", other.id)[0].after["email"] == other.email


def test_paging_and_time_window(database) -> None:
    region = make_region(database)
    for _ in range(5):
        make_rep(database, region.id)
    svc = AuditService(database)
    page = svc.list_events(PageRequest(offset=2, limit=2))
    assert (page.total, page.offset, len(page.rows)) == (6, 2, 2)
    full = svc.list_events().rows
    assert [e.id for e in page.rows] == [e.id for e in full[2:4]]
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert svc.list_events(PageRequest(filters={"since": future})).total == 0
    assert svc.list_events(PageRequest(filters={"until": future})).total == 6
    with pytest.raises(ValidationError):
        svc.list_events(PageRequest(filters={"action": "explode"}))


def test_delete_is_recorded_with_before(database) -> None:
    region = make_region(database)
    rep = make_rep(database, region.id)
    TeamService(database).delete_rep(rep.id, rep.version)
    (event,) = AuditService(database).list_events(PageRequest(filters={"action": "delete"})).rows
    assert (event.table_name, event.row_id, event.after) == ("reps", rep.id, None)
    assert event.before["email"] == rep.email
    assert event.actor == "tester"
