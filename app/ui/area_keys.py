"""The keys naming the console's areas, in navigation order.

An area asks the window to show another area's row with
``ctx.bus.request_open(key, item_id)``; it checks here whether that area has a
pane yet. Areas never import the pane registry (app/ui/areas.py imports every
pane, so that would be a circle); a test checks the registry against this list.
"""

from __future__ import annotations

DASHBOARD = "dashboard"
TEAM = "team"
TARGETS = "targets"
ONE_ON_ONES = "one_on_ones"
REVIEWS = "reviews"
TRAINING = "training"
RISKS = "risks"
COMPLIANCE = "compliance"
ADMIN = "admin"

#: The Administration's tabs, in order. The dashboard opens a tab, not a row:
#: ``request_open(ADMIN, ADMIN_TABS.index("admin_rates"))``.
ADMIN_TABS: tuple[str, ...] = ("admin_regions", "admin_managers", "admin_rates", "admin_courses")
ADMIN_RATES = "admin_rates"

#: Every area that has a pane, in navigation order.
AREA_KEYS: tuple[str, ...] = (
    DASHBOARD,
    TEAM,
    TARGETS,
    ONE_ON_ONES,
    REVIEWS,
    TRAINING,
    RISKS,
    COMPLIANCE,
    ADMIN,
)
