"""Demo data: fills every register, deterministically, only into an empty database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from zoneinfo import available_timezones

import pytest
from sqlalchemy import func, select

from app.db import migrate
from app.db.audit import AuditEvent
from app.db.engine import Database, sqlite_url
from app.db.models import Actual, KpiLine, Rep, Review, ReviewCycle, Target
from app.domain.enums import LOCKED_REVIEW_STATUSES, Metric
from app.services.demo import (
    DemoCancelledError,
    DemoRefusedError,
    generate_demo,
    is_empty,
)
from app.services.demo.writer import SMALL_TABLE_ROWS, data_tables
from app.services.team import TeamService
from tests.services.factories import make_region, region_input

TODAY = dt.date(2026, 5, 6)  # the 2026 Q1 review cycle is still open on this day
SMALL = {"reps": 12, "years": 2, "seed": 7, "today": TODAY}

# Written out independently of the seed file: each posting country's currency.
CURRENCY_OF = {
    "SG": "SGD", "MY": "MYR", "TH": "THB", "ID": "IDR", "VN": "VND", "PH": "PHP",
    "AE": "AED", "SA": "SAR", "QA": "QAR", "EG": "EGP", "OM": "OMR",
    "BR": "BRL", "MX": "MXN", "CO": "COP", "PE": "PEN", "CL": "CLP",
    "NG": "NGN", "KE": "KES", "ZA": "ZAR", "GH": "GHS", "ET": "ETB", "TZ": "TZS",
    "ES": "EUR", "PL": "PLN", "TR": "TRY", "KZ": "KZT", "UZ": "UZS",
}  # fmt: skip


def _count(db: Database, model: type) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _dump(db: Database, table_names: list[str]) -> dict[str, list[tuple]]:
    """Every row of the tables, without the load-time timestamps."""
    tables = {t.name: t for t in data_tables()}
    out = {}
    with db.read_session() as session:
        for name in table_names:
            table = tables[name]
            cols = [c for c in table.c if c.name not in ("created_at", "updated_at")]
            out[name] = [tuple(r) for r in session.execute(select(*cols).order_by(table.c.id))]
    return out


def _fresh_sqlite(path: Path) -> Database:
    db = Database(sqlite_url(path), actor="tester")
    migrate.upgrade(db.engine)
    return db


def test_demo_fills_every_register(database: Database) -> None:
    assert is_empty(database)
    # The default size: big enough that targets and actuals take the bulk path.
    summary = generate_demo(database, today=TODAY)
    assert summary.counts["targets"] >= SMALL_TABLE_ROWS
    assert not is_empty(database)
    assert summary.seconds > 0
    with database.read_session() as session:
        for table in data_tables():
            stored = session.scalar(select(func.count()).select_from(table))
            assert stored == summary.counts.get(table.name, 0), table.name
            assert stored > 0, f"demo left {table.name} empty"
        events = session.execute(
            select(AuditEvent.table_name, AuditEvent.action, AuditEvent.after)
        ).all()
    # One audit event for the whole load, recording what it wrote.
    assert [(e.table_name, e.action) for e in events] == [("demo", "create")]
    assert events[0].after["counts"]["reps"] == 40
    assert events[0].after["today"] == TODAY.isoformat()
    # Ids were assigned by the generator: new rows must not collide with them.
    region = TeamService(database).create_region(region_input())
    assert region.id == summary.counts["regions"] + 1


def test_same_seed_and_day_give_identical_data(tmp_path: Path) -> None:
    names = [
        "regions",
        "managers",
        "reps",
        "exchange_rates",
        "targets",
        "actuals",
        "one_on_ones",
        "action_items",
        "reviews",
        "kpi_lines",
        "risks",
        "compliance_items",
    ]
    dumps = []
    for run in ("a", "b", "c"):
        db = _fresh_sqlite(tmp_path / f"{run}.sqlite3")
        generate_demo(db, **{**SMALL, "seed": 99 if run == "c" else 7})
        dumps.append(_dump(db, names))
        db.dispose()
    assert dumps[0] == dumps[1]
    assert dumps[0]["reps"] != dumps[2]["reps"]


def test_refuses_a_database_that_holds_data(database: Database) -> None:
    make_region(database, name="Existing")
    events = _count(database, AuditEvent)
    with pytest.raises(DemoRefusedError, match="already holds data"):
        generate_demo(database, **SMALL)
    assert [r.name for r in TeamService(database).list_regions()] == ["Existing"]
    assert _count(database, Rep) == 0
    assert _count(database, AuditEvent) == events


def test_cancelling_leaves_the_database_empty(database: Database) -> None:
    seen: list[int] = []

    def progress(percent: int, message: str) -> bool:
        assert message
        seen.append(percent)
        return percent < 40

    with pytest.raises(DemoCancelledError):
        generate_demo(database, progress=progress, **SMALL)
    assert seen == sorted(seen) and seen[0] == 0 and seen[-1] >= 40
    assert is_empty(database)
    assert _count(database, AuditEvent) == 0
    # Nothing half-written blocks a later, complete load.
    generate_demo(database, **SMALL)
    assert _count(database, Rep) == 12


def test_progress_runs_from_0_to_100(sqlite_database: Database) -> None:
    seen: list[int] = []
    generate_demo(sqlite_database, progress=lambda p, _: seen.append(p), **SMALL)
    assert seen[0] == 0 and seen[-1] == 100
    assert seen == sorted(seen) and len(seen) >= 10


def test_splits_add_up_to_their_parents(database: Database) -> None:
    generate_demo(database, **SMALL)
    with database.read_session() as session:
        rows = session.execute(
            select(Target.id, Target.parent_id, Target.metric, Target.period_kind, Target.value)
        ).all()
    by_id = {r.id: r for r in rows}
    children: dict[int, list[Decimal]] = {}
    for r in rows:
        if r.parent_id is not None:
            parent = by_id[r.parent_id]
            expected = {"quarter": "year", "month": "quarter"}[r.period_kind]
            assert parent.period_kind == expected and parent.metric == r.metric
            children.setdefault(r.parent_id, []).append(r.value)
    years = [r for r in rows if r.period_kind == "year"]
    assert len(years) >= 12 * 4  # every rep has the four metrics at least once
    for year in years:
        quarters = [by_id[i] for i, parts in children.items() if by_id[i].parent_id == year.id]
        assert len(quarters) == 4 and all(len(children[q.id]) == 3 for q in quarters)
        months = [v for q in quarters for v in children[q.id]]
        if year.metric == Metric.CSAT.value:
            # A level: every quarter and month carries the year's value.
            assert set(months) == {year.value}
        else:
            assert sum(months) == year.value
            for q in quarters:
                assert sum(children[q.id]) == q.value


def test_actuals_only_up_to_today(database: Database) -> None:
    generate_demo(database, **SMALL)
    with database.read_session() as session:
        latest = session.scalar(select(func.max(Actual.period_start)))
        future_targets = session.scalar(
            select(func.count()).select_from(Target).where(Target.period_start > TODAY)
        )
        negative = session.scalar(select(func.count()).select_from(Actual).where(Actual.value < 0))
    assert latest == dt.date(2026, 5, 1)
    assert future_targets > 0
    assert negative == 0


def test_work_permits_expiring_soon_exist(database: Database) -> None:
    generate_demo(database, **SMALL)
    soon = TODAY + dt.timedelta(days=60)
    with database.read_session() as session:
        expiring = session.scalars(
            select(Rep).where(
                Rep.work_permit_expiry >= TODAY,
                Rep.work_permit_expiry <= soon,
                Rep.status != "inactive",
            )
        ).all()
        assert expiring
        assert all(r.work_permit_number for r in expiring)


def test_reps_are_posted_in_real_zones_with_local_currency(database: Database) -> None:
    generate_demo(database, reps=60, years=1, today=TODAY)
    zones = available_timezones()
    regions = {r.id: r for r in TeamService(database).list_regions()}
    with database.read_session() as session:
        reps = session.execute(select(Rep.__table__)).all()
    assert len({r.posting_country for r in reps}) >= 10
    for rep in reps:
        assert rep.time_zone in zones, rep.time_zone
        assert rep.currency == CURRENCY_OF[rep.posting_country], rep.posting_city
        assert rep.posting_country in regions[rep.region_id].countries
        assert rep.name_zh and " " in rep.name and rep.name.isascii()
        assert rep.posting_end is None or rep.posting_end >= rep.posting_start
    by_city = {(r.posting_city, r.time_zone) for r in reps}
    assert ("Jakarta", "Asia/Jakarta") in by_city or ("Singapore", "Asia/Singapore") in by_city


def test_review_kpi_lines_follow_targets_and_actuals(database: Database) -> None:
    generate_demo(database, **SMALL)
    with database.read_session() as session:
        cycle = session.scalars(
            select(ReviewCycle).where(ReviewCycle.kind == "quarterly").order_by(ReviewCycle.id)
        ).first()
        assert cycle is not None
        reviews = session.scalars(select(Review).where(Review.cycle_id == cycle.id)).all()
        assert reviews
        statuses = {r.status for r in session.scalars(select(Review))}
        assert statuses & {s.value for s in LOCKED_REVIEW_STATUSES}
        for review in reviews:
            lines = session.scalars(
                select(KpiLine).where(KpiLine.review_id == review.id).order_by(KpiLine.position)
            ).all()
            assert sum(line.weight for line in lines) == 100
            revenue = next(line for line in lines if line.metric == Metric.REVENUE.value)
            target = session.scalar(
                select(Target.value).where(
                    Target.rep_id == review.rep_id,
                    Target.metric == "revenue",
                    Target.period_kind == "quarter",
                    Target.period_start == cycle.period_start,
                )
            )
            actual = session.scalar(
                select(func.sum(Actual.value)).where(
                    Actual.rep_id == review.rep_id,
                    Actual.metric == "revenue",
                    Actual.period_start >= cycle.period_start,
                    Actual.period_end <= cycle.period_end,
                )
            )
            assert revenue.target == target
            assert revenue.actual == pytest.approx(actual)
            if review.status in {s.value for s in LOCKED_REVIEW_STATUSES}:
                assert review.signed_at is not None and review.overall_rating in range(1, 6)


def test_review_kpi_lines_match_a_real_cycle_prefill(database: Database) -> None:
    """The generator's KPI lines equal what opening the cycle would pre-fill."""
    from app.services.kpi_prefill import plan_reviews
    from app.services.kpi_template import KpiWeight

    generate_demo(database, **SMALL)
    with database.read_session() as session:
        cycle = session.scalars(
            select(ReviewCycle)
            .where(ReviewCycle.kind == "quarterly", ReviewCycle.region_id == 1)
            .order_by(ReviewCycle.period_start.desc())
        ).first()
        assert cycle is not None
        template = [
            KpiWeight(Metric(k["metric"]), Decimal(k["weight"])) for k in cycle.kpi_template
        ]
        planned = plan_reviews(session, cycle.id, 1, template, cycle.period_start, cycle.period_end)
        stored = {
            (rep_id, line.metric): line
            for rep_id, line in session.execute(
                select(Review.rep_id, KpiLine)
                .join(KpiLine, KpiLine.review_id == Review.id)
                .where(Review.cycle_id == cycle.id)
            )
        }
        compared = 0
        for rep_id, (_, lines) in planned.items():
            for values in lines:
                line = stored.get((rep_id, values["metric"]))
                if line is None:
                    continue  # joined during the quarter: no review in this cycle
                got = (line.target, line.actual, line.attainment, line.score)
                want = (values["target"], values["actual"], values["attainment"], values["score"])
                assert got == want, (rep_id, values["metric"])
                compared += 1
    assert compared >= 4
