"""How every chart looks, in the window and in PDFs: fonts, colours, sizes.

Plotting functions elsewhere in ``app.reports`` take an ``Axes`` and data and
know nothing of where the figure ends up (napari-matplotlib's habit); this
module is the one place that makes Chinese render as glyphs, not boxes.
"""

from __future__ import annotations

from functools import cache

# Families tried in order for Chinese labels (Linux, Windows, macOS names).
CJK_FAMILIES = (
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Heiti SC",
)

# Attainment bands (domain.attainment.Band): under 80 %, 80–100 %, 100 % and over.
BAND_COLOURS = {"below": "#d9534f", "near": "#f0ad4e", "above": "#5cb85c"}
TARGET_COLOUR = "#9aa5b1"
ACTUAL_COLOUR = "#2f6db5"
GRID_COLOUR = "#e3e7eb"


@cache
def cjk_family() -> str | None:
    """The first installed font family that has Chinese glyphs, if any."""
    from matplotlib import font_manager  # imported when a chart is drawn, not at start-up

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return next((family for family in CJK_FAMILIES if family in installed), None)


def configure_matplotlib() -> None:
    """Set fonts and defaults once per process; safe to call again."""
    import matplotlib

    family = cjk_family()
    sans = [family] if family else []
    sans += [f for f in matplotlib.rcParams["font.sans-serif"] if f not in sans]
    matplotlib.rcParams.update(
        {
            "font.family": "sans-serif",
            "font.sans-serif": sans,
            # The CJK fonts lack U+2212; a hyphen keeps negative numbers readable.
            "axes.unicode_minus": False,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "grid.color": GRID_COLOUR,
            "axes.axisbelow": True,
            "font.size": 9,
            # Same input, same bytes: PDFs embed charts and are compared.
            "svg.hashsalt": "outpost",
            "path.simplify": True,
        }
    )
