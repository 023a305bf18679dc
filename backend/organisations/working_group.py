"""The working group's size limit: the one place that decides whether a member may be added.

Every path that seats a member (an invitation, reactivating an account, `jamlik create-user`)
calls `claim_seat` before it writes the member, in the same transaction.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.core.config import Settings
from backend.core.errors import NotFound
from backend.models import Organisation, User
from backend.organisations.errors import WorkingGroupFull
from backend.organisations.repository import holds_a_seat


async def claim_seat(db: AsyncSession, settings: Settings, organisation_id: int) -> None:
    """Refuse with `working_group_full` unless the group has room for one more member.

    The check and the caller's insert must be one atomic step, or concurrent requests all count
    the same free seats. On PostgreSQL the organisation's row is locked first (FOR NO KEY UPDATE:
    it queues the other seat claims for this organisation, not inserts that merely reference it)
    and the count is a new statement, so under READ COMMITTED it sees every seat committed by
    the claims that held the lock before. On SQLite every transaction begins IMMEDIATE and holds
    the database's write lock from its first statement (`core.db`), which serialises the same way.
    Either lock lasts until the request commits.
    """
    locked = await db.scalar(
        select(Organisation.id)
        .where(Organisation.id == organisation_id)
        .with_for_update(key_share=True)
    )
    if locked is None:
        raise NotFound(f"There is no organisation {organisation_id}.")
    seated = await db.scalar(select(func.count(User.id)).where(holds_a_seat(organisation_id)))
    if (seated or 0) >= settings.working_group_max:
        raise WorkingGroupFull(f"A working group has at most {settings.working_group_max} members.")
