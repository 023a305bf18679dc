"""An outbox message's status changes, each checked against the outbox's workflow first.

The state is not a column (backend/mail/policies.py): these are the only writes of `sent_at` and
`failed_at` by the dispatcher, so every move it makes is one the table allows. An admin's retry
(failed → pending) is one conditional UPDATE in mail/service.py, checked against the same table.
"""

from __future__ import annotations

from datetime import datetime

from backend.mail.policies import WORKFLOW, MessageState, state_of
from backend.models import OutboxMessage

# The reason a mail server gives can be long; the admin's view needs its start.
REASON_LENGTH = 500


def mark_sent(message: OutboxMessage, now: datetime) -> None:
    WORKFLOW.require_move(state_of(message), MessageState.SENT)
    message.sent_at = now
    message.last_error = None


def mark_failed(message: OutboxMessage, now: datetime, reason: str) -> None:
    """Failed for good: it waits for an admin's retry."""
    WORKFLOW.require_move(state_of(message), MessageState.FAILED)
    message.failed_at = now
    message.last_error = reason[:REASON_LENGTH]
