"""Calendar periods (year, quarter, month) that targets and actuals refer to."""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from app.domain import messages as msg
from app.domain.enums import PeriodKind
from app.domain.validation import ValidationError, require_choice

_EN_YEAR = re.compile(r"^(\d{4})$")
_EN_QUARTER = re.compile(r"^(\d{4})\s*-?\s*Q([1-4])$", re.IGNORECASE)
_EN_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_ZH_YEAR = re.compile(r"^(\d{4})年$")
_ZH_QUARTER = re.compile(r"^(\d{4})年第([1-4])季度$")
_ZH_MONTH = re.compile(r"^(\d{4})年(\d{1,2})月$")


def _check_year(y: int) -> int:
    if isinstance(y, bool) or not isinstance(y, int) or not 1 <= y <= 9999:
        raise ValidationError("year", msg.NOT_A_YEAR(value=y))
    return y


def _bounds(kind: PeriodKind, d: date) -> tuple[date, date]:
    """First and last day of the period of `kind` that contains `d`."""
    if kind is PeriodKind.YEAR:
        return date(d.year, 1, 1), date(d.year, 12, 31)
    if kind is PeriodKind.QUARTER:
        first = 3 * ((d.month - 1) // 3) + 1
        last = first + 2
        return date(d.year, first, 1), date(d.year, last, monthrange(d.year, last)[1])
    return date(d.year, d.month, 1), date(d.year, d.month, monthrange(d.year, d.month)[1])


@dataclass(frozen=True)
class Period:
    """A calendar year, quarter or month; `end` is inclusive."""

    kind: PeriodKind
    start: date
    end: date

    def __post_init__(self) -> None:
        # Only whole calendar periods exist, so labels and parsing round-trip.
        kind = require_choice(self.kind, PeriodKind, "period")
        object.__setattr__(self, "kind", kind)
        if (self.start, self.end) != _bounds(kind, self.start):
            raise ValidationError(
                "period", msg.NOT_A_CALENDAR_PERIOD(start=self.start, end=self.end, kind=kind)
            )

    # -- constructors -------------------------------------------------------

    @classmethod
    def year(cls, y: int) -> Period:
        """The calendar year `y`."""
        _check_year(y)
        return cls(PeriodKind.YEAR, *_bounds(PeriodKind.YEAR, date(y, 1, 1)))

    @classmethod
    def quarter(cls, y: int, q: int) -> Period:
        """Quarter `q` (1–4) of year `y`."""
        _check_year(y)
        if isinstance(q, bool) or not isinstance(q, int) or not 1 <= q <= 4:
            raise ValidationError("quarter", msg.NOT_A_QUARTER(value=q))
        return cls(PeriodKind.QUARTER, *_bounds(PeriodKind.QUARTER, date(y, 3 * q - 2, 1)))

    @classmethod
    def month(cls, y: int, m: int) -> Period:
        """Month `m` (1–12) of year `y`."""
        _check_year(y)
        if isinstance(m, bool) or not isinstance(m, int) or not 1 <= m <= 12:
            raise ValidationError("month", msg.NOT_A_MONTH(value=m))
        return cls(PeriodKind.MONTH, *_bounds(PeriodKind.MONTH, date(y, m, 1)))

    @classmethod
    def containing(cls, d: date, kind: PeriodKind | str) -> Period:
        """The period of `kind` that contains day `d`."""
        k = require_choice(kind, PeriodKind, "period_kind")
        return cls(k, *_bounds(k, d))

    @classmethod
    def parse(cls, text: str) -> Period:
        """Parse a label: "2026", "2026 Q3", "2026-07" (or the Chinese forms)."""
        s = text.strip() if isinstance(text, str) else ""
        for year_re, quarter_re, month_re in (
            (_EN_YEAR, _EN_QUARTER, _EN_MONTH),
            (_ZH_YEAR, _ZH_QUARTER, _ZH_MONTH),
        ):
            if m := year_re.match(s):
                return cls.year(int(m[1]))
            if m := quarter_re.match(s):
                return cls.quarter(int(m[1]), int(m[2]))
            if m := month_re.match(s):
                return cls.month(int(m[1]), int(m[2]))
        raise ValidationError("period", msg.NOT_A_PERIOD(value=text))

    # -- queries ------------------------------------------------------------

    @property
    def number(self) -> int:
        """The year for a year, else the quarter (1–4) or month (1–12) number."""
        if self.kind is PeriodKind.YEAR:
            return self.start.year
        if self.kind is PeriodKind.QUARTER:
            return (self.start.month + 2) // 3
        return self.start.month

    def quarters(self) -> list[Period]:
        """The quarters making up this period (none for a month)."""
        if self.kind is PeriodKind.MONTH:
            return []
        return [
            Period.containing(date(self.start.year, m, 1), PeriodKind.QUARTER)
            for m in range(self.start.month, self.end.month + 1, 3)
        ]

    def months(self) -> list[Period]:
        """The months making up this period, in order."""
        return [
            Period.month(self.start.year, m) for m in range(self.start.month, self.end.month + 1)
        ]

    def contains(self, d: date) -> bool:
        """Whether day `d` falls inside the period (ends inclusive)."""
        return self.start <= d <= self.end

    def __contains__(self, d: date) -> bool:
        return self.contains(d)

    def previous(self) -> Period:
        """The period of the same kind just before this one."""
        return Period.containing(date.fromordinal(self.start.toordinal() - 1), self.kind)

    def next(self) -> Period:
        """The period of the same kind just after this one."""
        return Period.containing(date.fromordinal(self.end.toordinal() + 1), self.kind)

    def label(self, lang: str = "en") -> str:
        """ "2026", "2026 Q3", "2026-07"; in Chinese "2026年", "2026年第3季度", "2026年7月"."""
        y = self.start.year
        if lang == "en":
            if self.kind is PeriodKind.YEAR:
                return f"{y}"
            if self.kind is PeriodKind.QUARTER:
                return f"{y} Q{self.number}"
            return f"{y}-{self.number:02d}"
        if lang == "zh":
            if self.kind is PeriodKind.YEAR:
                return f"{y}年"
            if self.kind is PeriodKind.QUARTER:
                return f"{y}年第{self.number}季度"
            return f"{y}年{self.number}月"
        raise ValueError(f"unsupported language {lang!r}; use 'en' or 'zh'")

    def __str__(self) -> str:
        return self.label()


def last_n_quarters(d: date, n: int) -> list[Period]:
    """The `n` quarters ending with the one containing `d`, oldest first."""
    if n < 0:
        raise ValueError(f"n must be zero or more, not {n}")
    if n == 0:
        return []
    out = [Period.containing(d, PeriodKind.QUARTER)]
    while len(out) < n:
        out.append(out[-1].previous())
    out.reverse()
    return out
