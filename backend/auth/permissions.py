"""Who is calling: the authenticated principal. What they may do is each domain's policies.py
(backend/auth/policy_guard.py turns an action about no one resource into a route guard)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from backend.auth import repository as repo
from backend.auth.cookies import ACCESS_COOKIE
from backend.auth.service import session_is_live
from backend.core.clock import ClockDep
from backend.core.db import SessionDep
from backend.core.deps import SettingsDep
from backend.core.errors import (
    CsrfFailed,
    NotAuthenticated,
    SessionRevoked,
    TokenInvalid,
)
from backend.core.principal import Principal
from backend.core.responses import raises
from backend.core.security import csrf_token_matches, decode_access_token

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_HEADER = "X-CSRF-Token"


def _presented_token(request: Request) -> tuple[str | None, bool]:
    """(token, came_from_cookie). A bearer header wins: API clients are not exposed to CSRF."""
    header = request.headers.get("Authorization")
    if header:
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise TokenInvalid()
        return value.strip(), False
    return request.cookies.get(ACCESS_COOKIE), True


@raises(NotAuthenticated, TokenInvalid, SessionRevoked, CsrfFailed)
async def get_principal(
    request: Request, db: SessionDep, settings: SettingsDep, clock: ClockDep
) -> Principal:
    token, from_cookie = _presented_token(request)
    if not token:
        raise NotAuthenticated()
    now = clock.now()
    claims = decode_access_token(settings, token, now=now)
    if claims is None:
        raise TokenInvalid()
    found = await repo.session_with_user(db, claims.session_id, claims.user_id)
    if found is None or not session_is_live(*found, now):
        raise SessionRevoked()
    if (
        from_cookie
        and request.method not in SAFE_METHODS
        and not csrf_token_matches(settings, claims.session_id, request.headers.get(CSRF_HEADER))
    ):
        raise CsrfFailed()
    return Principal(user=found[1], session_id=claims.session_id)


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]
