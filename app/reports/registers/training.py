"""The training report of a region's year: summary, hours and cost per rep, the plan."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from app.domain.geo import minor_units
from app.reports.fonts import PackFont, register_pack_font
from app.reports.pack.styles import Styles, key_value_table, para
from app.reports.pack.text import (
    check_lang,
    enum_label,
    fmt_date,
    fmt_number,
    fmt_percent,
    rep_display_name,
)
from app.reports.registers.common import (
    cover,
    document_id,
    fast_table,
    heading,
    nothing,
    render,
)
from app.reports.registers.text import words
from app.services.register_report_records import PlanLine, TrainingReport


def _hours(value: Decimal, lang: str) -> str:
    places = 0 if value == value.to_integral_value() else 1
    return fmt_number(value, lang, places)


def _money(value: Decimal | None, report: TrainingReport, lang: str) -> str:
    return fmt_number(value, lang, minor_units(report.region.base_currency))


def _summary(s: Styles, report: TrainingReport) -> list[Flowable]:
    lang, base = s.lang, report.region.base_currency
    out = heading(
        s, words(lang, "summary"), words(lang, "plan_note", year=report.year, currency=base)
    )
    out.append(
        key_value_table(
            s,
            [
                (words(lang, "planned"), str(report.planned)),
                (words(lang, "completed"), str(report.completed)),
                (words(lang, "completion_rate"), fmt_percent(report.completion_rate, lang)),
                (words(lang, "hours_completed"), _hours(report.hours_completed, lang)),
                (words(lang, "cost", currency=base), _money(report.cost_base, report, lang)),
            ],
        )
    )
    if report.missing_rates:
        codes = ", ".join(report.missing_rates)
        out.append(para(words(lang, "missing_rates", base=base, codes=codes), s["small"]))
    return out


def _per_rep(s: Styles, report: TrainingReport) -> list[Flowable]:
    lang, base = s.lang, report.region.base_currency
    out = [CondPageBreak(40 * mm), *heading(s, words(lang, "per_rep"))]
    if not report.per_rep:
        return [*out, nothing(s)]
    header = [
        words(lang, "rep"),
        words(lang, "planned"),
        words(lang, "completed"),
        words(lang, "waived"),
        words(lang, "completion_rate"),
        words(lang, "hours_completed"),
        words(lang, "cost", currency=base),
    ]
    rows = [
        [
            rep_display_name(r.rep_name, r.rep_name_zh, lang),
            str(r.planned),
            str(r.completed),
            str(r.waived),
            fmt_percent(r.completion_rate, lang),
            f"{_hours(r.hours_completed, lang)} / {_hours(r.hours_planned, lang)}",
            _money(r.cost_base, report, lang) + ("*" if r.cost_incomplete else ""),
        ]
        for r in report.per_rep
    ]
    planned_hours = sum((r.hours_planned for r in report.per_rep), Decimal(0))
    rows.append(
        [
            words(lang, "total"),
            str(report.planned),
            str(report.completed),
            str(sum(r.waived for r in report.per_rep)),
            fmt_percent(report.completion_rate, lang),
            f"{_hours(report.hours_completed, lang)} / {_hours(planned_hours, lang)}",
            _money(report.cost_base, report, lang),
        ]
    )
    return out + fast_table(s, header, rows, (52, 16, 18, 16, 20, 26, 26), right=(1, 2, 3, 4, 5, 6))


def _plan_row(line: PlanLine, report: TrainingReport, lang: str) -> list[str]:
    course = (line.course_title_zh if lang == "zh" else None) or line.course_title
    return [
        rep_display_name(line.rep_name, line.rep_name_zh, lang),
        course,
        enum_label(line.category, lang),
        fmt_date(line.due_date, lang),
        enum_label(line.status, lang),
        fmt_date(line.completed_on, lang) if line.completed_on else "",
        fmt_number(line.score, lang, 0) if line.score is not None else "",
        _hours(line.hours, lang),
        _money(line.cost_base, report, lang) if line.cost is not None else "",
    ]


def _plan(s: Styles, report: TrainingReport) -> list[Flowable]:
    lang, base = s.lang, report.region.base_currency
    out = [CondPageBreak(40 * mm), *heading(s, words(lang, "plan"))]
    if not report.plan:
        return [*out, nothing(s)]
    header = [
        words(lang, "rep"),
        words(lang, "course"),
        words(lang, "category"),
        words(lang, "due_date"),
        words(lang, "status"),
        words(lang, "completed_on"),
        words(lang, "score"),
        words(lang, "hours"),
        words(lang, "cost", currency=base),
    ]
    rows = [_plan_row(line, report, lang) for line in report.plan]
    return out + fast_table(s, header, rows, (26, 28, 17, 22, 16, 22, 10, 10, 18), right=(6, 7, 8))


def training_story(report: TrainingReport, s: Styles, issued_on: date) -> list[Flowable]:
    title = words(s.lang, "training_title", year=report.year)
    return [
        *cover(s, title, report.region, issued_on),
        *_summary(s, report),
        *_per_rep(s, report),
        *_plan(s, report),
    ]


def render_training_report(
    report: TrainingReport,
    out: BinaryIO | Path,
    *,
    issued_on: date,
    lang: str = "en",
    font: PackFont | None = None,
) -> None:
    """Write the region's training plan of the year as a PDF; ``issued_on`` is the
    date printed (and stamped as the PDF's creation date)."""
    check_lang(lang)
    font = font or register_pack_font()
    render(
        training_story(report, Styles(font, lang), issued_on),
        out,
        font=font,
        lang=lang,
        title=words(lang, "training_title", year=report.year),
        region=report.region,
        doc_id=document_id("training", report.region, issued_on, str(report.year)),
        issued_on=issued_on,
    )


__all__ = ["render_training_report", "training_story"]
