"""How one-on-ones read on screen: morale, their times in two zones, the agenda.

Times are written with the zone's city and abbreviation ("Wed, 21 Oct 2026
10:00 Madrid (CEST)", dates in the UI language through app.domain.formats)
because a manager reads two clocks at once. :func:`agenda_text` turns an
:class:`~app.services.agenda.Agenda` into the text the manager then edits.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from app.domain.enums import MONEY_METRICS
from app.domain.formats import format_date, format_time
from app.domain.geo import is_currency, minor_units
from app.services.agenda import Agenda, AgendaAttainment, AgendaCompliance, AgendaRisk
from app.services.one_on_one_records import ActionItemRecord
from app.ui.editors import format_amount
from app.ui.labels import date_text, enum_label, ui_language, unit_text, utc_offset_text

translate = QCoreApplication.translate

#: The morale scale's marks (1–5).
MORALE_FULL = "●"
MORALE_EMPTY = "○"


# -- morale --------------------------------------------------------------------------


def morale_text(morale: int | None) -> str:
    """``●●●●○`` for 4 of 5; empty when not recorded."""
    if morale is None:
        return ""
    return MORALE_FULL * morale + MORALE_EMPTY * (5 - morale)


# -- times in two zones ----------------------------------------------------------------


def zone_city(zone: str) -> str:
    """``"Europe/Madrid"`` → ``"Madrid"``, ``"America/New_York"`` → ``"New York"``."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def zone_abbreviation(moment: dt.datetime) -> str:
    """``CEST`` / ``CET`` where the zone has a name, else the offset (``UTC+4``)."""
    name = moment.tzname() or ""
    if not name or name[0] in "+-" or name[0].isdigit():
        return utc_offset_text(moment.utcoffset())
    return name


def clock_text(moment: dt.datetime, zone: str) -> str:
    """``"10:00 Madrid (CEST)"``: the time in ``zone`` with where and which offset."""
    local = moment.astimezone(ZoneInfo(zone))
    return f"{format_time(local)} {zone_city(zone)} ({zone_abbreviation(local)})"


def when_text(moment: dt.datetime, zone: str) -> str:
    """``"Wed, 21 Oct 2026 10:00 Madrid (CEST)"`` / ``"2026年10月21日周三 10:00 Madrid (CEST)"``."""
    local = moment.astimezone(ZoneInfo(zone))
    day = format_date(local.date(), ui_language(), weekday=True)
    return f"{day} {clock_text(local, zone)}"


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def when_export_text(moment: dt.datetime, zone: str) -> str:
    """``"Wed 2026-10-21 10:00 Madrid (CEST)"``: what an export writes, ISO in any language.

    A file keeps the local time as text (a spreadsheet cell has no time zone),
    in a form that sorts and parses the same whatever the console's language.
    """
    local = moment.astimezone(ZoneInfo(zone))
    day = _WEEKDAYS[local.weekday()]  # not %a: that follows the process's C locale
    return f"{day} {local:%Y-%m-%d} {clock_text(local, zone)}"


# -- the agenda --------------------------------------------------------------------

BULLET = "•"
PERCENT_STEP = Decimal("0.1")


def amount_text(value: Decimal | None, unit: str, money: bool) -> str:
    """Grouped digits: money in its currency's minor units, counts as they are."""
    if value is None:
        return "—"
    if money and is_currency(unit):
        return format_amount(value, minor_units(unit))
    return format_amount(value.normalize(), None)


def percent_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value.quantize(PERCENT_STEP)} %"


def _due_text(due: dt.date | None, today: dt.date | None) -> str:
    if due is None:
        return translate("AgendaText", "no due date")
    if today is not None and due < today:
        return translate("AgendaText", "due {date}, overdue").format(date=date_text(due))
    return translate("AgendaText", "due {date}").format(date=date_text(due))


def _action_line(item: ActionItemRecord, today: dt.date | None) -> str:
    return translate("AgendaText", "{text} — {owner}, {due}").format(
        text=item.text, owner=enum_label(item.owner), due=_due_text(item.due_date, today)
    )


