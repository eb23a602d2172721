"""The One-on-ones pane: the region's meetings in the period, in both time zones.

Rows come from :meth:`OneOnOneService.list_meetings` (sorted, filtered and
paged in the database; open action counts ride in the same query). New
schedules a meeting, Edit opens the meeting editor, Delete removes it (Ctrl+Z
brings it back with its action items), Export writes the selected meeting, or
its whole series, as an ``.ics`` calendar file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import MeetingStatus
from app.domain.periods import Period
from app.services.base import Page, PageRequest
from app.services.errors import NotFoundError, ServiceError
from app.services.one_on_one_records import OneOnOneRecord
from app.services.one_on_ones import OneOnOneService
from app.services.team import TeamService
from app.ui.change_bus import concerns
from app.ui.combos import SearchableCombo, rep_label
from app.ui.context import UiContext
from app.ui.labels import enum_label
from app.ui.one_on_ones.agenda_text import when_text
from app.ui.one_on_ones.editor import OneOnOneEditor
from app.ui.one_on_ones.parts import export_meeting, meeting_columns
from app.ui.one_on_ones.schedule_dialog import FALLBACK_ZONE, ScheduleDialog, region_manager
from app.ui.pane import Pane
from app.ui.period_selector import default_period
from app.ui.table_model import IdRole, PagedTableModel
from app.ui.toolbar import edit_on_enter
from app.ui.undo import push_change

translate = QCoreApplication.translate

TOPICS = ("meetings", "actions")


class _State:
    """The id and version a meeting has after an undo command's last step."""

    def __init__(self, record: OneOnOneRecord) -> None:
        self.id, self.version = record.id, record.version

    def track(self, record: OneOnOneRecord) -> None:
        self.id, self.version = record.id, record.version


