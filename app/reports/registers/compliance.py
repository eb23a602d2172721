"""The compliance register report: the country × category matrix coloured by the
worst status, obligations and work permits falling due, non-compliant obligations."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from app.domain.enums import ComplianceCategory, ComplianceStatus
from app.reports.fonts import PackFont, register_pack_font
from app.reports.pack.styles import ACCENT, CONTENT_WIDTH, RULE, Styles, font_commands, para
from app.reports.pack.text import check_lang, enum_label, fmt_date, rep_display_name
from app.reports.registers.common import (
    country_label,
    cover,
    document_id,
    fast_table,
    heading,
    nothing,
    render,
)
from app.reports.registers.text import words
from app.services.register_report_records import ComplianceReport, ObligationLine

#: Cell colours by worst status: the risk heat map's palette (green, amber, red) plus grey.
STATUS_COLOURS = {
    ComplianceStatus.COMPLIANT: colors.HexColor("#dff0d8"),
    ComplianceStatus.AT_RISK: colors.HexColor("#fcf8e3"),
    ComplianceStatus.NON_COMPLIANT: colors.HexColor("#f2c1c0"),
    ComplianceStatus.NOT_ASSESSED: colors.HexColor("#e3e7eb"),
}


def _matrix(s: Styles, report: ComplianceReport) -> list[Flowable]:
    lang = s.lang
    out = heading(s, words(lang, "matrix"), words(lang, "matrix_note"))
    if not report.countries:
        return [*out, nothing(s)]
    categories = list(ComplianceCategory)
    # Seven categories across the page: a smaller face keeps each word on its line.
    head = ParagraphStyle("matrix_head", parent=s["head_cell"], fontSize=7, leading=8.5)
    body = ParagraphStyle("matrix_cell", parent=s["cell"], fontSize=7, leading=8.5)
    first = 32 * mm
    other = (CONTENT_WIDTH - first) / len(categories)
    cells: list[list[object]] = [
        [
            para(words(lang, "country"), head),
            *(para(enum_label(c, lang), head) for c in categories),
        ]
    ]
    style: list[tuple[object, ...]] = [
        *font_commands(s),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.white),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for row, country in enumerate(report.countries, start=1):
        line: list[object] = [para(country_label(country, lang), body)]
        for col, category in enumerate(categories, start=1):
            cell = report.matrix.get((country, category))
            if cell is None:
                line.append(para("—", body))
                continue
            line.append(para(f"{enum_label(cell.status, lang)} ({cell.count})", body))
            style.append(("BACKGROUND", (col, row), (col, row), STATUS_COLOURS[cell.status]))
        cells.append(line)
    table = Table(cells, colWidths=[first, *[other] * len(categories)], repeatRows=1)
    table.setStyle(TableStyle(style))
    legend = Table(
        [[para(enum_label(status, lang), s["small"]) for status in STATUS_COLOURS]],
        colWidths=[CONTENT_WIDTH / 6] * len(STATUS_COLOURS),
        hAlign="LEFT",
    )
    legend.setStyle(
        TableStyle(
            [
                *font_commands(s),
                *(
                    ("BACKGROUND", (i, 0), (i, 0), colour)
                    for i, colour in enumerate(STATUS_COLOURS.values())
                ),
                ("GRID", (0, 0), (-1, -1), 1.5, colors.white),
            ]
        )
    )
    return [*out, table, Spacer(1, 2 * mm), legend]


def _rep(line: ObligationLine, lang: str) -> str:
    return rep_display_name(line.rep_name, line.rep_name_zh, lang) if line.rep_name else ""


def _due(s: Styles, report: ComplianceReport) -> list[Flowable]:
    lang = s.lang
    horizon = report.today + timedelta(days=report.within_days)
    out = [
        CondPageBreak(40 * mm),
        *heading(
            s,
            words(lang, "due", days=report.within_days),
            words(lang, "due_note", date=fmt_date(horizon, lang)),
        ),
    ]
    if report.due:
        header = [
            words(lang, k)
            for k in (
                "due_date",
                "days_left",
                "country",
                "category",
                "obligation",
                "owner",
                "status",
            )
        ]
        rows, fills = [], []
        for i, o in enumerate(report.due):
            days = (o.due_date - report.today).days if o.due_date else None
            rows.append(
                [
                    fmt_date(o.due_date, lang),
                    "" if days is None else str(days),
                    country_label(o.country, lang),
                    enum_label(o.category, lang),
                    o.obligation,
                    o.owner,
                    enum_label(o.status, lang),
                ]
            )
            fills.append((i, 6, STATUS_COLOURS[o.status]))
        out += fast_table(s, header, rows, (21, 12, 24, 20, 45, 22, 21), right=(1,), fills=fills)
    else:
        out.append(nothing(s))
    out += heading(s, words(lang, "permits", days=report.within_days))
    if not report.permits_due:
        return [*out, nothing(s)]
    header = [words(lang, k) for k in ("rep", "country", "permit_number", "expires", "days_left")]
    rows = [
        [
            rep_display_name(p.rep_name, p.rep_name_zh, lang),
            country_label(p.country, lang),
            p.number or "",
            fmt_date(p.expiry, lang),
            str((p.expiry - report.today).days),
        ]
        for p in report.permits_due
    ]
    return out + fast_table(s, header, rows, (50, 36, 34, 26, 16), right=(4,))


def _non_compliant(s: Styles, report: ComplianceReport) -> list[Flowable]:
    lang = s.lang
    out = [CondPageBreak(40 * mm), *heading(s, words(lang, "non_compliant"))]
    if not report.non_compliant:
        return [*out, nothing(s)]
    header = [
        words(lang, k)
        for k in ("country", "category", "obligation", "owner", "rep", "due_date", "last_checked")
    ]
    rows = [
        [
            country_label(o.country, lang),
            enum_label(o.category, lang),
            o.obligation,
            o.owner,
            _rep(o, lang),
            fmt_date(o.due_date, lang),
            fmt_date(o.last_checked, lang),
        ]
        for o in report.non_compliant
    ]
    return out + fast_table(s, header, rows, (24, 20, 44, 22, 24, 21, 21))


def compliance_story(report: ComplianceReport, s: Styles) -> list[Flowable]:
    return [
        *cover(s, words(s.lang, "compliance_title"), report.region, report.today),
        *_matrix(s, report),
        *_due(s, report),
        *_non_compliant(s, report),
    ]


def render_compliance_report(
    report: ComplianceReport,
    out: BinaryIO | Path,
    *,
    lang: str = "en",
    font: PackFont | None = None,
) -> None:
    """Write the region's compliance register as a PDF to a path or binary stream."""
    check_lang(lang)
    font = font or register_pack_font()
    render(
        compliance_story(report, Styles(font, lang)),
        out,
        font=font,
        lang=lang,
        title=words(lang, "compliance_title"),
        region=report.region,
        doc_id=document_id("compliance", report.region, report.today, str(report.within_days)),
        issued_on=report.today,
    )


__all__ = ["STATUS_COLOURS", "compliance_story", "render_compliance_report"]
