"""Pruning what authentication leaves behind: old failed-login records and dead sessions."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from sqlalchemy import delete, or_
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from backend.core.clock import Clock
from backend.core.config import Settings
from backend.models import AuthSession, LoginFailure, OneTimeToken

log = logging.getLogger(__name__)

# Dead sessions and used links are kept a while for investigating incidents, then dropped.
KEEP_DEAD = timedelta(days=30)
INTERVAL_SECONDS = 3600


async def prune(db: AsyncSession, settings: Settings, now: datetime) -> None:
    window = timedelta(seconds=settings.login_failure_window_seconds)
    await db.execute(delete(LoginFailure).where(LoginFailure.occurred_at < now - window))
    cutoff = now - KEEP_DEAD
    await db.execute(
        delete(AuthSession).where(
            or_(
                AuthSession.absolute_expires_at < cutoff,
                AuthSession.expires_at < cutoff,
                AuthSession.revoked_at < cutoff,
            )
        )
    )
    await db.execute(delete(OneTimeToken).where(OneTimeToken.expires_at < cutoff))


async def prune_forever(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, clock: Clock
) -> None:
    while True:
        try:
            async with sessionmaker() as db:
                await prune(db, settings, clock.now())
                await db.commit()
        except Exception:
            log.exception("housekeeping round failed")
        await asyncio.sleep(INTERVAL_SECONDS)
