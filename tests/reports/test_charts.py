"""The chart functions drawn with Agg: bars, labels, colours, Chinese text, PNG output."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import matplotlib
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from app.domain.enums import Metric
from app.domain.periods import Period
from app.reports.chart_style import ACTUAL_COLOUR, BAND_COLOURS, TARGET_COLOUR
from app.reports.charts import plot_attainment_by_rep, plot_target_vs_actual
from app.services.attainment import MonthPoint, RepAttainment

matplotlib.use("Agg")

Y = 2026


def axes() -> tuple[Figure, object]:
    figure = Figure(figsize=(6, 3), layout="constrained")
    return figure, figure.add_subplot()


def bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def bars_of(ax, colour: str) -> list[Rectangle]:
    return [p for p in bars(ax) if to_hex(p.get_facecolor()) == colour]


def texts(ax) -> list[str]:
    return [t.get_text() for t in ax.texts]


def save(figure: Figure, path: Path) -> int:
    figure.savefig(path, format="png")
    return path.stat().st_size


def year_points(actual_months: int) -> list[MonthPoint]:
    """A target of 100 every month; actuals of 80, 90… for the first months only."""
    return [
        MonthPoint(
            Period.month(Y, m),
            D(100),
            D(70 + 10 * m) if m <= actual_months else None,
        )
        for m in range(1, 13)
    ]


def line(rep_id: int, name: str, zh: str | None, att: str | None) -> RepAttainment:
    value = None if att is None else D(att)
    return RepAttainment(
        rep_id, name, zh, Metric.REVENUE, D(100), value, "SGD", value, D(100), value
    )


def test_target_vs_actual_draws_twelve_targets_and_the_past_actuals(tmp_path: Path) -> None:
    figure, ax = axes()
    plot_target_vs_actual(ax, year_points(actual_months=10), unit="SGD")

    assert len(bars_of(ax, TARGET_COLOUR)) == 12
    actual_bars = bars_of(ax, ACTUAL_COLOUR)
    # November and December lie in the future: no actual bar, not a bar of 0.
    assert [b.get_height() for b in actual_bars] == [80 + 10 * i for i in range(10)]
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    ]  # fmt: skip
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Target", "Actual"]
    assert ax.get_ylabel() == "SGD"
    assert save(figure, tmp_path / "months.png") > 5_000


def test_target_vs_actual_in_chinese(tmp_path: Path) -> None:
    figure, ax = axes()
    plot_target_vs_actual(ax, year_points(actual_months=3), lang="zh", title="李伟 收入")

    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels[0] == "1月" and labels[-1] == "12月"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["目标", "实际"]
    assert ax.get_title(loc="left") == "李伟 收入"
    assert save(figure, tmp_path / "months-zh.png") > 5_000


def test_target_vs_actual_without_data_says_so(tmp_path: Path) -> None:
    figure, ax = axes()
    empty = [MonthPoint(Period.month(Y, m), None, None) for m in range(1, 13)]
    plot_target_vs_actual(ax, empty)
    assert bars(ax) == []
    assert texts(ax) == ["No targets"]
    assert save(figure, tmp_path / "empty.png") > 1_000

    _figure, ax_zh = axes()
    plot_target_vs_actual(ax_zh, [], lang="zh")
    assert texts(ax_zh) == ["无目标"]


def test_attainment_by_rep_sorted_and_coloured_by_band(tmp_path: Path) -> None:
    figure, ax = axes()
    lines = [
        line(1, "Low", "低", "55.0"),
        line(2, "Top", "高", "130.0"),
        line(3, "Near", "近", "92.5"),
        line(4, "Exact", "准", "100.0"),
        line(5, "Unmeasured", None, None),
    ]
    plot_attainment_by_rep(ax, lines)

    drawn = bars(ax)
    assert len(drawn) == 4  # the unmeasurable rep has no bar
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Top", "Exact", "Near", "Low"]
    by_y = sorted(drawn, key=lambda b: b.get_y())
    # The y axis is inverted, so the smallest y (drawn on top) is the best rep.
    assert [round(b.get_width(), 1) for b in by_y] == [130.0, 100.0, 92.5, 55.0]
    assert [to_hex(b.get_facecolor()) for b in by_y] == [
        BAND_COLOURS["above"],
        BAND_COLOURS["above"],
        BAND_COLOURS["near"],
        BAND_COLOURS["below"],
    ]
    reference = [ln for ln in ax.get_lines() if list(ln.get_xdata()) == [100.0, 100.0]]
    assert len(reference) == 1
    assert "130.0%" in texts(ax)
    assert save(figure, tmp_path / "reps.png") > 5_000


def test_attainment_by_rep_in_chinese_shows_chinese_names(tmp_path: Path) -> None:
    figure, ax = axes()
    plot_attainment_by_rep(
        ax, [line(1, "Li Wei", "李伟", "101"), line(2, "Sam", None, "70")], lang="zh"
    )
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["李伟 Li Wei", "Sam"]
    assert ax.get_xlabel() == "达成率 %"
    assert save(figure, tmp_path / "reps-zh.png") > 5_000


@pytest.mark.parametrize("lang, text", [("en", "No attainment to show"), ("zh", "暂无达成率")])
def test_attainment_by_rep_without_measurable_reps(lang: str, text: str) -> None:
    _figure, ax = axes()
    plot_attainment_by_rep(ax, [line(1, "Li Wei", "李伟", None)], lang=lang)
    assert bars(ax) == []
    assert texts(ax) == [text]


def test_axis_amounts_are_short_in_each_language() -> None:
    from app.reports.charts import compact_number

    assert [compact_number(v) for v in (950, 1_500_000, 4.2e9)] == ["950", "1.5M", "4.2B"]
    assert [compact_number(v, "zh") for v in (12_345, 1_500_000, 3e8)] == ["1.23万", "150万", "3亿"]
