"""The One-on-ones pane: the region's meetings in the period, in both time zones.

Rows come from :meth:`OneOnOneService.list_meetings` (sorted, filtered and
paged in the database; open action counts ride in the same query). New
schedules a meeting, Edit opens the meeting editor, Delete removes it (Ctrl+Z
brings it back with its action items), Export writes the selected meeting, or
its whole series, as an ``.ics`` calendar file (Export table saves the rows).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.domain.enums import MeetingStatus
from app.services.errors import NotFoundError, ServiceError
from app.services.one_on_ones import OneOnOneRecord, OneOnOneService
from app.services.team import TeamService
from app.ui.area_keys import ONE_ON_ONES
from app.ui.change_bus import concerns
from app.ui.combos import SearchableCombo, rep_label
from app.ui.context import UiContext
from app.ui.labels import enum_label
from app.ui.me import my_time_zone
from app.ui.one_on_ones.agenda_text import when_text
from app.ui.one_on_ones.editor import OneOnOneEditor
from app.ui.one_on_ones.parts import export_meeting, meeting_columns, meeting_filters
from app.ui.one_on_ones.schedule_dialog import FALLBACK_ZONE, ScheduleDialog, region_manager
from app.ui.table_pane import TablePane
from app.ui.undo import push_change

TOPICS = ("meetings", "actions")


class _State:
    """The id and version a meeting has after an undo command's last step."""

    def __init__(self, record: OneOnOneRecord) -> None:
        self.id, self.version = record.id, record.version

    def track(self, record: OneOnOneRecord) -> None:
        self.id, self.version = record.id, record.version


