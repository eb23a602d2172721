"""Benchmark harness: shared big database, a figure collector, and the final report.

Run with ``make bench`` (``pytest tests/benchmarks -q -s -p no:randomly``); the
normal test run ignores this folder, and a run that collects it without naming
it (``pytest tests``) skips the benchmarks. Adding a figure is one test function:

    SOMETHING_BUDGET = Budget(100)  # ms, about twice the figure on a developer laptop

    def test_something(demo_db_5000x3, bench_record):
        seconds = ...measure...
        bench_record("something", seconds * 1000, "ms", "what was measured", SOMETHING_BUDGET)

A figure over its budget fails its test (after it is recorded, so it is still
reported). At the end of the session a table of every figure and its budget is
printed, then one line per figure, exactly ``BENCH <name> <value> <unit>``, for
scripts to parse. ``OUTPOST_BENCH_REPS`` shrinks the demo database for a quick
smoke run; the figure names stay the same so results are only comparable at the
default, and only budgets that do not depend on the size (statement counts) are
checked on a smaller database.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.db import migrate
from app.db.engine import Database, sqlite_url
from app.services.demo import DemoSummary, generate_demo

DEFAULT_REPS = 5000
BENCH_REPS = int(os.environ.get("OUTPOST_BENCH_REPS", str(DEFAULT_REPS)))
BENCH_YEARS = 3
# A fixed day keeps the data, hence the figures, the same from day to day.
BENCH_TODAY = dt.date(2026, 11, 15)


@dataclass(frozen=True)
class Budget:
    """The most a figure may be, in its unit; ``exact``: what it must be.

    ``any_size``: the figure does not depend on the database's size (a statement
    count), so a smoke run checks it too; other budgets hold at the default size only.
    """

    limit: float
    exact: bool = False
    any_size: bool = False

    def checked(self) -> bool:
        return self.any_size or BENCH_REPS == DEFAULT_REPS

    def allows(self, value: float) -> bool:
        return value == self.limit if self.exact else value <= self.limit

    def describe(self) -> str:
        text = f"{'=' if self.exact else '<='} {self.limit:g}"
        return text if self.checked() else f"{text} (unchecked)"


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    note: str
    budget: Budget


@dataclass(frozen=True)
class DemoDatabase:
    """The big demo database of the session and how long it took to build."""

    db: Database
    path: Path
    summary: DemoSummary
    build_seconds: float
    reps: int
    years: int
    today: dt.date


_FIGURES: list[Figure] = []


def share_of_reps(reps: int) -> int:
    """``reps`` at the default size; the same share of the reps on a smaller database
    (a smoke run has no region of 500 reps to move)."""
    return max(1, reps * BENCH_REPS // DEFAULT_REPS)


BenchRecord = Callable[[str, float, str, str, Budget], None]


@pytest.fixture(scope="session")
def bench_record() -> BenchRecord:
    """``bench_record(name, value, unit, note, budget)`` adds a figure to the final
    report, then fails the test when the figure is over its budget."""

    def record(name: str, value: float, unit: str, note: str, budget: Budget) -> None:
        if " " in name or " " in unit:
            raise ValueError("figure names and units must be single words")
        figure = Figure(name, float(value), unit, note, budget)
        _FIGURES.append(figure)
        if budget.checked():
            assert budget.allows(figure.value), (
                f"{name} is {_format(figure.value)} {unit}, budget {budget.describe()} {unit}"
            )

    return record


def median_of(runs: int, work: Callable[[], object], *, warmup: int = 1) -> float:
    """Median wall time of ``work()`` in seconds over ``runs`` runs, after warm-up runs."""
    for _ in range(warmup):
        work()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


@pytest.fixture(scope="session")
def demo_db_5000x3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoDatabase]:
    """A fresh SQLite file with ``generate_demo(reps=5000, years=3)``, built once per session."""
    path = tmp_path_factory.mktemp("bench") / "demo.sqlite3"
    db = Database(sqlite_url(path), actor="bench")
    migrate.upgrade(db.engine)
    started = time.perf_counter()
    summary = generate_demo(db, reps=BENCH_REPS, years=BENCH_YEARS, today=BENCH_TODAY)
    seconds = time.perf_counter() - started
    yield DemoDatabase(db, path, summary, seconds, BENCH_REPS, BENCH_YEARS, BENCH_TODAY)
    db.dispose()


@pytest.fixture(scope="module")
def ui_context(demo_db_5000x3: DemoDatabase, tmp_path_factory: pytest.TempPathFactory, qapp):
    """What a pane needs, over the big database (settings in a folder of their own)."""
    from app.paths import app_paths
    from app.ui.change_bus import ChangeBus
    from app.ui.context import UiContext, open_settings

    paths = app_paths(tmp_path_factory.mktemp("pane-settings")).ensure()
    return UiContext(db=demo_db_5000x3.db, bus=ChangeBus(), settings=open_settings(paths))


def copy_with_region_of(demo: DemoDatabase, folder: Path, reps: int) -> tuple[Database, int]:
    """A copy of the big database with a new region of exactly ``reps`` active reps.

    The reps (with their years of targets and actuals) move from the largest
    region into the new one, which keeps that region's base currency. Benchmarks
    that write work on such a copy, so the shared database stays as built.
    """
    from sqlalchemy import func, select, update

    from app.db.backup import backup_sqlite
    from app.db.org import Region, Rep
    from app.domain.enums import RepStatus

    db = Database(sqlite_url(backup_sqlite(demo.path, folder / "copy.sqlite3")), actor="bench")
    active = Rep.status == RepStatus.ACTIVE.value
    with db.session() as session:
        source = session.execute(
            select(Rep.region_id)
            .where(active)
            .group_by(Rep.region_id)
            .order_by(func.count().desc(), Rep.region_id)
            .limit(1)
        ).scalar_one()
        base_currency = session.get(Region, source).base_currency
        region = Region(name=f"Bench {reps}", base_currency=base_currency, countries="")
        session.add(region)
        session.flush()
        moved = session.scalars(
            select(Rep.id).where(Rep.region_id == source, active).order_by(Rep.id).limit(reps)
        ).all()
        assert len(moved) == reps
        session.execute(update(Rep).where(Rep.id.in_(moved)).values(region_id=region.id))
        return db, region.id


_HERE = Path(__file__).resolve().parent


def _asked_for(config: pytest.Config) -> bool:
    """Whether the command line named this folder (or a file in it) explicitly."""
    for arg in config.args:
        path = Path(config.invocation_params.dir, arg.split("::")[0]).resolve()
        if path == _HERE or _HERE in path.parents:
            return True
    return False


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # A plain `pytest tests` run must not spend a minute building the big database.
    if _asked_for(config):
        return
    skip = pytest.mark.skip(reason="benchmarks run on their own: make bench")
    for item in items:
        if _HERE in Path(item.path).resolve().parents:
            item.add_marker(skip)


def _format(value: float) -> str:
    return f"{value:.3f}" if abs(value) < 10 else f"{value:.2f}"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _FIGURES:
        return
    write = terminalreporter.write_line
    header = ("figure", "value", "unit", "budget", "note")
    rows = [(f.name, _format(f.value), f.unit, f.budget.describe(), f.note) for f in _FIGURES]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    write("")
    write(f"Benchmarks (reps={BENCH_REPS}, years={BENCH_YEARS}, today={BENCH_TODAY})")
    write("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    write("  ".join("-" * w for w in widths))
    for name, value, unit, budget, note in rows:
        cells = (
            name.ljust(widths[0]),
            value.rjust(widths[1]),
            unit.ljust(widths[2]),
            budget.ljust(widths[3]),
            note,
        )
        write("  ".join(cells).rstrip())
    write("")
    for name, value, unit, _, _ in rows:
        write(f"BENCH {name} {value} {unit}")
