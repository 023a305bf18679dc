"""Opening certifications, who sees them, and the state machine."""

from __future__ import annotations

from tests.conftest import QueryCounter
from tests.factories import bearer_for

CERTS = "/api/v1/certifications"


async def _as(db, settings, clock, user):
    return await bearer_for(db, settings, user, clock.now())


class TestOpen:
    async def test_open_copies_agenda_and_creates_an_empty_plan(
        self, client, cycle, db, settings, clock
    ):
        headers = await _as(db, settings, clock, cycle.trainer)
        body = (await client.get(f"{CERTS}/{cycle.certification_id}", headers=headers)).json()
        assert body["status"] == "open"
        assert body["stage"] == "training"
        assert body["organisation_name"] == "Alfa kommun"
        assert [t["id"] for t in body["trainers"]] == [cycle.trainer.id]
        assert body["plan_status"] == "draft"
        agenda = (
            await client.get(f"{CERTS}/{cycle.certification_id}/agenda", headers=headers)
        ).json()
        assert set(agenda) == {"1", "2", "3"}
        assert all(agenda[m] for m in agenda)
        assert agenda["1"][0]["kind"] in {"lecture", "exercise", "discussion"}
        plan = (await client.get(f"{CERTS}/{cycle.certification_id}/plan", headers=headers)).json()
        assert plan["version"] == 0
        assert plan["content"] == {"vision": "", "goals": [], "activities": []}

    async def test_one_certification_per_organisation(self, client, cycle, db, settings, clock):
        admin = await _as(db, settings, clock, cycle.admin)
        r = await client.post(
            CERTS,
            json={"organisation_id": cycle.org_a.id, "trainer_ids": [cycle.trainer.id]},
            headers=admin,
        )
        assert r.status_code == 409
        assert r.json()["error"] == "certification_exists"

    async def test_only_trainers_can_be_assigned(self, client, world, db, settings, clock):
        admin = await _as(db, settings, clock, world.admin)
        r = await client.post(
            CERTS,
            json={"organisation_id": world.org_b.id, "trainer_ids": [world.auditor.id]},
            headers=admin,
        )
        assert r.status_code == 400
        assert r.json()["error"] == "not_a_trainer"

    async def test_unknown_organisation(self, client, world, db, settings, clock):
        admin = await _as(db, settings, clock, world.admin)
        r = await client.post(
            CERTS,
            json={"organisation_id": 999999, "trainer_ids": [world.trainer.id]},
            headers=admin,
        )
        assert r.status_code == 404


class TestVisibility:
    async def test_trainers_see_their_own_members_their_organisations(
        self, client, cycle, db, settings, clock
    ):
        for user, expected in [
            (cycle.admin, 1),
            (cycle.auditor, 1),
            (cycle.trainer, 1),
            (cycle.other_trainer, 0),
            (cycle.member_a, 1),
            (cycle.lead_b, 0),
        ]:
            r = await client.get(CERTS, headers=await _as(db, settings, clock, user))
            assert r.json()["total"] == expected, user.email

    async def test_reassigning_trainers_moves_visibility(self, client, cycle, db, settings, clock):
        admin = await _as(db, settings, clock, cycle.admin)
        cert = (await client.get(f"{CERTS}/{cycle.certification_id}", headers=admin)).json()
        r = await client.patch(
            f"{CERTS}/{cycle.certification_id}",
            json={"version": cert["version"], "trainer_ids": [cycle.other_trainer.id]},
            headers=admin,
        )
        assert r.status_code == 200, r.text
        assert r.json()["version"] == cert["version"] + 1
        other = await _as(db, settings, clock, cycle.other_trainer)
        assert (
            await client.get(f"{CERTS}/{cycle.certification_id}", headers=other)
        ).status_code == 200
        first = await _as(db, settings, clock, cycle.trainer)
        assert (
            await client.get(f"{CERTS}/{cycle.certification_id}", headers=first)
        ).status_code == 404
        stale = await client.patch(
            f"{CERTS}/{cycle.certification_id}",
            json={"version": cert["version"], "scope": "x"},
            headers=admin,
        )
        assert stale.status_code == 409

    async def test_list_query_count_does_not_grow(
        self, client, cycle, db, settings, clock, queries: QueryCounter
    ):
        from backend.models.enums import Role
        from tests.factories import make_organisation, make_user

        admin = await _as(db, settings, clock, cycle.admin)

        async def count() -> int:
            queries.statements.clear()
            queries.active = True
            r = await client.get(f"{CERTS}?page_size=50", headers=admin)
            queries.active = False
            assert r.status_code == 200
            return queries.count

        one = await count()
        for _ in range(5):
            org = await make_organisation(db, clock.now())
            await make_user(db, clock.now(), Role.MEMBER, organisation=org)
            await db.commit()
            r = await client.post(
                CERTS,
                json={"organisation_id": org.id, "trainer_ids": [cycle.trainer.id]},
                headers=admin,
            )
            assert r.status_code == 201
        assert (
            await count() == one == 7
        )  # auth, page, total, trainers, held days, plans, certificates


class TestCancel:
    async def test_a_cancelled_certification_offers_and_takes_no_more_changes(
        self, client, cycle, db, settings, clock
    ):
        admin = await _as(db, settings, clock, cycle.admin)
        url = f"{CERTS}/{cycle.certification_id}"
        before = (await client.get(url, headers=admin)).json()
        assert {"certification:update", "certification:cancel", "training:plan"} <= set(
            before["allowed_actions"]
        )
        r = await client.post(f"{url}/cancel", json={"reason": "Avtalet sades upp"}, headers=admin)
        after = r.json()
        assert after["allowed_actions"] == ["live:run"]  # its rooms stay readable
        r = await client.patch(
            url, json={"version": after["version"], "scope": "Ny"}, headers=admin
        )
        assert r.status_code == 409
        assert r.json()["error"] == "certification_closed"

    async def test_cancel_is_recorded_with_who_when_and_why(
        self, client, cycle, db, settings, clock
    ):
        admin = await _as(db, settings, clock, cycle.admin)
        r = await client.post(
            f"{CERTS}/{cycle.certification_id}/cancel",
            json={"reason": "Avtalet sades upp"},
            headers=admin,
        )
        assert r.status_code == 200
        assert r.json()["status"] == "cancelled"
        again = await client.post(
            f"{CERTS}/{cycle.certification_id}/cancel", json={"reason": "igen"}, headers=admin
        )
        assert again.status_code == 409
        assert again.json()["error"] == "invalid_transition"
        events = (
            await client.get(f"{CERTS}/{cycle.certification_id}/events", headers=admin)
        ).json()
        assert [(e["from_status"], e["to_status"]) for e in events] == [
            (None, "open"),
            ("open", "cancelled"),
        ]
        assert events[1]["reason"] == "Avtalet sades upp"
        assert events[1]["actor_name"] == cycle.admin.full_name
        # A cancelled certification no longer blocks a new one.
        r = await client.post(
            CERTS,
            json={"organisation_id": cycle.org_a.id, "trainer_ids": [cycle.trainer.id]},
            headers=admin,
        )
        assert r.status_code == 201
