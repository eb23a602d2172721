"""The One-on-ones pane's columns and its export to a calendar file.

Kept apart from the pane so each stays short: :func:`meeting_columns` says
how a meeting reads in the table (both clocks, status, morale, open items),
:func:`meeting_filters` which meetings a period holds (the pane and ``outpost
export`` share both);
:func:`export_meeting` asks "this meeting or the series?", where to save,
and writes the ``.ics`` (never the private note) with :func:`app.io.ics.export_ics`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.domain.formats import format_time
from app.domain.periods import Period
from app.io.ics import export_ics
from app.services.errors import ServiceError
from app.services.one_on_one_records import OneOnOneRecord
from app.services.one_on_ones import OneOnOneService
from app.ui.error_text import error_text
from app.ui.labels import cadence_label, enum_label
from app.ui.one_on_ones.agenda_text import (
    morale_text,
    when_export_text,
    when_text,
    zone_city,
)
from app.ui.table_model import CENTER, Column

translate = QCoreApplication.translate


def rep_name(record: OneOnOneRecord, chinese: bool) -> str:
    if chinese and record.rep_name_zh:
        return f"{record.rep_name_zh} {record.rep_name}"
    return record.rep_name


def meeting_columns(
    default_zone: Callable[[], str],
    *,
    chinese: bool = False,
    my_zone: Callable[[], str | None] = lambda: None,
) -> list[Column[OneOnOneRecord]]:
    """The columns; "Your time" is in ``my_zone()`` (the signed-in manager's) when
    given, else the meeting manager's zone, else ``default_zone()``. Exports stay ISO."""

    def manager_zone(r: OneOnOneRecord) -> str:
        return my_zone() or r.manager_time_zone or default_zone()

    return [
        Column(
            "rep_name",
            translate("MeetingColumns", "Rep"),
            lambda r: rep_name(r, chinese),
            "rep_name",
        ),
        Column(
            "manager_time",
            translate("MeetingColumns", "Your time"),
            lambda r: when_text(r.starts_at, manager_zone(r)),
            "starts_at",
            value=lambda r: r.starts_at,
            export=lambda r: when_export_text(r.starts_at, manager_zone(r)),
            tooltip=lambda r: r.manager_name,
        ),
        Column(
            "rep_time",
            translate("MeetingColumns", "Rep's local time"),
            lambda r: when_text(r.starts_at, r.rep_time_zone),
            "starts_at",
            value=lambda r: r.starts_at,
            export=lambda r: when_export_text(r.starts_at, r.rep_time_zone),
            tooltip=lambda r: r.rep_time_zone,
        ),
        Column(
            "channel",
            translate("MeetingColumns", "Channel"),
            lambda r: enum_label(r.channel),
            "channel",
            value=lambda r: r.channel.value,
        ),
        Column(
            "status",
            translate("MeetingColumns", "Status"),
            lambda r: enum_label(r.status),
            "status",
            value=lambda r: r.status.value,
        ),
        Column(
            "cadence",
            translate("MeetingColumns", "Repeats"),
            lambda r: cadence_label(r.cadence),
            "cadence",
            value=lambda r: r.cadence.value if r.cadence else "",
        ),
        Column(
            "morale",
            translate("MeetingColumns", "Morale"),
            lambda r: morale_text(r.morale),
            "morale",
            alignment=CENTER,
            tooltip=lambda r: (
                translate("MeetingColumns", "{morale} of 5").format(morale=r.morale)
                if r.morale
                else None
            ),
        ),
        Column(
            "open_actions",
            translate("MeetingColumns", "Open actions"),
            lambda r: str(r.open_actions) if r.open_actions else "",
            "open_actions",
            # The last column stretches: centred, the count stays near its header.
            alignment=CENTER,
        ),
    ]


def meeting_filters(
    region_id: int | None,
    period: Period,
    manager_zone: str,
    *,
    rep_id: int | None = None,
    status: str | None = None,
) -> dict[str, Any]:
    """The service filters for a region's meetings in ``period``.

    The period's days are the manager's (``manager_zone``): a meeting at 01:00
    on the 1st in Shanghai belongs to that month even though it is the day
    before in UTC. The bounds are UTC instants, [from, to).
    """
    zone = ZoneInfo(manager_zone)
    start = dt.datetime.combine(period.start, dt.time(0), tzinfo=zone)
    end = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
    return {
        "region_id": region_id,
        "rep_id": rep_id,
        "status": status,
        "from": start.astimezone(dt.UTC),
        "to": end.astimezone(dt.UTC),
    }


def export_meeting(
    parent: QWidget, service: OneOnOneService, record: OneOnOneRecord | None
) -> Path | None:
    """Save ``record`` (or its whole series) as an .ics file; the path written, or None.

    A meeting of a series asks which; the file dialog suggests a name; an
    error (disk full, meeting deleted meanwhile) is shown, not raised.
    """
    title = translate("MeetingExport", "Export to calendar")
    if record is None:
        QMessageBox.information(
            parent, title, translate("MeetingExport", "Select a meeting to export first.")
        )
        return None
    series = False
    if record.cadence is not None:
        choice = _ask_series(parent, record)
        if choice is None:
            return None
        series = choice
    local = record.local_starts_at
    suggested = f"1-1 {record.rep_name} {local:%Y-%m-%d}.ics".replace("/", "-")
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path.home() / suggested),
        translate("MeetingExport", "Calendar files (*.ics)"),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".ics":
        target = target.with_name(target.name + ".ics")
    try:
        return export_ics(
            target,
            # As stored now: the row on screen may be older.
            [service.get(record.id)],
            series=series,
            summary=translate("MeetingExport", "1:1 {rep}"),
        )
    except (OSError, ServiceError) as error:
        QMessageBox.warning(parent, title, error_text(error))
        return None


def _ask_series(parent: QWidget, record: OneOnOneRecord) -> bool | None:
    """True for the series, False for this meeting, None when cancelled."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("MeetingExport", "Export to calendar"))
    box.setText(translate("MeetingExport", "Export this meeting only, or the whole series?"))
    box.setInformativeText(
        translate("MeetingExport", "The series repeats {cadence} at {time} in {city}.").format(
            cadence=cadence_label(record.cadence).lower(),
            time=format_time(record.local_starts_at),
            city=zone_city(record.rep_time_zone),
        )
    )
    one = box.addButton(
        translate("MeetingExport", "This meeting"), QMessageBox.ButtonRole.AcceptRole
    )
    one.setObjectName("export_one")
    whole = box.addButton(
        translate("MeetingExport", "The series"), QMessageBox.ButtonRole.AcceptRole
    )
    whole.setObjectName("export_series")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(one)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked not in (one, whole):
        return None
    return clicked is whole


__all__ = ["export_meeting", "meeting_columns", "meeting_filters", "rep_name"]
