"""risk register: review history, acceptance records, treatment actions

A risk may now be *accepted* until a date (status "accepted"; it reads as open
again once the date passes), keeps the date of its latest review, and gains
three child tables: ``risk_reviews`` (each recorded review with the levels
re-assessed), ``risk_acceptances`` (who accepted, why, until when) and
``risk_actions`` (treatment actions, possibly carried into a one-on-one).
Batch mode so SQLite can replace the status CHECK (it copies the table);
PostgreSQL alters in place. The downgrade turns accepted risks back to open
before restoring the old CHECK, so it never fails on data.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-10 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_STATUS = "status IN ('open', 'monitoring', 'closed')"
_NEW_STATUS = "status IN ('open', 'monitoring', 'accepted', 'closed')"


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
    ]


def _ratings(table: str) -> list[sa.CheckConstraint]:
    return [
        sa.CheckConstraint("likelihood BETWEEN 1 AND 5", name=op.f(f"ck_{table}_likelihood_range")),
        sa.CheckConstraint("impact BETWEEN 1 AND 5", name=op.f(f"ck_{table}_impact_range")),
        sa.CheckConstraint(
            "residual_likelihood IS NULL OR (residual_likelihood BETWEEN 1 AND 5)",
            name=op.f(f"ck_{table}_residual_likelihood_range"),
        ),
        sa.CheckConstraint(
            "residual_impact IS NULL OR (residual_impact BETWEEN 1 AND 5)",
            name=op.f(f"ck_{table}_residual_impact_range"),
        ),
    ]


def _risk_link(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["risk_id"], ["risks.id"], name=op.f(f"fk_{table}_risk_id_risks"), ondelete="CASCADE"
    )


def upgrade() -> None:
    with op.batch_alter_table("risks") as batch:
        batch.add_column(sa.Column("last_reviewed", sa.Date(), nullable=True))
        batch.add_column(sa.Column("accepted_until", sa.Date(), nullable=True))
        batch.drop_constraint(op.f("ck_risks_status"), type_="check")
        batch.create_check_constraint(op.f("ck_risks_status"), _NEW_STATUS)

    op.create_table(
        "risk_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("risk_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("reviewer", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("likelihood", sa.Integer(), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("residual_likelihood", sa.Integer(), nullable=True),
        sa.Column("residual_impact", sa.Integer(), nullable=True),
        sa.Column("next_review", sa.Date(), nullable=False),
        *_timestamps(),
        *_ratings("risk_reviews"),
        _risk_link("risk_reviews"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_reviews")),
    )
    op.create_index(op.f("ix_risk_reviews_risk_id"), "risk_reviews", ["risk_id"])

    op.create_table(
        "risk_acceptances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("risk_id", sa.Integer(), nullable=False),
        sa.Column("accepted_by", sa.String(200), nullable=False),
        sa.Column("accepted_on", sa.Date(), nullable=False),
        sa.Column("accepted_until", sa.Date(), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        *_timestamps(),
        sa.CheckConstraint(
            "accepted_until >= accepted_on", name=op.f("ck_risk_acceptances_until_after_on")
        ),
        _risk_link("risk_acceptances"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_acceptances")),
    )
    op.create_index(op.f("ix_risk_acceptances_risk_id"), "risk_acceptances", ["risk_id"])

    op.create_table(
        "risk_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("risk_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(120), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("carried_item_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        *_timestamps(),
        _risk_link("risk_actions"),
        sa.ForeignKeyConstraint(
            ["carried_item_id"],
            ["action_items.id"],
            name=op.f("fk_risk_actions_carried_item_id_action_items"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_actions")),
    )
    op.create_index(op.f("ix_risk_actions_risk_id"), "risk_actions", ["risk_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_risk_actions_risk_id"), table_name="risk_actions")
    op.drop_table("risk_actions")
    op.drop_index(op.f("ix_risk_acceptances_risk_id"), table_name="risk_acceptances")
    op.drop_table("risk_acceptances")
    op.drop_index(op.f("ix_risk_reviews_risk_id"), table_name="risk_reviews")
    op.drop_table("risk_reviews")
    # The old CHECK knows no "accepted": such risks go back to open (the
    # acceptance records that explained them are dropped above).
    op.execute("UPDATE risks SET status = 'open' WHERE status = 'accepted'")
    with op.batch_alter_table("risks") as batch:
        batch.drop_constraint(op.f("ck_risks_status"), type_="check")
        batch.create_check_constraint(op.f("ck_risks_status"), _OLD_STATUS)
        batch.drop_column("accepted_until")
        batch.drop_column("last_reviewed")
