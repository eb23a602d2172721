"""Plan for many: one course for the selected reps, the region, or every rep posted in a country.

The dialog previews what OK would do as the choices change (how many reps get
the course, who is skipped because it is already open for them, how many
would be due already), then writes every assignment in one transaction
(:class:`~app.services.training_plans.TrainingPlanService`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app.domain.validation import ValidationError
from app.services.errors import ServiceError
from app.services.training_plans import (
    MAX_DUE_DAYS,
    PlanPreview,
    PlanRequest,
    PlanResult,
    PlanScope,
    TrainingPlanService,
)
from app.ui.combos import CountryCombo, SearchableCombo
from app.ui.context import UiContext
from app.ui.editors import DateEdit
from app.ui.forms import FormDialog
from app.ui.training.dialogs import TRAINING_TOPICS, course_items, require_picked

#: How many skipped reps the preview names before "and N more".
NAMED_SKIPPED = 5
#: A fixed due date starts this many days ahead.
DEFAULT_DUE_DAYS = 60


class ScopeChooser(QWidget):
    """Who gets the course: the selected reps, the whole region, or a country's reps."""

    edited = Signal()

    def __init__(self, selected: int, has_region: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selected = QRadioButton(self.tr("The selected reps ({n})").format(n=selected))
        self.selected.setObjectName("scope_selected")
        self.selected.setEnabled(selected > 0)
        self.region = QRadioButton(self.tr("Every rep of the region"))
        self.region.setObjectName("scope_region")
        self.region.setEnabled(has_region)
        if not has_region:
            self.region.setToolTip(self.tr("Choose a region in the toolbar first"))
        self.country_button = QRadioButton(self.tr("Every rep posted in"))
        self.country_button.setObjectName("scope_country")
        self.country = CountryCombo(allow_none=True)
        self.country.setObjectName("field_country_combo")
        self.group = QButtonGroup(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, button in enumerate((self.selected, self.region, self.country_button)):
            self.group.addButton(button)
            grid.addWidget(button, row, 0)
        grid.addWidget(self.country, 2, 1)
        grid.setColumnStretch(1, 1)
        (self.selected if selected else self.country_button).setChecked(True)
        self.group.buttonToggled.connect(lambda *_a: self.edited.emit())
        self.country.edited.connect(self._country_edited)

    def _country_edited(self) -> None:
        self.country_button.setChecked(True)
        self.edited.emit()

    def value(self) -> PlanScope:
        if self.selected.isChecked():
            return PlanScope.SELECTED
        return PlanScope.REGION if self.region.isChecked() else PlanScope.COUNTRY

    def setValue(self, scope: PlanScope | None) -> None:
        button = {
            PlanScope.SELECTED: self.selected,
            PlanScope.REGION: self.region,
            PlanScope.COUNTRY: self.country_button,
        }.get(scope or PlanScope.COUNTRY, self.country_button)
        button.setChecked(True)


class DueChooser(QWidget):
    """Due on one date, or N days after each rep's own posting start."""

    edited = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fixed = QRadioButton(self.tr("On"))
        self.fixed.setObjectName("due_fixed")
        self.date = DateEdit(allow_empty=False)
        self.date.setValue(today + dt.timedelta(days=DEFAULT_DUE_DAYS))
        self.relative = QRadioButton()
        self.relative.setObjectName("due_relative")
        self.days = QSpinBox()
        self.days.setObjectName("due_days")
        self.days.setRange(0, MAX_DUE_DAYS)
        self.days.setValue(90)
        self.group = QButtonGroup(self)
        self.group.addButton(self.fixed)
        self.group.addButton(self.relative)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.fixed, 0, 0)
        grid.addWidget(self.date, 0, 1, 1, 2)
        grid.addWidget(self.relative, 1, 0)
        grid.addWidget(self.days, 1, 1)
        grid.addWidget(QLabel(self.tr("days after each rep's posting start")), 1, 2)
        grid.setColumnStretch(2, 1)
        self.fixed.setChecked(True)
        self.group.buttonToggled.connect(lambda *_a: self.edited.emit())
        self.date.textChanged.connect(lambda _t: self.edited.emit())
        self.days.valueChanged.connect(self._days_edited)

    def _days_edited(self, _value: int) -> None:
        self.relative.setChecked(True)
        self.edited.emit()

    def value(self) -> tuple[dt.date | None, int | None]:
        """(the fixed date, None) or (None, days after the posting start)."""
        if self.relative.isChecked():
            return None, self.days.value()
        return self.date.value(), None


class SinceChooser(QWidget):
    """Optionally only the newly posted: reps whose posting started on or after a day."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self.tr("Only reps posted on or after"))
        self.check.setObjectName("newly_posted")
        self.date = DateEdit()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.date, 1)
        self.check.toggled.connect(lambda _on: self.edited.emit())
        self.date.textChanged.connect(self._date_edited)

    def _date_edited(self, _text: str) -> None:
        if self.date.value() is not None:
            self.check.setChecked(True)
        self.edited.emit()

    def value(self) -> dt.date | None:
        return self.date.value() if self.check.isChecked() else None

    def setValue(self, value: dt.date | None) -> None:
        self.date.setValue(value)
        self.check.setChecked(value is not None)


class PlanDialog(FormDialog):
    """Plan one course for many reps at once; ``result_value`` is the :class:`PlanResult`."""

    def __init__(
        self,
        ctx: UiContext,
        *,
        region_id: int | None,
        rep_ids: Sequence[int] = (),
        country: str | None = None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Plan training for many reps"), topics=TRAINING_TOPICS,
                         parent=parent)  # fmt: skip
        self.service = TrainingPlanService(ctx.db)
        self.region_id = region_id
        self.rep_ids = tuple(dict.fromkeys(rep_ids))
        self.today = today
        self.preview_value: PlanPreview | None = None
        self.course: SearchableCombo = self.add_field(
            "course_id", self.tr("Course"), SearchableCombo(course_items(ctx))
        )
        self.course.setValue(None)
        self.scope: ScopeChooser = self.add_field(
            "scope", self.tr("For"), ScopeChooser(len(self.rep_ids), region_id is not None)
        )
        if country:
            self.scope.country.setValue(country)
        self.since: SinceChooser = self.add_field(
            "posted_since", self.tr("Newly posted"), SinceChooser()
        )
        self.due: DueChooser = self.add_field("due_date", self.tr("Due"), DueChooser(today))
        self.preview_label = QLabel()
        self.preview_label.setObjectName("plan_preview")
        self.preview_label.setWordWrap(True)
        self.preview_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.form.addRow(self.preview_label)
        self.ok_button.setText(self.tr("Plan"))
        for signal in (
            self.course.edited,
            self.scope.edited,
            self.due.edited,
            self.since.edited,
        ):
            signal.connect(lambda *_a: self.update_preview())
        self.update_preview()
        self.course.setFocus()
        self.resize(560, self.sizeHint().height())

    def show_error(self, field: str | None, message: str) -> None:
        # The service names the relative days "due_days" and the country "country":
        # both are parts of a field here.
        mapped = {"due_days": "due_date", "country": "scope", "region_id": "scope"}
        super().show_error(mapped.get(field or "", field), message)

    # -- the request -------------------------------------------------------------

    def plan_request(self) -> PlanRequest:
        due_date, due_days = self.due.value()
        return PlanRequest(
            course_id=require_picked(self.course, "course_id"),
            scope=self.scope.value(),
            rep_ids=self.rep_ids,
            region_id=self.region_id,
            country=self.scope.country.value(),
            posted_since=self.since.value(),
            due_date=due_date,
            due_days_after_posting=due_days,
        )

    def update_preview(self) -> None:
        """Say what OK would do now, or why it cannot yet."""
        self.preview_value = None
        try:
            preview = self.service.preview(self.plan_request())
        except ValidationError as error:
            why = self.missing_text(error)
            self.preview_label.setText(self.tr("Not ready: {why}").format(why=why))
            self.ok_button.setEnabled(False)
            return
        except ServiceError as error:
            self.preview_label.setText(str(error))
            self.ok_button.setEnabled(False)
            return
        self.preview_value = preview
        self.preview_label.setText(self.preview_text(preview))
        self.ok_button.setEnabled(bool(preview.planned))

    def missing_text(self, error: ValidationError) -> str:
        """What is still to choose, in the console's words (the service's otherwise)."""
        hints = {
            "course_id": self.tr("choose a course"),
            "country": self.tr("choose a country"),
            "region_id": self.tr("choose a region in the toolbar first"),
            "rep_ids": self.tr("select at least one rep"),
            "due_date": self.tr("give a due date"),
        }
        if error.field == "country" and self.scope.country.value() is not None:
            return error.message  # a code typed by hand that is no country
        return hints.get(error.field or "", error.message)

    def preview_text(self, preview: PlanPreview) -> str:
        chinese = self.ctx.prefers_chinese
        lines = [self.tr("{n} reps will get the course.").format(n=len(preview.planned))]
        if preview.skipped:
            names = [(s.rep_name_zh if chinese else None) or s.rep_name for s in preview.skipped]
            shown = ", ".join(names[:NAMED_SKIPPED])
            if len(names) > NAMED_SKIPPED:
                shown = self.tr("{names} and {n} more").format(
                    names=shown, n=len(names) - NAMED_SKIPPED
                )
            lines.append(
                self.tr("{n} skipped (the course is already open for them): {names}").format(
                    n=len(names), names=shown
                )
            )
        late = preview.overdue_on(self.today)
        if late:
            lines.append(self.tr("{n} would be overdue already.").format(n=late))
        return "\n".join(lines)

    def save(self, _version: int | None) -> PlanResult:
        return self.service.plan(self.plan_request())


__all__ = ["DueChooser", "PlanDialog", "ScopeChooser", "SinceChooser"]
