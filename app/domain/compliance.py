"""Rules of the compliance register: renewal dates, evidence file names, worst status.

Renewal dates
    An obligation renewed every *n* months falls due again *n* calendar months
    after its current due date (not after the day it was renewed: renewing a
    work permit early does not move the anniversary, as immigration offices
    date the new permit from the old one's expiry). A due date on a day the
    target month lacks (31 January + 1 month) moves to that month's last day,
    as :func:`add_months` does; 29 February + 12 months is 28 February.

Evidence file names
    A stored name is a plain file name: the last part of whatever path was
    given (``C:\\scans\\permit.pdf`` and ``../../etc/passwd`` keep
    ``permit.pdf`` and ``passwd``), without control characters (a newline or
    NUL in a name breaks the headers and shells it is later handed to), and
    never empty, ``.`` or ``..``. :func:`plain_file_name` returns that name or
    raises :class:`ValidationError` saying why none is left.

Worst status
    A country's cell of the matrix shows its worst obligation: non-compliant,
    then at risk, then not assessed (unknown is worse than known-good), then
    compliant (:data:`STATUS_SEVERITY`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import unicodedata

from app.domain import messages as m
from app.domain.enums import ComplianceStatus
from app.domain.validation import ValidationError

#: Longest stored file name (Windows' MAX_PATH, the column's length).
MAX_FILE_NAME = 260

#: How bad each status is, worst highest (the country matrix shows the worst).
STATUS_SEVERITY: dict[ComplianceStatus, int] = {
    ComplianceStatus.COMPLIANT: 0,
    ComplianceStatus.NOT_ASSESSED: 1,
    ComplianceStatus.AT_RISK: 2,
    ComplianceStatus.NON_COMPLIANT: 3,
}


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` calendar months on, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_due_date(due: dt.date, renewal_months: int) -> dt.date:
    """When an obligation due on ``due`` and renewed every ``renewal_months`` falls due next."""
    if renewal_months < 1:
        raise ValidationError("renewal_months", m.AT_LEAST_ONE_MONTH())
    return add_months(due, renewal_months)


def plain_file_name(name: str | None, field: str = "file_name") -> str:
    """The plain file name stored for ``name`` (see the module's docstring)."""
    text = (name or "").replace("\\", "/").split("/")[-1]
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf"))
    text = text.strip()
    if text in ("", ".", ".."):
        raise ValidationError(field, m.NO_FILE_NAME(name=name or ""))
    if len(text) > MAX_FILE_NAME:
        # Shortened, keeping a short extension so the file still opens with its program.
        stem, dot, suffix = text.rpartition(".")
        if dot and stem and len(suffix) <= 10:
            return stem[: MAX_FILE_NAME - len(suffix) - 1] + "." + suffix
        return text[:MAX_FILE_NAME]
    return text


def worst_status(statuses: list[ComplianceStatus]) -> ComplianceStatus | None:
    """The worst of ``statuses`` (None for none)."""
    return max(statuses, key=STATUS_SEVERITY.__getitem__, default=None)


__all__ = [
    "MAX_FILE_NAME",
    "STATUS_SEVERITY",
    "add_months",
    "next_due_date",
    "plain_file_name",
    "worst_status",
]
