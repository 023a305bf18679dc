"""Writing to the append-only audit log; callers pass the actor and the clock's time."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.models import AuditEvent, User
from backend.models.enums import AuditAction


def record(
    session: AsyncSession,
    *,
    at: datetime,
    action: AuditAction,
    actor_id: int | None,
    object_type: str,
    object_id: int | str | None,
    organisation_id: int | None = None,
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    event = AuditEvent(
        occurred_at=at,
        actor_id=actor_id,
        action=action,
        object_type=object_type,
        object_id=None if object_id is None else str(object_id),
        organisation_id=organisation_id,
        data=data or {},
    )
    session.add(event)
    return event


def record_user_event(
    session: AsyncSession,
    *,
    at: datetime,
    action: AuditAction,
    actor_id: int | None,
    user: User,
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    """An event about an account: the object is the user, filed under their organisation."""
    return record(
        session,
        at=at,
        action=action,
        actor_id=actor_id,
        object_type="user",
        object_id=user.id,
        organisation_id=user.organisation_id,
        data=data,
    )