class OneOnOnesPane(TablePane[OneOnOneRecord]):
    """Meetings of the region in the period; filter by rep and status."""

    key = ONE_ON_ONES
    icon = "one_on_ones.svg"
    can_create = True
    can_edit = True
    can_delete = True
    topics = TOPICS
    lazy = True
    period_filters = True
    default_sort = "manager_time"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        #: What "overdue" means in the editor; tests set a fixed day.
        self.today: Callable[[], dt.date] = dt.date.today
        #: What "not started yet" is judged against when marking held; tests set it.
        self.now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
        self.service = OneOnOneService(ctx.db)
        self.team = TeamService(ctx.db)
        self.manager_zone = FALLBACK_ZONE
        #: The signed-in manager's zone ("your time"), None when nobody is signed in.
        self.my_zone: str | None = my_time_zone(ctx)
        self._reps_stale = True
        self.rep_filter = SearchableCombo(allow_none=True)
        self.rep_filter.setObjectName("rep_filter")
        self.rep_filter.setItemText(0, self.tr("All reps"))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in MeetingStatus:
            self.status_filter.addItem(enum_label(status), status.value)
        self.build(
            self.service.list_meetings,
            meeting_columns(
                lambda: self.manager_zone,
                chinese=ctx.prefers_chinese,
                my_zone=lambda: self.my_zone,
            ),
            count_text=self.tr("Meetings: {count}"),
            bar=[
                QLabel(self.tr("Rep:")),
                self.rep_filter,
                QLabel(self.tr("Status:")),
                self.status_filter,
            ],
            view_name="meetings_view",
        )
        self.rep_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.add_export_action(
            self.tr("Export calendar (.ics)…"), self.export_calendar, "export_calendar"
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("OneOnOnesPane", "One-on-ones")

    def set_region(self, region_id: int | None) -> None:
        if region_id != self.region_id:
            self._reps_stale = True
        super().set_region(region_id)

    def _load_reps(self) -> None:
        """The rep filter's list and the region manager's zone (two light statements)."""
        self._reps_stale = False
        chinese = self.ctx.prefers_chinese
        items = [
            (rep_label(zh, name) if chinese and zh else rep_label(name, zh), rep_id)
            for rep_id, name, zh in self.service.rep_names(self.region_id)
        ]
        self.rep_filter.blockSignals(True)
        try:
            self.rep_filter.set_items(items)
            self.rep_filter.setItemText(0, self.tr("All reps"))
            if self.rep_filter.currentIndex() < 0:
                self.rep_filter.setCurrentIndex(0)
        finally:
            self.rep_filter.blockSignals(False)
        self.my_zone = my_time_zone(self.ctx)
        lead = region_manager(self.team.list_managers(self.region_id), self.region_id)
        # The period's days are my days when I am known, else the region manager's.
        self.manager_zone = self.my_zone or (lead.time_zone if lead is not None else FALLBACK_ZONE)

    def filters(self) -> dict[str, Any]:
        return meeting_filters(
            self.region_id,
            self.period,
            self.manager_zone,
            rep_id=self.rep_filter.value(),
            status=self.status_filter.currentData(),
        )

    def apply_filters(self) -> None:
        # The rep list and the manager's zone (the period's bounds) first.
        if self._reps_stale and self.isVisible():
            self._load_reps()
        super().apply_filters()

    def on_changed(self, topic: str) -> None:
        if concerns(topic, "reps", "regions", "managers", "preferences"):
            self._reps_stale = True
            self.apply_filters()
        else:
            super().on_changed(topic)

    def open_item(self, item_id: int) -> None:
        """Show and select meeting ``item_id``, loading pages or loosening filters."""
        if self.select_id(item_id):
            return
        try:
            meeting = self.service.get(item_id)
        except NotFoundError:
            return
        if self.rep_filter.value() not in (None, meeting.rep_id):
            self.rep_filter.setCurrentIndex(0)  # reloads
        status = self.status_filter.currentData()
        if status is not None and status != meeting.status.value:
            self.status_filter.setCurrentIndex(0)  # reloads
        if not self.load_until(item_id):
            # Another period, region or search: list this meeting alone.
            self.model.set_query(filters={"id": item_id})
            self.count_label.setText(self.tr("Showing one meeting only"))
        self.select_id(item_id)

    # -- actions ---------------------------------------------------------------------

    def create(self) -> None:
        dialog = ScheduleDialog(
            self.ctx, region_id=self.region_id, rep_id=self.rep_filter.value(), parent=self
        )
        if not self.run_dialog(dialog):
            return
        record: OneOnOneRecord = dialog.result_value
        data = dialog.meeting_input()
        state = _State(record)

        def undo() -> None:
            self.service.delete(state.id, state.version)

        def redo() -> None:
            state.track(self.service.schedule(data))

        text = self.tr("Schedule one-on-one with {rep}").format(rep=record.rep_name)
        push_change(self.ctx, text, undo, redo, TOPICS, self)
        self.open_item(record.id)

    def edit_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None:
            return
        try:
            editor = OneOnOneEditor(
                self.ctx, meeting_id, today=self.today, now=self.now, parent=self
            )
        except NotFoundError as error:
            self.warn_and_reload(self.tr("Edit one-on-one"), error)
            return
        self.run_dialog(editor)

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        question = self.tr(
            "Delete the one-on-one with {rep} on {when}, with its notes and action items?"
        ).format(rep=record.rep_name, when=when_text(record.starts_at, record.rep_time_zone))
        if not self.confirm(self.tr("Delete one-on-one"), question):
            return
        try:
            stored = self.service.get(record.id)
            actions = self.service.actions_of(record.id)
            self.service.delete(record.id, stored.version)
        except ServiceError as error:
            self.warn_and_reload(self.tr("Delete one-on-one"), error)
            return
        self.ctx.bus.emit_changed(*TOPICS)
        state = _State(stored)

        def undo() -> None:
            again, _items = self.service.restore(stored, actions)
            state.track(again)

        def redo() -> None:
            self.service.delete(state.id, state.version)

        text = self.tr("Delete one-on-one with {rep}").format(rep=record.rep_name)
        push_change(self.ctx, text, undo, redo, TOPICS, self)

    def export_calendar(self) -> None:
        """Save the selected meeting, or its series, as an .ics file."""
        written = export_meeting(self, self.service, self.selected_record())
        if written is not None:
            self.count_label.setText(self.tr("Saved {file}").format(file=written.name))


__all__ = ["OneOnOnesPane"]
