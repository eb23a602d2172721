"""Schedule a one-on-one (or move a planned one) in the rep's zone and the manager's.

The date and time are typed on either side; the other side follows through
:func:`app.domain.scheduling.from_local`, so what is stored is one UTC
instant. A warning line says when the slot is outside the rep's working
hours, on the rep's weekend (by country) or at a wall time a daylight-saving
change skips or repeats; for a series, the next occurrences are listed in
both zones, where the manager sees their side move when the rep's clocks change.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.domain import messages as msg
from app.domain.enums import Cadence, Channel, ManagerRole, MeetingStatus
from app.domain.scheduling import from_local, occurrences
from app.domain.validation import ValidationError
from app.services.errors import ConflictError
from app.services.one_on_one_records import OneOnOneInput, OneOnOneRecord
from app.services.one_on_ones import OneOnOneService
from app.services.team import ManagerRecord, TeamService
from app.ui.combos import EnumCombo, RepPicker, SearchableCombo
from app.ui.context import UiContext
from app.ui.forms import FormDialog
from app.ui.labels import cadence_label
from app.ui.me import my_manager_id
from app.ui.one_on_ones.agenda_text import when_text
from app.ui.one_on_ones.slot_editor import FALLBACK_ZONE, SlotEditor, warning_texts

translate = QCoreApplication.translate

MEETING_TOPICS = ("meetings",)
WARNING_STYLE = "color: #b9770e;"
#: How many meetings of a series the preview lists (the first included).
PREVIEW_COUNT = 4
#: Where a new meeting starts for the rep when nothing else is known.
DEFAULT_HOUR = 10


def region_manager(managers: list[ManagerRecord], region_id: int | None) -> ManagerRecord | None:
    """The region's regional manager (else any manager of the region), if any."""
    mine = [m for m in managers if region_id is not None and m.region_id == region_id]
    leads = [m for m in mine if m.role == ManagerRole.REGIONAL_MANAGER]
    return (leads or mine or [None])[0]


