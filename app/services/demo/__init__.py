"""Demo data: a realistic, deterministic sales organisation for an empty database.

``generate_demo`` fills every register (team, targets and actuals, exchange
rates, one-on-ones, reviews, training, risks, compliance) for ``reps``
expatriate reps over ``years`` calendar years ending with ``today``'s. The
same seed and ``today`` give the same rows, ids included; only the
created/updated timestamps and the one audit event carry the real load time.

Speed: 5,000 reps over three years is about two million rows. They are built
as plain tuples with ids assigned here (the database is empty, so ids count
from 1 and children name their parents without round trips) and inserted by
``executemany``, skipping the ORM unit of work and per-row audit events; one
audit event (table "demo") records the load. Everything runs in one
transaction, so a refused, cancelled or failed load leaves the database as
it was.

Every region reports in USD (one base keeps a single rate table); reps are
targeted in their posting country's currency. Seed data lives in
``resources/demo/seeds.json`` (see :mod:`app.services.demo.seeds`).

Modules: this one is the public API; :mod:`.writer` inserts rows in bulk;
:mod:`.builder` runs the area builders (:mod:`.team`, :mod:`.figures`,
:mod:`.one_on_ones`, :mod:`.reviews`, :mod:`.registers`) in foreign-key order.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import text

from app.db.engine import Database
from app.domain import messages as m
from app.services.demo.builder import DemoBuilder
from app.services.demo.seeds import load_seeds
from app.services.demo.writer import (
    BulkWriter,
    collector_paused,
    record_load,
    session_is_empty,
)
from app.services.errors import ServiceError

__all__ = [
    "DemoCancelledError",
    "DemoRefusedError",
    "DemoSummary",
    "Progress",
    "generate_demo",
    "is_empty",
]

Progress = Callable[[int, str], bool | None]


class DemoRefusedError(ServiceError):
    """Demo data is only loaded into an empty database."""


class DemoCancelledError(ServiceError):
    """The progress callback asked to stop; nothing was written."""


@dataclass(frozen=True)
class DemoSummary:
    """What a demo load wrote: rows per table (in insert order) and how long it took."""

    counts: dict[str, int]
    seconds: float

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


class _Cancelled(Exception):
    pass


def is_empty(db: Database) -> bool:
    """Whether no register (regions, reps, targets, … anything but the audit trail) has rows."""
    with db.read_session() as session:
        return session_is_empty(session)


def generate_demo(
    db: Database,
    *,
    reps: int = 40,
    years: int = 2,
    seed: int = 7,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data, in one transaction.

    ``progress(percent, message)`` is called between steps; returning False
    stops the load, rolls everything back and raises DemoCancelledError.
    Raises DemoRefusedError, changing nothing, if the database holds data.
    """
    if reps < 1 or years < 1:
        raise ValueError("reps and years must be 1 or more")
    started = time.perf_counter()
    today = today or dt.date.today()

    def report(percent: int, message: str) -> None:
        if progress is not None and progress(percent, message) is False:
            raise _Cancelled

    try:
        with collector_paused(), db.session() as session:
            if not db.is_sqlite:
                # A second console loading at the same time waits here, then refuses.
                session.execute(text("LOCK TABLE regions IN EXCLUSIVE MODE"))
            if not session_is_empty(session):
                raise DemoRefusedError(m.DEMO_NOT_EMPTY())
            report(0, "Checking the database")
            writer = BulkWriter(session)
            try:
                builder = DemoBuilder(
                    writer, load_seeds(), random.Random(seed), today, years, report
                )
                builder.run(reps)
                after = {"seed": seed, "today": today.isoformat(), "reps": reps, "years": years}
                record_load(session, db.actor, {**after, "counts": dict(writer.counts)})
                report(99, "Saving")
                writer.advance_sequences()
            finally:
                writer.restore()
    except _Cancelled:
        raise DemoCancelledError(m.DEMO_CANCELLED()) from None
    if progress is not None:
        progress(100, "Done")
    return DemoSummary(dict(writer.counts), time.perf_counter() - started)
