"""A small matplotlib canvas widget over the plain plotting functions in app.reports.

The widget only owns the figure; what is drawn comes from a function
``plot(ax, data)`` that the PDF packs use too. Matplotlib is imported and the
figure built on first use, not at start-up: importing it costs a few hundred
milliseconds the window need not wait for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure


class ChartCanvas(QWidget):
    """Draws ``plot(ax, data)`` into one Axes; call :meth:`show_plot` again to redraw."""

    def __init__(self, parent: QWidget | None = None, *, height_inches: float = 2.6) -> None:
        super().__init__(parent)
        self._height_inches = height_inches
        self._click_handlers: list[Callable[[Any], object]] = []
        self._figure: Figure | None = None
        self._canvas: FigureCanvasQTAgg | None = None
        self._axes: Axes | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _build(self) -> None:
        if self._canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from app.reports.chart_style import configure_matplotlib

        configure_matplotlib()
        self._figure = Figure(figsize=(6, self._height_inches), layout="constrained")
        self._canvas = FigureCanvasQTAgg(self._figure)
        self._canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout.addWidget(self._canvas)
        self._axes = self._figure.add_subplot()
        for handler in self._click_handlers:
            self._canvas.mpl_connect("button_press_event", handler)

    @property
    def figure(self) -> Figure:
        self._build()
        assert self._figure is not None
        return self._figure

    @property
    def canvas(self) -> FigureCanvasQTAgg:
        self._build()
        assert self._canvas is not None
        return self._canvas

    @property
    def axes(self) -> Axes:
        self._build()
        assert self._axes is not None
        return self._axes

    def on_click(self, handler: Callable[[Any], object]) -> None:
        """Call ``handler(event)`` on a mouse press in the chart (matplotlib's event)."""
        self._click_handlers.append(handler)
        if self._canvas is not None:
            self._canvas.mpl_connect("button_press_event", handler)

    def show_plot(self, plot: Callable[[Axes, Any], object], data: Any) -> None:
        self.axes.clear()
        plot(self.axes, data)
        self.canvas.draw_idle()

    def clear(self, message: str = "") -> None:
        """An empty chart, optionally with a line of text in the middle."""
        self.axes.clear()
        self.axes.set_axis_off()
        if message:
            centre = {"ha": "center", "va": "center", "transform": self.axes.transAxes}
            self.axes.text(0.5, 0.5, message, **centre)
        self.canvas.draw_idle()
