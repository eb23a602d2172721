"""The demo load's bulk writer and the database checks around it.

``BulkWriter`` inserts rows given as tuples (``executemany`` on SQLite, COPY on
PostgreSQL), then moves the id sequences past the ids the builder assigned.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from itertools import repeat
from typing import Any

from sqlalchemy import Table, insert, literal, select, text
from sqlalchemy.orm import Session

from app.db.audit import AuditEvent
from app.db.base import Base
from app.domain.enums import AuditAction

_CHUNK_ROWS = 20_000  # rows per executemany call
SMALL_TABLE_ROWS = 2_000
"""Fewer rows than this go through a plain Core insert."""
_SQLITE_LOAD_CACHE_KIB = 262_144  # a page cache big enough to keep the indexes in memory


def data_tables() -> list[Table]:
    """Every table of the registers, parents first; the audit trail is not one."""
    # The audit trail may hold events of rows since deleted; it is not data.
    return [t for t in Base.metadata.sorted_tables if t.name != AuditEvent.__tablename__]


def session_is_empty(session: Session) -> bool:
    """Whether no data table has a row."""
    return all(
        session.execute(select(literal(1)).select_from(table).limit(1)).first() is None
        for table in data_tables()
    )


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the load.

    The load allocates millions of short-lived tuples that form no cycles;
    measured at 5,000 reps, the collector rescanning them took a quarter of
    the run. Reference counting still frees them as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def record_load(session: Session, actor: str, after: dict[str, Any]) -> None:
    """The one audit event (table "demo") that stands for a whole load."""
    session.execute(
        insert(AuditEvent.__table__).values(
            actor=actor,
            at=dt.datetime.now(dt.UTC),
            table_name="demo",
            row_id=0,
            action=AuditAction.CREATE.value,
            before=None,
            after=after,
        )
    )


def _memoised(proc: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A bind processor converting each distinct value once (dates repeat a lot)."""
    cache: dict[Any, Any] = {}

    def run(value: Any) -> Any:
        try:
            return cache[value]
        except KeyError:
            out = cache[value] = proc(value)
            return out

    return run


class BulkWriter:
    """Inserts rows given as tuples, with version and timestamps added.

    Values go through the dialect's own bind processors, so they are stored
    exactly as the ORM stores them, then to the driver: ``executemany`` on
    SQLite, COPY on PostgreSQL. Measured on SQLite, SQLAlchemy's per-row
    parameter handling cost more than the inserts themselves; converting
    column by column with memoised date processors removes most of it. Small
    tables (and JSON or binary columns) take the plain Core insert.
    """

    _STAMPS = ("version", "created_at", "updated_at")

    def __init__(self, session: Session):
        self.session = session
        self.conn = session.connection()
        self.dialect = self.conn.dialect
        self.counts: dict[str, int] = {}
        now = dt.datetime.now(dt.UTC)
        self._stamps: dict[str, Any] = {"version": 1, "created_at": now, "updated_at": now}
        self._plans: dict[tuple[str, tuple[str, ...]], tuple[str, list[Any]]] = {}
        self._fast = self.dialect.paramstyle in ("qmark", "format", "pyformat")
        self._cache_size: int | None = None
        if self.dialect.name == "sqlite":
            self._cache_size = int(self.conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
            self.conn.exec_driver_sql(f"PRAGMA cache_size=-{_SQLITE_LOAD_CACHE_KIB}")

    def restore(self) -> None:
        if self._cache_size is not None:
            self.conn.exec_driver_sql(f"PRAGMA cache_size={self._cache_size}")

    def insert(
        self, model: type[Base], columns: Sequence[str], rows: list[tuple[Any, ...]]
    ) -> None:
        """Insert ``rows``, tuples in ``columns`` order."""
        if not rows:
            return
        table: Table = model.__table__  # type: ignore[assignment]
        stamps = [c for c in self._STAMPS if c in table.c]
        names = [*columns, *stamps]
        values = tuple(self._stamps[c] for c in stamps)
        if not self._fast or len(rows) < SMALL_TABLE_ROWS:
            params = [dict(zip(names, (*row, *values), strict=True)) for row in rows]
            self.session.execute(insert(table), params)
        else:
            self._executemany(table, names, rows, values)
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)

    def _plan(self, table: Table, names: list[str]) -> tuple[str, list[Any]]:
        key = (table.name, tuple(names))
        if key not in self._plans:
            quote = self.dialect.identifier_preparer.quote
            mark = "?" if self.dialect.paramstyle == "qmark" else "%s"
            sql = (
                f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
                f"VALUES ({', '.join(mark for _ in names)})"
            )
            procs: list[Any] = []
            for name in names:
                col_type = table.c[name].type
                proc = col_type.dialect_impl(self.dialect).bind_processor(self.dialect)
                if proc is not None and col_type.python_type in (dt.date, dt.datetime):
                    proc = _memoised(proc)
                procs.append(proc)
            self._plans[key] = (sql, procs)
        return self._plans[key]

    def _executemany(
        self, table: Table, names: list[str], rows: list[tuple[Any, ...]], stamps: tuple[Any, ...]
    ) -> None:
        sql, procs = self._plan(table, names)
        width = len(names) - len(stamps)
        columns: list[Any] = list(zip(*rows, strict=True))
        for i, proc in enumerate(procs[:width]):
            if proc is not None:
                columns[i] = list(map(proc, columns[i]))
        for value, proc in zip(stamps, procs[width:], strict=True):
            columns.append(repeat(proc(value) if proc is not None else value, len(rows)))
        params = list(zip(*columns, strict=False))
        if self.dialect.driver == "psycopg":
            self._copy(table, names, params)
            return
        for start in range(0, len(params), _CHUNK_ROWS):
            self.conn.exec_driver_sql(sql, params[start : start + _CHUNK_ROWS])

    def _copy(self, table: Table, names: list[str], params: list[tuple[Any, ...]]) -> None:
        """PostgreSQL: COPY is several times faster than a pipelined executemany."""
        quote = self.dialect.identifier_preparer.quote
        sql = f"COPY {quote(table.name)} ({', '.join(quote(n) for n in names)}) FROM STDIN"
        cursor = self.conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            with cursor.copy(sql) as copy:
                for row in params:
                    copy.write_row(row)
        finally:
            cursor.close()

    def advance_sequences(self) -> None:
        """PostgreSQL: move each table's id sequence past the ids assigned here."""
        if self.dialect.name != "postgresql":
            return
        for name in self.counts:
            self.conn.execute(
                text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :n)"),
                {"t": name, "n": self.counts[name]},
            )
