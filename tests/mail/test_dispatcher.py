"""Mail leaves through the outbox and a real SMTP server (aiosmtpd) receives it, once."""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass, field
from datetime import timedelta
from email.message import EmailMessage

import aiosmtplib
import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.core.clock import FrozenClock
from backend.core.config import Settings
from backend.mail import dispatcher
from backend.mail.dispatcher import MAX_ATTEMPTS, deliver_due
from backend.mail.outbox import enqueue
from backend.models import OutboxMessage
from tests.factories import login
from tests.support.mailbox import Mailbox, free_port


@pytest.fixture
def mailbox():
    box = Mailbox().start()
    yield box
    box.stop()


def _smtp(settings: Settings, port: int) -> Settings:
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
    assert message["To"] == "Smtp Mottagare <smtp.mottagare@example.se>"
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


# --- one message's failure is its own ---------------------------------------------------------


@dataclass
class _Delivery:
    rcpt_tos: list[str]
    message: EmailMessage
    raw: bytes


@dataclass
class _Server:
    """A real SMTP server (aiosmtpd) that records envelopes and refuses the recipients it is told
    to, with the reply it is told to give."""

    refuse: dict[str, str] = field(default_factory=dict)
    deliveries: list[_Delivery] = field(default_factory=list)
    port: int = field(init=False)  # set by the fixture once the server listens

    async def handle_RCPT(self, _server, _session, envelope, address, _options) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, _server, _session, envelope) -> str:
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        self.deliveries.append(_Delivery(list(envelope.rcpt_tos), message, raw))
        return "250 Message accepted for delivery"

    @property
    def recipients(self) -> list[str]:
        return [rcpt for delivery in self.deliveries for rcpt in delivery.rcpt_tos]


@pytest.fixture
def smtp():
    server = _Server()
    controller = Controller(server, hostname="127.0.0.1", port=free_port())
    controller.start()
    server.port = controller.port
    yield server
    controller.stop()


GOOD = ["ett@example.se", "tva@example.se", "tre@example.se"]


async def _queue(
    db: AsyncSession, clock: FrozenClock, first: dict[str, str], *, good: list[str] = GOOD
) -> None:
    """The poisoned message first (the lowest id, claimed first), then three good ones."""
    enqueue(db, subject="Påminnelse", body="Text", now=clock.now(), **first)
    for address in good:
        enqueue(db, to=address, subject="Påminnelse", body="Text", now=clock.now())
    await db.commit()


async def _message_to(db: AsyncSession, address: str) -> OutboxMessage:
    db.expire_all()
    message = await db.scalar(select(OutboxMessage).where(OutboxMessage.to_address == address))
    assert message is not None, address
    return message


class TestOneBadMessage:
    async def test_a_message_that_cannot_be_written_fails_at_once_and_alone(
        self, db, settings, sessionmaker, clock, smtp
    ):
        """A stored recipient with "\\r\\nBcc: …" (from before addresses were checked) raised in the
        dispatcher: the whole round failed, the mail was retried 10 times and dropped, and the three
        good mails claimed with it waited for 9 rounds. Now it fails at once with its reason, and
        the three good ones go out in the same round."""
        poisoned = "anna@example.se\r\nBcc: evil@example.com"
        await _queue(db, clock, {"to": poisoned})
        assert await deliver_due(sessionmaker, _smtp(settings, smtp.port), clock) == 3
        assert sorted(smtp.recipients) == sorted(GOOD)
        bad = await _message_to(db, poisoned)
        assert bad.sent_at is None
        assert bad.failed_at == clock.now()
        assert bad.attempts == 1
        assert bad.last_error is not None
        assert "address" in bad.last_error
        # Failed is final until an admin retries it: days later it is not tried again.
        clock.advance(timedelta(days=3))
        assert await deliver_due(sessionmaker, _smtp(settings, smtp.port), clock) == 0
        assert (await _message_to(db, poisoned)).attempts == 1
        assert len(smtp.deliveries) == 3

    async def test_a_subject_with_a_stored_line_break_goes_out_with_the_three_good_ones(
        self, db, settings, sessionmaker, clock, smtp
    ):
        """The issue's round: a subject from an organisation name with "\r\nBcc: …" raised while
        the mail was written, and the three good mails claimed with it were held. Now all four go
        out in one round, the subject on one line and no one else a recipient."""
        subject = "Handlingsplan inskickad: Alfa\r\nBcc: evil@example.com"
        enqueue(db, to="anna@example.se", subject=subject, body="Text", now=clock.now())
        for address in GOOD:
            enqueue(db, to=address, subject="Påminnelse", body="Text", now=clock.now())
        await db.commit()
        assert await deliver_due(sessionmaker, _smtp(settings, smtp.port), clock) == 4
        assert sorted(smtp.recipients) == sorted(["anna@example.se", *GOOD])
        assert all(d.message["Bcc"] is None for d in smtp.deliveries)

    async def test_a_recipient_the_server_refuses_for_good_fails_at_once(
        self, db, settings, sessionmaker, clock, smtp
    ):
        smtp.refuse["gone@example.se"] = "550 5.1.1 No such user"
        await _queue(db, clock, {"to": "gone@example.se"})
        assert await deliver_due(sessionmaker, _smtp(settings, smtp.port), clock) == 3
        assert sorted(smtp.recipients) == sorted(GOOD)
        gone = await _message_to(db, "gone@example.se")
        assert gone.failed_at == clock.now()
        assert gone.attempts == 1
        assert gone.last_error is not None
        assert "550" in gone.last_error and "No such user" in gone.last_error

    async def test_a_temporary_refusal_is_retried_with_backoff_then_given_up_and_shown(
        self, db, settings, sessionmaker, clock, smtp
    ):
        smtp.refuse["full@example.se"] = "452 4.2.2 Mailbox full"
        await _queue(db, clock, {"to": "full@example.se"})
        assert await deliver_due(sessionmaker, _smtp(settings, smtp.port), clock) == 3
        full = await _message_to(db, "full@example.se")
        assert full.failed_at is None
        assert full.last_error is not None
        assert "452" in full.last_error
        assert full.next_attempt_at == clock.now() + timedelta(minutes=1)
        for _ in range(MAX_ATTEMPTS - 1):
            clock.advance(timedelta(hours=6))
            assert await deliver_due(sessionmaker, _smtp(settings, smtp.port), clock) == 0
        full = await _message_to(db, "full@example.se")
        assert full.attempts == MAX_ATTEMPTS
        assert full.failed_at == clock.now()
        assert full.last_error is not None
        assert "452" in full.last_error
        clock.advance(timedelta(days=1))
        assert await deliver_due(sessionmaker, _smtp(settings, smtp.port), clock) == 0
        assert (await _message_to(db, "full@example.se")).attempts == MAX_ATTEMPTS

    async def test_an_unexpected_error_with_one_message_does_not_end_the_round(
        self, db, settings, sessionmaker, clock, smtp, monkeypatch
    ):
        real_send = aiosmtplib.send

        async def send(message, **kwargs):
            if "odd@example.se" in str(message["To"]):
                raise RuntimeError("something nobody foresaw")
            return await real_send(message, **kwargs)

        monkeypatch.setattr(aiosmtplib, "send", send)
        await _queue(db, clock, {"to": "odd@example.se"})
        assert await deliver_due(sessionmaker, _smtp(settings, smtp.port), clock) == 3
        odd = await _message_to(db, "odd@example.se")
        # Not known to be permanent: tried again later.
        assert odd.failed_at is None and odd.sent_at is None
        assert odd.last_error is not None
        assert "something nobody foresaw" in odd.last_error
        assert odd.next_attempt_at == clock.now() + timedelta(minutes=1)


