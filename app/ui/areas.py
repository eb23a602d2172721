"""The areas of the console, in navigation order: the pane registry.

Only panes that work are listed: adding an area is one line in :data:`PANES`
and its key in :data:`app.ui.area_keys.AREA_KEYS` (the list areas consult
without importing this module, which imports every pane). Only the main window
imports this registry.
"""

from __future__ import annotations

from app.ui.admin.pane import AdminPane
from app.ui.compliance.pane import CompliancePane
from app.ui.dashboard.pane import DashboardPane
from app.ui.one_on_ones.pane import OneOnOnesPane
from app.ui.pane import Pane
from app.ui.reviews.pane import ReviewsPane
from app.ui.risks.pane import RisksPane
from app.ui.targets.pane import TargetsPane
from app.ui.team.pane import TeamPane
from app.ui.training.pane import TrainingPane

PANES: list[type[Pane]] = [
    DashboardPane,
    TeamPane,
    TargetsPane,
    OneOnOnesPane,
    ReviewsPane,
    TrainingPane,
    RisksPane,
    CompliancePane,
    AdminPane,
]

__all__ = ["PANES", "Pane"]
