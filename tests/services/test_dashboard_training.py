"""The dashboard's training list: open assignments overdue or due soon, each opening its row."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.periods import Period
from app.services.base import PageRequest
from app.services.dashboard import LIST_LIMIT, TRAINING, TRAINING_DAYS, DashboardService, Link
from app.services.demo import generate_demo
from app.services.training import OPEN_STATUSES, TrainingService

TODAY = dt.date(2026, 11, 15)
YEAR = Period.year(2026)


@pytest.fixture
def demo(sqlite_database):
    generate_demo(sqlite_database, reps=12, years=1, today=TODAY)
    return sqlite_database


def test_training_overdue_and_due_soon_open_their_assignment(demo) -> None:
    overview = DashboardService(demo).overview(None, YEAR, TODAY)
    horizon = TODAY + dt.timedelta(days=TRAINING_DAYS)
    due = [
        a
        for a in TrainingService(demo).list_assignments(PageRequest(limit=10_000)).rows
        if a.status.value in OPEN_STATUSES and a.due_date is not None and a.due_date <= horizon
    ]
    assert overview.training_total == len(due) > 0
    assert [e.id for e in overview.training] == [
        a.id for a in sorted(due, key=lambda a: (a.due_date, a.id))
    ][:LIST_LIMIT]
    first = overview.training[0]
    assert first.days_left == (first.due_date - TODAY).days
    assert first.link == Link(TRAINING, first.id, first.rep_id)
    assert any(e.days_left < 0 for e in overview.training)
