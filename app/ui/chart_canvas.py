"""A small matplotlib canvas widget over the plain plotting functions in app.reports.

The widget only owns the figure; what is drawn comes from a function
``plot(ax, data)`` that the PDF packs use too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from matplotlib.axes import Axes
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from app.reports.chart_style import configure_matplotlib


class ChartCanvas(QWidget):
    """Draws ``plot(ax, data)`` into one Axes; call :meth:`show_plot` again to redraw."""

    def __init__(self, parent: QWidget | None = None, *, height_inches: float = 2.6) -> None:
        super().__init__(parent)
        configure_matplotlib()
        self.figure = Figure(figsize=(6, height_inches), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.axes: Axes = self.figure.add_subplot()

    def show_plot(self, plot: Callable[[Axes, Any], object], data: Any) -> None:
        self.axes.clear()
        plot(self.axes, data)
        self.canvas.draw_idle()

    def clear(self, message: str = "") -> None:
        """An empty chart, optionally with a line of text in the middle."""
        self.axes.clear()
        self.axes.set_axis_off()
        if message:
            self.axes.text(
                0.5, 0.5, message, ha="center", va="center", transform=self.axes.transAxes
            )
        self.canvas.draw_idle()
