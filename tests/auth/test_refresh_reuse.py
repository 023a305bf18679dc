"""A refresh token that was already rotated and comes back means that two parties hold the
session's tokens: the session (the whole chain of its refresh tokens) ends (ADR 0002)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
from sqlalchemy import select

from backend.auth.service import _new_session
from backend.core.clock import FrozenClock
from backend.core.security import csrf_token_for
from backend.main import create_app
from backend.models import AuditEvent, AuthSession, User
from backend.models.enums import AuditAction, Role
from tests.conftest import START
from tests.factories import PASSWORD, make_user

LOGIN = "/api/v1/auth/login"
REFRESH = "/api/v1/auth/refresh"
ME = "/api/v1/users/me"


async def _cookie_login(client: httpx.AsyncClient, user: User) -> str:
    r = await client.post(LOGIN, data={"username": user.email, "password": PASSWORD})
    assert r.status_code == 200
    csrf = client.cookies.get("jamlik_csrf")
    assert csrf is not None
    return csrf


async def _refresh(client, csrf: str, refresh_token: str | None = None):
    if refresh_token is not None:
        client.cookies.set("jamlik_refresh", refresh_token, path="/api/v1/auth")
    return await client.post(REFRESH, headers={"X-CSRF-Token": csrf})


class TestReplayedRefreshToken:
    async def test_a_replayed_rotated_refresh_token_ends_the_session(
        self, client, world, db, clock
    ):
        """Issue 9 #8: replaying an already-rotated refresh token answered 401 but left the
        session alive, so whoever held the newest tokens (a thief, or the user) went on."""
        csrf = await _cookie_login(client, world.admin)
        stolen = client.cookies.get("jamlik_refresh")
        clock.advance(timedelta(minutes=20))
        r = await _refresh(client, csrf)
        assert r.status_code == 200, r.text
        access = {"Authorization": f"Bearer {r.json()['access_token']}"}
        newest = client.cookies.get("jamlik_refresh")
        assert newest != stolen
        assert (await client.get(ME, headers=access)).status_code == 200

        replay = await _refresh(client, csrf, stolen)
        assert replay.status_code == 401
        assert replay.json()["error"] == "session_revoked"

        client.cookies.clear()
        r = await client.get(ME, headers=access)
        assert r.status_code == 401
        assert r.json()["error"] == "session_revoked"
        r = await _refresh(client, csrf, newest)
        assert r.status_code == 401
        assert r.json()["error"] == "session_revoked"

        session = await db.scalar(select(AuthSession).where(AuthSession.user_id == world.admin.id))
        await db.refresh(session)
        assert session.revoked_reason == "refresh_token_reused"
        events = list(
            await db.scalars(
                select(AuditEvent).where(AuditEvent.action == AuditAction.REFRESH_TOKEN_REUSED)
            )
        )
        assert [(e.object_type, e.object_id, e.actor_id) for e in events] == [
            ("user", str(world.admin.id), None)
        ]

    async def test_a_token_from_further_back_in_the_chain_ends_it_too(self, client, world):
        csrf = await _cookie_login(client, world.trainer)
        first = client.cookies.get("jamlik_refresh")
        for _ in range(3):
            assert (await _refresh(client, csrf)).status_code == 200
        newest = client.cookies.get("jamlik_refresh")
        assert (await _refresh(client, csrf, first)).status_code == 401
        assert (await _refresh(client, csrf, newest)).status_code == 401

    async def test_only_the_replayed_session_ends(self, client, world):
        """Another login of the same person (another device) is a separate session and stays."""
        other_device = await client.post(
            LOGIN, data={"username": world.auditor.email, "password": PASSWORD}
        )
        other = {"Authorization": f"Bearer {other_device.json()['access_token']}"}
        client.cookies.clear()
        csrf = await _cookie_login(client, world.auditor)
        old = client.cookies.get("jamlik_refresh")
        assert (await _refresh(client, csrf)).status_code == 200
        assert (await _refresh(client, csrf, old)).status_code == 401
        client.cookies.clear()
        assert (await client.get(ME, headers=other)).status_code == 200

    async def test_a_replay_after_logout_changes_nothing_and_is_not_audited(
        self, client, world, db
    ):
        csrf = await _cookie_login(client, world.admin)
        old = client.cookies.get("jamlik_refresh")
        assert (await _refresh(client, csrf)).status_code == 200
        assert (
            await client.post("/api/v1/auth/logout", headers={"X-CSRF-Token": csrf})
        ).status_code == 204
        assert (await _refresh(client, csrf, old)).status_code == 401
        session = await db.scalar(select(AuthSession).where(AuthSession.user_id == world.admin.id))
        await db.refresh(session)
        assert session.revoked_reason == "logout"
        assert (
            await db.scalar(
                select(AuditEvent.id).where(AuditEvent.action == AuditAction.REFRESH_TOKEN_REUSED)
            )
        ) is None


class TestTwoRefreshesAtOnce:
    async def test_the_same_refresh_token_sent_twice_at_once_is_a_replay(self, own_connections):
        """Two requests with one refresh token on connections of their own: the second waits for
        the first, then finds the token retired, so the session ends; neither silently wins."""
        settings, sessionmaker = own_connections
        clock = FrozenClock(START)
        async with sessionmaker() as db:
            user = await make_user(db, clock.now(), Role.TRAINER)
            issued = _new_session(db, settings, user, clock.now())
            await db.commit()
        headers = {
            "Cookie": f"jamlik_refresh={issued.refresh_token}",
            "X-CSRF-Token": csrf_token_for(settings, issued.session_id),
        }
        app = create_app(
            settings, sessionmaker=sessionmaker, clock=clock, run_background_jobs=False
        )
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://jamlik.test") as client:
            first, second = await asyncio.gather(
                client.post(REFRESH, headers=headers), client.post(REFRESH, headers=headers)
            )
            assert sorted([first.status_code, second.status_code]) == [200, 401]
            winner = first if first.status_code == 200 else second
            access = {"Authorization": f"Bearer {winner.json()['access_token']}"}
            assert (await client.get(ME, headers=access)).status_code == 401

        async with sessionmaker() as db:
            session = await db.get(AuthSession, issued.session_id)
            assert session is not None
            assert session.revoked_reason == "refresh_token_reused"
