"""The Training pane's dialogs for one assignment: new or edit, and Complete.

Both save through :class:`TrainingService` with the row's version (a conflict
offers "reload theirs / overwrite with mine") and announce ``training``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.domain import messages as m
from app.domain.enums import AssignmentStatus
from app.domain.validation import ValidationError
from app.services.base import PageRequest
from app.services.team import TeamService
from app.services.training import AssignmentInput, AssignmentRecord, TrainingService
from app.ui.combos import CurrencyCombo, EnumCombo, RepPicker, SearchableCombo
from app.ui.context import UiContext
from app.ui.editors import AmountEdit, DateEdit
from app.ui.forms import FormDialog

#: What the Training pane's writes announce on the change bus.
TRAINING_TOPICS = ("training",)


def text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def course_items(ctx: UiContext, keep: int | None = None) -> list[tuple[str, int]]:
    """The active catalogue as (title in the console's language, id); ``keep`` an
    inactive course still linked, so an edit can keep it."""
    service = TrainingService(ctx.db)
    page = service.list_courses(PageRequest(limit=10_000, filters={"active": True}))
    chinese = ctx.prefers_chinese
    items = [(c.title_label(chinese), c.id) for c in page.rows]
    if keep is not None and all(course_id != keep for _, course_id in items):
        course = service.get_course(keep)
        items.append((course.title_label(chinese), course.id))
    return items


def require_picked(combo: SearchableCombo, field: str) -> Any:
    """The combo's chosen item, or a ValidationError naming ``field``."""
    value = combo.value()
    if value is None:
        raise ValidationError(field, m.REQUIRED())
    return value


class AssignmentDialog(FormDialog):
    """New assignment (``record`` None: for ``rep_id`` if given) or edit one."""

    def __init__(
        self,
        ctx: UiContext,
        record: AssignmentRecord | None = None,
        *,
        region_id: int | None = None,
        rep_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New training assignment") if record is None else self.tr("Edit training")
        super().__init__(
            ctx,
            title,
            topics=TRAINING_TOPICS,
            expected_version=record.version if record else None,
            parent=parent,
        )
        self.service = TrainingService(ctx.db)
        self.before = record
        self.rep: RepPicker = self.add_field(
            "rep_id", self.tr("Rep"), RepPicker(TeamService(ctx.db), region_id)
        )
        keep = record.course_id if record else None
        self.course: SearchableCombo = self.add_field(
            "course_id", self.tr("Course"), SearchableCombo(course_items(ctx, keep))
        )
        self.add_field("due_date", self.tr("Due"), DateEdit())
        self.add_field("status", self.tr("Status"), EnumCombo(AssignmentStatus))
        self.add_field("completed_on", self.tr("Completed on"), DateEdit())
        self.add_field("score", self.tr("Score (0–100)"), AmountEdit(places=1))
        self.add_field("feedback", self.tr("Feedback"), text_box(3))
        self.add_field("cost", self.tr("Cost"), AmountEdit(places=2))
        self.add_field("currency", self.tr("Currency"), CurrencyCombo(allow_none=True))
        if record is not None:
            self.set_values(record.to_input().__dict__)
        else:
            self.set_values({"status": AssignmentStatus.PLANNED, "rep_id": rep_id})
            self.course.setValue(None)
        self.rep.setFocus()
        self.resize(500, self.sizeHint().height())

    def assignment_input(self) -> AssignmentInput:
        v = self.values()
        return AssignmentInput(
            rep_id=require_picked(self.rep, "rep_id"),
            course_id=require_picked(self.course, "course_id"),
            due_date=v["due_date"],
            status=v["status"] or AssignmentStatus.PLANNED,
            completed_on=v["completed_on"],
            score=v["score"],
            feedback=(v["feedback"] or "").strip() or None,
            cost=v["cost"],
            currency=v["currency"] or None,
        )

    def save(self, version: int | None) -> AssignmentRecord:
        data = self.assignment_input()
        if self.before is None:
            return self.service.assign(data)
        return self.service.update_assignment(self.before.id, data, version)


class CompleteDialog(FormDialog):
    """Complete: the day it was completed, the score and the rep's or trainer's feedback."""

    def __init__(
        self,
        ctx: UiContext,
        record: AssignmentRecord,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            self.tr("Complete training"),
            topics=TRAINING_TOPICS,
            expected_version=record.version,
            parent=parent,
        )
        self.service = TrainingService(ctx.db)
        self.record = record
        chinese = ctx.prefers_chinese
        self.add_section(
            self.tr("{course} — {rep}").format(
                course=record.course_label(chinese), rep=record.rep_label(chinese)
            )
        )
        self.add_field("completed_on", self.tr("Completed on"), DateEdit(allow_empty=False))
        self.add_field("score", self.tr("Score (0–100)"), AmountEdit(places=1))
        self.add_field("feedback", self.tr("Feedback"), text_box(4))
        self.set_values(
            {
                "completed_on": record.completed_on or today,
                "score": record.score,
                "feedback": record.feedback,
            }
        )
        self.field("score").setFocus()
        self.resize(460, self.sizeHint().height())

    def save(self, version: int | None) -> AssignmentRecord:
        v = self.values()
        score: Decimal | None = v["score"]
        feedback = (v["feedback"] or "").strip() or None
        return self.service.complete(self.record.id, v["completed_on"], score, feedback, version)


__all__ = [
    "TRAINING_TOPICS",
    "AssignmentDialog",
    "CompleteDialog",
    "course_items",
    "require_picked",
    "text_box",
]
