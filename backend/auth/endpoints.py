from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response, status
from fastapi.responses import JSONResponse

from backend.auth import service
from backend.auth.cookies import REFRESH_COOKIE, clear_session_cookies, set_session_cookies
from backend.auth.errors import InvitationInvalid
from backend.auth.permissions import CSRF_HEADER, CurrentPrincipal
from backend.auth.schemas import (
    InvitationAccept,
    InvitationRead,
    PasswordResetConfirm,
    PasswordResetRequest,
    TokenResponse,
)
from backend.core.clock import ClockDep
from backend.core.db import SessionDep
from backend.core.deps import SettingsDep, client_address
from backend.core.errors import CsrfFailed, SessionRevoked, error_body
from backend.core.principal import Principal
from backend.core.schemas import LoginName, LoginPassword
from backend.core.security import csrf_token_matches
from backend.models.enums import Locale
from backend.users.me import read_me
from backend.users.schemas import UserRead

router = APIRouter(prefix="/auth", tags=["auth"])


def _token_response(
    response: Response, settings: SettingsDep, issued: service.IssuedSession
) -> TokenResponse:
    set_session_cookies(
        response,
        settings,
        session_id=issued.session_id,
        access_token=issued.access_token,
        expires_in=issued.expires_in,
        refresh_token=issued.refresh_token,
    )
    return TokenResponse(
        access_token=issued.access_token,
        expires_in=issued.expires_in,
        user=read_me(Principal(user=issued.user, session_id=issued.session_id)),
    )


@router.post(
    "/login",
    response_model=TokenResponse,
    response_model_exclude_none=False,
    responses={
        401: {"description": "invalid_credentials"},
        429: {"description": "too_many_attempts"},
    },
)
async def login(
    request: Request,
    response: Response,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
    username: Annotated[LoginName, Form()],
    password: Annotated[LoginPassword, Form()],
) -> TokenResponse | JSONResponse:
    """Log in with email and password (OAuth2 password flow); also sets the SPA's cookies."""
    outcome = await service.login(
        db,
        settings,
        email=username,
        password=password,
        client=client_address(request),
        now=clock.now(),
    )
    if outcome.error is not None:
        # Returned, not raised: the failure record must be committed with the response.
        return JSONResponse(
            error_body(outcome.error.code, outcome.error.detail),
            status_code=outcome.error.status_code,
            headers=outcome.error.headers,
        )
    assert outcome.issued is not None
    return _token_response(response, settings, outcome.issued)


@router.post("/refresh", response_model=TokenResponse)
async def refresh(
    request: Request, response: Response, db: SessionDep, settings: SettingsDep, clock: ClockDep
) -> TokenResponse | JSONResponse:
    """Renew the access token with the refresh cookie; the refresh token rotates."""
    token = request.cookies.get(REFRESH_COOKIE)
    if not token or len(token) > 128:
        raise SessionRevoked()
    outcome = await service.refresh(db, settings, refresh_token=token, now=clock.now())
    if outcome.error is not None:
        # Returned, not raised: a session ended because an old refresh token came back must stay
        # ended. The cookies are of no use any more either.
        refused = JSONResponse(
            error_body(outcome.error.code, outcome.error.detail),
            status_code=outcome.error.status_code,
        )
        clear_session_cookies(refused, settings)
        return refused
    assert outcome.issued is not None
    issued = outcome.issued
    if not csrf_token_matches(settings, issued.session_id, request.headers.get(CSRF_HEADER)):
        raise CsrfFailed()
    return _token_response(response, settings, issued)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(
    principal: CurrentPrincipal, db: SessionDep, settings: SettingsDep, clock: ClockDep
) -> Response:
    """End this session: its access and refresh tokens stop working at once."""
    await service.logout(db, principal, now=clock.now())
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    clear_session_cookies(response, settings)
    return response


@router.post("/password-reset", status_code=status.HTTP_202_ACCEPTED)
async def request_password_reset(
    body: PasswordResetRequest,
    request: Request,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> dict[str, str]:
    """Mail a one-time reset link if the account exists; the answer is the same either way."""
    lang = request.headers.get("Accept-Language", "")[:2].lower()
    locale = Locale(lang) if lang in {"sv", "en"} else None
    await service.request_password_reset(
        db, settings, email=body.email, locale=locale, now=clock.now()
    )
    return {"status": "accepted"}


@router.post("/password-reset/confirm", status_code=status.HTTP_204_NO_CONTENT)
async def confirm_password_reset(
    body: PasswordResetConfirm, db: SessionDep, clock: ClockDep
) -> Response:
    """Choose a new password with a reset link; every session of the account ends."""
    await service.reset_password(
        db, token=body.token, new_password=body.new_password, now=clock.now()
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/invitations/{token}", response_model=InvitationRead)
async def get_invitation(token: str, db: SessionDep, clock: ClockDep) -> InvitationRead:
    """What an invitation link is for, so the person can check before accepting."""
    if len(token) > 128:
        raise InvitationInvalid()
    user, organisation = await service.invitation_details(db, token=token, now=clock.now())
    return InvitationRead(
        email=user.email,
        full_name=user.full_name,
        role=user.role,
        member_role=user.member_role,
        organisation_name=organisation.name if organisation else None,
    )


@router.post("/invitations/accept", response_model=UserRead)
async def accept_invitation(body: InvitationAccept, db: SessionDep, clock: ClockDep) -> UserRead:
    """Accept an invitation: set name and password; the account can log in afterwards."""
    user = await service.accept_invitation(
        db, token=body.token, full_name=body.full_name, password=body.password, now=clock.now()
    )
    return UserRead.model_validate(user)
