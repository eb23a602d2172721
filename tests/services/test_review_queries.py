"""ReviewQueries on SQLite and PostgreSQL: editor header, Chinese names, dated acknowledgement."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from app.db.engine import Database
from app.domain.enums import CycleKind, CycleStatus, ReviewStatus
from app.services.base import PageRequest
from app.services.cycles import CycleInput, CycleService
from app.services.errors import NotFoundError, ValidationError
from app.services.review_queries import ReviewQueries, acknowledged_at
from tests.services.factories import make_region, make_rep

Q2 = (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
TEMPLATE = [{"metric": "revenue", "weight": 60}, {"metric": "csat", "weight": 40}]


@pytest.fixture
def review(database: Database):
    region = make_region(database, name="Gulf", name_zh="海湾")
    rep = make_rep(database, region.id, name="Chen Jie", name_zh="陈杰")
    make_rep(database, region.id, name="Liu Yang", name_zh="")
    cycle = CycleService(database).open_cycle(
        CycleInput(region.id, "2026 Q2 review", "quarterly", *Q2, TEMPLATE)
    )
    page = ReviewQueries(database).list_reviews(PageRequest(filters={"cycle_id": cycle.id}))
    return next(r for r in page.rows if r.rep_id == rep.id), page.rows


def test_context_reads_the_header_in_one_query(database: Database, review) -> None:
    record, _ = review
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(database.engine, "before_cursor_execute", listener)
    try:
        context = ReviewQueries(database).context(record.id)
    finally:
        event.remove(database.engine, "before_cursor_execute", listener)
    assert len(statements) == 1
    assert (context.rep_name, context.rep_name_zh, context.region_name_zh) == (
        "Chen Jie",
        "陈杰",
        "海湾",
    )
    assert (context.cycle_name, context.cycle_kind, context.cycle_status) == (
        "2026 Q2 review",
        CycleKind.QUARTERLY,
        CycleStatus.OPEN,
    )
    assert (context.period_start, context.period_end) == Q2
    with pytest.raises(NotFoundError):
        ReviewQueries(database).context(999_999)


def test_chinese_names_of_a_page(database: Database, review) -> None:
    _, rows = review
    names = ReviewQueries(database).chinese_names(r.rep_id for r in rows)
    assert {r.rep_name: names[r.rep_id] for r in rows} == {"Chen Jie": "陈杰", "Liu Yang": None}
    assert ReviewQueries(database).chinese_names([]) == {}


def test_acknowledge_on_a_past_day(database: Database, review) -> None:
    record, _ = review
    today = dt.date.today()
    service = ReviewQueries(database, today=lambda: today)
    record = service.submit(record.id, record.version)
    record = service.sign(record.id, record.version)
    signed_on = record.signed_at.astimezone().date()

    with pytest.raises(ValidationError) as err:
        service.acknowledge_on(record.id, record.version, today + dt.timedelta(days=1))
    assert err.value.field == "acknowledged_on" and "future" in err.value.message
    with pytest.raises(ValidationError) as err:
        service.acknowledge_on(record.id, record.version, signed_on - dt.timedelta(days=1))
    assert err.value.field == "acknowledged_on" and "before the review was signed" in str(err.value)

    # The real signature is "now"; pretend the rep acknowledged on the day it was signed.
    acknowledged = service.acknowledge_on(record.id, record.version, signed_on, "Agreed")
    assert acknowledged.status is ReviewStatus.ACKNOWLEDGED
    assert acknowledged.acknowledged_at.astimezone().date() == signed_on
    assert acknowledged.rep_comments == "Agreed"
    # Only a signed review can be acknowledged.
    with pytest.raises(ValidationError, match="acknowledged to acknowledged"):
        service.acknowledge_on(record.id, acknowledged.version, signed_on)


def test_acknowledged_at_keeps_the_local_day() -> None:
    today = dt.date(2026, 7, 20)
    assert acknowledged_at(dt.date(2026, 7, 3), today).astimezone().date() == dt.date(2026, 7, 3)
    now = acknowledged_at(today, today)
    assert abs(now - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
