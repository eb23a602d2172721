"""OneOnOneService additions for the One-on-ones pane: zones, open-item counts, search, restore."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select

from app.db.audit import AuditEvent
from app.db.engine import Database
from app.db.one_on_ones import ActionItem, OneOnOne
from app.domain.enums import ActionOwner, Cadence, MeetingStatus
from app.services.base import PageRequest
from app.services.one_on_one_records import ActionItemInput, OneOnOneInput
from app.services.one_on_ones import OneOnOneService
from tests.services.factories import make_manager, make_region, make_rep

MADRID = ZoneInfo("Europe/Madrid")


@pytest.fixture
def setup(database: Database):
    region = make_region(database)
    manager = make_manager(database, region.id, time_zone="Asia/Shanghai")
    rep = make_rep(
        database,
        region.id,
        name="Lucía Gómez",
        name_zh="高露西",
        posting_country="ES",
        posting_city="Madrid",
        time_zone="Europe/Madrid",
        currency="EUR",
        manager_id=manager.id,
    )
    return OneOnOneService(database), region, manager, rep


def test_records_carry_zones_country_and_open_item_counts(setup) -> None:
    service, region, manager, rep = setup
    start = dt.datetime(2026, 10, 21, 10, 0, tzinfo=MADRID)
    meeting = service.schedule(OneOnOneInput(rep.id, start, manager_id=manager.id))
    assert (meeting.manager_time_zone, meeting.rep_country, meeting.rep_name_zh) == (
        "Asia/Shanghai",
        "ES",
        "高露西",
    )
    assert meeting.open_actions == 0
    assert meeting.manager_starts_at().replace(tzinfo=None) == dt.datetime(2026, 10, 21, 16, 0)
    first = service.add_action(ActionItemInput(rep.id, "Send pricing", meeting_id=meeting.id))
    service.add_action(ActionItemInput(rep.id, "Visit Iberdrola", meeting_id=meeting.id))
    done = service.add_action(ActionItemInput(rep.id, "Book flights", meeting_id=meeting.id))
    service.complete_action(done.id, done.version)
    assert service.get(meeting.id).open_actions == 2
    service.complete_action(first.id, first.version)
    page = service.list_meetings(PageRequest(filters={"region_id": region.id}))
    assert [(m.id, m.open_actions) for m in page.rows] == [(meeting.id, 1)]

    alone = service.schedule(OneOnOneInput(rep.id, start + dt.timedelta(days=1)))
    assert (alone.manager_time_zone, alone.manager_name) == (None, None)
    # Without a manager the caller's fallback zone applies.
    assert alone.manager_starts_at("UTC").hour == 8


def test_search_matches_latin_and_chinese_names_and_sorts_by_open_items(
    setup, database: Database
) -> None:
    service, region, _manager, rep = setup
    other = make_rep(database, region.id, name="Omar Haddad", name_zh="哈达德")
    base = dt.datetime(2026, 6, 1, 8, tzinfo=dt.UTC)
    mine = service.schedule(OneOnOneInput(rep.id, base, agenda="Omar's accounts"))
    theirs = service.schedule(OneOnOneInput(other.id, base + dt.timedelta(days=1)))
    for text in ("a", "b"):
        service.add_action(ActionItemInput(other.id, text, meeting_id=theirs.id))

    def ids(**kw) -> list[int]:
        request = PageRequest(filters={"region_id": region.id}, **kw)
        return [m.id for m in service.list_meetings(request).rows]

    # The agenda mentions Omar, but the search is about the rep.
    assert ids(search="omar") == [theirs.id]
    assert ids(search="露西") == [mine.id]
    assert ids(sort="open_actions", descending=True) == [theirs.id, mine.id]
    assert ids(sort="open_actions") == [mine.id, theirs.id]
    assert service.list_meetings(PageRequest(search="露西")).total == 1


def test_cadence_filter(setup) -> None:
    service, region, _manager, rep = setup
    base = dt.datetime(2026, 6, 1, 8, tzinfo=dt.UTC)
    weekly = service.schedule(OneOnOneInput(rep.id, base, cadence=Cadence.WEEKLY))
    service.schedule(OneOnOneInput(rep.id, base + dt.timedelta(days=2)))
    page = service.list_meetings(PageRequest(filters={"region_id": region.id, "cadence": "weekly"}))
    assert [m.id for m in page.rows] == [weekly.id]


def test_a_page_is_two_statements_whatever_the_rows(setup, database: Database) -> None:
    service, region, manager, rep = setup
    base = dt.datetime(2026, 6, 1, 8, tzinfo=dt.UTC)
    for day in range(30):
        meeting = service.schedule(
            OneOnOneInput(rep.id, base + dt.timedelta(days=day), manager_id=manager.id)
        )
        service.add_action(ActionItemInput(rep.id, f"item {day}", meeting_id=meeting.id))
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        page = service.list_meetings(PageRequest(filters={"region_id": region.id}, limit=200))
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    assert page.total == 30
    assert all(m.open_actions == 1 for m in page.rows)
    assert len(statements) == 2


def test_restore_brings_back_a_deleted_held_meeting_with_its_items(
    setup, database: Database
) -> None:
    service, _region, manager, rep = setup
    start = dt.datetime(2026, 5, 4, 10, tzinfo=MADRID)
    earlier = service.schedule(OneOnOneInput(rep.id, start - dt.timedelta(days=7)))
    meeting = service.schedule(
        OneOnOneInput(
            rep.id, start, manager_id=manager.id, notes="Good month", private_note="visa worry"
        )
    )
    carried = service.add_action(ActionItemInput(rep.id, "Pricing", meeting_id=earlier.id))
    with database.session() as session:
        # As mark_held leaves a carried item: moved, remembering where it came from.
        item = session.get(ActionItem, carried.id)
        item.meeting_id, item.carried_from_id = meeting.id, earlier.id
    done = service.add_action(
        ActionItemInput(rep.id, "Call", owner=ActionOwner.MANAGER, meeting_id=meeting.id)
    )
    done = service.complete_action(done.id, done.version, dt.datetime(2026, 5, 5, tzinfo=dt.UTC))
    held = service.mark_held(meeting.id, service.get(meeting.id).version, morale=4).held
    actions = service.actions_of(meeting.id)
    service.delete(meeting.id, held.version)

    again, items = service.restore(held, actions)
    assert (again.status, again.notes, again.morale, again.private_note) == (
        MeetingStatus.HELD,
        "Good month",
        4,
        "visa worry",
    )
    assert (again.starts_at, again.rep_time_zone) == (held.starts_at, "Europe/Madrid")
    assert [(a.text, a.owner, a.carried_from_id, a.done_at) for a in items] == [
        (carried.text, ActionOwner.REP, earlier.id, None),
        ("Call", ActionOwner.MANAGER, None, dt.datetime(2026, 5, 5, tzinfo=dt.UTC)),
    ]
    assert all(a.meeting_id == again.id for a in items)
    with database.read_session() as session:
        created = session.scalars(
            select(AuditEvent.row_id).where(
                AuditEvent.table_name == "action_items", AuditEvent.action == "create"
            )
        ).all()
        # Each item recreated is audited like any create.
        assert {a.id for a in items} <= set(created)
        assert session.get(OneOnOne, again.id).status == "held"


def test_a_meeting_lists_its_items_and_those_still_open_from_earlier(
    setup, database: Database
) -> None:
    service, _region, _manager, rep = setup
    other = make_rep(database, _region.id)
    day = dt.datetime(2026, 10, 7, 10, tzinfo=MADRID)
    earlier = service.schedule(OneOnOneInput(rep.id, day))
    meeting = service.schedule(OneOnOneInput(rep.id, day + dt.timedelta(days=14)))
    later = service.schedule(OneOnOneInput(rep.id, day + dt.timedelta(days=28)))
    old_open = service.add_action(ActionItemInput(rep.id, "Old open", meeting_id=earlier.id))
    old_done = service.add_action(ActionItemInput(rep.id, "Old done", meeting_id=earlier.id))
    service.complete_action(old_done.id, old_done.version)
    loose = service.add_action(ActionItemInput(rep.id, "No meeting", due_date=dt.date(2026, 10, 1)))
    mine_done = service.add_action(ActionItemInput(rep.id, "Mine done", meeting_id=meeting.id))
    mine_done = service.complete_action(mine_done.id, mine_done.version)
    mine = service.add_action(
        ActionItemInput(rep.id, "Mine", due_date=dt.date(2026, 10, 30), meeting_id=meeting.id)
    )
    service.add_action(ActionItemInput(rep.id, "Later", meeting_id=later.id))
    service.add_action(ActionItemInput(other.id, "Someone else's"))

    found = service.actions_for_meeting(meeting.id)
    assert [a.id for a in found] == [mine.id, loose.id, old_open.id, mine_done.id]
    starts = {a.id: a.meeting_starts_at for a in found}
    assert starts[old_open.id] == earlier.starts_at
    assert starts[mine.id] == meeting.starts_at
    assert starts[loose.id] is None
    # The first meeting sees its own items and the one raised in no meeting.
    assert [a.id for a in service.actions_for_meeting(earlier.id)] == [
        old_open.id,
        loose.id,
        old_done.id,
    ]


def test_rep_names_of_a_region_or_all(setup, database: Database) -> None:
    service, region, _manager, rep = setup
    other_region = make_region(database)
    zed = make_rep(database, other_region.id, name="Zed Zhou", name_zh="周泽")
    ann = make_rep(database, region.id, name="Ann Lee", name_zh=None)
    assert service.rep_names(region.id) == [(ann.id, "Ann Lee", None), (rep.id, rep.name, "高露西")]
    assert [r[0] for r in service.rep_names(None)] == [ann.id, rep.id, zed.id]
