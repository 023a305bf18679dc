"""The SPA's cookies: the access token (HttpOnly), the refresh token (HttpOnly, auth paths only)
and the CSRF token (readable by the SPA, echoed in a header on every write)."""

from __future__ import annotations

from fastapi import Response

from backend.core.config import Settings
from backend.core.security import csrf_token_for

ACCESS_COOKIE = "jamlik_access"
REFRESH_COOKIE = "jamlik_refresh"
CSRF_COOKIE = "jamlik_csrf"
REFRESH_PATH = "/api/v1/auth"


def set_session_cookies(
    response: Response,
    settings: Settings,
    *,
    session_id: str,
    access_token: str,
    expires_in: int,
    refresh_token: str,
) -> None:
    secure = settings.secure_cookies
    idle = settings.session_idle_hours * 3600
    response.set_cookie(
        ACCESS_COOKIE,
        access_token,
        max_age=expires_in,
        httponly=True,
        secure=secure,
        samesite="lax",
        path="/",
    )
    response.set_cookie(
        REFRESH_COOKIE,
        refresh_token,
        max_age=idle,
        httponly=True,
        secure=secure,
        samesite="strict",
        path=REFRESH_PATH,
    )
    response.set_cookie(
        CSRF_COOKIE,
        csrf_token_for(settings, session_id),
        max_age=idle,
        httponly=False,
        secure=secure,
        samesite="lax",
        path="/",
    )


def clear_session_cookies(response: Response, settings: Settings) -> None:
    secure = settings.secure_cookies
    response.delete_cookie(ACCESS_COOKIE, path="/", secure=secure, httponly=True)
    response.delete_cookie(REFRESH_COOKIE, path=REFRESH_PATH, secure=secure, httponly=True)
    response.delete_cookie(CSRF_COOKIE, path="/", secure=secure)
