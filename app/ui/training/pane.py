"""The Training pane: every rep's courses, due, done or waived, with the year's cost and hours.

Rows come from :meth:`TrainingService.list_assignments` (filtered, sorted and
paged in the database; the development goal linking each course rides in the
same statement). Filters: rep, category, status, overdue only, plus the
window's region and search. New / Edit / Delete act on one assignment,
**Complete…** records the score and feedback, **Plan for many…** assigns a
course to the selected reps, the region or a country's reps at once. The side
panel shows the year's cost (in each region's base currency) and hours.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from app.domain.enums import AssignmentStatus, CourseCategory
from app.services.base import PageRequest
from app.services.errors import NotFoundError, ServiceError
from app.services.team import TeamService
from app.services.training import AssignmentRecord, TrainingService
from app.services.training_plans import PlanResult
from app.ui.area_keys import TRAINING
from app.ui.change_bus import concerns
from app.ui.combos import SearchableCombo, rep_label
from app.ui.context import UiContext
from app.ui.labels import enum_label
from app.ui.table_pane import TablePane
from app.ui.training.columns import training_columns
from app.ui.training.dialogs import TRAINING_TOPICS, AssignmentDialog, CompleteDialog
from app.ui.training.figures_panel import FiguresPanel
from app.ui.training.plan_dialog import PlanDialog

#: What else makes the pane read again (names of reps and courses show in it).
OTHER_TOPICS = ("reps", "regions", "courses", "reviews", "rates")
#: More reps than any region has: the rep filter is a list, not a paged table.
REP_LIMIT = 20_000


class _RepFilter(SearchableCombo):
    """The rep filter, filled on first use: listing thousands of reps when the
    pane opens would hold back its first rows."""

    def __init__(self, load: Callable[[], None]) -> None:
        super().__init__(allow_none=True)
        self._load = load

    def showPopup(self) -> None:
        self._load()
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Typing a name completes against the items: have them before the first key.
        self._load()
        super().keyPressEvent(event)

    def setValue(self, value: Any) -> None:
        if value is not None:
            self._load()
        super().setValue(value)


def _enum_filter(name: str, all_text: str, members: list[Any]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    # Narrow enough for a small window; the list opens as wide as its words.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.addItem(all_text, None)
    for member in members:
        combo.addItem(enum_label(member), member.value)
    return combo


class TrainingPane(TablePane[AssignmentRecord]):
    """Assignments in a table (left), the year's cost and hours (right)."""

    key = TRAINING
    icon = "training.svg"
    can_create = True
    can_edit = True
    can_delete = True
    topics = TRAINING_TOPICS + OTHER_TOPICS
    lazy = True
    default_sort = "due_date"
    splitter_sizes = (880, 400)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        #: What "overdue" and "due soon" are judged against; tests set a fixed day.
        self.today: Callable[[], dt.date] = dt.date.today
        self.service = TrainingService(ctx.db)
        self.team = TeamService(ctx.db)
        self._reps_stale = True
        self._build_filters()
        self.figures = FiguresPanel(ctx)
        self.build(
            self.service.list_assignments,
            training_columns(lambda: self.today(), chinese=ctx.prefers_chinese),
            count_text=self.tr("Assignments: {count}"),
            bar=[(self.rep_filter, 2), (self.category_filter, 1), (self.status_filter, 1)],
            below_bar=self._actions_row(),
            side=self.figures,
            view_name="training_view",
        )
        # Several rows may be chosen: "Plan for many" offers their reps.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._connect_filters()
        self.selection_changed.connect(self._update_buttons)
        self._update_buttons()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TrainingPane", "Training")

    # -- building --------------------------------------------------------------

    def _build_filters(self) -> None:
        self.rep_filter = _RepFilter(self._ensure_reps)
        self.rep_filter.setObjectName("rep_filter")
        self.rep_filter.setMinimumContentsLength(10)
        self.rep_filter.setItemText(0, self.tr("All reps"))
        self.category_filter = _enum_filter(
            "category_filter", self.tr("All categories"), list(CourseCategory)
        )
        self.status_filter = _enum_filter(
            "status_filter", self.tr("All statuses"), list(AssignmentStatus)
        )
        self.overdue_filter = QCheckBox(self.tr("Overdue only"))
        self.overdue_filter.setObjectName("overdue_filter")
        self.complete_button = QPushButton(self.tr("Complete…"))
        self.complete_button.setObjectName("complete_button")
        self.complete_button.setToolTip(self.tr("Record the completion with score and feedback"))
        self.plan_button = QPushButton(self.tr("Plan for many…"))
        self.plan_button.setObjectName("plan_button")
        self.plan_button.setToolTip(
            self.tr("Assign a course to the selected reps, the region or a country's reps")
        )

    def _actions_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.overdue_filter)
        row.addStretch(1)
        row.addWidget(self.complete_button)
        row.addWidget(self.plan_button)
        return row

    def _connect_filters(self) -> None:
        self.rep_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.category_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.overdue_filter.toggled.connect(lambda _on: self.apply_filters())
        self.complete_button.clicked.connect(self.complete_selected)
        self.plan_button.clicked.connect(self.plan_for_many)
        self.figures.rep_activated.connect(self.show_rep)

    def _update_buttons(self) -> None:
        record = self.selected_record()
        self.complete_button.setEnabled(
            record is not None and record.status is not AssignmentStatus.WAIVED
        )

    # -- reading ---------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        return {
            "region_id": self.region_id,
            "rep_id": self.rep_filter.value(),
            "category": self.category_filter.currentData(),
            "status": self.status_filter.currentData(),
            "overdue_on": self.today() if self.overdue_filter.isChecked() else None,
        }

    def set_region(self, region_id: int | None) -> None:
        if region_id != self.region_id:
            self._reps_stale = True
        self.figures.set_region(region_id)
        super().set_region(region_id)

    def _ensure_reps(self) -> None:
        """Fill the rep filter if its list is missing or from another region."""
        if self._reps_stale:
            self._load_reps()

    def _load_reps(self) -> None:
        """The rep filter's list: the region's reps by name (one statement)."""
        self._reps_stale = False
        chinese = self.ctx.prefers_chinese
        request = PageRequest(limit=REP_LIMIT, filters={"region_id": self.region_id})
        reps = self.team.list_reps(request).rows
        # The name the console reads first, the other after it, so either finds the rep.
        items = [
            (
                rep_label(r.name_zh, r.name)
                if chinese and r.name_zh
                else rep_label(r.name, r.name_zh)
            )
            for r in reps
        ]
        items = list(zip(items, (r.id for r in reps), strict=True))
        self.rep_filter.blockSignals(True)
        try:
            self.rep_filter.set_items(items)
            self.rep_filter.setItemText(0, self.tr("All reps"))
            if self.rep_filter.currentIndex() < 0:
                self.rep_filter.setCurrentIndex(0)
        finally:
            self.rep_filter.blockSignals(False)

    def apply_filters(self) -> None:
        # A rep chosen in another region's list must be dropped now; otherwise
        # the list waits for the filter's first use.
        if self._reps_stale and self.isVisible() and self.rep_filter.value() is not None:
            self._load_reps()
        super().apply_filters()

    def refresh(self) -> None:
        # The figures follow the region and the data, not the table's filters.
        super().refresh()
        if not self._postpone():
            self.figures.schedule_reload()

    def reload(self) -> None:
        super().reload()
        if not self._postpone():
            self.figures.schedule_reload()

    def on_changed(self, topic: str) -> None:
        if concerns(topic, "reps", "regions"):
            self._reps_stale = True
            self.apply_filters()
        else:
            super().on_changed(topic)

    def show_selected(self, record: Any) -> None:
        self._update_buttons()

    def show_rep(self, rep_id: int) -> None:
        """Filter the table to one rep (the figures' double-click)."""
        self._ensure_reps()
        index = self.rep_filter.findData(rep_id)
        if index >= 0:
            self.rep_filter.setCurrentIndex(index)

    def open_item(self, item_id: int) -> None:
        """Select assignment ``item_id``, loading pages or loosening filters.

        The dashboard and a review goal's course open rows here. Filters that
        hide it are cleared; one outside the region or search is shown alone.
        """
        if self.select_id(item_id):
            return
        try:
            record = self.service.get_assignment(item_id)
        except NotFoundError:
            return
        if self._clear_filters_hiding(record):
            self.apply_filters()
        in_region = self.region_id is None or record.region_id == self.region_id
        if not (in_region and not self.search_text and self.load_until(item_id)):
            self.model.set_query(filters={"id": item_id})
            self.count_label.setText(self.tr("Showing one assignment only"))
        self.select_id(item_id)

    def _clear_filters_hiding(self, record: AssignmentRecord) -> bool:
        cleared = False
        self._ensure_reps()
        for combo, value in (
            (self.rep_filter, record.rep_id),
            (self.category_filter, record.category.value if record.category else None),
            (self.status_filter, record.status.value),
        ):
            chosen = combo.currentData() if combo is not self.rep_filter else combo.value()
            if chosen not in (None, value):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
                cleared = True
        if self.overdue_filter.isChecked() and not record.is_overdue(self.today()):
            self.overdue_filter.blockSignals(True)
            self.overdue_filter.setChecked(False)
            self.overdue_filter.blockSignals(False)
            cleared = True
        return cleared

    # -- actions ---------------------------------------------------------------

    def selected_records(self) -> list[AssignmentRecord]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.record(row) for row in rows]

    def create(self) -> None:
        dialog = AssignmentDialog(
            self.ctx, region_id=self.region_id, rep_id=self.rep_filter.value(), parent=self
        )
        if self.run_dialog(dialog):
            self.open_item(dialog.result_value.id)

    def edit_selected(self) -> None:
        record = self._fresh_selected(self.tr("Edit training"))
        if record is not None:
            self.run_dialog(AssignmentDialog(self.ctx, record, parent=self))

    def complete_selected(self) -> None:
        record = self._fresh_selected(self.tr("Complete training"))
        if record is not None:
            self.run_dialog(CompleteDialog(self.ctx, record, self.today(), parent=self))

    def _fresh_selected(self, title: str) -> AssignmentRecord | None:
        record = self.selected_record()
        if record is None:
            return None
        try:
            # The row may be older than the database; edit what is stored now.
            return self.service.get_assignment(record.id)
        except NotFoundError as error:
            self.warn_and_reload(title, error)
            return None

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        chinese = self.ctx.prefers_chinese
        question = self.tr("Delete {course} for {rep}?").format(
            course=record.course_label(chinese), rep=record.rep_label(chinese)
        )
        if not self.confirm(self.tr("Delete training"), question):
            return
        try:
            self.service.delete_assignment(record.id, record.version)
        except ServiceError as error:
            self.warn_and_reload(self.tr("Delete training"), error)
            return
        self.ctx.bus.emit_changed(*TRAINING_TOPICS)

    def plan_for_many(self) -> None:
        """Plan one course for many reps; then say who got it and who was skipped."""
        rep_ids = [r.rep_id for r in self.selected_records()]
        if not rep_ids and self.rep_filter.value() is not None:
            rep_ids = [self.rep_filter.value()]
        dialog = PlanDialog(
            self.ctx, region_id=self.region_id, rep_ids=rep_ids, today=self.today(), parent=self
        )
        if not self.run_dialog(dialog):
            return
        result: PlanResult = dialog.result_value
        self.report_plan(result)

    def report_plan(self, result: PlanResult) -> None:
        """Say in the count label how many were planned and skipped (the dialog's
        preview named the skipped before OK; the label's tip names them again)."""
        preview = result.preview
        self.count_label.setText(
            self.tr("{course}: planned {n}, skipped {m}").format(
                course=preview.course_title, n=len(result.assignment_ids), m=len(preview.skipped)
            )
        )
        tip = ""
        if preview.skipped:
            chinese = self.ctx.prefers_chinese
            names = ", ".join((s.rep_name_zh if chinese else None) or s.rep_name
                              for s in preview.skipped)  # fmt: skip
            tip = self.tr("Skipped (the course is already open for them): {names}").format(
                names=names
            )
        self.count_label.setToolTip(tip)


__all__ = ["TrainingPane"]
