"""What an admin sees of the outbox: who, what, how it went; never the body (it holds one-time
links)."""

from __future__ import annotations

import enum
from datetime import datetime

from backend.core.schemas import ReadSchema


class OutboxStatus(enum.StrEnum):
    PENDING = "pending"  # not sent yet: due, leased or waiting to be retried
    FAILED = "failed"  # given up; waits for an admin to retry it


class OutboxMessageRead(ReadSchema):
    id: int
    to_address: str
    to_name: str | None
    subject: str
    status: OutboxStatus
    attempts: int
    created_at: datetime
    last_attempt_at: datetime | None
    # When a pending message is tried next; null for a failed one.
    next_attempt_at: datetime | None
    failed_at: datetime | None
    # The reason of the latest failed attempt.
    last_error: str | None
