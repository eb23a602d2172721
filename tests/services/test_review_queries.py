"""ReviewQueries on SQLite and PostgreSQL: the editor header and Chinese names.

The dated acknowledgement (``ReviewService.acknowledge(on=...)``) is tested in test_review_save.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from app.db.engine import Database
from app.domain.enums import CycleKind, CycleStatus
from app.services.base import PageRequest
from app.services.cycles import CycleInput, CycleService
from app.services.errors import NotFoundError
from app.services.review_queries import ReviewQueries
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
