"""The outbox for admins: failed and pending mail with its reason, and retrying a failed one."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from backend.mail.dispatcher import deliver_due
from backend.mail.outbox import enqueue
from backend.models import AuditEvent, OutboxMessage
from tests.factories import bearer_for
from tests.support.mailbox import Mailbox

URL = "/api/v1/outbox-messages"


async def _outbox(db, clock) -> dict[str, OutboxMessage]:
    """A sent, a pending (tried once, waiting) and a failed message."""
    now = clock.now()
    messages = {
        name: enqueue(db, to=f"{name}@example.se", subject=f"Om {name}", body="Länk", now=now)
        for name in ("sent", "pending", "failed")
    }
    messages["sent"].sent_at = now
    messages["sent"].attempts = 1
    messages["pending"].attempts = 1
    messages["pending"].last_attempt_at = now
    messages["pending"].next_attempt_at = now + timedelta(minutes=1)
    messages["pending"].last_error = "SMTPServerDisconnected: Connection lost"
    messages["failed"].attempts = 1
    messages["failed"].last_attempt_at = now
    messages["failed"].failed_at = now
    messages["failed"].last_error = "Recipient refused: 550 5.1.1 No such user"
    await db.commit()
    return messages


class TestList:
    async def test_failed_and_pending_mail_with_its_reason_and_never_its_body(
        self, client, world, db, settings, clock
    ):
        messages = await _outbox(db, clock)
        admin = await bearer_for(db, settings, world.admin, clock.now())
        page = (await client.get(URL, headers=admin)).json()
        assert page["total"] == 2
        assert [m["to_address"] for m in page["items"]] == [
            "failed@example.se",
            "pending@example.se",
        ]
        failed, pending = page["items"]
        assert failed == {
            "id": messages["failed"].id,
            "to_address": "failed@example.se",
            "to_name": None,
            "subject": "Om failed",
            "status": "failed",
            "attempts": 1,
            "created_at": "2026-03-02T09:00:00Z",
            "last_attempt_at": "2026-03-02T09:00:00Z",
            "next_attempt_at": None,
            "failed_at": "2026-03-02T09:00:00Z",
            "last_error": "Recipient refused: 550 5.1.1 No such user",
        }
        assert pending["status"] == "pending"
        assert pending["next_attempt_at"] == "2026-03-02T09:01:00Z"
        assert pending["last_error"] == "SMTPServerDisconnected: Connection lost"

    async def test_by_status(self, client, world, db, settings, clock):
        await _outbox(db, clock)
        admin = await bearer_for(db, settings, world.admin, clock.now())
        for status, address in (("failed", "failed@example.se"), ("pending", "pending@example.se")):
            page = (await client.get(URL, params={"status": status}, headers=admin)).json()
            assert [m["to_address"] for m in page["items"]] == [address]
        bad = await client.get(URL, params={"status": "sent"}, headers=admin)
        assert bad.status_code == 422

    async def test_costs_the_same_queries_whatever_the_page_size(
        self, client, world, db, settings, clock, queries
    ):
        for n in range(30):
            enqueue(db, to=f"m{n}@example.se", subject="Hej", body="Text", now=clock.now())
        await db.commit()
        admin = await bearer_for(db, settings, world.admin, clock.now())
        counts = []
        for size in (1, 30):
            queries.statements.clear()
            queries.active = True
            r = await client.get(URL, params={"page_size": size}, headers=admin)
            queries.active = False
            assert len(r.json()["items"]) == size
            counts.append(queries.count)
        # the principal with its session, the page, the total
        assert counts == [3, 3], queries.statements


class TestRetry:
    async def test_a_failed_mail_is_due_again_and_goes_out(
        self, client, world, db, settings, sessionmaker, clock
    ):
        messages = await _outbox(db, clock)
        clock.advance(timedelta(seconds=30))
        admin = await bearer_for(db, settings, world.admin, clock.now())
        r = await client.post(f"{URL}/{messages['failed'].id}/retry", headers=admin)
        assert r.status_code == 200, r.text
        assert r.json()["status"] == "pending"
        assert r.json()["attempts"] == 0
        assert r.json()["failed_at"] is None
        assert r.json()["next_attempt_at"] == "2026-03-02T09:00:30Z"
        # The reason stays until the next attempt settles it.
        assert r.json()["last_error"] == "Recipient refused: 550 5.1.1 No such user"
        event = await db.scalar(select(AuditEvent).where(AuditEvent.action == "mail_retried"))
        assert (event.actor_id, event.object_type, event.object_id) == (
            world.admin.id,
            "outbox_message",
            str(messages["failed"].id),
        )
        box = Mailbox().start()
        try:
            smtp = settings.model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": box.port})
            # The retried message is due; the pending one not for another 30 seconds.
            assert await deliver_due(sessionmaker, smtp, clock) == 1
            [mail] = box.messages
            assert mail["To"] == "failed@example.se"
        finally:
            box.stop()
        failed_id = messages["failed"].id
        db.expire_all()
        sent = await db.get(OutboxMessage, failed_id)
        assert sent.sent_at is not None and sent.last_error is None

    async def test_only_a_failed_mail_can_be_retried(self, client, world, db, settings, clock):
        messages = await _outbox(db, clock)
        admin = await bearer_for(db, settings, world.admin, clock.now())
        pending = await client.post(f"{URL}/{messages['pending'].id}/retry", headers=admin)
        assert pending.status_code == 409 and pending.json()["error"] == "mail_not_failed"
        for message_id in (messages["sent"].id, 999_999):
            r = await client.post(f"{URL}/{message_id}/retry", headers=admin)
            assert r.status_code == 404 and r.json()["error"] == "outbox_message_not_found"
        assert (
            await db.scalar(
                select(func.count(AuditEvent.id)).where(AuditEvent.action == "mail_retried")
            )
            == 0
        )

    async def test_retrying_twice_is_one_retry(self, client, world, db, settings, clock):
        messages = await _outbox(db, clock)
        admin = await bearer_for(db, settings, world.admin, clock.now())
        url = f"{URL}/{messages['failed'].id}/retry"
        assert (await client.post(url, headers=admin)).status_code == 200
        again = await client.post(url, headers=admin)
        assert again.status_code == 409 and again.json()["error"] == "mail_not_failed"
