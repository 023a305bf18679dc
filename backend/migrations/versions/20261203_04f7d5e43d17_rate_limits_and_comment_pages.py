"""Per-person write allowances (rate limits) and plan comments read in page order.

Revision ID: 04f7d5e43d17
Revises: 5e4b1500c812
Create Date: 2026-12-03 08:34:19.776098+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import backend.models.base

revision: str = "04f7d5e43d17"
down_revision: str | None = "5e4b1500c812"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rate_limits",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("full_at", backend.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_rate_limits_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "action", name=op.f("pk_rate_limits")),
    )
    with op.batch_alter_table("plan_comments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_comments_plan_id"))
        batch_op.create_index(
            "ix_plan_comments_plan_id_created_at", ["plan_id", "created_at", "id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("plan_comments", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_comments_plan_id_created_at")
        batch_op.create_index(batch_op.f("ix_plan_comments_plan_id"), ["plan_id"], unique=False)

    op.drop_table("rate_limits")
