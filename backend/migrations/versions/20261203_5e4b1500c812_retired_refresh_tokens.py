"""Retired refresh tokens: a rotated token that comes back ends its session.

Revision ID: 5e4b1500c812
Revises: 3f6c1a7d2b90
Create Date: 2026-12-03 08:37:08.668914+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import backend.models.base

revision: str = "5e4b1500c812"
down_revision: str | None = "3f6c1a7d2b90"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "retired_refresh_tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.String(length=43), nullable=False),
        sa.Column("retired_at", backend.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["auth_sessions.id"],
            name=op.f("fk_retired_refresh_tokens_session_id_auth_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_retired_refresh_tokens")),
    )
    op.create_index(
        op.f("ix_retired_refresh_tokens_session_id"),
        "retired_refresh_tokens",
        ["session_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_retired_refresh_tokens_session_id"), table_name="retired_refresh_tokens")
    op.drop_table("retired_refresh_tokens")
