"""Logging in: credentials, throttling, cookies with CSRF, refresh and logout."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from backend.models import AuditEvent
from backend.models.enums import AuditAction, Role
from tests.factories import PASSWORD, make_user

LOGIN = "/api/v1/auth/login"


class TestLogin:
    async def test_success_returns_token_and_cookies(self, client, world):
        r = await client.post(
            LOGIN, data={"username": world.admin.email.upper(), "password": PASSWORD}
        )
        assert r.status_code == 200
        body = r.json()
        assert body["token_type"] == "bearer"
        assert body["expires_in"] == 15 * 60
        assert body["user"]["role"] == "admin"
        cookies = r.headers.get_list("set-cookie")
        access = next(c for c in cookies if c.startswith("jamlik_access="))
        assert "HttpOnly" in access and "SameSite=lax" in access
        refresh = next(c for c in cookies if c.startswith("jamlik_refresh="))
        assert "Path=/api/v1/auth" in refresh and "HttpOnly" in refresh
        csrf = next(c for c in cookies if c.startswith("jamlik_csrf="))
        assert "HttpOnly" not in csrf

    async def test_wrong_password(self, client, world):
        r = await client.post(
            LOGIN, data={"username": world.admin.email, "password": "wrong-password"}
        )
        assert r.status_code == 401
        assert r.json()["error"] == "invalid_credentials"

    async def test_unknown_user_looks_the_same(self, client):
        r = await client.post(LOGIN, data={"username": "nobody@example.se", "password": "x" * 12})
        assert r.status_code == 401
        assert r.json()["error"] == "invalid_credentials"

    async def test_invited_user_without_password_cannot_log_in(self, client, db, clock):
        user = await make_user(db, clock.now(), Role.TRAINER, password=None)
        await db.commit()
        r = await client.post(LOGIN, data={"username": user.email, "password": PASSWORD})
        assert r.status_code == 401

    async def test_deactivated_user_cannot_log_in(self, client, db, clock):
        user = await make_user(db, clock.now(), Role.TRAINER, is_active=False)
        await db.commit()
        r = await client.post(LOGIN, data={"username": user.email, "password": PASSWORD})
        assert r.status_code == 401


class TestThrottling:
    async def test_eleventh_rapid_wrong_password_gets_429(self, client, world):
        for attempt in range(10):
            r = await client.post(
                LOGIN, data={"username": world.admin.email, "password": f"wrong-{attempt}"}
            )
            assert r.status_code == 401, attempt
        r = await client.post(LOGIN, data={"username": world.admin.email, "password": "wrong-11"})
        assert r.status_code == 429
        assert r.json()["error"] == "too_many_attempts"
        assert "Retry-After" in r.headers
        # Even the right password waits out the window.
        r = await client.post(LOGIN, data={"username": world.admin.email, "password": PASSWORD})
        assert r.status_code == 429

    async def test_window_passes(self, client, world, clock):
        for attempt in range(10):
            await client.post(
                LOGIN, data={"username": world.admin.email, "password": f"wrong-{attempt}"}
            )
        clock.advance(timedelta(minutes=16))
        r = await client.post(LOGIN, data={"username": world.admin.email, "password": PASSWORD})
        assert r.status_code == 200

    async def test_throttle_is_per_account(self, client, world):
        for attempt in range(10):
            await client.post(
                LOGIN, data={"username": world.admin.email, "password": f"wrong-{attempt}"}
            )
        r = await client.post(LOGIN, data={"username": world.trainer.email, "password": PASSWORD})
        assert r.status_code == 200

    async def test_failures_are_audited(self, client, world, db):
        await client.post(LOGIN, data={"username": world.admin.email, "password": "wrong-password"})
        count = await db.scalar(
            select(func.count(AuditEvent.id)).where(AuditEvent.action == AuditAction.LOGIN_FAILED)
        )
        assert count == 1


class TestCookiesAndCsrf:
    async def _cookie_login(self, client, user):
        r = await client.post(LOGIN, data={"username": user.email, "password": PASSWORD})
        assert r.status_code == 200
        return client.cookies.get("jamlik_csrf")

    async def test_cookie_authenticates_reads(self, client, world):
        await self._cookie_login(client, world.admin)
        assert (await client.get("/api/v1/users/me")).status_code == 200

    async def test_write_without_csrf_header_is_refused(self, client, world):
        await self._cookie_login(client, world.admin)
        r = await client.patch("/api/v1/users/me", json={"full_name": "Ny"})
        assert r.status_code == 403
        assert r.json()["error"] == "csrf_failed"
        r = await client.patch(
            "/api/v1/users/me", json={"full_name": "Ny"}, headers={"X-CSRF-Token": "forged"}
        )
        assert r.status_code == 403

    async def test_write_with_csrf_header_passes(self, client, world):
        csrf = await self._cookie_login(client, world.admin)
        r = await client.patch(
            "/api/v1/users/me", json={"full_name": "Ny Namn"}, headers={"X-CSRF-Token": csrf}
        )
        assert r.status_code == 200
        assert r.json()["full_name"] == "Ny Namn"

    async def test_refresh_rotates_and_the_old_refresh_token_dies(self, client, world, clock):
        csrf = await self._cookie_login(client, world.admin)
        old_refresh = client.cookies.get("jamlik_refresh")
        clock.advance(timedelta(minutes=20))
        assert (await client.get("/api/v1/users/me")).status_code == 401
        r = await client.post("/api/v1/auth/refresh", headers={"X-CSRF-Token": csrf})
        assert r.status_code == 200, r.text
        assert (await client.get("/api/v1/users/me")).status_code == 200
        client.cookies.set("jamlik_refresh", old_refresh, path="/api/v1/auth")
        r = await client.post("/api/v1/auth/refresh", headers={"X-CSRF-Token": csrf})
        assert r.status_code == 401

    async def test_refresh_needs_csrf(self, client, world):
        await self._cookie_login(client, world.admin)
        r = await client.post("/api/v1/auth/refresh")
        assert r.status_code == 403

    async def test_logout_clears_cookies_and_refresh_fails(self, client, world):
        csrf = await self._cookie_login(client, world.admin)
        refresh = client.cookies.get("jamlik_refresh")
        r = await client.post("/api/v1/auth/logout", headers={"X-CSRF-Token": csrf})
        assert r.status_code == 204
        client.cookies.set("jamlik_refresh", refresh, path="/api/v1/auth")
        r = await client.post("/api/v1/auth/refresh", headers={"X-CSRF-Token": csrf})
        assert r.status_code == 401
