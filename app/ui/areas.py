"""The areas of the console, in navigation order.

Only panes that work are listed: adding an area is one line in :data:`PANES`.
"""

from __future__ import annotations

from app.ui.dashboard.pane import DashboardPane
from app.ui.one_on_ones.pane import OneOnOnesPane
from app.ui.pane import Pane
from app.ui.reviews.pane import ReviewsPane
from app.ui.targets.pane import TargetsPane
from app.ui.team.pane import TeamPane

PANES: list[type[Pane]] = [
    DashboardPane,
    TeamPane,
    TargetsPane,
    OneOnOnesPane,
    ReviewsPane,
]

__all__ = ["PANES", "Pane"]
