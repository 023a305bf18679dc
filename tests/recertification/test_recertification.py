"""Re-certification: the window, reviews, renewal into a next cycle; suspension and expiry."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.factories import bearer_for
from tests.helpers import issue_certificate_directly

ISSUED = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)  # the clock fixture's start: issue day


async def _as(db, settings, clock, user):
    return await bearer_for(db, settings, user, clock.now())


def _months_after_issue(months: int, days: int = 0) -> dt.datetime:
    from backend.core.dates import add_months

    return dt.datetime.combine(
        add_months(ISSUED.date(), months), dt.time(9), dt.UTC
    ) + dt.timedelta(days=days)


@pytest.fixture
async def auditor(db, settings, clock, cycle):
    return await bearer_for(db, settings, cycle.auditor, clock.now())


class TestWindow:
    async def test_the_window_opens_six_months_before_expiry(
        self, client, cycle, certified, db, settings, clock
    ):
        certificate = certified["certificate"]
        clock.set(_months_after_issue(30, days=-1))
        auditor = await _as(db, settings, clock, cycle.auditor)
        r = await client.get("/api/v1/recertification/certificates", headers=auditor)
        assert r.json()["total"] == 0
        early = await client.post(
            f"/api/v1/certificates/{certificate['id']}/reviews",
            json={"scheduled_on": "2028-10-01"},
            headers=auditor,
        )
        assert early.status_code == 409
        assert early.json()["error"] == "recert_window_closed"

        clock.set(_months_after_issue(30))
        auditor = await _as(db, settings, clock, cycle.auditor)
        r = await client.get("/api/v1/recertification/certificates", headers=auditor)
        [item] = r.json()["items"]
        assert item["window_opens_on"] == "2028-09-02"
        assert item["certificate"]["number"] == certificate["number"]
        assert item["certificate"]["window_opens_on"] == "2028-09-02"
        assert item["review"] is None
        assert item["allowed_actions"] == ["review:book"]
        booked = await client.post(
            f"/api/v1/certificates/{certificate['id']}/reviews",
            json={"scheduled_on": "2028-10-01"},
            headers=auditor,
        )
        assert booked.status_code == 201, booked.text
        [item] = (await client.get("/api/v1/recertification/certificates", headers=auditor)).json()[
            "items"
        ]
        assert item["review"]["id"] == booked.json()["id"]
        assert item["allowed_actions"] == []  # booked: the review is where it goes on
        trainer = await _as(db, settings, clock, cycle.trainer)
        assert (
            await client.get("/api/v1/recertification/certificates", headers=trainer)
        ).status_code == 403

    async def test_expiring_list(self, client, cycle, certified, db, settings, clock):
        clock.set(_months_after_issue(36, days=-59))
        auditor = await _as(db, settings, clock, cycle.auditor)
        r = await client.get(
            "/api/v1/recertification/certificates", params={"window": "expiring"}, headers=auditor
        )
        assert r.json()["total"] == 1


class TestReview:
    async def _scheduled(self, client, cycle, certified, db, settings, clock, months=33):
        clock.set(_months_after_issue(months))
        auditor = await _as(db, settings, clock, cycle.auditor)
        r = await client.post(
            f"/api/v1/certificates/{certified['certificate']['id']}/reviews",
            json={"scheduled_on": "2029-01-15", "notes": "Platsbesök"},
            headers=auditor,
        )
        assert r.status_code == 201, r.text
        return r.json(), auditor

    async def test_schedule_shows_the_basis_and_refuses_a_second(
        self, client, cycle, certified, db, settings, clock
    ):
        review, auditor = await self._scheduled(client, cycle, certified, db, settings, clock)
        assert review["auditor_id"] == cycle.auditor.id
        assert [g["id"] for g in review["basis"]["goals"]] == ["g1", "g2"]
        assert [f["kind"] for f in review["basis"]["follow_ups"]] == [
            "six_months",
            "eighteen_months",
        ]
        assert [f["overdue"] for f in review["basis"]["follow_ups"]] == [True, True]
        assert review["basis"]["evaluations"]["days"] == 0  # no live evaluation was held
        again = await client.post(
            f"/api/v1/certificates/{certified['certificate']['id']}/reviews",
            json={"scheduled_on": "2029-01-20"},
            headers=auditor,
        )
        assert again.json()["error"] == "review_exists"
        lead = await _as(db, settings, clock, cycle.lead_a)
        as_lead = await client.get(f"/api/v1/reviews/{review['id']}", headers=lead)
        assert as_lead.status_code == 200
        assert as_lead.json()["basis"]["evaluations"] is None  # evaluations are for staff
        assert review["allowed_actions"] == ["review:schedule", "review:assign", "review:decide"]
        assert as_lead.json()["allowed_actions"] == []  # the working group reads it
        other = await _as(db, settings, clock, cycle.lead_b)
        assert (
            await client.get(f"/api/v1/reviews/{review['id']}", headers=other)
        ).status_code == 404

    async def test_follow_up_reports_feed_the_basis(
        self, client, cycle, certified, db, settings, clock
    ):
        follow_ups = (
            await client.get(
                f"/api/v1/certifications/{cycle.certification_id}/follow-ups",
                headers=certified["lead"],
            )
        ).json()
        report = {"goals": [{"goal_id": "g1", "current_value": 55, "assessment": "some_extent"}]}
        await client.put(
            f"/api/v1/follow-ups/{follow_ups[0]['id']}/report",
            json={"version": 0, "report": report},
            headers=certified["lead"],
        )
        review, _auditor = await self._scheduled(client, cycle, certified, db, settings, clock)
        g1 = review["basis"]["goals"][0]
        assert (g1["baseline"], g1["target"]) == (10, 80)
        assert g1["reports"] == [
            {
                "kind": "six_months",
                "current_value": 55.0,
                "assessment": "some_extent",
                "comment": "",
            }
        ]

    async def test_the_cycles_evaluations_feed_the_basis(
        self, client, cycle, certified, db, settings, clock
    ):
        from tests.helpers import device

        trainer = certified["trainer"]
        days = (
            await client.get(
                f"/api/v1/certifications/{cycle.certification_id}/training-days", headers=trainer
            )
        ).json()
        room = (
            await client.post(f"/api/v1/training-days/{days[0]['id']}/live-room", headers=trainer)
        ).json()
        room = (
            await client.post(
                f"/api/v1/live/rooms/{room['id']}/evaluation", json={"open": True}, headers=trainer
            )
        ).json()
        scale = next(
            q for q in room["questions"] if q["purpose"] == "evaluation" and q["kind"] == "scale"
        )
        for n, value in enumerate((5, 4, 4, 3, 5)):
            r = await client.post(
                f"/api/v1/evaluations/{room['evaluation']['code']}/answers",
                json={
                    "device_token": device(n),
                    "answers": [{"question_id": scale["id"], "value": value}],
                },
            )
            assert r.status_code == 201, r.text
        review, _auditor = await self._scheduled(client, cycle, certified, db, settings, clock)
        evaluations = review["basis"]["evaluations"]
        assert evaluations["days"] == 1 and evaluations["min_answers"] == 5
        first = evaluations["questions"][0]
        assert (first["prompt"], first["answer_count"], first["mean"]) == (scale["prompt"], 5, 4.2)

    async def test_renewal_with_efforts_starts_the_next_cycle(
        self, client, cycle, certified, db, settings, clock
    ):
        review, auditor = await self._scheduled(client, cycle, certified, db, settings, clock)
        missing = await client.post(
            f"/api/v1/reviews/{review['id']}/decide",
            json={"version": review["version"], "outcome": "renewed_with_efforts"},
            headers=auditor,
        )
        assert missing.json()["error"] == "efforts_required"
        r = await client.post(
            f"/api/v1/reviews/{review['id']}/decide",
            json={
                "version": review["version"],
                "outcome": "renewed_with_efforts",
                "efforts": [
                    {"moment": 2, "topic": "Bemötande i receptionen", "date": "2029-02-01"},
                    {"topic": "Rekryteringstexter"},
                ],
            },
            headers=auditor,
        )
        assert r.status_code == 200, r.text
        body = r.json()
        new = body["certificate"]
        # Old valid_until 2029-03-02 + 36 months, whatever the day of the review.
        assert (new["valid_until"], new["issued_on"], new["cycle"]) == (
            "2032-03-02",
            "2028-12-02",
            2,
        )
        assert new["number"] != certified["certificate"]["number"]
        public = (await client.get(f"/api/v1/public/certificates/{new['number']}")).json()
        assert public["status"] == "valid"

        next_id = body["next_certification_id"]
        lead = await _as(db, settings, clock, cycle.lead_a)
        nxt = (await client.get(f"/api/v1/certifications/{next_id}", headers=lead)).json()
        assert (nxt["status"], nxt["stage"], nxt["plan_status"]) == (
            "certified",
            "certified",
            "approved",
        )
        plan = (await client.get(f"/api/v1/certifications/{next_id}/plan", headers=lead)).json()
        assert [g["id"] for g in plan["content"]["goals"]] == ["g1", "g2"]
        days = (
            await client.get(f"/api/v1/certifications/{next_id}/training-days", headers=lead)
        ).json()
        assert [(d["moments"], d["date"], d["notes"]) for d in days] == [
            ([2], "2029-02-01", "Bemötande i receptionen")
        ]
        sessions = (
            await client.get(f"/api/v1/certifications/{next_id}/sessions", headers=lead)
        ).json()
        assert [(s["kind"], s["notes"]) for s in sessions] == [
            ("supervision", "Rekryteringstexter")
        ]
        follow_ups = (
            await client.get(f"/api/v1/certifications/{next_id}/follow-ups", headers=lead)
        ).json()
        assert [f["due_on"] for f in follow_ups] == ["2029-06-02", "2030-06-02"]
        decided = await client.post(
            f"/api/v1/reviews/{review['id']}/decide",
            json={"version": body["review"]["version"], "outcome": "not_renewed"},
            headers=auditor,
        )
        assert decided.json()["error"] == "review_decided"

    async def test_not_renewed_lets_it_expire(self, client, cycle, certified, db, settings, clock):
        review, auditor = await self._scheduled(client, cycle, certified, db, settings, clock)
        r = await client.post(
            f"/api/v1/reviews/{review['id']}/decide",
            json={
                "version": review["version"],
                "outcome": "not_renewed",
                "notes": "Målen följs inte upp",
            },
            headers=auditor,
        )
        assert r.json()["certificate"] is None
        assert r.json()["review"]["allowed_actions"] == []  # decided: final
        number = certified["certificate"]["number"]
        clock.set(_months_after_issue(36, days=1))
        assert (await client.get(f"/api/v1/public/certificates/{number}")).json()[
            "status"
        ] == "expired"

    async def test_only_auditors_and_admins_decide(
        self, client, cycle, certified, db, settings, clock
    ):
        review, _auditor = await self._scheduled(client, cycle, certified, db, settings, clock)
        trainer = await _as(db, settings, clock, cycle.trainer)
        r = await client.post(
            f"/api/v1/reviews/{review['id']}/decide",
            json={"version": review["version"], "outcome": "renewed"},
            headers=trainer,
        )
        assert r.status_code == 403


class TestSuspension:
    async def test_suspend_restore_withdraw(self, client, cycle, certified, db, settings, clock):
        certificate = certified["certificate"]
        number = certificate["number"]
        auditor = await _as(db, settings, clock, cycle.auditor)
        url = f"/api/v1/certificates/{certificate['id']}"
        r = await client.post(
            f"{url}/suspend",
            json={"reason": "Anmälan om kränkande särbehandling", "until": "2026-04-30"},
            headers=auditor,
        )
        assert r.status_code == 200
        assert (r.json()["status"], r.json()["suspended_until"]) == ("suspended", "2026-04-30")
        assert (await client.get(f"/api/v1/public/certificates/{number}")).json()[
            "status"
        ] == "suspended"
        again = await client.post(f"{url}/suspend", json={"reason": "x"}, headers=auditor)
        assert again.json()["error"] == "invalid_transition"
        # The suspension ends by itself after its last day.
        clock.set(dt.datetime(2026, 5, 1, 9, tzinfo=dt.UTC))
        assert (await client.get(f"/api/v1/public/certificates/{number}")).json()[
            "status"
        ] == "valid"

        auditor = await _as(db, settings, clock, cycle.auditor)
        await client.post(f"{url}/suspend", json={"reason": "Ny anmälan"}, headers=auditor)
        r = await client.post(f"{url}/restore", json={"reason": "Utrett"}, headers=auditor)
        assert r.json()["status"] == "valid"
        r = await client.post(f"{url}/withdraw", json={"reason": "Avtalet upphör"}, headers=auditor)
        assert (r.json()["status"], r.json()["status_reason"]) == ("withdrawn", "Avtalet upphör")
        assert (await client.get(f"/api/v1/public/certificates/{number}")).json()[
            "status"
        ] == "withdrawn"
        final = await client.post(f"{url}/restore", json={}, headers=auditor)
        assert final.json()["error"] == "invalid_transition"

    async def test_members_and_trainers_cannot_suspend(self, client, cycle, certified):
        url = f"/api/v1/certificates/{certified['certificate']['id']}/suspend"
        for headers in (certified["lead"], certified["trainer"]):
            assert (
                await client.post(url, json={"reason": "x"}, headers=headers)
            ).status_code == 403


class TestWindowOpensOnOneDay:
    """Defect 6 of issue 9: the open-window list and the reminders compared
    `valid_until <= add_months(today, 6)` while the certificate said its window opens on
    `add_months(valid_until, -6)`, so for expiry on the 29th–31st the list and the notifications
    came a day (or up to three) after the day the certificate named. All three must agree."""

    @pytest.mark.parametrize(
        ("valid_until", "opens_on"),
        [
            ("2029-08-28", "2029-02-28"),
            ("2029-08-29", "2029-02-28"),  # non-leap February: 29, 30 and 31 clamp to the 28th
            ("2029-08-30", "2029-02-28"),
            ("2029-08-31", "2029-02-28"),
            ("2028-08-28", "2028-02-28"),
            ("2028-08-29", "2028-02-29"),  # leap February
            ("2028-08-30", "2028-02-29"),
            ("2028-08-31", "2028-02-29"),
            ("2029-03-31", "2028-09-30"),  # 30-day months
            ("2029-05-31", "2028-11-30"),
            ("2028-12-31", "2028-06-30"),
            ("2029-01-30", "2028-07-30"),
            ("2028-02-29", "2027-08-29"),  # expiry in February
            ("2029-02-28", "2028-08-28"),
        ],
    )
    async def test_list_notifications_and_certificate_agree_on_the_opening_day(
        self, client, cycle, db, sessionmaker, settings, clock, valid_until, opens_on
    ):
        from sqlalchemy import select

        from backend.models import Notification
        from backend.notifications.scheduler import run_reminders

        certificate = await issue_certificate_directly(
            db, cycle, clock.now(), valid_until=dt.date.fromisoformat(valid_until)
        )
        opens = dt.date.fromisoformat(opens_on)

        async def on(day: dt.date) -> tuple[list[dict[str, Any]], set[int]]:
            clock.set(dt.datetime.combine(day, dt.time(8), dt.UTC))
            await run_reminders(sessionmaker, settings, clock)
            auditor = await _as(db, settings, clock, cycle.auditor)
            listed = await client.get("/api/v1/recertification/certificates", headers=auditor)
            told = await db.scalars(
                select(Notification.user_id).where(
                    Notification.kind == "recert_window_opened",
                    Notification.data["certificate_id"].as_integer() == certificate.id,
                )
            )
            return listed.json()["items"], set(told)

        items, told = await on(opens - dt.timedelta(days=1))
        assert (items, told) == ([], set())

        items, told = await on(opens)
        assert [i["certificate"]["id"] for i in items] == [certificate.id]
        assert items[0]["window_opens_on"] == opens_on
        assert items[0]["certificate"]["window_opens_on"] == opens_on
        assert {cycle.auditor.id, cycle.admin.id, cycle.lead_a.id, cycle.member_a.id} <= told

    @pytest.mark.parametrize("months", [1, 6, 12])
    def test_the_query_bound_is_exactly_window_opens_on(self, settings, months):
        """The list and the reminders filter on `valid_until <= last_expiry_with_open_window`:
        for every day of four years, that is the last expiry whose window has opened."""
        from backend.certificates.service import last_expiry_with_open_window, window_opens_on

        settings = settings.model_copy(update={"recert_window_months": months})
        day = dt.timedelta(days=1)
        today = dt.date(2027, 1, 1)
        while today < dt.date(2031, 1, 1):
            latest = last_expiry_with_open_window(today, settings)
            assert (
                window_opens_on(latest, settings) <= today < window_opens_on(latest + day, settings)
            )
            assert window_opens_on(today, settings) <= window_opens_on(today + day, settings)
            today += day
