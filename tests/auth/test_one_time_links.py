"""Invitations and password resets: one-time, expiring, single-use links."""

from __future__ import annotations

from datetime import timedelta

from tests.factories import PASSWORD, login
from tests.helpers import latest_token_sent_to, outbox_to

NEW_PASSWORD = "a-brand-new-password"


class TestInvitation:
    async def _invite(self, client, world, email="ny.medlem@example.se"):
        headers = await login(client, world.admin)
        r = await client.post(
            f"/api/v1/organisations/{world.org_a.id}/invitations",
            json={"email": email, "full_name": "Ny Medlem"},
            headers=headers,
        )
        assert r.status_code == 201, r.text
        assert r.json()["status"] == "invited"
        return email

    async def test_accept_then_log_in(self, client, world, db):
        email = await self._invite(client, world)
        token = await latest_token_sent_to(db, email)
        details = await client.get(f"/api/v1/auth/invitations/{token}")
        assert details.status_code == 200
        assert details.json()["organisation_name"] == "Alfa kommun"
        r = await client.post(
            "/api/v1/auth/invitations/accept",
            json={"token": token, "full_name": "Nora Medlem", "password": NEW_PASSWORD},
        )
        assert r.status_code == 200
        assert r.json()["status"] == "active"
        r = await client.post(
            "/api/v1/auth/login", data={"username": email, "password": NEW_PASSWORD}
        )
        assert r.status_code == 200
        assert r.json()["user"]["organisation_id"] == world.org_a.id

    async def test_link_works_once(self, client, world, db):
        email = await self._invite(client, world)
        token = await latest_token_sent_to(db, email)
        body = {"token": token, "full_name": "N", "password": NEW_PASSWORD}
        assert (await client.post("/api/v1/auth/invitations/accept", json=body)).status_code == 200
        r = await client.post("/api/v1/auth/invitations/accept", json=body)
        assert r.status_code == 404
        assert r.json()["error"] == "invitation_invalid"
        assert (await client.get(f"/api/v1/auth/invitations/{token}")).status_code == 404

    async def test_link_expires(self, client, world, db, clock):
        email = await self._invite(client, world)
        token = await latest_token_sent_to(db, email)
        clock.advance(timedelta(days=7, seconds=1))
        r = await client.post(
            "/api/v1/auth/invitations/accept",
            json={"token": token, "full_name": "N", "password": NEW_PASSWORD},
        )
        assert r.status_code == 404

    async def test_unknown_token(self, client):
        assert (await client.get("/api/v1/auth/invitations/" + "x" * 43)).status_code == 404

    async def test_mail_is_in_swedish_with_the_link(self, client, world, db):
        email = await self._invite(client, world)
        [message] = await outbox_to(db, email)
        assert message.subject == "Välkommen till Jämlik"
        assert "http://jamlik.test/invitation?token=" in message.body_text


class TestPasswordReset:
    async def _request(self, client, email):
        r = await client.post("/api/v1/auth/password-reset", json={"email": email})
        assert r.status_code == 202
        return r

    async def test_reset_flow(self, client, world, db):
        old_session = await login(client, world.trainer)
        await self._request(client, world.trainer.email)
        token = await latest_token_sent_to(db, world.trainer.email)
        r = await client.post(
            "/api/v1/auth/password-reset/confirm",
            json={"token": token, "new_password": NEW_PASSWORD},
        )
        assert r.status_code == 204
        assert (await client.get("/api/v1/users/me", headers=old_session)).status_code == 401
        r = await client.post(
            "/api/v1/auth/login", data={"username": world.trainer.email, "password": PASSWORD}
        )
        assert r.status_code == 401
        await login(client, world.trainer, NEW_PASSWORD)

    async def test_unknown_address_answers_the_same_and_sends_nothing(self, client, db):
        await self._request(client, "nobody@example.se")
        assert await outbox_to(db, "nobody@example.se") == []

    async def test_token_single_use_and_expiry(self, client, world, db, clock):
        await self._request(client, world.trainer.email)
        token = await latest_token_sent_to(db, world.trainer.email)
        body = {"token": token, "new_password": NEW_PASSWORD}
        assert (
            await client.post("/api/v1/auth/password-reset/confirm", json=body)
        ).status_code == 204
        r = await client.post("/api/v1/auth/password-reset/confirm", json=body)
        assert r.status_code == 404
        assert r.json()["error"] == "reset_token_invalid"

        await self._request(client, world.trainer.email)
        token = await latest_token_sent_to(db, world.trainer.email)
        clock.advance(timedelta(minutes=61))
        r = await client.post(
            "/api/v1/auth/password-reset/confirm",
            json={"token": token, "new_password": NEW_PASSWORD + "x"},
        )
        assert r.status_code == 404

    async def test_a_newer_link_replaces_the_older(self, client, world, db):
        await self._request(client, world.trainer.email)
        first = await latest_token_sent_to(db, world.trainer.email)
        await self._request(client, world.trainer.email)
        r = await client.post(
            "/api/v1/auth/password-reset/confirm",
            json={"token": first, "new_password": NEW_PASSWORD},
        )
        assert r.status_code == 404


class TestPasswordChange:
    async def test_wrong_current_password(self, client, world):
        headers = await login(client, world.trainer)
        r = await client.post(
            "/api/v1/users/me/password",
            json={"current_password": "not-the-password", "new_password": NEW_PASSWORD},
            headers=headers,
        )
        assert r.status_code == 400
        assert r.json()["error"] == "wrong_password"

    async def test_too_short_new_password(self, client, world):
        headers = await login(client, world.trainer)
        r = await client.post(
            "/api/v1/users/me/password",
            json={"current_password": PASSWORD, "new_password": "short"},
            headers=headers,
        )
        assert r.status_code == 422
