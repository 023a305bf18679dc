"""Login, sessions, one-time links and passwords. No commits and no HTTP types here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from backend.audit.service import record, record_user_event
from backend.auth import repository as repo
from backend.auth.errors import (
    InvitationInvalid,
    PasswordUnchanged,
    ResetTokenInvalid,
    WrongPassword,
)
from backend.core.config import Settings
from backend.core.errors import AppError, InvalidCredentials, SessionRevoked, TooManyAttempts
from backend.core.principal import Principal
from backend.core.security import (
    create_access_token,
    hash_password,
    keyed_hash,
    new_random_token,
    sha256_hex,
    verify_password,
)
from backend.mail.outbox import enqueue, render
from backend.models import (
    AuthSession,
    LoginFailure,
    OneTimeToken,
    Organisation,
    RetiredRefreshToken,
    User,
)
from backend.models.enums import AuditAction, Locale, TokenPurpose, UserStatus
from backend.users.policies import WORKFLOW as ACCOUNT_WORKFLOW


@dataclass(frozen=True)
class IssuedSession:
    user: User
    session_id: str
    access_token: str
    expires_in: int
    refresh_token: str


@dataclass(frozen=True)
class LoginOutcome:
    """Failed logins are results, not exceptions: their records must be committed."""

    issued: IssuedSession | None = None
    error: AppError | None = None


@dataclass(frozen=True)
class RefreshOutcome:
    """Refused refreshes are results too: ending a session whose old token came back must be
    committed with the 401."""

    issued: IssuedSession | None = None
    error: AppError | None = None


def _new_session(db: AsyncSession, settings: Settings, user: User, now: datetime) -> IssuedSession:
    session_id = new_random_token()
    refresh_token = new_random_token()
    db.add(
        AuthSession(
            id=session_id,
            user_id=user.id,
            refresh_token_hash=sha256_hex(refresh_token),
            created_at=now,
            refreshed_at=now,
            expires_at=now + timedelta(hours=settings.session_idle_hours),
            absolute_expires_at=now + timedelta(days=settings.session_max_days),
        )
    )
    token, expires_in = create_access_token(
        settings, user_id=user.id, session_id=session_id, now=now
    )
    return IssuedSession(user, session_id, token, expires_in, refresh_token)


async def login(
    db: AsyncSession, settings: Settings, *, email: str, password: str, client: str, now: datetime
) -> LoginOutcome:
    email = email.strip().lower()
    account_key = keyed_hash(settings, f"account:{email}")
    client_key = keyed_hash(settings, f"client:{client}")
    since = now - timedelta(seconds=settings.login_failure_window_seconds)
    per_account, per_client = await repo.recent_failures(
        db, account_key=account_key, client_key=client_key, since=since
    )
    if (
        per_account >= settings.login_max_failures_per_account
        or per_client >= settings.login_max_failures_per_client
    ):
        record(
            db,
            at=now,
            action=AuditAction.LOGIN_THROTTLED,
            actor_id=None,
            object_type="account",
            object_id=account_key[:16],
        )
        retry_after = str(settings.login_failure_window_seconds)
        return LoginOutcome(error=TooManyAttempts(headers={"Retry-After": retry_after}))

    user = await repo.user_by_email(db, email)
    stored_hash = user.password_hash if user is not None and user.is_active else None
    # verify_password runs even without an account, so timing does not reveal which exist.
    if not verify_password(password, stored_hash) or user is None:
        db.add(LoginFailure(account_key=account_key, client_key=client_key, occurred_at=now))
        if user is None:
            record(
                db,
                at=now,
                action=AuditAction.LOGIN_FAILED,
                actor_id=None,
                object_type="account",
                object_id=account_key[:16],
            )
        else:
            record_user_event(
                db, at=now, action=AuditAction.LOGIN_FAILED, actor_id=user.id, user=user
            )
        return LoginOutcome(error=InvalidCredentials())

    user.last_login_at = now
    issued = _new_session(db, settings, user, now)
    record_user_event(
        db,
        at=now,
        action=AuditAction.LOGIN,
        actor_id=user.id,
        user=user,
    )
    return LoginOutcome(issued=issued)


def session_is_live(auth_session: AuthSession, user: User, now: datetime) -> bool:
    return (
        auth_session.revoked_at is None
        and auth_session.expires_at > now
        and auth_session.absolute_expires_at > now
        and user.is_active
    )


async def refresh(
    db: AsyncSession, settings: Settings, *, refresh_token: str, now: datetime
) -> RefreshOutcome:
    """A new access token, and a new refresh token (the old one is retired and stops working).

    A retired refresh token that comes back means two parties hold this session's tokens, and
    the server cannot tell the thief from the owner: the session ends, with every token of its
    chain (ADR 0002), and the account's audit log records it.
    """
    refresh_hash = sha256_hex(refresh_token)
    found = await repo.session_by_refresh_hash(db, refresh_hash)
    if found is None:
        await _end_session_of_replayed_token(db, refresh_hash, now)
        return RefreshOutcome(error=SessionRevoked())
    auth_session, user = found
    if not session_is_live(auth_session, user, now):
        return RefreshOutcome(error=SessionRevoked())
    db.add(RetiredRefreshToken(token_hash=refresh_hash, session_id=auth_session.id, retired_at=now))
    new_refresh = new_random_token()
    auth_session.refresh_token_hash = sha256_hex(new_refresh)
    auth_session.refreshed_at = now
    auth_session.expires_at = min(
        now + timedelta(hours=settings.session_idle_hours), auth_session.absolute_expires_at
    )
    token, expires_in = create_access_token(
        settings, user_id=user.id, session_id=auth_session.id, now=now
    )
    return RefreshOutcome(
        issued=IssuedSession(user, auth_session.id, token, expires_in, new_refresh)
    )


async def _end_session_of_replayed_token(
    db: AsyncSession, refresh_hash: str, now: datetime
) -> None:
    found = await repo.session_by_retired_refresh_hash(db, refresh_hash)
    if found is None:
        return  # not a token of ours at all
    auth_session, user, retired = found
    if not session_is_live(auth_session, user, now):
        return  # already over (logged out, expired, ended earlier): nothing left to protect
    auth_session.revoked_at = now
    auth_session.revoked_reason = "refresh_token_reused"
    record_user_event(
        db,
        at=now,
        action=AuditAction.REFRESH_TOKEN_REUSED,
        actor_id=None,  # the owner or a thief: the server cannot tell which
        user=user,
        data={
            "session_started_at": auth_session.created_at.isoformat(),
            "token_retired_at": retired.retired_at.isoformat(),
        },
    )


async def logout(db: AsyncSession, principal: Principal, *, now: datetime) -> None:
    auth_session = await db.get(AuthSession, principal.session_id)
    if auth_session is not None and auth_session.revoked_at is None:
        auth_session.revoked_at = now
        auth_session.revoked_reason = "logout"
    record_user_event(
        db,
        at=now,
        action=AuditAction.LOGOUT,
        actor_id=principal.id,
        user=principal.user,
    )


async def end_all_sessions(db: AsyncSession, user_id: int, *, now: datetime, reason: str) -> None:
    await repo.revoke_sessions_of(db, user_id, now=now, reason=reason)


async def _issue_link_token(
    db: AsyncSession,
    *,
    user: User,
    purpose: TokenPurpose,
    lifetime: timedelta,
    created_by_id: int | None,
    now: datetime,
) -> str:
    """A new one-time token; older unused ones of the same purpose stop working."""
    await repo.retire_tokens_of(db, user.id, purpose, now)
    token = new_random_token()
    db.add(
        OneTimeToken(
            purpose=purpose,
            token_hash=sha256_hex(token),
            user_id=user.id,
            created_by_id=created_by_id,
            created_at=now,
            expires_at=now + lifetime,
        )
    )
    return token


async def send_invitation(
    db: AsyncSession,
    settings: Settings,
    *,
    user: User,
    inviter: Principal,
    organisation: Organisation | None,
    now: datetime,
) -> None:
    token = await _issue_link_token(
        db,
        user=user,
        purpose=TokenPurpose.INVITATION,
        lifetime=timedelta(days=settings.invitation_days),
        created_by_id=inviter.id,
        now=now,
    )
    org_name = organisation.name if organisation else None
    subject, body = render(
        "invitation",
        user.locale,
        full_name=user.full_name,
        inviter=inviter.user.full_name,
        organisation_phrase_sv=f" för arbetsgruppen i {org_name}" if org_name else "",
        organisation_phrase_en=f" for the working group of {org_name}" if org_name else "",
        days=settings.invitation_days,
        link=f"{settings.base_url}/invitation?token={token}",
    )
    enqueue(db, to=user.email, to_name=user.full_name, subject=subject, body=body, now=now)
    record_user_event(
        db,
        at=now,
        action=AuditAction.INVITATION_SENT,
        actor_id=inviter.id,
        user=user,
        data={"role": user.role.value},
    )


async def _live_link(
    db: AsyncSession, token: str, purpose: TokenPurpose, now: datetime
) -> tuple[OneTimeToken, User, Organisation | None]:
    found = await repo.live_token(db, sha256_hex(token), purpose, now)
    if found is None or not found[1].is_active:
        raise InvitationInvalid() if purpose is TokenPurpose.INVITATION else ResetTokenInvalid()
    return found


async def invitation_details(
    db: AsyncSession, *, token: str, now: datetime
) -> tuple[User, Organisation | None]:
    _one_time, user, organisation = await _live_link(db, token, TokenPurpose.INVITATION, now)
    return user, organisation


async def accept_invitation(
    db: AsyncSession, *, token: str, full_name: str, password: str, now: datetime
) -> User:
    one_time, user, _org = await _live_link(db, token, TokenPurpose.INVITATION, now)
    # The account's workflow allows invited → active only (a live link of an account that has a
    # password already cannot be made by an invitation: the account is active).
    ACCOUNT_WORKFLOW.require_move(user.status, UserStatus.ACTIVE)
    one_time.used_at = now
    user.full_name = full_name
    user.password_hash = hash_password(password)
    user.updated_at = now
    record_user_event(
        db,
        at=now,
        action=AuditAction.INVITATION_ACCEPTED,
        actor_id=user.id,
        user=user,
    )
    return user


async def request_password_reset(
    db: AsyncSession, settings: Settings, *, email: str, locale: Locale | None, now: datetime
) -> None:
    """Always looks the same from outside, whether or not the account exists."""
    user = await repo.user_by_email(db, email)
    if user is None or not user.is_active or user.password_hash is None:
        return
    token = await _issue_link_token(
        db,
        user=user,
        purpose=TokenPurpose.PASSWORD_RESET,
        lifetime=timedelta(minutes=settings.password_reset_minutes),
        created_by_id=None,
        now=now,
    )
    subject, body = render(
        "password_reset",
        locale or user.locale,
        full_name=user.full_name,
        minutes=settings.password_reset_minutes,
        link=f"{settings.base_url}/reset-password?token={token}",
    )
    enqueue(db, to=user.email, to_name=user.full_name, subject=subject, body=body, now=now)
    record_user_event(
        db,
        at=now,
        action=AuditAction.PASSWORD_RESET_REQUESTED,
        actor_id=None,
        user=user,
    )


async def reset_password(db: AsyncSession, *, token: str, new_password: str, now: datetime) -> None:
    one_time, user, _org = await _live_link(db, token, TokenPurpose.PASSWORD_RESET, now)
    one_time.used_at = now
    user.password_hash = hash_password(new_password)
    user.updated_at = now
    await end_all_sessions(db, user.id, now=now, reason="password_reset")
    record_user_event(
        db,
        at=now,
        action=AuditAction.PASSWORD_RESET,
        actor_id=user.id,
        user=user,
    )


async def change_password(
    db: AsyncSession, principal: Principal, *, current: str, new: str, now: datetime
) -> None:
    user = principal.user
    if not verify_password(current, user.password_hash):
        raise WrongPassword()
    if current == new:
        raise PasswordUnchanged()
    user.password_hash = hash_password(new)
    user.updated_at = now
    await end_all_sessions(db, user.id, now=now, reason="password_changed")
    record_user_event(
        db,
        at=now,
        action=AuditAction.PASSWORD_CHANGED,
        actor_id=user.id,
        user=user,
    )
