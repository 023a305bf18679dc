"""Old failed-login records, dead sessions and old links are pruned; live ones stay."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from backend.auth.housekeeping import prune
from backend.models import AuthSession, LoginFailure
from tests.factories import login

LOGIN = "/api/v1/auth/login"


async def _count(db, model) -> int:
    return int(await db.scalar(select(func.count()).select_from(model)))


async def test_prune_keeps_what_is_still_needed(client, world, db, settings, clock):
    await client.post(LOGIN, data={"username": world.admin.email, "password": "wrong-password"})
    live = await login(client, world.trainer)
    await login(client, world.admin)
    await client.post("/api/v1/auth/logout", headers=await login(client, world.auditor))
    assert await _count(db, LoginFailure) == 1
    sessions = await _count(db, AuthSession)

    await prune(db, settings, clock.now())
    assert await _count(db, LoginFailure) == 1
    assert await _count(db, AuthSession) == sessions

    clock.advance(timedelta(minutes=16))
    await prune(db, settings, clock.now())
    assert await _count(db, LoginFailure) == 0
    assert await _count(db, AuthSession) == sessions

    clock.advance(timedelta(days=40))
    await prune(db, settings, clock.now())
    assert await _count(db, AuthSession) == 0
    assert (await client.get("/api/v1/users/me", headers=live)).status_code == 401


async def test_retired_refresh_tokens_go_with_their_session(client, world, db, settings, clock):
    from backend.models import RetiredRefreshToken
    from tests.factories import PASSWORD

    r = await client.post(LOGIN, data={"username": world.admin.email, "password": PASSWORD})
    csrf = client.cookies.get("jamlik_csrf")
    for _ in range(2):
        r = await client.post("/api/v1/auth/refresh", headers={"X-CSRF-Token": csrf})
        assert r.status_code == 200, r.text
    assert await _count(db, RetiredRefreshToken) == 2
    clock.advance(timedelta(days=40))
    await prune(db, settings, clock.now())
    assert await _count(db, AuthSession) == 0
    assert await _count(db, RetiredRefreshToken) == 0
