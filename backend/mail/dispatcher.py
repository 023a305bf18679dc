"""Sends what the outbox holds: claim, send, mark; safe with several workers and after downtime.

A message is claimed by pushing its ``next_attempt_at`` forward (a lease) in a short transaction of
its own, so no database lock is held while talking to the SMTP server. On PostgreSQL the claim
skips rows another worker has locked. A worker that dies mid-send leaves the lease to run out and
the message is tried again: at least once, and the dedupe key keeps producers from doubling it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime, timedelta
from email.message import EmailMessage

import aiosmtplib
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from backend.core.clock import Clock
from backend.core.config import Settings
from backend.models import OutboxMessage

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 10
BATCH = 20


def backoff(attempts: int) -> timedelta:
    """1, 2, 4 … minutes after each failure, at most six hours."""
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), timedelta(hours=6))


async def _claim(
    sessionmaker: async_sessionmaker[AsyncSession], now: datetime
) -> list[OutboxMessage]:
    async with sessionmaker() as session:
        stmt = (
            select(OutboxMessage)
            .where(
                OutboxMessage.sent_at.is_(None),
                OutboxMessage.next_attempt_at <= now,
                OutboxMessage.attempts < MAX_ATTEMPTS,
            )
            .order_by(OutboxMessage.id)
            .limit(BATCH)
        )
        if session.bind is not None and session.bind.dialect.name == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True)
        messages = list(await session.scalars(stmt))
        for message in messages:
            message.attempts += 1
            message.next_attempt_at = now + LEASE
        await session.commit()
        return messages


async def _send(settings: Settings, message: OutboxMessage) -> None:
    mail = EmailMessage()
    mail["From"] = settings.smtp_from
    mail["To"] = message.to_address
    mail["Subject"] = message.subject
    mail["Message-ID"] = f"<outbox-{message.id}@jamlik>"
    mail.set_content(message.body_text)
    await aiosmtplib.send(
        mail,
        hostname=settings.smtp_host,
        port=settings.smtp_port,
        username=settings.smtp_username,
        password=settings.smtp_password,
        start_tls=settings.smtp_starttls,
        timeout=15,
    )


async def _settle(
    sessionmaker: async_sessionmaker[AsyncSession],
    message_id: int,
    *,
    now: datetime,
    error: str | None,
) -> None:
    async with sessionmaker() as session:
        message = await session.get(OutboxMessage, message_id)
        if message is None:
            return
        if error is None:
            message.sent_at = now
            message.last_error = None
        else:
            message.last_error = error[:500]
            message.next_attempt_at = now + backoff(message.attempts)
        await session.commit()


async def deliver_due(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, clock: Clock
) -> int:
    """Send every message that is due; returns how many were delivered."""
    if settings.smtp_host is None and settings.environment == "production":
        return 0  # kept in the outbox until SMTP is configured
    delivered = 0
    while messages := await _claim(sessionmaker, clock.now()):
        for message in messages:
            error: str | None = None
            try:
                if settings.smtp_host is None:
                    # Development without SMTP: the mail is shown in the server log instead.
                    log.info(
                        "mail to %s: %s\n%s", message.to_address, message.subject, message.body_text
                    )
                else:
                    await _send(settings, message)
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                error = f"{type(exc).__name__}: {exc}"
                log.warning("mail %s to %s failed: %s", message.id, message.to_address, error)
            await _settle(sessionmaker, message.id, now=clock.now(), error=error)
            delivered += error is None
        if len(messages) < BATCH:
            break
    return delivered


async def run_forever(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    clock: Clock,
    wakeup: asyncio.Event,
) -> None:
    """The app's background sender: wakes after a commit that queued mail, or every few seconds."""
    while True:
        wakeup.clear()
        try:
            await deliver_due(sessionmaker, settings, clock)
        except Exception:
            log.exception("mail dispatcher round failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(wakeup.wait(), timeout=settings.outbox_poll_seconds)
