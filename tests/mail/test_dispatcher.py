"""Mail leaves through the outbox and a real SMTP server (aiosmtpd) receives it, once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from backend.mail.dispatcher import deliver_due
from backend.mail.outbox import enqueue
from backend.models import OutboxMessage
from tests.factories import login
from tests.support.mailbox import Mailbox, free_port


@pytest.fixture
def mailbox():
    box = Mailbox().start()
    yield box
    box.stop()


def _smtp(settings, port):
    return settings.model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port})


async def test_invitation_arrives_by_smtp(
    client, world, db, settings, sessionmaker, clock, mailbox
):
    headers = await login(client, world.admin)
    r = await client.post(
        f"/api/v1/organisations/{world.org_a.id}/invitations",
        json={"email": "smtp.mottagare@example.se", "full_name": "Smtp Mottagare"},
        headers=headers,
    )
    assert r.status_code == 201
    delivered = await deliver_due(sessionmaker, _smtp(settings, mailbox.port), clock)
    assert delivered == 1
    [message] = mailbox.messages
    assert message["To"] == "smtp.mottagare@example.se"
    assert message["Subject"] == "Välkommen till Jämlik"
    assert "http://jamlik.test/invitation?token=" in mailbox.body_of(message)
    # A second round finds nothing left to send.
    assert await deliver_due(sessionmaker, _smtp(settings, mailbox.port), clock) == 0
    assert len(mailbox.messages) == 1


async def test_failed_sends_retry_with_backoff_and_never_duplicate(
    db, settings, sessionmaker, clock, mailbox
):
    enqueue(db, to="a@example.se", subject="Hej", body="Text", now=clock.now())
    await db.commit()
    dead = _smtp(settings, free_port())  # nothing listens there
    assert await deliver_due(sessionmaker, dead, clock) == 0
    message = await db.scalar(select(OutboxMessage))
    await db.refresh(message)
    assert message.attempts == 1
    assert message.sent_at is None
    assert message.last_error
    assert message.next_attempt_at == clock.now() + timedelta(minutes=1)

    # Not due yet: nothing is tried, even with a working server.
    assert await deliver_due(sessionmaker, _smtp(settings, mailbox.port), clock) == 0
    clock.advance(timedelta(minutes=1))
    assert await deliver_due(sessionmaker, _smtp(settings, mailbox.port), clock) == 1
    assert await deliver_due(sessionmaker, _smtp(settings, mailbox.port), clock) == 0
    assert len(mailbox.messages) == 1
    await db.refresh(message)
    assert message.sent_at is not None


async def test_backoff_grows_and_is_capped():
    from backend.mail.dispatcher import backoff

    assert [backoff(n).total_seconds() / 60 for n in (1, 2, 3, 4)] == [1, 2, 4, 8]
    assert backoff(30) == timedelta(hours=6)


async def test_development_without_smtp_logs_the_mail(db, settings, sessionmaker, clock, caplog):
    enqueue(db, to="dev@example.se", subject="Ämne", body="Länk: http://x", now=clock.now())
    await db.commit()
    dev = settings.model_copy(update={"environment": "development", "smtp_host": None})
    with caplog.at_level("INFO", logger="backend.mail.dispatcher"):
        assert await deliver_due(sessionmaker, dev, clock) == 1
    assert "Länk: http://x" in caplog.text


async def test_production_without_smtp_keeps_the_mail(db, settings, sessionmaker, clock):
    enqueue(db, to="prod@example.se", subject="Ämne", body="Text", now=clock.now())
    await db.commit()
    prod = settings.model_copy(update={"environment": "production", "smtp_host": None})
    assert await deliver_due(sessionmaker, prod, clock) == 0
    message = await db.scalar(select(OutboxMessage))
    assert message.sent_at is None
