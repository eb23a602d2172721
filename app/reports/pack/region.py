"""The region summary's flowables: team ranked by score, attainment chart, risk heat map."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from app.reports.pack.charts import chart_flowable, plot_region_attainment, plot_risk_heat
from app.reports.pack.styles import CONTENT_WIDTH, Styles, data_table, para
from app.reports.pack.text import enum_label, fmt_number, rep_display_name, text
from app.services.pack_records import PackData, RegionSummary


def _main_attainment(pack: PackData) -> Decimal | None:
    """The attainment of the pack's main metric KPI line, if any."""
    return next((k.attainment for k in pack.kpis if k.metric == pack.main_metric), None)


def region_story(summary: RegionSummary, packs: Sequence[PackData], s: Styles) -> list[Flowable]:
    """Title, the ranked team table, attainment by rep and the open-risk heat map."""
    lang = s.lang
    region = rep_display_name(summary.region_name, summary.region_name_zh, lang)
    out: list[Flowable] = [
        para(text(lang, "region_title"), s["title"]),
        para(text(lang, "confidential"), s["confidential"]),
        Spacer(1, 6 * mm),
        para(f"{region} — {summary.cycle_name} ({summary.period.label(lang)})", s["h2"]),
        para(text(lang, "region_reps", count=len(summary.rows)), s["small"]),
        para(text(lang, "team"), s["h1"]),
    ]
    header = [text(lang, k) for k in ("rank", "rep", "status", "score", "rating")]
    rows = [
        [
            str(rank),
            rep_display_name(row.rep_name, row.rep_name_zh, lang),
            enum_label(row.status, lang),
            fmt_number(row.weighted_score, lang),
            str(row.overall_rating) if row.overall_rating is not None else text(lang, "blank"),
        ]
        for rank, row in enumerate(summary.rows, start=1)
    ]
    if rows:
        out.append(data_table(s, header, rows, (14, 80, 30, 24, 20), right=(0, 3, 4)))
    else:
        out.append(para(text(lang, "none"), s["small"]))

    metric = enum_label(packs[0].main_metric, lang) if packs else ""
    attainments = [
        (rep_display_name(p.rep_name, p.rep_name_zh, lang), _main_attainment(p)) for p in packs
    ]
    height_in = min(1.2 + 0.22 * len(attainments), 9.0)
    chart = chart_flowable(
        lambda ax: plot_region_attainment(ax, attainments, lang=lang),
        CONTENT_WIDTH / 72,
        height_in,
    )
    out.append(CondPageBreak(60 * mm))
    out.append(para(text(lang, "chart_region", metric=metric), s["h1"]))
    out.append(chart)

    heat = chart_flowable(lambda ax: plot_risk_heat(ax, summary.heat, lang=lang), 4.0, 3.6)
    out.append(KeepTogether([para(text(lang, "chart_heat"), s["h1"]), heat]))
    return out
