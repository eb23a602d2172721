"""targets: a covering period index for the Targets pane; drop a redundant rep index

The Targets pane filters a period (and a region, through the rep) and orders
by rep and metric. The old ``ix_targets_period`` held only the dates, so every
target of the period was read from the table to test its kind and rep; the
new one holds all the filter and order columns. ``ix_targets_rep_id``
duplicated the leading column of the unique (rep, metric, kind, start) index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 10:05:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PERIOD_COLUMNS = ["period_start", "period_end", "period_kind", "rep_id", "metric"]


def upgrade() -> None:
    op.drop_index("ix_targets_period", table_name="targets")
    op.create_index("ix_targets_period", "targets", PERIOD_COLUMNS)
    op.drop_index("ix_targets_rep_id", table_name="targets")


def downgrade() -> None:
    op.create_index("ix_targets_rep_id", "targets", ["rep_id"])
    op.drop_index("ix_targets_period", table_name="targets")
    op.create_index("ix_targets_period", "targets", ["period_start", "period_end"])
