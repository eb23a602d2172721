"""The risk register report: both heat maps, the live risks by residual level,
overdue reviews and accepted risks."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from app.domain.enums import RiskLevel
from app.domain.risk import LEVEL_ORDER
from app.reports.fonts import PackFont, register_pack_font
from app.reports.pack.charts import LEVEL_COLOURS, chart_flowable, plot_risk_heat
from app.reports.pack.styles import CONTENT_WIDTH, Styles, font_commands, para
from app.reports.pack.text import check_lang, enum_label, fmt_date, rep_display_name
from app.reports.registers.common import (
    cover,
    document_id,
    fast_table,
    heading,
    nothing,
    render,
)
from app.reports.registers.text import words
from app.services.register_report_records import Heat, RiskLine, RiskReport

_FILLS = {level: colors.HexColor(LEVEL_COLOURS[level.value]) for level in RiskLevel}


def _rating(likelihood: int, impact: int, level: RiskLevel, lang: str, mark: str = "") -> str:
    return f"{likelihood}×{impact}{mark} {enum_label(level, lang)}"


def _title(risk: RiskLine, lang: str) -> str:
    """The title, with the rep and customer it concerns on a line of their own."""
    about = [
        rep_display_name(risk.rep_name, risk.rep_name_zh, lang) if risk.rep_name else "",
        risk.customer or "",
    ]
    shown = " · ".join(a for a in about if a)
    return f"{risk.title}\n{shown}" if shown else risk.title


def _heat_maps(s: Styles, inherent: Heat, residual: Heat) -> Flowable:
    lang = s.lang
    half = CONTENT_WIDTH / 2
    size_in = (half - 4 * mm) / 72
    cells = [
        [para(words(lang, "heat_inherent"), s["h2"]), para(words(lang, "heat_residual"), s["h2"])],
        [
            chart_flowable(lambda ax: plot_risk_heat(ax, inherent, lang=lang), size_in, size_in),
            chart_flowable(lambda ax: plot_risk_heat(ax, residual, lang=lang), size_in, size_in),
        ],
    ]
    table = Table(cells, colWidths=[half, half])
    table.setStyle(
        TableStyle(
            [
                *font_commands(s),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _register(s: Styles, report: RiskReport) -> list[Flowable]:
    """One block per residual level, worst first, each with its count."""
    lang = s.lang
    out = heading(
        s,
        words(lang, "by_level"),
        words(lang, "risk_counts", live=len(report.risks), closed=report.closed_count),
    )
    if not report.risks:
        return [*out, nothing(s)]
    header = [
        words(lang, k)
        for k in (
            "risk",
            "category",
            "owner",
            "inherent",
            "residual",
            "treatment",
            "status",
            "next_review",
        )
    ]
    any_unassessed = False
    for level in reversed(LEVEL_ORDER):
        group = [r for r in report.risks if r.residual_level is level]
        if not group:
            continue
        rows, fills = [], []
        for i, r in enumerate(group):
            mark = "" if r.residual_assessed else "*"
            any_unassessed |= not r.residual_assessed
            rows.append(
                [
                    _title(r, lang),
                    enum_label(r.category, lang),
                    r.owner,
                    _rating(r.likelihood, r.impact, r.level, lang),
                    _rating(r.residual_likelihood, r.residual_impact, r.residual_level, lang, mark),
                    enum_label(r.treatment, lang),
                    enum_label(r.status, lang),
                    fmt_date(r.next_review, lang),
                ]
            )
            fills += [(i, 3, _FILLS[r.level]), (i, 4, _FILLS[r.residual_level])]
        title = words(lang, "level_group", level=enum_label(level, lang), count=len(group))
        out.append(CondPageBreak(30 * mm))
        out.append(para(title, s["h2"]))
        out += fast_table(s, header, rows, (44, 18, 20, 18, 18, 16, 17, 20), fills=fills)
    if any_unassessed:
        out.append(para(words(lang, "not_assessed_note"), s["small"]))
    return out


def _overdue(s: Styles, report: RiskReport) -> list[Flowable]:
    lang = s.lang
    out = [CondPageBreak(40 * mm), *heading(s, words(lang, "overdue"), words(lang, "overdue_note"))]
    if not report.overdue:
        return [*out, nothing(s)]
    header = [
        words(lang, k)
        for k in ("risk", "owner", "residual", "status", "next_review", "days_overdue")
    ]
    rows = [
        [
            _title(r, lang),
            r.owner,
            _rating(r.residual_likelihood, r.residual_impact, r.residual_level, lang),
            enum_label(r.status, lang),
            fmt_date(r.next_review, lang),
            str((report.today - r.next_review).days) if r.next_review else "",
        ]
        for r in report.overdue
    ]
    return out + fast_table(s, header, rows, (62, 26, 22, 18, 24, 16), right=(5,))


def _accepted(s: Styles, report: RiskReport) -> list[Flowable]:
    lang = s.lang
    out = [
        CondPageBreak(40 * mm),
        *heading(s, words(lang, "accepted"), words(lang, "accepted_note")),
    ]
    if not report.accepted:
        return [*out, nothing(s)]
    header = [words(lang, k) for k in ("risk", "owner", "residual", "status", "next_review")]
    rows = [
        [
            _title(r, lang),
            r.owner,
            _rating(r.residual_likelihood, r.residual_impact, r.residual_level, lang),
            enum_label(r.status, lang),
            fmt_date(r.next_review, lang),
        ]
        for r in report.accepted
    ]
    return out + fast_table(s, header, rows, (70, 30, 26, 20, 24))


def risk_story(report: RiskReport, s: Styles) -> list[Flowable]:
    lang = s.lang
    return [
        *cover(s, words(lang, "risks_title"), report.region, report.today),
        KeepTogether(
            [
                para(words(lang, "heat_note"), s["small"]),
                _heat_maps(s, report.heat_inherent, report.heat_residual),
            ]
        ),
        *_register(s, report),
        *_overdue(s, report),
        *_accepted(s, report),
    ]


def render_risk_report(
    report: RiskReport, out: BinaryIO | Path, *, lang: str = "en", font: PackFont | None = None
) -> None:
    """Write the region's risk register as a PDF to a path or binary stream."""
    check_lang(lang)
    font = font or register_pack_font()
    render(
        risk_story(report, Styles(font, lang)),
        out,
        font=font,
        lang=lang,
        title=words(lang, "risks_title"),
        region=report.region,
        doc_id=document_id("risks", report.region, report.today),
        issued_on=report.today,
    )


__all__ = ["render_risk_report", "risk_story"]