class OneOnOnesPane(Pane):
    """Meetings of the region in the period; filter by rep and status."""

    key = "one_on_ones"
    icon = "one_on_ones.svg"
    can_create = True
    can_edit = True
    can_delete = True
    can_export = True

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        #: What "overdue" means in the editor; tests set a fixed day.
        self.today: Callable[[], dt.date] = dt.date.today
        self.service = OneOnOneService(ctx.db)
        self.team = TeamService(ctx.db)
        self.region_id: int | None = None
        self.period: Period = default_period()
        self.search_text = ""
        self.manager_zone = FALLBACK_ZONE
        self._stale = True
        self._reps_stale = True

        self.rep_filter = SearchableCombo(allow_none=True)
        self.rep_filter.setObjectName("rep_filter")
        self.rep_filter.setItemText(0, self.tr("All reps"))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in MeetingStatus:
            self.status_filter.addItem(enum_label(status), status.value)
        self.count_label = QLabel()

        self.model: PagedTableModel[OneOnOneRecord] = PagedTableModel(
            self._fetch,
            meeting_columns(lambda: self.manager_zone, chinese=ctx.prefers_chinese),
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("meetings_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        edit_on_enter(self.view, self.edit_selected)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Rep:")))
        bar.addWidget(self.rep_filter)
        bar.addWidget(QLabel(self.tr("Status:")))
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.rep_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        ctx.bus.changed.connect(self._on_changed)

        if not self._restore_state():
            header.setSortIndicator(
                self.model.column_index("manager_time"), Qt.SortOrder.AscendingOrder
            )
            widths = {
                "rep_name": 160,
                "manager_time": 220,
                "rep_time": 240,
                "channel": 80,
                "status": 70,
                "cadence": 80,
                "morale": 70,
            }
            for key, width in widths.items():
                self.view.setColumnWidth(self.model.column_index(key), width)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.view.setSortingEnabled(True)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("OneOnOnesPane", "One-on-ones")

    def _fetch(self, request: PageRequest) -> Page[OneOnOneRecord]:
        # Nothing is read while hidden; showEvent loads what the window says then.
        if not self.isVisible():
            return Page(rows=[], total=0, offset=request.offset)
        return self.service.list_meetings(request)

    # -- what the window tells the pane ---------------------------------------------

    def set_region(self, region_id: int | None) -> None:
        if region_id != self.region_id:
            self.region_id = region_id
            self._reps_stale = True
            self.apply_filters()

    def set_period(self, period: Period) -> None:
        if period != self.period:
            self.period = period
            self.apply_filters()

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text != self.search_text:
            self.search_text = text
            self.apply_filters()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self._reps_stale:
            self.apply_filters()

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
        lead = region_manager(self.team.list_managers(self.region_id), self.region_id)
        self.manager_zone = lead.time_zone if lead is not None else FALLBACK_ZONE

    def _bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """The period's days in the manager's zone, as UTC instants ([from, to))."""
        zone = ZoneInfo(self.manager_zone)
        start = dt.datetime.combine(self.period.start, dt.time(0), tzinfo=zone)
        end = dt.datetime.combine(self.period.end + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
        return start.astimezone(dt.UTC), end.astimezone(dt.UTC)

    def filters(self) -> dict[str, Any]:
        start, end = self._bounds()
        return {
            "region_id": self.region_id,
            "rep_id": self.rep_filter.value(),
            "status": self.status_filter.currentData(),
            "from": start,
            "to": end,
        }

    def apply_filters(self) -> None:
        """Query the database for the region, period, rep, status and search now chosen.

        A hidden pane only notes that it is stale and queries when shown.
        """
        if not self.isVisible():
            self._stale = True
            return
        if self._reps_stale:
            self._load_reps()
        self._stale = False
        keep = self.selected_id()
        self.model.set_query(search=self.search_text, filters=self.filters())
        self._reselect(keep)

    def reload(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        keep = self.selected_id()
        self.model.reload()
        self._reselect(keep)

    def _on_changed(self, topic: str) -> None:
        if concerns(topic, "reps", "regions", "managers"):
            self._reps_stale = True
            self.apply_filters()
        elif concerns(topic, *TOPICS):
            self.reload()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("Meetings: {count}").format(count=self.model.total))

    # -- selection -------------------------------------------------------------------

    def has_selection(self) -> bool:
        return self.selected_id() is not None

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    def selected_record(self) -> OneOnOneRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_id(self, meeting_id: int) -> bool:
        row = self.model.row_of_id(meeting_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _reselect(self, meeting_id: int | None) -> None:
        if meeting_id is None or not self.select_id(meeting_id):
            self.selection_changed.emit()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selection_changed.emit()

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
        while self.model.row_of_id(item_id) is None and self.model.canFetchMore():
            self.model.fetchMore()
        if self.model.row_of_id(item_id) is None:
            # Another period, region or search: list this meeting alone.
            self.model.set_query(filters={"id": item_id})
            self.count_label.setText(self.tr("Showing one meeting only"))
        self.select_id(item_id)

    # -- actions ---------------------------------------------------------------------

    def create(self) -> None:
        dialog = ScheduleDialog(
            self.ctx, region_id=self.region_id, rep_id=self.rep_filter.value(), parent=self
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            record: OneOnOneRecord = dialog.result_value
            data = dialog.meeting_input()
        finally:
            dialog.deleteLater()
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
            editor = OneOnOneEditor(self.ctx, meeting_id, today=self.today, parent=self)
        except NotFoundError as error:
            QMessageBox.warning(self, self.tr("Edit one-on-one"), str(error))
            self.reload()
            return
        try:
            editor.exec()
        finally:
            editor.deleteLater()

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete one-on-one"),
            self.tr(
                "Delete the one-on-one with {rep} on {when}, with its notes and action items?"
            ).format(rep=record.rep_name, when=when_text(record.starts_at, record.rep_time_zone)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            stored = self.service.get(record.id)
            actions = self.service.actions_of(record.id)
            self.service.delete(record.id, stored.version)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Delete one-on-one"), str(error))
            self.reload()
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

    def export(self) -> None:
        """Save the selected meeting, or its series, as an .ics file."""
        written = export_meeting(self, self.service, self.selected_record())
        if written is not None:
            self.count_label.setText(self.tr("Saved {file}").format(file=written.name))

    # -- state -----------------------------------------------------------------------

    def _restore_state(self) -> bool:
        header_state = self.ctx.settings.value("one_on_ones/header")
        return header_state is not None and self.view.horizontalHeader().restoreState(header_state)

    def save_state(self) -> None:
        self.ctx.settings.setValue("one_on_ones/header", self.view.horizontalHeader().saveState())


__all__ = ["OneOnOnesPane", "meeting_columns"]
