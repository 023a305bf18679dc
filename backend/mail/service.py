"""The outbox seen by an admin: failed and pending mail with their reasons, and retrying one."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.audit.service import record
from backend.core.principal import Principal
from backend.mail.errors import MailNotFailed, OutboxMessageNotFound
from backend.mail.policies import POLICY, WORKFLOW, MessageState, OutboxAction, state_of
from backend.mail.schemas import OutboxMessageRead, OutboxStatus
from backend.models import OutboxMessage
from backend.models.enums import AuditAction


def read_model(message: OutboxMessage) -> OutboxMessageRead:
    failed = state_of(message) is MessageState.FAILED
    return OutboxMessageRead(
        id=message.id,
        to_address=message.to_address,
        to_name=message.to_name,
        subject=message.subject,
        status=OutboxStatus.FAILED if failed else OutboxStatus.PENDING,
        attempts=message.attempts,
        created_at=message.created_at,
        last_attempt_at=message.last_attempt_at,
        next_attempt_at=None if failed else message.next_attempt_at,
        failed_at=message.failed_at,
        last_error=message.last_error,
    )


async def retry(
    db: AsyncSession, principal: Principal, message_id: int, now: datetime
) -> OutboxMessage:
    """Makes a failed message due now with a fresh count of attempts; the reason of its last
    failure stays until the next attempt settles it."""
    POLICY.require(principal, OutboxAction.MANAGE)
    # The move the conditional UPDATE below makes, checked against the table: failed → pending.
    WORKFLOW.require_move(MessageState.FAILED, MessageState.PENDING)
    # One conditional UPDATE: two admins retrying at once, or a retry racing nothing, cannot
    # make a message that is being sent due a second time.
    message = (
        await db.scalars(
            update(OutboxMessage)
            .where(
                OutboxMessage.id == message_id,
                OutboxMessage.sent_at.is_(None),
                OutboxMessage.failed_at.is_not(None),
            )
            .values(failed_at=None, attempts=0, next_attempt_at=now)
            .returning(OutboxMessage),
            execution_options={"populate_existing": True},
        )
    ).one_or_none()
    if message is None:
        exists = await db.scalar(
            select(OutboxMessage.id).where(
                OutboxMessage.id == message_id, OutboxMessage.sent_at.is_(None)
            )
        )
        raise OutboxMessageNotFound() if exists is None else MailNotFailed()
    record(
        db,
        at=now,
        action=AuditAction.MAIL_RETRIED,
        actor_id=principal.id,
        object_type="outbox_message",
        object_id=message.id,
        data={"to": message.to_address},
    )
    # Read by the session dependency: after the commit it wakes the dispatcher at once.
    db.info["mail_enqueued"] = True
    return message
