"""Plain plotting functions ``plot_x(ax, data)`` shared by the window and the PDF packs.

No Qt here: the console draws them on a :class:`~app.ui.chart_canvas.ChartCanvas`,
the packs on an Agg figure. Every function clears nothing and creates no
figure; it draws into the ``Axes`` it is given, so the caller owns size and
output.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from app.domain.attainment import MET_FROM, band
from app.reports.chart_style import (
    ACTUAL_COLOUR,
    BAND_COLOURS,
    TARGET_COLOUR,
    configure_matplotlib,
)
from app.services.attainment import MonthPoint, RepAttainment

if TYPE_CHECKING:
    from matplotlib.axes import Axes

_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WORDS = {
    "en": {
        "target": "Target",
        "actual": "Actual",
        "no_targets": "No targets",
        "no_attainment": "No attainment to show",
        "attainment": "Attainment %",
    },
    "zh": {
        "target": "目标",
        "actual": "实际",
        "no_targets": "无目标",
        "no_attainment": "暂无达成率",
        "attainment": "达成率 %",
    },
}
# Past this many bars the per-bar value labels overlap; the axis still reads.
_ANNOTATE_UP_TO = 40


def _words(lang: str) -> dict[str, str]:
    return _WORDS.get(lang, _WORDS["en"])


def month_label(month: int, lang: str = "en") -> str:
    """ "Jan" … "Dec", or "1月" … "12月" in Chinese."""
    return f"{month}月" if lang == "zh" else _EN_MONTHS[month - 1]


def _message(ax: Axes, text: str) -> None:
    """An empty chart saying why it is empty."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color="#666666")


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def plot_target_vs_actual(
    ax: Axes,
    points: Sequence[MonthPoint],
    *,
    lang: str = "en",
    unit: str = "",
    title: str = "",
) -> None:
    """Monthly target (grey bars) against actual (blue bars) for one rep and metric.

    ``points`` come from ``AttainmentService.rep_monthly_series``. Months
    without an actual (the future) get no actual bar; with no target and no
    actual at all the chart says "No targets". ``unit`` labels the value axis.
    """
    configure_matplotlib()
    words = _words(lang)
    if not any(p.target is not None or p.actual is not None for p in points):
        _message(ax, words["no_targets"])
        return
    width = 0.4
    xs = list(range(len(points)))
    targets = [(x, _number(p.target)) for x, p in zip(xs, points, strict=True)]
    actuals = [(x, _number(p.actual)) for x, p in zip(xs, points, strict=True)]
    shown_targets = [(x, v) for x, v in targets if v is not None]
    shown_actuals = [(x, v) for x, v in actuals if v is not None]
    if shown_targets:
        ax.bar(
            [x - width / 2 for x, _ in shown_targets],
            [v for _, v in shown_targets],
            width,
            color=TARGET_COLOUR,
            label=words["target"],
        )
    if shown_actuals:
        ax.bar(
            [x + width / 2 for x, _ in shown_actuals],
            [v for _, v in shown_actuals],
            width,
            color=ACTUAL_COLOUR,
            label=words["actual"],
        )
    ax.set_xticks(xs, [month_label(p.month.number, lang) for p in points])
    ax.set_xlim(-0.6, len(points) - 0.4)
    # Plain short numbers, not matplotlib's "1e6" offset above the axis.
    ax.yaxis.set_major_formatter(lambda value, _pos: compact_number(value, lang))
    ax.grid(axis="x", visible=False)
    if unit:
        ax.set_ylabel(unit)
    if title:
        ax.set_title(title, loc="left", fontsize="medium")
    ax.legend(loc="upper left", frameon=False, ncols=2, fontsize="small")
    # Headroom so the legend does not sit on the tallest bars.
    low, high = ax.get_ylim()
    ax.set_ylim(min(low, 0), high * 1.15 if high > 0 else high)


def rep_label(line: RepAttainment, lang: str = "en") -> str:
    """The rep's name, with the Chinese name first in Chinese: "李伟 Li Wei"."""
    if lang == "zh" and line.rep_name_zh:
        return f"{line.rep_name_zh} {line.rep_name}"
    return line.rep_name


def plot_attainment_by_rep(
    ax: Axes, lines: Sequence[RepAttainment], *, lang: str = "en", title: str = ""
) -> None:
    """Horizontal bars of attainment per rep, best on top, coloured by band.

    Reps whose attainment is not measurable (no target or no actual) are left
    out; a dashed line marks 100 %. With nothing measurable the chart says so.
    """
    configure_matplotlib()
    words = _words(lang)
    measured = [line for line in lines if line.attainment is not None]
    if not measured:
        _message(ax, words["no_attainment"])
        return
    measured.sort(key=lambda a: (-(a.attainment or 0), a.rep_name, a.rep_id))
    values = [float(a.attainment or 0) for a in measured]
    colours = [BAND_COLOURS[band(a.attainment).value] for a in measured]  # type: ignore[union-attr]
    ys = list(range(len(measured)))
    bars = ax.barh(ys, values, color=colours, height=0.7)
    ax.set_yticks(ys, [rep_label(a, lang) for a in measured])
    ax.invert_yaxis()  # the best rep on top
    ax.axvline(float(MET_FROM), color="#444444", linestyle="--", linewidth=1)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(words["attainment"])
    if title:
        ax.set_title(title, loc="left", fontsize="medium")
    high = max([*values, float(MET_FROM)])
    low = min([*values, 0.0])
    ax.set_xlim(low * 1.1 if low < 0 else 0, high * 1.15)
    if len(measured) <= _ANNOTATE_UP_TO:
        ax.bar_label(bars, labels=[f"{v:.1f}%" for v in values], padding=2, fontsize="small")
    else:
        ax.tick_params(axis="y", labelsize="x-small")


__all__ = ["month_label", "plot_attainment_by_rep", "plot_target_vs_actual", "rep_label"]


def compact_number(value: float, lang: str = "en") -> str:
    """An axis label for an amount: ``1.5M`` / ``150万``; small values in full."""
    steps = (
        ((100_000_000, "亿"), (10_000, "万"))
        if lang == "zh"
        else ((1e9, "B"), (1e6, "M"), (1e3, "k"))
    )
    for size, suffix in steps:
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"