class TestHeaders:
    async def test_stored_line_breaks_cannot_add_a_header_or_a_recipient(
        self, db, settings, sessionmaker, clock, smtp
    ):
        """A subject made from an organisation name with "\\r\\nBcc: …" raised when the mail was
        written. Text stored before one-line fields refused line breaks goes out on one line."""
        enqueue(
            db,
            to="anna@example.se",
            to_name="Anna\r\nBcc: evil@example.com",
            subject="Handlingsplan inskickad: Alfa\r\nBcc: evil@example.com",
            body="Text",
            now=clock.now(),
        )
        await db.commit()
        assert await deliver_due(sessionmaker, _smtp(settings, smtp.port), clock) == 1
        [delivery] = smtp.deliveries
        assert delivery.rcpt_tos == ["anna@example.se"]
        assert delivery.message["Bcc"] is None
        assert b"\nBcc:" not in delivery.raw
        assert delivery.message["Subject"] == "Handlingsplan inskickad: Alfa Bcc: evil@example.com"
        [to] = delivery.message["To"].addresses
        assert (to.display_name, to.addr_spec) == ("Anna Bcc: evil@example.com", "anna@example.se")

    async def test_names_in_from_and_to_are_encoded(self, db, settings, sessionmaker, clock, smtp):
        enqueue(
            db,
            to="asa@example.se",
            to_name="Åsa Öberg, Čearru",
            subject="Välkommen",
            body="Text",
            now=clock.now(),
        )
        await db.commit()
        assert await deliver_due(sessionmaker, _smtp(settings, smtp.port), clock) == 1
        [delivery] = smtp.deliveries
        assert b"=?utf-8?" in delivery.raw  # RFC 2047: the raw headers are ASCII
        [sender] = delivery.message["From"].addresses
        assert (sender.display_name, sender.addr_spec) == ("Jämlik", "no-reply@jamlik.se")
        [to] = delivery.message["To"].addresses
        assert (to.display_name, to.addr_spec) == ("Åsa Öberg, Čearru", "asa@example.se")


async def test_an_outcome_another_worker_settled_first_stands(
    db, settings, sessionmaker, clock, mailbox
):
    """A worker whose lease ran out while it sent comes back late: the message another worker
    has sent meanwhile is not marked failed."""
    enqueue(db, to="a@example.se", subject="Hej", body="Text", now=clock.now())
    await db.commit()
    assert await deliver_due(sessionmaker, _smtp(settings, mailbox.port), clock) == 1
    message = await db.scalar(select(OutboxMessage))
    await dispatcher._settle(
        sessionmaker, message.id, now=clock.now(), failure=dispatcher.Failure("late", True)
    )
    await db.refresh(message)
    assert message.sent_at is not None and message.failed_at is None
