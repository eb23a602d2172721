"""The eight sections of a review pack as platypus flowables, in order.

Each ``section_x(data, styles)`` returns the flowables of one section; the
document template (``app.reports.pack.story``) adds header, footer and page numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.enums import ComplianceCategory, ComplianceStatus, Metric
from app.reports.pack.charts import (
    chart_flowable,
    plot_pack_months,
    plot_peer_position,
    plot_quarter_attainment,
)
from app.reports.pack.styles import (
    CONTENT_WIDTH,
    RULE,
    Styles,
    data_table,
    font_commands,
    key_value_table,
    para,
    paragraphs,
)
from app.reports.pack.text import (
    enum_label,
    fmt_amount,
    fmt_date,
    fmt_datetime,
    fmt_number,
    fmt_percent,
    rep_display_name,
    rubric_text,
    text,
    unit_label,
)
from app.services.pack_records import PackAction, PackData

if TYPE_CHECKING:
    from matplotlib.axes import Axes

Section = Callable[[PackData, Styles], list[Flowable]]


def _heading(styles: Styles, key: str) -> Paragraph:
    return para(text(styles.lang, key), styles["h1"])


def _none(styles: Styles) -> Paragraph:
    return para(text(styles.lang, "none"), styles["small"])


def section_cover(data: PackData, s: Styles) -> list[Flowable]:
    """1. Title, rep names in both scripts, the facts of the review, Confidential and the id."""
    lang = s.lang
    place = ", ".join(p for p in (data.city, data.country) if p)
    region = rep_display_name(data.region_name, data.region_name_zh, lang)
    out: list[Flowable] = [
        Spacer(1, 25 * mm),
        para(text(lang, "title"), s["title"]),
        para(text(lang, "confidential"), s["confidential"]),
        Spacer(1, 14 * mm),
    ]
    if data.rep_name_zh:
        out.append(para(data.rep_name_zh, s["cover_name"]))
        out.append(para(data.rep_name, s["cover_latin"]))
    else:
        out.append(para(data.rep_name, s["cover_name"]))
    out.append(Spacer(1, 10 * mm))
    out.append(
        key_value_table(
            s,
            [
                (text(lang, "region"), region),
                (text(lang, "posting"), place or text(lang, "blank")),
                (text(lang, "period"), data.period.label(lang)),
                (
                    text(lang, "cycle"),
                    f"{data.cycle_name} ({enum_label(data.cycle_kind, lang)})",
                ),
                (text(lang, "reviewer"), data.reviewer_name or text(lang, "blank")),
                (text(lang, "issued_on"), fmt_date(data.issued_on, lang)),
                (text(lang, "status"), enum_label(data.status, lang)),
                (text(lang, "document_id"), data.document_id),
            ],
        )
    )
    out.append(PageBreak())
    return out


def _metric_with_unit(metric: Metric, unit: str, lang: str) -> str:
    shown = unit_label(unit, lang)
    return f"{enum_label(metric, lang)} ({shown})" if shown else enum_label(metric, lang)


def section_scorecard(data: PackData, s: Styles) -> list[Flowable]:
    """2. KPI lines, the weighted total and the overall rating with the rubric."""
    lang = s.lang
    out: list[Flowable] = [_heading(s, "s_scorecard")]
    header = [
        text(lang, k)
        for k in ("metric", "weight", "target", "actual", "attainment", "score", "comment")
    ]
    rows: list[list[str | Flowable]] = [
        [
            _metric_with_unit(k.metric, k.unit, lang),
            fmt_percent(k.weight, lang),
            fmt_amount(k.target, lang),
            fmt_amount(k.actual, lang),
            fmt_percent(k.attainment, lang),
            fmt_number(k.score, lang, 1),
            k.comment or "",
        ]
        for k in data.kpis
    ]
    rows.append(
        [text(lang, "weighted_total"), "", "", "", "", fmt_number(data.weighted_score, lang), ""]
    )
    out.append(
        data_table(
            s, header, rows, (30, 13, 25, 27, 20, 12, 43), right=(1, 2, 3, 4, 5), bold_last=True
        )
    )
    out.append(Spacer(1, 5 * mm))
    rating = data.overall_rating
    verdict = (
        f"{rating} — {rubric_text(rating, lang)}"
        if rating in (1, 2, 3, 4, 5)
        else text(lang, "not_rated")
    )
    out.append(
        para(text(lang, "labelled", label=text(lang, "overall_rating"), value=verdict), s["h2"])
    )
    out.append(para(text(lang, "rubric"), s["h2"]))
    scale = [[str(r), rubric_text(r, lang)] for r in range(5, 0, -1)]
    table = data_table(s, [text(lang, "rating"), text(lang, "description")], scale, (18, 152))
    if rating in (1, 2, 3, 4, 5):
        row = 6 - rating  # the header is row 0, rating 5 is row 1
        table.setStyle(TableStyle([("BOX", (0, row), (-1, row), 1.2, RULE)]))
    out.append(table)
    return out


def section_charts(data: PackData, s: Styles) -> list[Flowable]:
    """3. Target vs actual by month, attainment by quarter, position among peers.

    A chart without data is a one-line note, not a large empty picture.
    """
    lang = s.lang
    metric = enum_label(data.main_metric, lang)
    unit = unit_label(data.main_unit, lang)
    months_caption = (
        text(lang, "chart_months", metric=metric, unit=unit)
        if unit
        else text(lang, "chart_months_plain", metric=metric)
    )
    peers_height = min(1.0 + 0.25 * len(data.peers), 6.5)
    charts: list[tuple[str, bool, str, Callable[[Axes], None], float]] = [
        (
            months_caption,
            any(m.target is not None or m.actual is not None for m in data.months),
            "no_targets",
            lambda ax: plot_pack_months(ax, data.months, lang=lang, unit=unit),
            2.5,
        ),
        (
            text(lang, "chart_quarters", metric=metric),
            any(q.attainment is not None for q in data.quarters),
            "no_attainment",
            lambda ax: plot_quarter_attainment(ax, data.quarters, lang=lang),
            2.3,
        ),
        (
            text(lang, "chart_peers"),
            any(p.weighted_score is not None for p in data.peers),
            "no_scores",
            lambda ax: plot_peer_position(ax, data.peers, lang=lang),
            peers_height,
        ),
    ]
    out: list[Flowable] = [CondPageBreak(90 * mm), _heading(s, "s_charts")]
    for caption, has_data, empty_key, draw, height_in in charts:
        if not has_data:
            out += [para(caption, s["h2"]), para(text(lang, empty_key), s["small"])]
            continue
        image = chart_flowable(draw, CONTENT_WIDTH / 72, height_in)
        out.append(KeepTogether([para(caption, s["h2"]), image]))
    return out


def section_review(data: PackData, s: Styles) -> list[Flowable]:
    """4. Strengths, areas to improve, manager summary, rep comments (as entered)."""
    out: list[Flowable] = [CondPageBreak(40 * mm), _heading(s, "s_review")]
    for key, value in (
        ("strengths", data.strengths),
        ("improvements", data.improvements),
        ("manager_summary", data.manager_summary),
        ("rep_comments", data.rep_comments),
    ):
        out.append(para(text(s.lang, key), s["h2"]))
        out += paragraphs(value, s["body"]) if value and value.strip() else [_none(s)]
    return out


def section_plan(data: PackData, s: Styles) -> list[Flowable]:
    """5. Development goals and training assignments with status and dates."""
    lang = s.lang
    out: list[Flowable] = [CondPageBreak(40 * mm), _heading(s, "s_plan")]
    out.append(para(text(lang, "goals"), s["h2"]))
    if data.goals:
        header = [text(lang, k) for k in ("goal", "course", "due", "status")]
        rows = [
            [g.text, g.course_title or "", fmt_date(g.due_date, lang), enum_label(g.status, lang)]
            for g in data.goals
        ]
        out.append(data_table(s, header, rows, (80, 45, 25, 22)))
    else:
        out.append(_none(s))
    out.append(para(text(lang, "training"), s["h2"]))
    if data.training:
        header = [text(lang, k) for k in ("course", "status", "due", "completed")]
        rows = [
            [
                t.course_title,
                enum_label(t.status, lang),
                fmt_date(t.due_date, lang),
                fmt_date(t.completed_on, lang),
            ]
            for t in data.training
        ]
        out.append(data_table(s, header, rows, (85, 27, 30, 30)))
    else:
        out.append(_none(s))
    return out


def _action_line(action: PackAction, lang: str) -> str:
    owner = enum_label(action.owner, lang).lower()
    state = text(lang, "done" if action.done else "open")
    due = (
        f", {text(lang, 'due_lower')} {fmt_date(action.due_date, lang)}" if action.due_date else ""
    )
    return f"• {action.text} ({owner}{due}; {state})"


def section_meetings(data: PackData, s: Styles) -> list[Flowable]:
    """6. One-on-ones of the period: date, status, shared notes, action items.

    Only the shared notes exist in the data: private notes are never loaded.
    """
    lang = s.lang
    out: list[Flowable] = [CondPageBreak(40 * mm), _heading(s, "s_meetings")]
    if not data.meetings:
        return [*out, _none(s)]
    header = [text(lang, k) for k in ("meeting_date", "status", "notes", "actions")]
    rows = [
        [
            fmt_datetime(m.starts_at, lang, m.rep_time_zone),
            enum_label(m.status, lang),
            m.notes or "",
            "\n".join(_action_line(a, lang) for a in m.actions),
        ]
        for m in data.meetings
    ]
    out.append(data_table(s, header, rows, (30, 18, 70, 62)))
    return out


def section_risks(data: PackData, s: Styles) -> list[Flowable]:
    """7. The rep's risks (scores, levels) and compliance items (due dates, work permit)."""
    lang = s.lang
    out: list[Flowable] = [CondPageBreak(40 * mm), _heading(s, "s_risks")]
    out.append(para(text(lang, "risks"), s["h2"]))
    if data.risks:
        header = [
            text(lang, k) for k in ("risk", "category", "score", "level", "status", "next_review")
        ]
        rows = [
            [
                r.title,
                enum_label(r.category, lang),
                str(r.score),
                enum_label(r.level, lang),
                enum_label(r.status, lang),
                fmt_date(r.next_review, lang),
            ]
            for r in data.risks
        ]
        out.append(data_table(s, header, rows, (62, 26, 13, 18, 22, 28), right=(2,)))
    else:
        out.append(_none(s))
    out.append(para(text(lang, "compliance"), s["h2"]))
    if data.compliance:
        header = [text(lang, k) for k in ("item", "category", "due", "status")]
        rows = [
            [
                c.title,
                enum_label(ComplianceCategory(c.category), lang),
                fmt_date(c.due_date, lang),
                enum_label(ComplianceStatus(c.status), lang),
            ]
            for c in data.compliance
        ]
        out.append(data_table(s, header, rows, (80, 35, 28, 27)))
    else:
        out.append(_none(s))
    permit = fmt_date(data.work_permit_expiry, lang)
    out.append(Spacer(1, 3 * mm))
    out.append(
        para(text(lang, "labelled", label=text(lang, "work_permit"), value=permit), s["body"])
    )
    return out