class ScheduleDialog(FormDialog):
    """Schedule a new one-on-one (``meeting=None``) or move a planned one.

    After OK, :attr:`result_value` is the saved :class:`OneOnOneRecord`;
    :attr:`before` is the meeting as loaded (None for a new one).
    """

    def __init__(
        self,
        ctx: UiContext,
        *,
        region_id: int | None = None,
        meeting: OneOnOneRecord | None = None,
        rep_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Schedule a one-on-one") if meeting is None else self.tr("Move meeting")
        super().__init__(
            ctx,
            title,
            topics=MEETING_TOPICS,
            expected_version=meeting.version if meeting else None,
            parent=parent,
        )
        self.service = OneOnOneService(ctx.db)
        self.team = TeamService(ctx.db)
        self.before = meeting
        self.rep_zone = meeting.rep_time_zone if meeting else FALLBACK_ZONE
        self.rep_country: str | None = meeting.rep_country if meeting else None
        if meeting is not None and meeting.status is not MeetingStatus.PLANNED:
            raise ValueError("only a planned meeting can be moved")
        self.managers = {m.id: m for m in self.team.list_managers()}
        self._build_fields(meeting.region_id if meeting else region_id, ctx.prefers_chinese)
        self._build_preview()
        if meeting is not None:
            self._show_meeting(meeting)
        else:
            self._start_new(region_id, rep_id)
        self._connect()
        self.update_hints()
        self.resize(max(760, self.sizeHint().width()), self.sizeHint().height())

    def _build_fields(self, region_id: int | None, chinese: bool) -> None:
        """Rep (of ``region_id``), manager, when, duration, channel, cadence."""
        self.rep_picker = RepPicker(self.team, region_id)
        self.add_field("rep_id", self.tr("Rep"), self.rep_picker)
        manager_items = [
            (m.name_zh if chinese and m.name_zh else m.name, m.id) for m in self.managers.values()
        ]
        self.manager_combo = SearchableCombo(manager_items, allow_none=True)
        self.add_field("manager_id", self.tr("Manager"), self.manager_combo)
        self.slot = SlotEditor()
        self.add_field("starts_at", self.tr("When"), self.slot)
        self.duration = QSpinBox()
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(45)
        self.duration.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.add_field("duration_minutes", self.tr("Duration"), self.duration)
        self.channel = EnumCombo(Channel)
        self.add_field("channel", self.tr("Channel"), self.channel)
        self.cadence = EnumCombo(Cadence, allow_none=True)
        self.cadence.setItemText(0, cadence_label(None))
        self.add_field("cadence", self.tr("Repeats"), self.cadence)

    def _build_preview(self) -> None:
        """The warning line and the series' next meetings in both zones."""
        self.warnings = QLabel()
        self.warnings.setObjectName("slot_warnings")
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setWordWrap(True)
        self.form.addRow(self.warnings)
        self.preview_caption = QLabel(self.tr("Next meetings of the series"))
        font = self.preview_caption.font()
        font.setBold(True)
        self.preview_caption.setFont(font)
        self.preview = QTableWidget(PREVIEW_COUNT, 2)
        self.preview.setObjectName("series_preview")
        self.preview.setHorizontalHeaderLabels([self.tr("Rep's time"), self.tr("Manager's time")])
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = PREVIEW_COUNT * self.preview.verticalHeader().defaultSectionSize()
        header = self.preview.horizontalHeader().sizeHint().height()
        self.preview.setFixedHeight(rows + header + 2 * self.preview.frameWidth() + 2)
        self.preview_legend = QLabel(
            self.tr(
                "In bold: the manager's time moves when the rep's clocks change; "
                "the rep's time stays."
            )
        )
        self.preview_legend.setObjectName("preview_legend")
        self.preview_legend.setWordWrap(True)
        self.form.addRow(self.preview_caption)
        self.form.addRow(self.preview)
        self.form.addRow(self.preview_legend)

    def _show_meeting(self, meeting: OneOnOneRecord) -> None:
        """The planned meeting being moved; its rep stays."""
        self.rep_picker.setValue(meeting.rep_id)
        self.rep_picker.setEnabled(False)
        self.manager_combo.setValue(meeting.manager_id)
        self.duration.setValue(meeting.duration_minutes)
        self.channel.setValue(meeting.channel)
        self.cadence.setValue(meeting.cadence)
        self.slot.rep_zone = meeting.rep_time_zone
        self.slot.manager_zone = self._manager_zone()
        self.slot.setValue(meeting.starts_at)

    def _start_new(self, region_id: int | None, rep_id: int | None) -> None:
        """A new meeting: mine (who I am), else the region's manager; by video."""
        me = my_manager_id(self.ctx)
        lead = region_manager(list(self.managers.values()), region_id)
        self.manager_combo.setValue(me if me in self.managers else (lead.id if lead else None))
        self.channel.setValue(Channel.VIDEO)
        if rep_id is not None:
            self.rep_picker.setValue(rep_id)
        self._rep_chosen(initial=True)

    def _connect(self) -> None:
        self.rep_picker.currentIndexChanged.connect(lambda _i: self._rep_chosen())
        self.manager_combo.currentIndexChanged.connect(lambda _i: self._manager_chosen())
        self.slot.edited.connect(self.update_hints)
        self.duration.valueChanged.connect(lambda _v: self.update_hints())
        self.cadence.currentIndexChanged.connect(lambda _i: self.update_hints())

    # -- zones ---------------------------------------------------------------------

    def _manager_zone(self) -> str:
        manager = self.managers.get(self.manager_combo.value())
        return manager.time_zone if manager is not None else FALLBACK_ZONE

    def _rep_chosen(self, *, initial: bool = False) -> None:
        rep_id = self.rep_picker.value()
        if rep_id is not None:
            rep = self.team.get_rep(rep_id)
            self.rep_zone, self.rep_country = rep.time_zone, rep.posting_country
        if initial:
            # A new meeting starts at 10:00 the rep's next working morning.
            self.slot.rep_zone, self.slot.manager_zone = self.rep_zone, self._manager_zone()
            tomorrow = dt.datetime.now(ZoneInfo(self.rep_zone)).date() + dt.timedelta(days=1)
            wall = dt.datetime.combine(tomorrow, dt.time(DEFAULT_HOUR))
            self.slot.setValue(from_local(wall, self.rep_zone)[0])
        else:
            self.slot.set_zones(self.rep_zone, self._manager_zone())
        self.update_hints()

    def _manager_chosen(self) -> None:
        # The instant stays: only the manager's side is read in another zone.
        self.slot.set_zones(self.rep_zone, self._manager_zone(), keep_rep_time=False)
        self.update_hints()

    # -- hints -----------------------------------------------------------------------

    def update_hints(self) -> None:
        """Refresh the warning line and the series preview from the fields."""
        start = self.slot.value()
        minutes = self.duration.value()
        texts = warning_texts(
            start, minutes, self.rep_zone, self.rep_country, self.slot.typed_warning
        )
        self.warnings.setText("\n".join(f"⚠ {text}" for text in texts))
        self.warnings.setVisible(bool(texts))
        cadence = self.cadence.value()
        self.preview_caption.setVisible(cadence is not None)
        self.preview.setVisible(cadence is not None)
        self.preview_legend.setVisible(False)
        if cadence is None:
            return
        manager_zone = self._manager_zone()
        starts = occurrences(start, self.rep_zone, cadence, PREVIEW_COUNT)
        first_clock = _clock_minutes(starts[0], manager_zone)
        for row, moment in enumerate(starts):
            rep_item = QTableWidgetItem(when_text(moment, self.rep_zone))
            manager_text = when_text(moment, manager_zone)
            shift = _clock_minutes(moment, manager_zone) - first_clock
            manager_item = QTableWidgetItem(manager_text)
            if shift:
                # The rep's clocks changed: the manager's side moves, the rep's stays.
                manager_item.setText(f"{manager_text}  ({_shift_text(shift)})")
                bold = QFont(manager_item.font())
                bold.setBold(True)
                manager_item.setFont(bold)
                self.preview_legend.setVisible(True)
            self.preview.setItem(row, 0, rep_item)
            self.preview.setItem(row, 1, manager_item)

    def warning_text(self) -> str:
        return self.warnings.text() if not self.warnings.isHidden() else ""

    def preview_rows(self) -> list[tuple[str, str]]:
        """What the series preview shows (rep's time, manager's time) per meeting."""
        if self.preview.isHidden():
            return []
        return [
            (self.preview.item(r, 0).text(), self.preview.item(r, 1).text())
            for r in range(self.preview.rowCount())
        ]

    # -- saving ----------------------------------------------------------------------

    def meeting_input(self) -> OneOnOneInput:
        rep_id = self.rep_picker.value()
        if rep_id is None:
            raise ValidationError("rep_id", msg.REP_REQUIRED())
        before = self.before
        return OneOnOneInput(
            rep_id=rep_id,
            starts_at=self.slot.value(),
            manager_id=self.manager_combo.value(),
            duration_minutes=self.duration.value(),
            channel=self.channel.value() or Channel.VIDEO,
            cadence=self.cadence.value(),
            agenda=before.agenda if before else None,
            notes=before.notes if before else None,
            morale=before.morale if before else None,
            private_note=before.private_note if before else None,
        )

    def save(self, version: int | None) -> OneOnOneRecord:
        data = self.meeting_input()
        if self.before is None:
            return self.service.schedule(data)
        return self.service.update(self.before.id, data, version)

    def conflict_values(self) -> dict[str, Any]:
        return {
            "starts_at": self.slot.value(),
            "manager_id": self.manager_combo.value(),
            "duration_minutes": self.duration.value(),
            "channel": self.channel.value(),
            "cadence": self.cadence.value(),
        }

    def reload_from(self, error: ConflictError) -> None:
        if self.before is None:
            return
        stored = self.service.get(self.before.id)
        self.before = stored
        self.expected_version = stored.version
        self.manager_combo.setValue(stored.manager_id)
        self.duration.setValue(stored.duration_minutes)
        self.channel.setValue(stored.channel)
        self.cadence.setValue(stored.cadence)
        self.slot.manager_zone = self._manager_zone()
        self.slot.setValue(stored.starts_at)
        self.update_hints()


def _clock_minutes(moment: dt.datetime, zone: str) -> int:
    local = moment.astimezone(ZoneInfo(zone))
    return local.hour * 60 + local.minute


def _shift_text(minutes: int) -> str:
    # Across midnight the clock difference wraps; a DST change is at most a few hours.
    if minutes > 12 * 60:
        minutes -= 24 * 60
    elif minutes < -12 * 60:
        minutes += 24 * 60
    hours, rest = divmod(abs(minutes), 60)
    if rest:
        amount = translate("ScheduleDialog", "{hours} h {minutes} min").format(
            hours=hours, minutes=rest
        )
    else:
        amount = translate("ScheduleDialog", "{hours} h").format(hours=hours)
    return ("+" if minutes > 0 else "−") + amount


__all__ = ["FALLBACK_ZONE", "ScheduleDialog", "SlotEditor", "region_manager", "warning_texts"]
