"""Sends what the outbox holds: claim, send, mark; safe with several workers and after downtime.

A message is claimed by pushing its ``next_attempt_at`` forward (a lease) in a short transaction of
its own, so no database lock is held while talking to the SMTP server. On PostgreSQL the claim
skips rows another worker has locked. A worker that dies mid-send leaves the lease to run out and
the message is tried again: at least once, and the dedupe key keeps producers from doubling it.

Each message succeeds or fails on its own: whatever goes wrong with one is recorded on it, with
its reason, and the round goes on with the next. A failure is *permanent* when trying again cannot
help (the message cannot be written: a recipient address that does not parse; the server refuses
the recipient or the content with a 5xx reply): the message is failed at once. Any other failure is
retried with backoff, and failed after ``MAX_ATTEMPTS``. A failed message waits for an admin
(``mail.service.retry``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import parseaddr

import aiosmtplib
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from backend.core.clock import Clock
from backend.core.config import Settings
from backend.mail.policies import MessageState, state_of
from backend.mail.transitions import REASON_LENGTH, mark_failed, mark_sent
from backend.models import OutboxMessage

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 10
BATCH = 20

# Text stored before one-line fields refused line breaks may still hold them. In a header, every
# control character and line separator becomes a space: nothing stored can start a new header.
_NOT_IN_A_HEADER = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def backoff(attempts: int) -> timedelta:
    """1, 2, 4 … minutes after each failure, at most six hours."""
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), timedelta(hours=6))


def header_text(text: str) -> str:
    """``text`` on one line, as a header's display text (a subject, a name) must be."""
    return " ".join(_NOT_IN_A_HEADER.sub(" ", text).split())


def sender(settings: Settings) -> Address:
    """The From address of every mail, from ``JAMLIK_SMTP_FROM`` ("Name <address>")."""
    name, address = parseaddr(settings.smtp_from)
    if not address:
        raise ValueError(f"JAMLIK_SMTP_FROM is not an address: {settings.smtp_from!r}")
    return Address(display_name=header_text(name), addr_spec=address)


def compose(message: OutboxMessage, from_: Address) -> EmailMessage:
    """The mail of one outbox message. Names and the subject are encoded by the email package's
    header registry (RFC 2047 where they are not ASCII); an address that does not parse raises."""
    mail = EmailMessage()
    mail["From"] = from_
    mail["To"] = Address(
        display_name=header_text(message.to_name or ""), addr_spec=message.to_address
    )
    mail["Subject"] = header_text(message.subject)
    mail["Message-ID"] = f"<outbox-{message.id}@jamlik>"
    mail.set_content(message.body_text)
    return mail


@dataclass(frozen=True)
class Failure:
    reason: str
    permanent: bool


def _describe(exc: BaseException) -> str:
    return header_text(f"{type(exc).__name__}: {exc}")


async def _attempt(settings: Settings, from_: Address, message: OutboxMessage) -> Failure | None:
    """Sends one message; what went wrong, if anything. Never raises for the message's sake."""
    try:
        mail = compose(message, from_)
    except Exception as exc:  # anything its stored data makes the email package raise
        return Failure(f"The mail cannot be written: {_describe(exc)}", permanent=True)
    if settings.smtp_host is None:
        # Development without SMTP: the mail is shown in the server log instead.
        log.info("mail to %s: %s\n%s", mail["To"], mail["Subject"], message.body_text)
        return None
    try:
        await aiosmtplib.send(
            mail,
            hostname=settings.smtp_host,
            port=settings.smtp_port,
            username=settings.smtp_username,
            password=settings.smtp_password,
            start_tls=settings.smtp_starttls,
            timeout=15,
        )
    except aiosmtplib.SMTPRecipientsRefused as exc:
        replies = "; ".join(f"{r.code} {r.message}" for r in exc.recipients)
        permanent = all(r.code >= 500 for r in exc.recipients)
        return Failure(header_text(f"Recipient refused: {replies}"), permanent=permanent)
    except (aiosmtplib.SMTPRecipientRefused, aiosmtplib.SMTPDataError) as exc:
        # The server's verdict on this recipient or this content: 5xx is final, 4xx is for later.
        return Failure(_describe(exc), permanent=exc.code >= 500)
    except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
        return Failure(_describe(exc), permanent=False)
    except Exception as exc:
        log.exception("mail %s: unexpected error while sending", message.id)
        return Failure(_describe(exc), permanent=False)
    return None


async def _claim(
    sessionmaker: async_sessionmaker[AsyncSession], now: datetime
) -> tuple[list[OutboxMessage], bool]:
    """Leases up to BATCH due messages; also whether there may be more."""
    async with sessionmaker() as session:
        stmt = (
            select(OutboxMessage)
            .where(
                OutboxMessage.sent_at.is_(None),
                OutboxMessage.failed_at.is_(None),
                OutboxMessage.next_attempt_at <= now,
            )
            .order_by(OutboxMessage.id)
            .limit(BATCH)
        )
        if session.bind is not None and session.bind.dialect.name == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True)
        due = list(await session.scalars(stmt))
        claimed = []
        for message in due:
            if message.attempts >= MAX_ATTEMPTS:
                # Its lease ran out again and again without an outcome: a worker stopped while
                # sending it each time. Trying once more would be no different.
                stopped = (
                    f"No outcome after {message.attempts} attempts (the sender stopped each time)"
                )
                mark_failed(message, now, message.last_error or stopped)
                continue
            message.attempts += 1
            message.last_attempt_at = now
            message.next_attempt_at = now + LEASE
            claimed.append(message)
        await session.commit()
        return claimed, len(due) == BATCH


async def _settle(
    sessionmaker: async_sessionmaker[AsyncSession],
    message_id: int,
    *,
    now: datetime,
    failure: Failure | None,
) -> None:
    async with sessionmaker() as session:
        message = await session.get(OutboxMessage, message_id)
        # Gone, or settled by another worker after this one's lease ran out: that outcome stands.
        if message is None or state_of(message) is not MessageState.PENDING:
            return
        if failure is None:
            mark_sent(message, now)
        elif failure.permanent:
            mark_failed(message, now, failure.reason)
        elif message.attempts >= MAX_ATTEMPTS:
            mark_failed(
                message,
                now,
                f"Gave up after {message.attempts} attempts. Last error: {failure.reason}",
            )
        else:
            message.last_error = failure.reason[:REASON_LENGTH]
            message.next_attempt_at = now + backoff(message.attempts)
        await session.commit()


async def deliver_due(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, clock: Clock
) -> int:
    """Send every message that is due; returns how many were delivered."""
    if settings.smtp_host is None and settings.environment == "production":
        return 0  # kept in the outbox until SMTP is configured
    # A bad JAMLIK_SMTP_FROM is no message's fault: nothing is claimed until it is fixed.
    from_ = sender(settings)
    delivered = 0
    more = True
    while more:
        messages, more = await _claim(sessionmaker, clock.now())
        for message in messages:
            failure = await _attempt(settings, from_, message)
            if failure is not None:
                log.warning(
                    "mail %s to %r failed (%s): %s",
                    message.id,
                    message.to_address,
                    "permanently" if failure.permanent else "will retry",
                    failure.reason,
                )
            await _settle(sessionmaker, message.id, now=clock.now(), failure=failure)
            delivered += failure is None
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
