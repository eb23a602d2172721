"""compliance register: renewals, and the evidence size bound held by the bytes

Obligations that recur (a work permit every 12 months) keep their period in
``renewal_months``; marking one renewed stamps ``renewed_on`` on it (kept as
history) and creates its successor pointing back through ``renewed_from_id``.
Attachments gain two CHECKs: the stored bytes are exactly ``size_bytes`` long
(so the existing 10 MiB bound on ``size_bytes`` bounds the content itself,
whoever writes the row), and the file name is a plain name, never a path.
Batch mode so SQLite can add the constraints (it copies the table).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-10 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("compliance_items") as batch:
        batch.add_column(sa.Column("renewal_months", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("renewed_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("renewed_from_id", sa.Integer(), nullable=True))
        batch.create_check_constraint(
            op.f("ck_compliance_items_renewal_months"),
            "renewal_months IS NULL OR (renewal_months >= 1 AND renewal_months <= 120)",
        )
        batch.create_foreign_key(
            op.f("fk_compliance_items_renewed_from_id_compliance_items"),
            "compliance_items",
            ["renewed_from_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("attachments") as batch:
        batch.create_check_constraint(
            op.f("ck_attachments_content_size"), "length(content) = size_bytes"
        )
        batch.create_check_constraint(
            op.f("ck_attachments_plain_file_name"),
            "file_name <> '' AND file_name NOT IN ('.', '..') AND file_name NOT LIKE '%/%'",
        )


def downgrade() -> None:
    with op.batch_alter_table("attachments") as batch:
        batch.drop_constraint(op.f("ck_attachments_plain_file_name"), type_="check")
        batch.drop_constraint(op.f("ck_attachments_content_size"), type_="check")
    with op.batch_alter_table("compliance_items") as batch:
        batch.drop_constraint(
            op.f("fk_compliance_items_renewed_from_id_compliance_items"), type_="foreignkey"
        )
        batch.drop_constraint(op.f("ck_compliance_items_renewal_months"), type_="check")
        batch.drop_column("renewed_from_id")
        batch.drop_column("renewed_on")
        batch.drop_column("renewal_months")
