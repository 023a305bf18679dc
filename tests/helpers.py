"""Small helpers shared by tests: reading links out of queued mail."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.models import OutboxMessage

_TOKEN = re.compile(r"token=([\w\-]+)")


async def outbox_to(db: AsyncSession, address: str) -> list[OutboxMessage]:
    return list(
        await db.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.to_address == address)
            .order_by(OutboxMessage.id)
        )
    )


async def latest_token_sent_to(db: AsyncSession, address: str) -> str:
    messages = await outbox_to(db, address)
    assert messages, f"no mail to {address}"
    match = _TOKEN.search(messages[-1].body_text)
    assert match, messages[-1].body_text
    return match.group(1)
