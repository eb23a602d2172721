"""courses: a list price (cost and its currency) in the catalogue

The team spreadsheet's Courses sheet had cost and currency columns that were
checked but dropped; the Administration pane edits them too. Both nullable: a
course without a known price keeps none. Batch mode so SQLite can add the
CHECK constraint (it copies the table); PostgreSQL alters in place.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("courses") as batch:
        batch.add_column(sa.Column("cost", sa.Numeric(18, 4), nullable=True))
        batch.add_column(sa.Column("currency", sa.String(3), nullable=True))
        batch.create_check_constraint(
            op.f("ck_courses_cost_non_negative"), "cost IS NULL OR cost >= 0"
        )


def downgrade() -> None:
    with op.batch_alter_table("courses") as batch:
        batch.drop_constraint(op.f("ck_courses_cost_non_negative"), type_="check")
        batch.drop_column("currency")
        batch.drop_column("cost")
