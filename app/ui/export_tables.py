"""What each table pane exports, without a window: for ``outpost export``.

Each kind reads with the pane's service, through the pane's own column
definitions, in the pane's default sort, with the filters the pane starts
with (the region, and the period for Targets and One-on-ones, the newest
cycle for Reviews), so a headless export gives the same columns, headers
and cells as the console's Export table. Nothing here needs a screen: the
columns use only QtCore's translation and locale; the caller installs the
language's translators first (see :func:`app.ui.translations.install_translators`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app.domain import messages as m
from app.domain.periods import Period
from app.services.base import Page, PageRequest
from app.services.cycles import CycleService
from app.services.errors import ValidationError
from app.services.one_on_ones import OneOnOneService
from app.services.review_queries import ReviewQueries
from app.services.target_rows import TargetRowService
from app.services.team import TeamService
from app.ui.one_on_ones.parts import meeting_columns, meeting_filters
from app.ui.one_on_ones.schedule_dialog import FALLBACK_ZONE, region_manager
from app.ui.reviews.table import review_columns, review_rows
from app.ui.table_model import Column
from app.ui.table_rows import fetch_all, table_values
from app.ui.targets.columns import target_columns
from app.ui.team.columns import team_columns

#: The kinds ``outpost export`` knows, as typed on the command line.
KINDS = ("team", "targets", "one-on-ones", "reviews")
#: The kinds whose pane follows the window's period.
PERIOD_KINDS = ("targets", "one-on-ones")


@dataclass(frozen=True)
class ExportChoice:
    """What to export: the region, and the period or cycle where the kind has one."""

    region_id: int
    period: Period
    #: A cycle id or name (Reviews); None: the region's newest, as the pane shows first.
    cycle: str | None = None
    #: "en" or "zh": the words in the cells (the headers follow the installed translators).
    language: str = "en"


@dataclass(frozen=True)
class TableQuery:
    """One pane's rows as a query: the service's fetch, the columns, the request."""

    title: str
    fetch: Callable[[PageRequest], Page[Any]]
    columns: Sequence[Column[Any]]
    request: PageRequest

    def table(self) -> tuple[list[str], list[list[Any]]]:
        """The headers and every row, as the pane's Export table writes them."""
        return table_values(self.columns, fetch_all(self.fetch, self.request))


def _request(columns: Sequence[Column[Any]], sort: str | None, **filters: Any) -> PageRequest:
    """The pane's first request: its default sort column (else the first), ascending."""
    key = sort or columns[0].key
    column = next(c for c in columns if c.key == key)
    cleaned = {k: v for k, v in filters.items() if v is not None}
    return PageRequest(sort=column.sort_key, filters=cleaned)


def _team(db: Any, choice: ExportChoice) -> TableQuery:
    from app.ui.team.pane import TeamPane

    columns = team_columns(chinese=choice.language == "zh")
    request = _request(columns, TeamPane.default_sort, region_id=choice.region_id)
    return TableQuery(TeamPane.title(), TeamService(db).list_reps, columns, request)


def _targets(db: Any, choice: ExportChoice) -> TableQuery:
    from app.ui.targets.pane import TargetsPane

    columns = target_columns(choice.language)
    request = _request(
        columns, TargetsPane.default_sort, region_id=choice.region_id, period=choice.period
    )
    return TableQuery(TargetsPane.title(), TargetRowService(db).list_rows, columns, request)


def _one_on_ones(db: Any, choice: ExportChoice) -> TableQuery:
    from app.ui.one_on_ones.pane import OneOnOnesPane

    lead = region_manager(TeamService(db).list_managers(choice.region_id), choice.region_id)
    zone = lead.time_zone if lead is not None else FALLBACK_ZONE
    columns = meeting_columns(lambda: zone, chinese=choice.language == "zh")
    filters = meeting_filters(choice.region_id, choice.period, zone)
    request = _request(columns, OneOnOnesPane.default_sort, **filters)
    return TableQuery(OneOnOnesPane.title(), OneOnOneService(db).list_meetings, columns, request)


def _reviews(db: Any, choice: ExportChoice) -> TableQuery:
    from app.ui.reviews.pane import ReviewsPane

    cycles = CycleService(db).list_cycles(choice.region_id)
    if not cycles:
        raise ValidationError("cycle", m.NO_CYCLE_YET())
    cycle = cycles[0]  # newest first, as the pane's cycle selector
    if choice.cycle is not None:
        wanted = choice.cycle.strip()
        found = [c for c in cycles if str(c.id) == wanted or c.name.casefold() == wanted.casefold()]
        if not found:
            known = ", ".join(f"{c.name} (id {c.id})" for c in cycles)
            raise ValidationError("cycle", m.NO_CYCLE_NAMED(value=wanted, known=known))
        cycle = found[0]
    columns = review_columns(choice.language)
    request = _request(columns, ReviewsPane.default_sort, cycle_id=cycle.id)
    queries = ReviewQueries(db)
    return TableQuery(ReviewsPane.title(), lambda req: review_rows(queries, req), columns, request)


_BUILDERS: dict[str, Callable[[Any, ExportChoice], TableQuery]] = {
    "team": _team,
    "targets": _targets,
    "one-on-ones": _one_on_ones,
    "reviews": _reviews,
}


def table_query(kind: str, db: Any, choice: ExportChoice) -> TableQuery:
    """The query of the ``kind`` pane for ``choice``; a ValidationError when it has none.

    ``db`` is the open :class:`~app.db.engine.Database` (typed loosely: the UI
    layer names no database type, see the import-linter contracts).
    """
    return _BUILDERS[kind](db, choice)


__all__ = ["KINDS", "PERIOD_KINDS", "ExportChoice", "TableQuery", "table_query"]
