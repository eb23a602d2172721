"""What the review editor's Save sends: one :meth:`ReviewService.save_review` call.

:class:`PendingSave` gathers the edits (content, changed KPI lines, goals) with
the versions they were made from. When someone else saved some of those rows
first, :meth:`PendingSave.conflict` merges every stale row into one
"theirs / mine" table, so the user makes ONE choice for the whole save, and
:meth:`PendingSave.overwrite` takes the stored versions for "overwrite with mine".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services.errors import ConflictError
from app.services.review_queries import ReviewQueries
from app.services.review_records import (
    GoalInput,
    GoalRecord,
    KpiLineInput,
    ReviewInput,
    ReviewRecord,
)
from app.services.review_save import GoalChanges, ReviewConflictError
from app.ui.labels import enum_label
from app.ui.reviews.goal_drafts import GoalDraft
from app.ui.reviews.kpi_lines import LineDraft

KPI_LINE = "KPI line"
GOAL = "development goal"


@dataclass
class PendingSave:
    """One save of one review; ``content`` None when the written content is unchanged.

    ``line_names`` and ``goal_texts`` (id → shown name) label the conflict rows;
    ``line_shown`` holds a line's values as the user sees them (the score with
    its automatic value), to compare with the stored ones.
    """

    review_id: int
    version: int | None
    content: ReviewInput | None = None
    lines: dict[int, tuple[int | None, KpiLineInput]] = field(default_factory=dict)
    added: list[GoalInput] = field(default_factory=list)
    changed: dict[int, tuple[int | None, GoalInput]] = field(default_factory=dict)
    removed: dict[int, int | None] = field(default_factory=dict)
    line_names: dict[int, str] = field(default_factory=dict)
    line_shown: dict[int, dict[str, Any]] = field(default_factory=dict)
    goal_texts: dict[int, str] = field(default_factory=dict)

    def add_lines(self, lines: list[LineDraft]) -> None:
        """Save these changed KPI lines, named by their metric."""
        for line in lines:
            record = line.record
            self.lines[record.id] = (
                record.version,
                KpiLineInput(line.actual, line.score, line.comment),
            )
            self.line_names[record.id] = enum_label(record.metric)
            self.line_shown[record.id] = {
                "actual": line.actual,
                "score": line.effective_score,
                "comment": line.comment,
            }

    def add_goals(self, drafts: list[GoalDraft], removed: list[GoalRecord]) -> None:
        """Save the new and changed goals among ``drafts``, delete ``removed``."""
        for goal in removed:
            self.removed[goal.id] = goal.version
            self.goal_texts[goal.id] = goal.text
        for draft in drafts:
            if draft.original is None:
                self.added.append(draft.to_input())
            elif draft.is_changed():
                self.changed[draft.original.id] = (draft.original.version, draft.to_input())

    def run(self, service: ReviewQueries) -> ReviewRecord:
        """Write it all in one transaction (nothing is written when it raises)."""
        return service.save_review(
            self.review_id,
            self.version,
            self.content,
            self.lines,
            GoalChanges(self.added, self.changed, self.removed),
        )

    def overwrite(self, error: ConflictError) -> None:
        """Save over the stale rows next time: their stored versions (None: no check)."""
        for conflict in conflicts_of(error):
            stored = conflict.stored_version
            if conflict.what == "review":
                self.version = stored
            elif conflict.what == KPI_LINE and conflict.row_id in self.lines:
                self.lines[conflict.row_id] = (stored, self.lines[conflict.row_id][1])
            elif conflict.what == GOAL and conflict.row_id in self.changed:
                self.changed[conflict.row_id] = (stored, self.changed[conflict.row_id][1])
            elif conflict.what == GOAL and conflict.row_id in self.removed:
                self.removed[conflict.row_id] = stored

    def conflict(
        self, error: ConflictError, labels: Mapping[str, str], goal_label: str
    ) -> tuple[ConflictError, dict[str, Any], dict[str, str]]:
        """Every stale row as one table: (error with their values, my values, row labels).

        Content fields keep their names; a line's or goal's are prefixed with
        the row, labelled "Revenue: Actual" or "Goal: Due".
        """
        theirs: dict[str, Any] = {}
        mine: dict[str, Any] = {}
        names: dict[str, str] = {}
        for conflict in conflicts_of(error):
            prefix, where, values = self._mine(conflict, goal_label)
            for key, value in values.items():
                row_key = f"{prefix}{key}"
                mine[row_key] = value
                if key in conflict.theirs:
                    theirs[row_key] = conflict.theirs[key]
                label = labels.get(key, key)
                names[row_key] = (
                    QCoreApplication.translate("ReviewEditor", "{where}: {field}").format(
                        where=where, field=label
                    )
                    if where
                    else label
                )
        merged = ConflictError(
            "review", self.review_id, error.expected_version, error.stored_version, theirs
        )
        return merged, mine, names

    def _mine(self, conflict: ConflictError, goal_label: str) -> tuple[str, str, dict[str, Any]]:
        row_id = conflict.row_id
        if conflict.what == KPI_LINE and row_id in self.lines:
            data = self.lines[row_id][1]
            values = self.line_shown.get(row_id) or {
                "actual": data.actual,
                "score": data.score,
                "comment": data.comment,
            }
            return f"line{row_id}.", self.line_names.get(row_id, ""), values
        if conflict.what == GOAL and row_id in self.changed:
            return f"goal{row_id}.", goal_label, _as_dict(self.changed[row_id][1])
        if conflict.what == GOAL:
            return f"goal{row_id}.", goal_label, {"text": self.goal_texts.get(row_id)}
        content = self.content or ReviewInput()
        return "", "", _as_dict(content)


def conflicts_of(error: ConflictError) -> tuple[ConflictError, ...]:
    """The stale rows of a save (one, when the row moved while it was written)."""
    return error.conflicts if isinstance(error, ReviewConflictError) else (error,)


def _as_dict(data: Any) -> dict[str, Any]:
    return {f.name: getattr(data, f.name) for f in fields(data)}


__all__ = ["PendingSave", "conflicts_of"]
