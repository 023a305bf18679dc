"""Queries of the outbox for its admin view."""

from __future__ import annotations

from sqlalchemy import Select, select

from backend.mail.schemas import OutboxStatus
from backend.models import OutboxMessage


def unsent(status: OutboxStatus | None) -> Select[OutboxMessage]:
    """Mail not sent, newest first: failed, pending, or (``None``) both."""
    stmt = select(OutboxMessage).where(OutboxMessage.sent_at.is_(None))
    if status is OutboxStatus.FAILED:
        stmt = stmt.where(OutboxMessage.failed_at.is_not(None))
    elif status is OutboxStatus.PENDING:
        stmt = stmt.where(OutboxMessage.failed_at.is_(None))
    return stmt.order_by(OutboxMessage.id.desc())
