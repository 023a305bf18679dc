"""Queries about sessions, one-time tokens and failed logins."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.models import (
    AuthSession,
    LoginFailure,
    OneTimeToken,
    Organisation,
    RetiredRefreshToken,
    User,
)
from backend.models.enums import TokenPurpose


async def session_with_user(
    db: AsyncSession, session_id: str, user_id: int
) -> tuple[AuthSession, User] | None:
    """The one query every authenticated request costs."""
    row = (
        await db.execute(
            select(AuthSession, User)
            .join(User, User.id == AuthSession.user_id)
            .where(AuthSession.id == session_id, User.id == user_id)
        )
    ).one_or_none()
    return None if row is None else (row[0], row[1])


async def session_by_refresh_hash(
    db: AsyncSession, refresh_hash: str
) -> tuple[AuthSession, User] | None:
    """The session whose current refresh token this is, locked until the request commits.

    With two requests presenting the same token, the second waits for the first (on PostgreSQL
    the row lock, on SQLite the write lock every transaction takes) and then no longer finds the
    token current: it finds it retired, which is a replay.
    """
    row = (
        await db.execute(
            select(AuthSession, User)
            .join(User, User.id == AuthSession.user_id)
            .where(AuthSession.refresh_token_hash == refresh_hash)
            .with_for_update(of=AuthSession)
        )
    ).one_or_none()
    return None if row is None else (row[0], row[1])


async def session_by_retired_refresh_hash(
    db: AsyncSession, refresh_hash: str
) -> tuple[AuthSession, User, RetiredRefreshToken] | None:
    """The session that once had this refresh token and has rotated away from it."""
    row = (
        await db.execute(
            select(AuthSession, User, RetiredRefreshToken)
            .join(AuthSession, AuthSession.id == RetiredRefreshToken.session_id)
            .join(User, User.id == AuthSession.user_id)
            .where(RetiredRefreshToken.token_hash == refresh_hash)
            .with_for_update(of=AuthSession)
        )
    ).one_or_none()
    return None if row is None else (row[0], row[1], row[2])


async def revoke_sessions_of(db: AsyncSession, user_id: int, *, now: datetime, reason: str) -> None:
    await db.execute(
        update(AuthSession)
        .where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=now, revoked_reason=reason)
    )


async def recent_failures(
    db: AsyncSession, *, account_key: str, client_key: str, since: datetime
) -> tuple[int, int]:
    """Failures for this account and for this client within the window, in one query."""
    row = (
        await db.execute(
            select(
                func.count().filter(LoginFailure.account_key == account_key),
                func.count().filter(LoginFailure.client_key == client_key),
            ).where(
                LoginFailure.occurred_at >= since,
                (LoginFailure.account_key == account_key) | (LoginFailure.client_key == client_key),
            )
        )
    ).one()
    return int(row[0]), int(row[1])


async def user_by_email(db: AsyncSession, email: str) -> User | None:
    user: User | None = await db.scalar(select(User).where(User.email == email.lower()))
    return user


async def live_token(
    db: AsyncSession, token_hash: str, purpose: TokenPurpose, now: datetime
) -> tuple[OneTimeToken, User, Organisation | None] | None:
    row = (
        await db.execute(
            select(OneTimeToken, User, Organisation)
            .join(User, User.id == OneTimeToken.user_id)
            .outerjoin(Organisation, Organisation.id == User.organisation_id)
            .where(
                OneTimeToken.token_hash == token_hash,
                OneTimeToken.purpose == purpose,
                OneTimeToken.used_at.is_(None),
                OneTimeToken.expires_at > now,
            )
        )
    ).one_or_none()
    return None if row is None else (row[0], row[1], row[2])


async def retire_tokens_of(
    db: AsyncSession, user_id: int, purpose: TokenPurpose, now: datetime
) -> None:
    """A new link replaces the old ones: only the newest mail works."""
    await db.execute(
        update(OneTimeToken)
        .where(
            OneTimeToken.user_id == user_id,
            OneTimeToken.purpose == purpose,
            OneTimeToken.used_at.is_(None),
        )
        .values(used_at=now)
    )
