"""Per-person limits on writes that anyone logged in could repeat without end (comments).

A token bucket of `limit` writes that refills over `window`, kept as one instant per person and
kind of write: when the bucket is full again (GCRA). A write may go ahead while the bucket holds
at least one write, i.e. while `full_at` is at most `window - window / limit` ahead of now, and
moves `full_at` on by `window / limit`. The row is read `FOR UPDATE` (PostgreSQL; SQLite
serialises writing transactions with BEGIN IMMEDIATE), so concurrent requests on any number of
workers take turns and the limit holds exactly. It is taken in the request's transaction: a write
that is refused or fails later is rolled back together with the allowance it took.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from backend.models import RateLimit
from backend.rate_limits.errors import RateLimited


async def take(
    db: AsyncSession,
    *,
    user_id: int,
    action: str,
    limit: int,
    window: timedelta,
    now: datetime,
) -> None:
    """Use one of the person's `limit` writes per `window` of `action`, or raise RateLimited."""
    dialect = postgresql if db.get_bind().dialect.name == "postgresql" else sqlite
    await db.execute(
        dialect.insert(RateLimit)
        .values(user_id=user_id, action=action, full_at=now)
        .on_conflict_do_nothing(index_elements=["user_id", "action"])
    )
    bucket = (
        await db.scalars(
            select(RateLimit)
            .where(RateLimit.user_id == user_id, RateLimit.action == action)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).one()
    interval = window / limit
    full_at = max(bucket.full_at, now)
    wait = full_at - (window - interval) - now
    if wait > timedelta(0):
        raise RateLimited(retry_after=max(1, math.ceil(wait.total_seconds())))
    bucket.full_at = full_at + interval
