"""The Training table's columns: who takes which course, when it is due, how it went, its cost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.services.training import AssignmentRecord
from app.ui.editors import format_amount
from app.ui.labels import date_text, enum_label
from app.ui.table_model import CENTER, RIGHT, Column

#: An open assignment due within this many days is "due soon" (amber).
DUE_SOON_DAYS = 30
OVERDUE_COLOUR = QColor("#f4c7c3")
DUE_SOON_COLOUR = QColor("#fce8b2")
#: Marks a row a review's development goal links to (the Goal column).
GOAL_MARK = "◆"

translate = QCoreApplication.translate


def plain_number(value: Decimal | None) -> str:
    """Hours or a score as written: ``16`` rather than ``16.0000``, ``7.5`` kept."""
    if value is None:
        return ""
    normal = value.normalize()
    shown = normal.quantize(Decimal(1)) if normal == normal.to_integral() else normal
    return format_amount(shown, None)


def days_late(record: AssignmentRecord, today: dt.date) -> int | None:
    """Days past the due date of an open assignment; None when it is not overdue."""
    if not record.is_overdue(today) or record.due_date is None:
        return None
    return (today - record.due_date).days


def _due_column(today: Callable[[], dt.date]) -> Column[AssignmentRecord]:
    """Due date: red once overdue, amber when due within :data:`DUE_SOON_DAYS`."""

    def colour(record: AssignmentRecord) -> QColor | None:
        if record.is_overdue(today()):
            return OVERDUE_COLOUR
        return DUE_SOON_COLOUR if record.is_due_within(today(), DUE_SOON_DAYS) else None

    def tip(record: AssignmentRecord) -> str | None:
        late = days_late(record, today())
        if late is not None:
            return translate("TrainingColumns", "Overdue by {days} days").format(days=late)
        if record.is_due_within(today(), DUE_SOON_DAYS) and record.due_date is not None:
            days = (record.due_date - today()).days
            return translate("TrainingColumns", "Due in {days} days").format(days=days)
        return None

    return Column(
        "due_date",
        translate("TrainingColumns", "Due"),
        lambda r: date_text(r.due_date),
        "due_date",
        CENTER,
        background=colour,
        tooltip=tip,
    )


def _overdue_column(today: Callable[[], dt.date]) -> Column[AssignmentRecord]:
    def text(record: AssignmentRecord) -> str:
        late = days_late(record, today())
        return "" if late is None else translate("TrainingColumns", "{days} d").format(days=late)

    return Column(
        "overdue",
        translate("TrainingColumns", "Overdue"),
        text,
        None,
        RIGHT,
        value=lambda r: days_late(r, today()),
        background=lambda r: OVERDUE_COLOUR if r.is_overdue(today()) else None,
    )


def _goal_column() -> Column[AssignmentRecord]:
    def tip(record: AssignmentRecord) -> str | None:
        if record.goal_text is None:
            return None
        return translate("TrainingColumns", "Development goal: {goal}").format(
            goal=record.goal_text
        )

    return Column(
        "goal",
        translate("TrainingColumns", "Goal"),
        lambda r: f"{GOAL_MARK} {r.goal_text}" if r.goal_text else "",
        None,
        value=lambda r: r.goal_text,
        tooltip=tip,
        export=lambda r: r.goal_text or "",
    )


def training_columns(
    today: Callable[[], dt.date] = dt.date.today, *, chinese: bool = False
) -> list[Column[AssignmentRecord]]:
    """The Training table's columns; ``today`` decides what is overdue or due soon."""
    return [
        Column(
            "rep_name",
            translate("TrainingColumns", "Rep"),
            lambda r: r.rep_label(chinese),
            "rep_name",
        ),
        Column(
            "course_title",
            translate("TrainingColumns", "Course"),
            lambda r: r.course_label(chinese),
            "course_title",
        ),
        Column(
            "category",
            translate("TrainingColumns", "Category"),
            lambda r: enum_label(r.category) if r.category else "",
            "category",
        ),
        _due_column(today),
        Column(
            "status",
            translate("TrainingColumns", "Status"),
            lambda r: enum_label(r.status),
            "status",
        ),
        _overdue_column(today),
        Column(
            "completed_on",
            translate("TrainingColumns", "Completed on"),
            lambda r: date_text(r.completed_on),
            "completed_on",
            CENTER,
        ),
        Column(
            "score",
            translate("TrainingColumns", "Score"),
            lambda r: plain_number(r.score),
            "score",
            RIGHT,
        ),
        Column(
            "cost",
            translate("TrainingColumns", "Cost"),
            lambda r: format_amount(r.cost, 2) if r.cost is not None else "",
            "cost",
            RIGHT,
        ),
        Column(
            "currency",
            translate("TrainingColumns", "Currency"),
            lambda r: r.currency or "",
            "currency",
            CENTER,
        ),
        Column(
            "hours",
            translate("TrainingColumns", "Hours"),
            lambda r: plain_number(r.hours),
            "hours",
            RIGHT,
        ),
        _goal_column(),
        Column(
            "feedback",
            translate("TrainingColumns", "Feedback"),
            lambda r: (r.feedback or "").replace("\n", " "),
            None,
            tooltip=lambda r: r.feedback,
        ),
    ]


__all__ = [
    "DUE_SOON_COLOUR",
    "DUE_SOON_DAYS",
    "GOAL_MARK",
    "OVERDUE_COLOUR",
    "days_late",
    "plain_number",
    "training_columns",
]
