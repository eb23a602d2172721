"""Figures for the console over the big demo database.

startup and rss_all_panes run the window in a fresh process (a cold start is
the point); the pane figures run in this process on the shared database.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import event

from app.domain.enums import PeriodKind
from app.domain.periods import Period
from app.paths import DATABASE_FILE, project_root
from tests.benchmarks.conftest import BenchRecord, Budget, DemoDatabase

STARTUP_RUNS = 3

# About twice the figures measured at the default size (1.14 s, 249 MiB, 66 ms,
# 49 ms, 62 ms); the product aims at a filter update under 50 ms.
STARTUP_BUDGET = Budget(2.5)  # s
RSS_BUDGET = Budget(500)  # MiB
TARGETS_FIRST_ROWS_BUDGET = Budget(150)  # ms
FILTER_UPDATE_BUDGET = Budget(100)  # ms
FILTER_ALL_REGIONS_BUDGET = Budget(125)  # ms
# The busiest pane (the dashboard) opens with 19 statements whatever the size:
# one more per row or per region would be an N+1 query. (12 before issue 10/11's
# cards: the missing exchange rates card adds 4 — regions, rates in force for
# every base at once, the reps' and actuals' currencies —, the training list 2
# (rows and count) and the risk reviews/acceptances list 1.)
PANE_STATEMENTS_BUDGET = Budget(19, any_size=True)


@pytest.fixture(scope="module")
def data_dir(demo_db_5000x3: DemoDatabase, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding a copy of the big database (the window writes settings)."""
    folder = tmp_path_factory.mktemp("console-data")
    demo_db_5000x3.db.engine.dispose()
    shutil.copyfile(demo_db_5000x3.path, folder / DATABASE_FILE)
    return folder


def run_probe(data_dir: Path, *extra: str) -> dict[str, float]:
    # As installed: bytecode is cached, so a start does not recompile the sources.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.console_probe", str(data_dir), *extra],
        cwd=project_root(),
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    figures = {}
    for line in done.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("shown", "rss"):
            figures[name] = float(value)
    return figures


def test_startup(data_dir: Path, bench_record: BenchRecord) -> None:
    run_probe(data_dir)  # warm the OS file cache, as a second start would be
    times = [run_probe(data_dir)["shown"] for _ in range(STARTUP_RUNS)]
    note = f"fresh process to main window shown, offscreen, median of {STARTUP_RUNS}"
    bench_record("startup", statistics.median(times), "s", note, STARTUP_BUDGET)


def test_rss_all_panes(data_dir: Path, bench_record: BenchRecord) -> None:
    figures = run_probe(data_dir, "--all-panes")
    note = "resident memory after visiting every pane"
    bench_record("rss_all_panes", figures["rss"], "MiB", note, RSS_BUDGET)


def bench_period(demo: DemoDatabase) -> Period:
    return Period.containing(demo.today, PeriodKind.QUARTER)


def open_pane(pane_class, ctx, period: Period, viewport_filter=None):
    """Open a pane as the window does; ``viewport_filter`` watches its table's viewport."""
    pane = pane_class(ctx)
    if viewport_filter is not None:
        pane.view.viewport().installEventFilter(viewport_filter)
    pane.set_region(None)
    pane.set_period(period)
    pane.resize(1200, 800)
    pane.show()
    return pane


def test_pane_sql_statements(
    ui_context, demo_db_5000x3: DemoDatabase, bench_record: BenchRecord, qapp
) -> None:
    from app.ui.areas import PANES

    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    engine = demo_db_5000x3.db.engine
    event.listen(engine, "before_cursor_execute", count)
    per_pane = {}
    try:
        for pane_class in PANES:
            statements.clear()
            pane = open_pane(pane_class, ui_context, bench_period(demo_db_5000x3))
            settle(qapp)
            per_pane[pane_class.key] = len(statements)
            pane.close()
            pane.deleteLater()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    worst = max(per_pane, key=per_pane.__getitem__)
    detail = ", ".join(f"{key} {n}" for key, n in per_pane.items())
    note = f"largest: {detail}"
    bench_record("pane_sql_statements", per_pane[worst], "statements", note, PANE_STATEMENTS_BUDGET)


def settle(qapp) -> None:
    """Let a pane finish opening: queued events, and loads on worker threads."""
    from PySide6.QtCore import QThreadPool

    for _ in range(3):
        qapp.processEvents()
        QThreadPool.globalInstance().waitForDone(30_000)
    qapp.processEvents()


def largest_region(demo: DemoDatabase) -> int:
    from sqlalchemy import func, select

    from app.db.org import Rep

    with demo.db.read_session() as session:
        return session.execute(
            select(Rep.region_id).group_by(Rep.region_id).order_by(func.count().desc()).limit(1)
        ).scalar_one()


def _targets_pane_class():
    from app.ui.areas import PANES

    return next(p for p in PANES if p.key == "targets")


def test_targets_pane_first_rows(
    ui_context, demo_db_5000x3: DemoDatabase, bench_record: BenchRecord, qapp
) -> None:
    pane_class = _targets_pane_class()
    times = []
    for _ in range(5):
        started = time.perf_counter()
        pane = open_pane(pane_class, ui_context, bench_period(demo_db_5000x3))
        qapp.processEvents()
        assert pane.model.rowCount() > 0
        times.append(time.perf_counter() - started)
        pane.close()
        pane.deleteLater()
    note = "Targets pane over every region, current quarter, first page shown; median of 5"
    value = statistics.median(times) * 1000
    bench_record("targets_pane_first_rows", value, "ms", note, TARGETS_FIRST_ROWS_BUDGET)


def measure_searches(pane, qapp, texts: tuple[str, ...]) -> float:
    """Median milliseconds from a new search text to the view updated."""
    times = []
    for text in texts:
        started = time.perf_counter()
        # set_search is what the window calls once its debounce has fired.
        pane.set_search(text)
        qapp.processEvents()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


# What a manager types: the start of a rep's name, then clears the field.
SEARCHES = ("wang", "li", "chen", "zhang", "liu", "")


def test_filter_update(
    ui_context, demo_db_5000x3: DemoDatabase, bench_record: BenchRecord, qapp
) -> None:
    """In the manager's region (the largest), as the window restores it."""
    pane = open_pane(_targets_pane_class(), ui_context, bench_period(demo_db_5000x3))
    pane.set_region(largest_region(demo_db_5000x3))
    qapp.processEvents()
    value = measure_searches(pane, qapp, SEARCHES)
    note = f"Targets pane, largest region: search text to view updated; median of {len(SEARCHES)}"
    bench_record("filter_update", value, "ms", note, FILTER_UPDATE_BUDGET)
    pane.set_region(None)
    qapp.processEvents()
    value = measure_searches(pane, qapp, SEARCHES)
    note = f"the same over every region's targets; median of {len(SEARCHES)}"
    bench_record("filter_update_all_regions", value, "ms", note, FILTER_ALL_REGIONS_BUDGET)
    pane.close()
    pane.deleteLater()
