"""Outbox: failed messages, the time of the last attempt, the recipient's name.

A message whose failure is permanent (a recipient that cannot be written or that the server
refuses for good), or that failed ``MAX_ATTEMPTS`` times, gets ``failed_at`` and stays there, with
its reason in ``last_error``, until an admin retries it. Before this revision such a message was
silently left behind after ten attempts; those are marked failed now (at the time they would
have been tried next), so an admin sees them.

Revision ID: 199b267ad3ff
Revises: 04f7d5e43d17
Create Date: 2026-12-03 08:51:21.782238+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import backend.models.base

revision: str = "199b267ad3ff"
down_revision: str | None = "04f7d5e43d17"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The dispatcher's MAX_ATTEMPTS when this revision was written.
_GIVEN_UP_AFTER = 10


def upgrade() -> None:
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("to_name", sa.String(length=200), nullable=True))
        batch_op.add_column(
            sa.Column(
                "last_attempt_at", backend.models.base.UTCDateTime(timezone=True), nullable=True
            )
        )
        batch_op.add_column(
            sa.Column("failed_at", backend.models.base.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.create_index(
            batch_op.f("ix_outbox_messages_failed_at"), ["failed_at"], unique=False
        )
    outbox = sa.table(
        "outbox_messages",
        sa.column("sent_at"),
        sa.column("attempts"),
        sa.column("next_attempt_at"),
        sa.column("failed_at"),
    )
    op.execute(
        outbox.update()
        .where(outbox.c.sent_at.is_(None), outbox.c.attempts >= _GIVEN_UP_AFTER)
        .values(failed_at=outbox.c.next_attempt_at)
    )


def downgrade() -> None:
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_messages_failed_at"))
        batch_op.drop_column("failed_at")
        batch_op.drop_column("last_attempt_at")
        batch_op.drop_column("to_name")
