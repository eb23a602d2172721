"""Two clocks for one meeting: the start typed in the rep's zone or the manager's.

:class:`SlotEditor` keeps one UTC instant; typing on either side moves the
other through :func:`app.domain.scheduling.from_local`, which also says when
the wall time typed is skipped or repeated by a daylight-saving change.
:func:`warning_texts` words what is awkward about a slot for the rep.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QTimeEdit, QWidget

from app.domain.formats import format_time
from app.domain.scheduling import (
    WORKDAY_END,
    WORKDAY_START,
    SlotWarning,
    from_local,
    slot_warnings,
)
from app.ui.editors import DateEdit
from app.ui.labels import date_text
from app.ui.one_on_ones.agenda_text import clock_text, zone_abbreviation, zone_city

translate = QCoreApplication.translate

#: Used for the manager's side when a meeting has no manager.
FALLBACK_ZONE = "UTC"


def warning_texts(
    starts_at: dt.datetime,
    duration_minutes: int,
    rep_zone: str,
    rep_country: str | None,
    typed: tuple[SlotWarning, dt.datetime, str] | None = None,
) -> list[str]:
    """Plain sentences about what is awkward in a slot, for the rep.

    ``typed`` is the DST warning of the wall time the user typed (warning,
    naive wall time, its zone), from :func:`from_local`.
    """
    texts: list[str] = []
    local = starts_at.astimezone(ZoneInfo(rep_zone))
    found = slot_warnings(starts_at, duration_minutes, rep_zone, rep_country)
    if SlotWarning.OUTSIDE_HOURS in found:
        end = local + dt.timedelta(minutes=duration_minutes)
        texts.append(
            translate(
                "ScheduleDialog",
                "{start}–{end} in {city} is outside the rep's working hours ({first}–{last}).",
            ).format(
                start=format_time(local),
                end=format_time(end),
                city=zone_city(rep_zone),
                first=format_time(WORKDAY_START),
                last=format_time(WORKDAY_END),
            )
        )
    if SlotWarning.WEEKEND in found:
        day = local.date()
        texts.append(
            translate("ScheduleDialog", "{day} {date} is a weekend day for the rep ({country}).")
            .format(day=_day_name(day), date=date_text(day), country=rep_country or "")
            .replace(" ()", "")
        )
    if typed is not None and typed[0] is SlotWarning.NONEXISTENT_TIME:
        wall, zone = typed[1], typed[2]
        texts.append(
            translate(
                "ScheduleDialog",
                "{time} does not exist in {city} on {date} (the clocks go forward); "
                "the meeting starts at {actual}.",
            ).format(
                time=format_time(wall),
                city=zone_city(zone),
                date=date_text(wall.date()),
                actual=clock_text(starts_at, zone),
            )
        )
    ambiguous = SlotWarning.AMBIGUOUS_TIME in found or (
        typed is not None and typed[0] is SlotWarning.AMBIGUOUS_TIME
    )
    if ambiguous:
        zone = typed[2] if typed is not None else rep_zone
        texts.append(
            translate(
                "ScheduleDialog",
                "{time} happens twice in {city} that night (the clocks go back); "
                "the first one is used ({abbreviation}).",
            ).format(
                time=format_time(starts_at, zone),
                city=zone_city(zone),
                abbreviation=zone_abbreviation(starts_at.astimezone(ZoneInfo(zone))),
            )
        )
    return texts


def _day_name(day: dt.date) -> str:
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)


class ZoneTimeEdit(QWidget):
    """A date and a time typed in one zone, under a caption naming the zone."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setObjectName(f"{name}_caption")
        self.date_edit = DateEdit(allow_empty=False)
        self.date_edit.setObjectName(f"{name}_date")
        self.time_edit = QTimeEdit()
        self.time_edit.setObjectName(f"{name}_time")
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setWrapping(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.addWidget(self.caption, 0, 0, 1, 2)
        grid.addWidget(self.date_edit, 1, 0)
        grid.addWidget(self.time_edit, 1, 1)
        grid.setColumnStretch(0, 1)
        self.setFocusProxy(self.date_edit)
        # Only a real date moves the other side; text that is not one waits (and
        # the dialog refuses it) instead of standing for today.
        self.date_edit.dateChanged.connect(lambda day: day is not None and self.changed.emit())
        self.time_edit.timeChanged.connect(lambda _t: self.changed.emit())

    def wall_time(self) -> dt.datetime:
        """The naive wall time typed."""
        day = self.date_edit.value() or dt.date.today()
        clock = self.time_edit.time()
        return dt.datetime.combine(day, dt.time(clock.hour(), clock.minute()))

    def show_time(self, local: dt.datetime) -> None:
        """Show an aware time (already in this side's zone) without emitting ``changed``."""
        with QSignalBlocker(self.date_edit), QSignalBlocker(self.time_edit):
            self.date_edit.setValue(local.date())
            self.time_edit.setTime(QTime(local.hour, local.minute))


class SlotEditor(QWidget):
    """The start in the rep's zone and the manager's, side by side; ``value()`` is UTC.

    Typing on one side moves the other; :attr:`typed_warning` keeps the DST
    warning of the wall time last typed (skipped or repeated), for the dialog.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rep_zone = FALLBACK_ZONE
        self.manager_zone = FALLBACK_ZONE
        self.typed_warning: tuple[SlotWarning, dt.datetime, str] | None = None
        self.rep_side = ZoneTimeEdit("rep")
        self.manager_side = ZoneTimeEdit("manager")
        arrows = QLabel("⇄")
        arrows.setAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rep_side, 1)
        layout.addWidget(arrows)
        layout.addWidget(self.manager_side, 1)
        self.setFocusProxy(self.rep_side)
        self._start = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
        self.rep_side.changed.connect(lambda: self._typed(self.rep_side, self.rep_zone))
        self.manager_side.changed.connect(lambda: self._typed(self.manager_side, self.manager_zone))
        # Any typing in a date clears the field's error, valid yet or not.
        self.rep_side.date_edit.edited.connect(self.edited)
        self.manager_side.date_edit.edited.connect(self.edited)
        self._show()

    def value(self) -> dt.datetime:
        return self._start

    def setValue(self, value: dt.datetime) -> None:
        self._start = value.astimezone(dt.UTC)
        self.typed_warning = None
        self._show()

    def set_zones(self, rep_zone: str, manager_zone: str, *, keep_rep_time: bool = True) -> None:
        """Change the zones; the rep's wall time stays (a series keeps it), or the instant."""
        self.rep_zone, self.manager_zone = rep_zone, manager_zone
        if keep_rep_time:
            self._typed(self.rep_side, rep_zone)
        else:
            self._show()

    def _typed(self, side: ZoneTimeEdit, zone: str) -> None:
        if side.date_edit.value() is None:
            return  # the time moved while the date is not one: nothing to convert
        wall = side.wall_time()
        self._start, warning = from_local(wall, zone)
        self.typed_warning = (warning, wall, zone) if warning is not None else None
        other = self.manager_side if side is self.rep_side else self.rep_side
        other_zone = self.manager_zone if side is self.rep_side else self.rep_zone
        other.show_time(self._start.astimezone(ZoneInfo(other_zone)))
        self._update_captions()
        self.edited.emit()

    def _show(self) -> None:
        self.rep_side.show_time(self._start.astimezone(ZoneInfo(self.rep_zone)))
        self.manager_side.show_time(self._start.astimezone(ZoneInfo(self.manager_zone)))
        self._update_captions()

    def _update_captions(self) -> None:
        rep = self._start.astimezone(ZoneInfo(self.rep_zone))
        manager = self._start.astimezone(ZoneInfo(self.manager_zone))
        self.rep_side.caption.setText(
            self.tr("Rep's time — {city} ({abbreviation})").format(
                city=zone_city(self.rep_zone), abbreviation=zone_abbreviation(rep)
            )
        )
        self.manager_side.caption.setText(
            self.tr("Manager's time — {city} ({abbreviation})").format(
                city=zone_city(self.manager_zone), abbreviation=zone_abbreviation(manager)
            )
        )


__all__ = ["FALLBACK_ZONE", "SlotEditor", "ZoneTimeEdit", "warning_texts"]
