"""Figures over the big demo database: building it, and region attainment on it."""

from __future__ import annotations

from sqlalchemy import func, select

from app.db.org import Rep
from app.domain.enums import Metric
from app.domain.periods import Period, last_n_quarters
from app.services.attainment import AttainmentService
from tests.benchmarks.conftest import BenchRecord, Budget, DemoDatabase, median_of

# About twice the figures measured at the default size (35.3 s, 123 ms).
DEMO_BUDGET = Budget(75)  # s
ATTAINMENT_BUDGET = Budget(250)  # ms


def test_demo_5000x3(demo_db_5000x3: DemoDatabase, bench_record: BenchRecord) -> None:
    demo = demo_db_5000x3
    counts = demo.summary.counts
    assert counts["reps"] == demo.reps
    assert counts["targets"] > 0 and counts["actuals"] > 0
    note = f"generate_demo reps={demo.reps} years={demo.years}, {demo.summary.total_rows:,} rows"
    bench_record("demo_5000x3", demo.build_seconds, "s", note, DEMO_BUDGET)


def test_attainment_region_quarter(demo_db_5000x3: DemoDatabase, bench_record: BenchRecord) -> None:
    db = demo_db_5000x3.db
    with db.read_session() as session:
        region_id, reps = session.execute(
            select(Rep.region_id, func.count())
            .where(Rep.status != "inactive")
            .group_by(Rep.region_id)
            .order_by(func.count().desc(), Rep.region_id)
            .limit(1)
        ).one()
    # The last quarter finished before the demo's "today": every month has actuals.
    previous = last_n_quarters(demo_db_5000x3.today, 2)[0]
    quarter = Period.quarter(previous.start.year, previous.number)
    region_attainment = AttainmentService(db).region_attainment

    lines = region_attainment(region_id, quarter, Metric.REVENUE)
    assert len(lines) == reps
    assert sum(1 for a in lines if a.attainment is not None) > reps * 0.9

    seconds = median_of(5, lambda: region_attainment(region_id, quarter, Metric.REVENUE))
    note = f"region {region_id} ({reps} reps), {quarter.label()}, median of 5"
    bench_record("attainment_region_quarter", seconds * 1000, "ms", note, ATTAINMENT_BUDGET)
