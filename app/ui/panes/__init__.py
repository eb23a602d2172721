"""The areas of the console, in navigation order.

Only panes that work are listed: adding an area is one line in :data:`PANES`.
"""

from __future__ import annotations

from app.ui.panes.base import Pane
from app.ui.panes.dashboard import DashboardPane
from app.ui.panes.one_on_ones import OneOnOnesPane
from app.ui.panes.reviews import ReviewsPane
from app.ui.panes.targets import TargetsPane
from app.ui.panes.team import TeamPane

PANES: list[type[Pane]] = [
    DashboardPane,
    TeamPane,
    TargetsPane,
    OneOnOnesPane,
    ReviewsPane,
]

__all__ = ["PANES", "Pane"]
