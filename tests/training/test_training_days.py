"""Planning the three moments: combinations, order, one day per date, the reflection gap."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import bearer_for

START_DAY = dt.date(2026, 3, 2)  # the clock fixture's date


@pytest.fixture
async def trainer(db, settings, clock, cycle):
    return await bearer_for(db, settings, cycle.trainer, clock.now())


def _days_url(cycle) -> str:
    return f"/api/v1/certifications/{cycle.certification_id}/training-days"


async def _plan(client, cycle, headers, date: dt.date, moments: list[int]):
    return await client.post(
        _days_url(cycle), json={"date": date.isoformat(), "moments": moments}, headers=headers
    )


class TestCombinations:
    @pytest.mark.parametrize("plan", [[[1], [2], [3]], [[1, 2], [3]], [[1], [2, 3]]])
    async def test_the_allowed_ways(self, client, cycle, trainer, plan):
        for index, moments in enumerate(plan):
            r = await _plan(
                client, cycle, trainer, START_DAY + dt.timedelta(days=21 * index), moments
            )
            assert r.status_code == 201, r.text
            assert r.json()["warnings"] == []
        days = (await client.get(_days_url(cycle), headers=trainer)).json()
        assert [d["moments"] for d in days] == plan
        assert [d["length"] for d in days] == ["full" if len(m) == 2 else "half" for m in plan]

    @pytest.mark.parametrize("moments", [[1, 3], [1, 2, 3], [3, 2], [0], [4], [], [2, 2]])
    async def test_other_combinations_are_malformed(self, client, cycle, trainer, moments):
        r = await _plan(client, cycle, trainer, START_DAY, moments)
        assert r.status_code == 422
        assert r.json()["error"] == "validation_error"

    async def test_each_moment_once(self, client, cycle, trainer):
        assert (await _plan(client, cycle, trainer, START_DAY, [1, 2])).status_code == 201
        r = await _plan(client, cycle, trainer, START_DAY + dt.timedelta(days=20), [2, 3])
        assert r.status_code == 409
        assert r.json()["error"] == "moment_already_planned"
        assert r.json()["detail"]["moments"] == [2]

    async def test_in_order(self, client, cycle, trainer):
        assert (
            await _plan(client, cycle, trainer, START_DAY + dt.timedelta(days=30), [2])
        ).status_code == 201
        r = await _plan(client, cycle, trainer, START_DAY + dt.timedelta(days=60), [1])
        assert r.status_code == 409
        assert r.json()["error"] == "moments_out_of_order"
        assert (await _plan(client, cycle, trainer, START_DAY, [1])).status_code == 201

    async def test_never_two_days_on_one_date(self, client, cycle, trainer):
        assert (await _plan(client, cycle, trainer, START_DAY, [1])).status_code == 201
        r = await _plan(client, cycle, trainer, START_DAY, [2])
        assert r.status_code == 409
        assert r.json()["error"] == "training_day_same_date"


class TestReflectionGap:
    async def test_ten_days_apart_is_a_warning_not_a_refusal(self, client, cycle, trainer):
        assert (await _plan(client, cycle, trainer, START_DAY, [1, 2])).status_code == 201
        r = await _plan(client, cycle, trainer, START_DAY + dt.timedelta(days=10), [3])
        assert r.status_code == 201
        assert r.json()["warnings"] == [
            {
                "code": "reflection_gap_short",
                "days": 10,
                "recommended": 14,
                "other_date": START_DAY.isoformat(),
            }
        ]

    async def test_the_gap_is_a_setting(self, client, cycle, trainer, app):
        app.state.settings = app.state.settings.model_copy(update={"reflection_gap_days": 7})
        assert (await _plan(client, cycle, trainer, START_DAY, [1, 2])).status_code == 201
        r = await _plan(client, cycle, trainer, START_DAY + dt.timedelta(days=10), [3])
        assert r.json()["warnings"] == []


class TestLifecycle:
    async def test_held_only_on_or_after_the_date(
        self, client, cycle, trainer, clock, db, settings
    ):
        future = (
            await _plan(client, cycle, trainer, START_DAY + dt.timedelta(days=1), [1])
        ).json()["day"]
        r = await client.post(
            f"/api/v1/training-days/{future['id']}/held",
            json={"participant_count": 20},
            headers=trainer,
        )
        assert r.status_code == 409
        assert r.json()["error"] == "training_day_in_future"
        clock.advance(dt.timedelta(days=1))
        trainer = await bearer_for(
            db, settings, cycle.trainer, clock.now()
        )  # a day later: new token
        r = await client.post(
            f"/api/v1/training-days/{future['id']}/held",
            json={"participant_count": 20},
            headers=trainer,
        )
        assert r.status_code == 200
        assert r.json()["status"] == "held"
        assert r.json()["participant_count"] == 20
        again = await client.post(
            f"/api/v1/training-days/{future['id']}/held",
            json={"participant_count": 2},
            headers=trainer,
        )
        assert again.json()["error"] == "invalid_transition"
        cert = (
            await client.get(f"/api/v1/certifications/{cycle.certification_id}", headers=trainer)
        ).json()
        assert cert["moments_held"] == [1]

    async def test_cancel_frees_the_moments(self, client, cycle, trainer):
        day = (await _plan(client, cycle, trainer, START_DAY, [1, 2])).json()["day"]
        r = await client.post(
            f"/api/v1/training-days/{day['id']}/cancel", json={"reason": "Sjukdom"}, headers=trainer
        )
        assert r.json()["status"] == "cancelled"
        assert (await _plan(client, cycle, trainer, START_DAY, [1])).status_code == 201

    async def test_reschedule_keeps_the_rules_and_warns(self, client, cycle, trainer):
        first = (await _plan(client, cycle, trainer, START_DAY, [1])).json()["day"]
        second = (
            await _plan(client, cycle, trainer, START_DAY + dt.timedelta(days=30), [2])
        ).json()["day"]
        url = f"/api/v1/training-days/{second['id']}"
        r = await client.patch(
            url, json={"version": second["version"], "date": "2026-02-01"}, headers=trainer
        )
        assert r.json()["error"] == "moments_out_of_order"
        r = await client.patch(
            url, json={"version": second["version"], "date": "2026-03-09"}, headers=trainer
        )
        assert r.status_code == 200
        assert r.json()["day"]["date"] == "2026-03-09"
        assert r.json()["warnings"][0]["days"] == 7
        stale = await client.patch(
            url, json={"version": second["version"], "notes": "x"}, headers=trainer
        )
        assert stale.json()["error"] == "version_conflict"
        assert first["id"] != second["id"]

    async def test_closed_certification_cannot_change(
        self, client, cycle, trainer, db, settings, clock
    ):
        admin = await bearer_for(db, settings, cycle.admin, clock.now())
        await client.post(
            f"/api/v1/certifications/{cycle.certification_id}/cancel",
            json={"reason": "x"},
            headers=admin,
        )
        r = await _plan(client, cycle, trainer, START_DAY, [1])
        assert r.json()["error"] == "certification_closed"


class TestWhoMayPlan:
    async def test_only_the_assigned_trainer_and_admins(self, client, cycle, db, settings, clock):
        for user, status in [
            (cycle.admin, 201),
            (cycle.auditor, 403),
            (cycle.lead_a, 403),
            (cycle.other_trainer, 404),
        ]:
            headers = await bearer_for(db, settings, user, clock.now())
            r = await _plan(client, cycle, headers, START_DAY + dt.timedelta(days=100), [3])
            assert r.status_code == status, user.email
            if status == 201:
                await client.post(
                    f"/api/v1/training-days/{r.json()['day']['id']}/cancel",
                    json={},
                    headers=headers,
                )


DAY_ACTIONS = (
    "training-day:reschedule",
    "training-day:mark_held",
    "training-day:cancel",
    "training-day:open_room",
)


class TestAllowedActions:
    """What a day's read model offers, as backend/training/policies.py decides."""

    async def test_a_planned_day_offers_its_moves_to_whom_may_take_them(
        self, client, cycle, trainer, db, settings, clock
    ):
        planned = (await _plan(client, cycle, trainer, START_DAY, [1])).json()["day"]
        assert planned["allowed_actions"] == list(DAY_ACTIONS)
        lead = await bearer_for(db, settings, cycle.lead_a, clock.now())
        days = (await client.get(_days_url(cycle), headers=lead)).json()
        assert [d["allowed_actions"] for d in days] == [[]]

    async def test_a_held_day_offers_only_its_live_room(self, client, cycle, trainer):
        day = (await _plan(client, cycle, trainer, START_DAY, [1])).json()["day"]
        r = await client.post(
            f"/api/v1/training-days/{day['id']}/held",
            json={"participant_count": 9},
            headers=trainer,
        )
        assert r.json()["allowed_actions"] == ["training-day:open_room"]

    async def test_nor_a_day_of_a_cancelled_certification(
        self, client, cycle, trainer, db, settings, clock
    ):
        await _plan(client, cycle, trainer, START_DAY, [1])
        admin = await bearer_for(db, settings, cycle.admin, clock.now())
        await client.post(
            f"/api/v1/certifications/{cycle.certification_id}/cancel",
            json={"reason": "x"},
            headers=admin,
        )
        days = (await client.get(_days_url(cycle), headers=admin)).json()
        assert [d["allowed_actions"] for d in days] == [[]]


