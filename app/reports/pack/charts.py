"""Charts of the PDF packs: plotting functions ``plot_x(ax, data, lang)`` and their flowables.

The plotting functions follow :mod:`app.reports.charts` (draw into a given
``Axes``, create no figure). :func:`chart_flowable` renders one on an Agg figure
and hands its pixels to reportlab: no timestamps anywhere, so the same data
gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from app.domain.attainment import MET_FROM, band
from app.domain.risk import risk_level
from app.reports.chart_style import BAND_COLOURS, TARGET_COLOUR, configure_matplotlib
from app.reports.charts import plot_target_vs_actual
from app.services.attainment import MonthPoint
from app.services.pack_records import PackMonth, PackPeer, PackQuarter

if TYPE_CHECKING:
    from matplotlib.axes import Axes

REP_COLOUR = "#2f6db5"
LEVEL_COLOURS = {"low": "#dff0d8", "medium": "#fcf8e3", "high": "#f9d9b8", "critical": "#f2c1c0"}
_WORDS = {
    "en": {
        "no_attainment": "No attainment to show",
        "no_scores": "No scores yet",
        "attainment": "Attainment %",
        "score": "Weighted score (1–5)",
        "likelihood": "Likelihood",
        "impact": "Impact",
    },
    "zh": {
        "no_attainment": "暂无达成率",
        "no_scores": "暂无得分",
        "attainment": "达成率 %",
        "score": "加权得分（1–5）",
        "likelihood": "可能性",
        "impact": "影响",
    },
}


def _words(lang: str) -> dict[str, str]:
    return _WORDS.get(lang, _WORDS["en"])


def _message(ax: Axes, message: str) -> None:
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#666666")


def plot_pack_months(
    ax: Axes, months: Sequence[PackMonth], *, lang: str = "en", unit: str = ""
) -> None:
    """Target vs actual by month: the console's chart fed with the pack's months."""
    points = [MonthPoint(m.month, m.target, m.actual) for m in months]
    plot_target_vs_actual(ax, points, lang=lang, unit=unit)


def plot_quarter_attainment(ax: Axes, quarters: Sequence[PackQuarter], *, lang: str = "en") -> None:
    """Attainment bars per quarter, coloured by band, with a dashed 100 % line."""
    configure_matplotlib()
    words = _words(lang)
    if not any(q.attainment is not None for q in quarters):
        _message(ax, words["no_attainment"])
        return
    xs = list(range(len(quarters)))
    shown = [(x, q) for x, q in zip(xs, quarters, strict=True) if q.attainment is not None]
    values = [float(q.attainment) for _, q in shown]  # type: ignore[arg-type]
    colours = [BAND_COLOURS[band(q.attainment).value] for _, q in shown]  # type: ignore[union-attr]
    bars = ax.bar([x for x, _ in shown], values, 0.6, color=colours)
    # Inside the bars: above them a label could sit on the dashed 100 % line.
    ax.bar_label(bars, labels=[f"{v:.1f}%" for v in values], label_type="center", fontsize="small")
    ax.axhline(float(MET_FROM), color="#444444", linestyle="--", linewidth=1)
    ax.set_xticks(xs, [q.quarter.label(lang) for q in quarters])
    ax.set_xlim(-0.6, len(quarters) - 0.4)
    ax.set_ylabel(words["attainment"])
    ax.grid(axis="x", visible=False)
    high = max([*values, float(MET_FROM)])
    low = min([*values, 0.0])
    ax.set_ylim(low * 1.1 if low < 0 else 0, high * 1.18)


def plot_peer_position(ax: Axes, peers: Sequence[PackPeer], *, lang: str = "en") -> None:
    """Horizontal bars of every region rep's weighted score, best on top; the rep in blue.

    Peers come anonymised ("1", "2"… by rank) except the rep; unscored peers
    are left out.
    """
    configure_matplotlib()
    words = _words(lang)
    scored = [p for p in peers if p.weighted_score is not None]
    if not scored:
        _message(ax, words["no_scores"])
        return
    ys = list(range(len(scored)))
    values = [float(p.weighted_score) for p in scored]  # type: ignore[arg-type]
    colours = [REP_COLOUR if p.is_rep else TARGET_COLOUR for p in scored]
    ax.invert_yaxis()
    ax.set_xlim(0, 5.4)
    ax.set_xlabel(words["score"])
    ax.grid(axis="y", visible=False)
    if len(scored) <= 30:
        bars = ax.barh(ys, values, color=colours, height=0.7)
        ax.set_yticks(ys, [p.label for p in scored])
        for tick, peer in zip(ax.get_yticklabels(), scored, strict=True):
            if peer.is_rep:  # the CJK font has no bold face: colour marks the rep
                tick.set_color(REP_COLOUR)
        ax.bar_label(bars, labels=[f"{v:.2f}" for v in values], padding=2, fontsize="small")
        return
    # A large region: the sorted scores as one filled shape show the spread,
    # and only the rep is named, with their rank. A bar and a tick label per
    # peer would be unreadable, and drawing hundreds took a second per pack.
    ax.fill_betweenx(ys, 0, values, step="mid", color=TARGET_COLOUR, linewidth=0)
    ax.set_ylim(len(scored) - 0.5, -0.5)
    ax.set_yticks([])
    for rank, peer in enumerate(scored):
        if peer.is_rep:
            value = values[rank]
            ax.annotate(
                f"{peer.label}  {rank + 1} / {len(scored)}",
                xy=(value, rank),
                xytext=(value + 0.15 if value < 3.6 else value - 0.15, rank),
                ha="left" if value < 3.6 else "right",
                va="center",
                color=REP_COLOUR,
                bbox={"facecolor": "white", "edgecolor": REP_COLOUR, "boxstyle": "round"},
                arrowprops={"arrowstyle": "-", "color": REP_COLOUR},
            )
            ax.plot([0, value], [rank, rank], color=REP_COLOUR, linewidth=2.5)


def plot_risk_heat(ax: Axes, heat: Mapping[tuple[int, int], int], *, lang: str = "en") -> None:
    """The 5×5 likelihood × impact grid, cells coloured by level, with risk counts."""
    configure_matplotlib()
    from matplotlib.patches import Rectangle

    words = _words(lang)
    for likelihood in range(1, 6):
        for impact in range(1, 6):
            level = risk_level(likelihood, impact).value
            ax.add_patch(
                Rectangle(
                    (impact - 0.5, likelihood - 0.5),
                    1,
                    1,
                    facecolor=LEVEL_COLOURS[level],
                    edgecolor="white",
                    linewidth=2,
                )
            )
            count = heat.get((likelihood, impact), 0)
            if count:
                ax.text(impact, likelihood, str(count), ha="center", va="center", fontsize=11)
    ax.set_xlim(0.5, 5.5)
    ax.set_ylim(0.5, 5.5)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.set_xlabel(words["impact"])
    ax.set_ylabel(words["likelihood"])
    ax.set_aspect("equal")
    ax.grid(visible=False)


def plot_region_attainment(
    ax: Axes, rows: Sequence[tuple[str, Decimal | None]], *, lang: str = "en"
) -> None:
    """Attainment per rep (label, percent), best on top, coloured by band."""
    configure_matplotlib()
    words = _words(lang)
    measured = [(label, att) for label, att in rows if att is not None]
    if not measured:
        _message(ax, words["no_attainment"])
        return
    measured.sort(key=lambda r: (-(r[1] or 0), r[0]))
    values = [float(att) for _, att in measured]  # type: ignore[arg-type]
    colours = [BAND_COLOURS[band(att).value] for _, att in measured]  # type: ignore[union-attr]
    ys = list(range(len(measured)))
    bars = ax.barh(ys, values, color=colours, height=0.7)
    if len(measured) <= 40:
        ax.set_yticks(ys, [label for label, _ in measured])
    else:
        ax.set_yticks([])  # the team table names everyone; ticks here would be unreadable
    ax.invert_yaxis()
    ax.axvline(float(MET_FROM), color="#444444", linestyle="--", linewidth=1)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(words["attainment"])
    high = max([*values, float(MET_FROM)])
    low = min([*values, 0.0])
    ax.set_xlim(low * 1.1 if low < 0 else 0, high * 1.15)
    if len(measured) <= 40:
        ax.bar_label(bars, labels=[f"{v:.1f}%" for v in values], padding=2, fontsize="small")


def chart_image(
    draw: Callable[[Axes], None], width_in: float, height_in: float, *, dpi: int = 150
) -> Any:
    """The chart as a PIL image straight from Agg's pixels.

    For the PDF this skips encoding a PNG that reportlab would only decode
    again before compressing the pixels its own way (a quarter of a pack's time).
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from PIL import Image as PILImage

    configure_matplotlib()
    figure = Figure(figsize=(width_in, height_in), dpi=dpi, layout="constrained")
    canvas = FigureCanvasAgg(figure)
    draw(figure.add_subplot())
    canvas.draw()
    size = canvas.get_width_height()
    return PILImage.frombuffer("RGBA", size, canvas.buffer_rgba()).convert("RGB")


class ChartFlowable(Flowable):
    """A chart image drawn at a fixed size in points."""

    def __init__(self, image: Any, width: float, height: float) -> None:
        super().__init__()
        self._image = ImageReader(image)
        self.width, self.height = width, height

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self._image, 0, 0, self.width, self.height)


def chart_flowable(
    draw: Callable[[Axes], None], width_in: float, height_in: float, *, dpi: int = 150
) -> ChartFlowable:
    """``draw``'s chart as a flowable ``width_in`` × ``height_in`` inches."""
    image = chart_image(draw, width_in, height_in, dpi=dpi)
    return ChartFlowable(image, width_in * 72, height_in * 72)


__all__ = [
    "ChartFlowable",
    "chart_flowable",
    "chart_image",
    "plot_pack_months",
    "plot_peer_position",
    "plot_quarter_attainment",
    "plot_region_attainment",
    "plot_risk_heat",
]