def _attainment_line(line: AgendaAttainment) -> str:
    money = line.metric in MONEY_METRICS
    # A score needs no unit word ("CSAT: 86.45 of 85").
    unit = "" if line.unit == "score" else unit_text(line.unit)
    return (
        translate("AgendaText", "{metric}: {actual} of {target} {unit} — {attainment}")
        .replace(" {unit}", " {unit}" if unit else "")
        .format(
            metric=enum_label(line.metric),
            actual=amount_text(line.actual, line.unit, money),
            target=amount_text(line.target, line.unit, money),
            unit=unit,
            attainment=percent_text(line.attainment),
        )
    )


def _days_text(days: int) -> str:
    if days < 0:
        return translate("AgendaText", "{days} days overdue").format(days=-days)
    if days == 0:
        return translate("AgendaText", "due on the day of the meeting")
    return translate("AgendaText", "in {days} days").format(days=days)


def _compliance_line(item: AgendaCompliance) -> str:
    if item.kind == "work_permit":
        return (
            translate("AgendaText", "Work permit {number} expires {date} ({days})")
            .format(
                number=item.title, date=date_text(item.expires_on), days=_days_text(item.days_left)
            )
            .replace("  ", " ")
        )
    category = enum_label(item.category) if item.category is not None else ""
    return translate("AgendaText", "{title} ({category}) — due {date}, {days}").format(
        title=item.title,
        category=category,
        date=date_text(item.expires_on),
        days=_days_text(item.days_left),
    )


def _risk_line(risk: AgendaRisk) -> str:
    line = translate("AgendaText", "{title} — {category}, score {score} ({level})").format(
        title=risk.title,
        category=enum_label(risk.category),
        score=risk.score,
        level=enum_label(risk.level),
    )
    if risk.review_overdue_since is not None:
        line += translate("AgendaText", "; review overdue since {date}").format(
            date=risk.review_overdue_since.isoformat()
        )
    if risk.overdue_actions:
        line += translate("AgendaText", "; {n} treatment action(s) overdue").format(
            n=risk.overdue_actions
        )
    return line


def agenda_text(agenda: Agenda, language: str) -> str:
    """The agenda as plain text with translated headings, one bullet per point.

    Every section is written, with "Nothing to raise." when empty, so the
    manager sees it was looked at. ``language`` ("en" / "zh") picks course
    titles and dates' wording where the data has both.
    """
    chinese = language == "zh"
    meeting = agenda.meeting
    today = agenda.today
    name = (
        f"{meeting.rep_name_zh} {meeting.rep_name}"
        if chinese and meeting.rep_name_zh
        else (meeting.rep_name)
    )
    lines = [
        translate("AgendaText", "One-on-one with {rep} — {when}").format(
            rep=name, when=when_text(meeting.starts_at, meeting.rep_time_zone)
        ),
        "",
    ]

    def section(heading: str, points: list[str]) -> None:
        lines.append(heading)
        if points:
            lines.extend(f"{BULLET} {point}" for point in points)
        else:
            lines.append(f"{BULLET} " + translate("AgendaText", "Nothing to raise."))
        lines.append("")

    section(
        translate("AgendaText", "Open action items carried over"),
        [_action_line(item, today) for item in agenda.carried_actions],
    )
    section(
        translate("AgendaText", "Attainment since the last meeting ({since} to {until})").format(
            since=date_text(agenda.since), until=date_text(agenda.until)
        ),
        [_attainment_line(line) for line in agenda.attainment],
    )
    section(
        translate("AgendaText", "Training due or overdue"),
        [
            translate("AgendaText", "{course} — {status}, {due}").format(
                course=(t.course_title_zh if chinese and t.course_title_zh else t.course_title),
                status=enum_label(t.status),
                due=_due_text(t.due_date, today),
            )
            for t in agenda.training
        ],
    )
    section(
        translate("AgendaText", "Open high risks, overdue reviews and risk actions"),
        [_risk_line(r) for r in agenda.risks],
    )
    section(
        translate("AgendaText", "Compliance and work permit falling due"),
        [_compliance_line(item) for item in agenda.compliance],
    )
    # An open bullet for what the manager wants to add.
    lines.extend([translate("AgendaText", "Other topics"), f"{BULLET} "])
    return "\n".join(lines) + "\n"


__all__ = [
    "agenda_text",
    "amount_text",
    "clock_text",
    "morale_text",
    "when_export_text",
    "when_text",
    "zone_abbreviation",
    "zone_city",
]
