"""Security events land in the audit log with actor, time and object."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx

from tests.factories import PASSWORD, login
from tests.helpers import latest_token_sent_to


async def _events(client: httpx.AsyncClient, headers: dict[str, str]) -> list[dict[str, Any]]:
    r = await client.get("/api/v1/audit-events", params={"page_size": 100}, headers=headers)
    assert r.status_code == 200
    events: list[dict[str, Any]] = r.json()["items"]
    return events


async def test_security_events_are_recorded(client, world, db, clock):
    await client.post(
        "/api/v1/auth/login", data={"username": world.trainer.email, "password": "wrong-one"}
    )
    clock.advance(timedelta(seconds=1))
    trainer = await login(client, world.trainer)
    clock.advance(timedelta(seconds=1))
    await client.post("/api/v1/auth/logout", headers=trainer)
    clock.advance(timedelta(seconds=1))
    admin = await login(client, world.admin)
    await client.patch(f"/api/v1/users/{world.trainer.id}", json={"role": "auditor"}, headers=admin)
    await client.post(
        f"/api/v1/organisations/{world.org_a.id}/invitations",
        json={"email": "logg@example.se", "full_name": "Logg"},
        headers=admin,
    )
    await client.post("/api/v1/auth/password-reset", json={"email": world.lead_a.email})
    token = await latest_token_sent_to(db, world.lead_a.email)
    await client.post(
        "/api/v1/auth/password-reset/confirm", json={"token": token, "new_password": PASSWORD + "2"}
    )

    events = await _events(client, admin)
    actions = [e["action"] for e in events]
    for expected in [
        "login_failed",
        "login",
        "logout",
        "role_changed",
        "invitation_sent",
        "password_reset_requested",
        "password_reset",
    ]:
        assert expected in actions, expected
    role_change = next(e for e in events if e["action"] == "role_changed")
    assert role_change["actor_id"] == world.admin.id
    assert role_change["object_type"] == "user"
    assert role_change["object_id"] == str(world.trainer.id)
    assert role_change["data"] == {"from": "trainer", "to": "auditor"}
    logout = next(e for e in events if e["action"] == "logout")
    assert logout["actor_id"] == world.trainer.id
    assert logout["occurred_at"].startswith("2026-03-02T09:00:02")
    # Newest first.
    stamps = [e["occurred_at"] for e in events]
    assert stamps == sorted(stamps, reverse=True)


async def test_filter_by_action(client, world):
    admin = await login(client, world.admin)
    r = await client.get("/api/v1/audit-events", params={"action": "login"}, headers=admin)
    assert {e["action"] for e in r.json()["items"]} == {"login"}
