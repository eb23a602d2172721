"""Figures for one-on-ones and reviews over the big demo database.

``cycle_open_500`` writes (500 draft reviews per run), so it works on its own
copy of the database; the other two only read the shared one.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.one_on_ones import ActionItem, OneOnOne
from app.db.reviews import DevelopmentGoal, Review
from app.domain.enums import CycleKind, MeetingStatus, Metric
from app.domain.periods import last_n_quarters
from app.services.agenda import AgendaService
from app.services.cycles import CycleInput, CycleService
from app.services.kpi_template import KpiWeight
from tests.benchmarks.conftest import (
    BenchRecord,
    Budget,
    DemoDatabase,
    copy_with_region_of,
    median_of,
    share_of_reps,
)

CYCLE_REPS = share_of_reps(500)
# About twice the figures measured at the default size (603 ms, 48.5 ms, 31.2 ms).
CYCLE_OPEN_BUDGET = Budget(1250)  # ms
EDITOR_OPEN_BUDGET = Budget(100)  # ms
AGENDA_BUDGET = Budget(65)  # ms
TEMPLATE = (
    KpiWeight(Metric.REVENUE, Decimal(50)),
    KpiWeight(Metric.NEW_CUSTOMERS, Decimal(20)),
    KpiWeight(Metric.CSAT, Decimal(20)),
    KpiWeight(Metric.VISITS, Decimal(10)),
)


@pytest.fixture(scope="module")
def region_of_500(
    demo_db_5000x3: DemoDatabase, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, int]]:
    """A copy of the big database with a region of exactly 500 active reps."""
    folder = tmp_path_factory.mktemp("cycle")
    db, region_id = copy_with_region_of(demo_db_5000x3, folder, CYCLE_REPS)
    yield db, region_id
    db.dispose()


def test_cycle_open_500(
    region_of_500: tuple[Database, int], demo_db_5000x3: DemoDatabase, bench_record: BenchRecord
) -> None:
    db, region_id = region_of_500
    quarter = last_n_quarters(demo_db_5000x3.today, 2)[0]
    service = CycleService(db)
    runs = iter(range(100))

    def open_one() -> None:
        cycle = service.open_cycle(
            CycleInput(
                region_id=region_id,
                name=f"Bench cycle {next(runs)}",
                kind=CycleKind.QUARTERLY,
                period_start=quarter.start,
                period_end=quarter.end,
                kpi_template=TEMPLATE,
            )
        )
        assert service.cycle_summary(cycle.id).total == CYCLE_REPS

    seconds = median_of(3, open_one)
    note = f"open_cycle: {CYCLE_REPS} draft reviews, KPI lines pre-filled; median of 3"
    bench_record("cycle_open_500", seconds * 1000, "ms", note, CYCLE_OPEN_BUDGET)


def _busiest_review(db: Database) -> int:
    """A signed review with development goals: the editor's fullest case."""
    with db.read_session() as session:
        return session.execute(
            select(Review.id)
            .join(DevelopmentGoal, DevelopmentGoal.review_id == Review.id)
            .order_by(Review.id.desc())
            .limit(1)
        ).scalar_one()


def test_review_editor_open(
    demo_db_5000x3: DemoDatabase, bench_record: BenchRecord, qapp, tmp_path: Path
) -> None:
    from app.paths import app_paths
    from app.ui.change_bus import ChangeBus
    from app.ui.context import UiContext, open_settings
    from app.ui.reviews.editor import ReviewEditor

    ctx = UiContext(
        db=demo_db_5000x3.db, bus=ChangeBus(), settings=open_settings(app_paths(tmp_path).ensure())
    )
    review_id = _busiest_review(demo_db_5000x3.db)
    times = []
    for _ in range(6):
        started = time.perf_counter()
        editor = ReviewEditor(ctx, review_id)
        editor.show()
        qapp.processEvents()
        times.append(time.perf_counter() - started)
        editor.close()
        editor.deleteLater()
        qapp.processEvents()
    note = "ReviewEditor of a review with goals, built and shown; median of the last 5"
    value = statistics.median(times[1:]) * 1000
    bench_record("review_editor_open", value, "ms", note, EDITOR_OPEN_BUDGET)


def _planned_meeting_with_history(demo: DemoDatabase) -> int:
    """The next planned meeting of the rep with the most open action items."""
    with demo.db.read_session() as session:
        rep_id = session.execute(
            select(ActionItem.rep_id)
            .where(ActionItem.done_at.is_(None))
            .group_by(ActionItem.rep_id)
            .order_by(func.count().desc(), ActionItem.rep_id)
            .limit(1)
        ).scalar_one()
        return session.execute(
            select(OneOnOne.id)
            .where(OneOnOne.rep_id == rep_id, OneOnOne.status == MeetingStatus.PLANNED.value)
            .order_by(OneOnOne.starts_at)
            .limit(1)
        ).scalar_one()


def test_agenda_build(demo_db_5000x3: DemoDatabase, bench_record: BenchRecord) -> None:
    today = demo_db_5000x3.today
    service = AgendaService(demo_db_5000x3.db, today=lambda: today)
    meeting_id = _planned_meeting_with_history(demo_db_5000x3)
    agenda = service.build(meeting_id)
    assert agenda.attainment, "the demo rep has targets in the agenda's window"
    seconds = median_of(5, lambda: service.build(meeting_id))
    note = "AgendaService.build, one meeting; median of 5"
    bench_record("agenda_build", seconds * 1000, "ms", note, AGENDA_BUDGET)