class TestAgendaAndSessions:
    async def test_trainer_adjusts_the_agenda_admin_the_templates(
        self, client, cycle, trainer, db, settings, clock
    ):
        items = [{"kind": "exercise", "title": "Värderingsövning", "duration_minutes": 30}]
        r = await client.put(
            f"/api/v1/certifications/{cycle.certification_id}/agenda/2", json=items, headers=trainer
        )
        assert r.status_code == 200
        assert r.json()["2"] == items
        assert r.json()["1"]
        assert (
            await client.put("/api/v1/agenda-templates/1", json=items, headers=trainer)
        ).status_code == 403
        admin = await bearer_for(db, settings, cycle.admin, clock.now())
        r = await client.put("/api/v1/agenda-templates/1", json=items, headers=admin)
        assert r.json()["1"] == items
        assert (
            await client.put("/api/v1/agenda-templates/4", json=items, headers=admin)
        ).status_code == 422

    async def test_one_or_two_workshops(self, client, cycle, trainer):
        url = f"/api/v1/certifications/{cycle.certification_id}/sessions"
        for day in ("2026-04-01", "2026-05-01"):
            r = await client.post(
                url, json={"kind": "workshop", "date": day, "notes": "Vision"}, headers=trainer
            )
            assert r.status_code == 201
        r = await client.post(url, json={"kind": "workshop", "date": "2026-06-01"}, headers=trainer)
        assert r.json()["error"] == "too_many_workshops"
        r = await client.post(
            url,
            json={"kind": "supervision", "date": "2026-06-01", "notes": "Via Teams"},
            headers=trainer,
        )
        assert r.status_code == 201
        listed = (await client.get(url, headers=trainer)).json()
        assert [s["kind"] for s in listed] == ["workshop", "workshop", "supervision"]
