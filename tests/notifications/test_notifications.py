"""Notifications: after steps of the cycle, and reminders that go out once, even from two
schedulers at the same moment and after downtime; mail reaches a real SMTP server."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.pool import NullPool

from backend.cli import db_upgrade
from backend.core.clock import FrozenClock
from backend.core.db import make_engine, make_sessionmaker
from backend.mail.dispatcher import deliver_due
from backend.models import Notification, OutboxMessage, User
from backend.notifications.scheduler import run_reminders
from tests.conftest import scratch_database
from tests.factories import bearer_for
from tests.support.mailbox import Mailbox


def _at(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=8, tzinfo=dt.UTC)


async def _kinds(db: AsyncSession, user: User) -> list[tuple[str, dict[str, Any]]]:
    rows = await db.scalars(
        select(Notification).where(Notification.user_id == user.id).order_by(Notification.id)
    )
    return [(n.kind, n.data) for n in rows]


class TestSteps:
    async def test_the_cycle_tells_whom_it_concerns(self, client, cycle, certified, db):
        trainer_kinds = [k for k, _ in await _kinds(db, cycle.trainer)]
        assert trainer_kinds == ["plan_submitted", "plan_approved"]
        lead = await _kinds(db, cycle.lead_a)
        assert [k for k, _ in lead] == ["plan_approved"]
        assert lead[0][1]["number"] == certified["certificate"]["number"]
        assert lead[0][1]["organisation_name"] == "Alfa kommun"
        mail = await db.scalar(
            select(OutboxMessage).where(OutboxMessage.to_address == cycle.trainer.email)
        )
        assert mail.subject == "Handlingsplan inskickad: Alfa kommun"
        assert f"/certifications/{cycle.certification_id}?tab=plan" in mail.body_text

    async def test_the_bell_and_marking_read(self, client, cycle, certified, db, settings, clock):
        trainer = await bearer_for(db, settings, cycle.trainer, clock.now())
        assert (await client.get("/api/v1/notifications/unread-count", headers=trainer)).json() == {
            "count": 2
        }
        items = (await client.get("/api/v1/notifications", headers=trainer)).json()["items"]
        assert items[0]["kind"] == "plan_approved"
        assert (
            await client.post(f"/api/v1/notifications/{items[0]['id']}/read", headers=trainer)
        ).status_code == 204
        assert (await client.get("/api/v1/notifications?unread=true", headers=trainer)).json()[
            "total"
        ] == 1
        await client.post("/api/v1/notifications/read-all", headers=trainer)
        assert (await client.get("/api/v1/notifications/unread-count", headers=trainer)).json() == {
            "count": 0
        }
        other = await bearer_for(db, settings, cycle.lead_b, clock.now())
        assert (
            await client.post(f"/api/v1/notifications/{items[0]['id']}/read", headers=other)
        ).status_code == 404

    async def test_mail_can_be_turned_off(self, client, cycle, db, settings, clock):
        trainer = await bearer_for(db, settings, cycle.trainer, clock.now())
        r = await client.patch("/api/v1/users/me", json={"notify_by_mail": False}, headers=trainer)
        assert r.json()["notify_by_mail"] is False
        from tests.helpers import full_plan, save_plan

        lead = await bearer_for(db, settings, cycle.lead_a, clock.now())
        await save_plan(client, cycle.certification_id, lead, 0, full_plan())
        await client.post(
            f"/api/v1/certifications/{cycle.certification_id}/plan/submit",
            json={"version": 1},
            headers=lead,
        )
        assert [k for k, _ in await _kinds(db, cycle.trainer)] == ["plan_submitted"]
        mails = await db.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.to_address == cycle.trainer.email)
        )
        assert mails == 0


class TestReminders:
    """Certified 2026-03-02: the first follow-up is due 2026-09-02."""

    async def _run(self, sessionmaker, settings, clock, day: str) -> int:
        clock.set(_at(day))
        return await run_reminders(sessionmaker, settings, clock)

    async def test_each_reminder_once_and_overdue(
        self, certified, cycle, db, sessionmaker, settings, clock
    ):
        group = 3  # lead, member, member2
        assert await self._run(sessionmaker, settings, clock, "2026-08-02") == 0
        assert await self._run(sessionmaker, settings, clock, "2026-08-03") == group  # 30 days
        assert await self._run(sessionmaker, settings, clock, "2026-08-04") == 0
        assert await self._run(sessionmaker, settings, clock, "2026-08-26") == group  # 7 days
        assert await self._run(sessionmaker, settings, clock, "2026-09-01") == group  # 1 day
        assert await self._run(sessionmaker, settings, clock, "2026-09-02") == 0
        assert (
            await self._run(sessionmaker, settings, clock, "2026-09-03") == group + 1
        )  # + trainer
        assert await self._run(sessionmaker, settings, clock, "2026-09-30") == 0
        lead = [
            (k, d.get("days"))
            for k, d in await _kinds(db, cycle.lead_a)
            if k.startswith("follow_up")
        ]
        assert lead == [
            ("follow_up_due", 30),
            ("follow_up_due", 7),
            ("follow_up_due", 1),
            ("follow_up_overdue", None),
        ]

    async def test_a_week_of_downtime_sends_the_missed_reminders_once(
        self, certified, cycle, db, sessionmaker, settings, clock
    ):
        assert await self._run(sessionmaker, settings, clock, "2026-08-03") == 3
        # The server is down from 24 August to 1 September: the 7-day reminder was missed.
        assert await self._run(sessionmaker, settings, clock, "2026-09-01") == 6
        assert await self._run(sessionmaker, settings, clock, "2026-09-01") == 0
        lead = [d.get("days") for k, d in await _kinds(db, cycle.lead_a) if k == "follow_up_due"]
        assert lead == [30, 7, 1]
        kinds = {
            d.get("kind_of_follow_up")
            for k, d in await _kinds(db, cycle.lead_a)
            if k.startswith("follow_up")
        }
        assert kinds == {"six_months"}

    async def test_an_accepted_follow_up_is_left_alone(
        self, client, certified, cycle, sessionmaker, settings, clock
    ):
        follow_ups = (
            await client.get(
                f"/api/v1/certifications/{cycle.certification_id}/follow-ups",
                headers=certified["lead"],
            )
        ).json()
        url = f"/api/v1/follow-ups/{follow_ups[0]['id']}"
        await client.post(f"{url}/submit", json={"version": 0}, headers=certified["lead"])
        assert await self._run(sessionmaker, settings, clock, "2026-09-03") == 0

    async def test_recertification_window_and_expiry(
        self, certified, cycle, db, sessionmaker, settings, clock
    ):
        assert (
            await self._run(sessionmaker, settings, clock, "2028-09-01") > 0
        )  # follow-ups overdue
        created = await self._run(sessionmaker, settings, clock, "2028-09-02")
        assert created == 2 + 3  # admin and auditor, and the working group
        assert "recert_window_opened" in [k for k, _ in await _kinds(db, cycle.auditor)]
        assert (
            await self._run(sessionmaker, settings, clock, "2029-01-01") == 1 + 3
        )  # 60 days: auditor + group
        assert "certificate_expiring" in [k for k, _ in await _kinds(db, cycle.lead_a)]


async def test_two_schedulers_at_once_send_each_reminder_once(tmp_path, settings):
    """Two app instances with their own engines run the same pass at the same moment."""
    from tests.helpers import seed_certified_organisation

    with scratch_database(tmp_path, "scheduler") as url:
        db_settings = settings.model_copy(update={"database_url": url})
        db_upgrade(db_settings)
        engines = [make_engine(url, poolclass=NullPool) for _ in range(2)]
        try:
            makers = [make_sessionmaker(e) for e in engines]
            members = await seed_certified_organisation(makers[0], issued=_at("2026-03-02"))
            clock = FrozenClock(_at("2026-09-01"))  # 30, 7 and 1 day reminders are all due
            results = await asyncio.gather(
                *(run_reminders(maker, db_settings, clock) for maker in makers)
            )
            async with makers[0]() as db:
                notifications = await db.scalar(select(func.count()).select_from(Notification))
                mails = await db.scalar(select(func.count()).select_from(OutboxMessage))
            assert sum(results) == notifications == 3 * members
            assert mails == 3 * members

            box = Mailbox().start()
            try:
                smtp = db_settings.model_copy(
                    update={"smtp_host": "127.0.0.1", "smtp_port": box.port}
                )
                sent = await asyncio.gather(*(deliver_due(maker, smtp, clock) for maker in makers))
                assert sum(sent) == len(box.messages) == 3 * members
                assert await deliver_due(makers[1], smtp, clock) == 0
            finally:
                box.stop()
        finally:
            for engine in engines:
                await engine.dispose()
