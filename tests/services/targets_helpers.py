"""Input builders and a query counter shared by the Targets-area service tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal as D

from sqlalchemy import event

from app.domain.enums import Metric
from app.domain.periods import Period
from app.services.actuals import ActualInput
from app.services.targets import TargetInput

Y = 2026


@contextmanager
def count_queries(db) -> Iterator[list[str]]:
    statements: list[str] = []

    def before(conn, cursor, statement, params, context, executemany):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", before)


def target(rep_id: int, period: Period, value: str, **kw) -> TargetInput:
    values = {"metric": Metric.REVENUE, "unit": "SGD"} | kw
    return TargetInput(rep_id=rep_id, period=period, value=D(value), **values)


def actual(rep_id: int, start: dt.date, end: dt.date, value: str, **kw) -> ActualInput:
    values = {"metric": Metric.REVENUE, "unit": "SGD"} | kw
    return ActualInput(rep_id=rep_id, period_start=start, period_end=end, value=D(value), **values)


def month_actual(rep_id: int, month: int, value: str, **kw) -> ActualInput:
    p = Period.month(Y, month)
    return actual(rep_id, p.start, p.end, value, **kw)