def section_signatures(data: PackData, s: Styles) -> list[Flowable]:
    """8. Manager and rep signature boxes with the signed and acknowledged dates."""
    lang = s.lang
    signed = fmt_date(data.signed_at.date(), lang) if data.signed_at else "____________"
    acked = fmt_date(data.acknowledged_at.date(), lang) if data.acknowledged_at else "____________"

    def block(role: str, name: str, date_key: str, when: str) -> list[Flowable]:
        return [
            para(text(lang, role), s["h2"]),
            para(name, s["body"]),
            Spacer(1, 14 * mm),
            para(text(lang, "labelled", label=text(lang, "signature"), value="_" * 22), s["body"]),
            para(text(lang, "labelled", label=text(lang, date_key), value=when), s["body"]),
        ]

    half = CONTENT_WIDTH / 2
    table = Table(
        [
            [
                block(
                    "manager_signature",
                    data.reviewer_name or text(lang, "blank"),
                    "signed_on",
                    signed,
                ),
                block(
                    "rep_signature",
                    rep_display_name(data.rep_name, data.rep_name_zh, lang),
                    "acknowledged_on",
                    acked,
                ),
            ]
        ],
        colWidths=[half, half],
    )
    table.setStyle(
        TableStyle(
            [
                *font_commands(s),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (0, 0), 0.6, RULE),
                ("BOX", (1, 0), (1, 0), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [KeepTogether([_heading(s, "s_signatures"), table])]


SECTIONS: tuple[Section, ...] = (
    section_cover,
    section_scorecard,
    section_charts,
    section_review,
    section_plan,
    section_meetings,
    section_risks,
    section_signatures,
)


def pack_story(data: PackData, styles: Styles) -> list[Flowable]:
    """All eight sections, in order."""
    story: list[Flowable] = []
    for section in SECTIONS:
        story += section(data, styles)
    return story
