from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Response, status
from pydantic import BaseModel
from sqlalchemy import func, select, update

from backend.auth.permissions import CurrentPrincipal
from backend.core.clock import ClockDep
from backend.core.db import SessionDep
from backend.core.errors import NotFound
from backend.core.pagination import Page, PageDep, paginate
from backend.core.schemas import ObjectId
from backend.models import Notification

router = APIRouter(prefix="/notifications", tags=["notifications"])


class NotificationRead(BaseModel):
    id: int
    kind: str
    data: dict[str, Any]
    link: str
    created_at: datetime
    read_at: datetime | None


class UnreadCount(BaseModel):
    count: int


@router.get("", response_model=Page[NotificationRead])
async def list_notifications(
    principal: CurrentPrincipal, db: SessionDep, params: PageDep, unread: bool = False
) -> Page[NotificationRead]:
    """My notifications, newest first."""
    stmt = (
        select(Notification)
        .where(Notification.user_id == principal.id)
        .order_by(Notification.created_at.desc(), Notification.id.desc())
    )
    if unread:
        stmt = stmt.where(Notification.read_at.is_(None))
    items, total = await paginate(db, stmt, params)
    return Page[NotificationRead](
        items=[NotificationRead.model_validate(n, from_attributes=True) for n in items],
        total=total,
        page=params.page,
        page_size=params.page_size,
    )


@router.get("/unread-count", response_model=UnreadCount)
async def unread_count(principal: CurrentPrincipal, db: SessionDep) -> UnreadCount:
    """How many of my notifications are unread (for the bell)."""
    count = await db.scalar(
        select(func.count(Notification.id)).where(
            Notification.user_id == principal.id, Notification.read_at.is_(None)
        )
    )
    return UnreadCount(count=int(count or 0))


@router.post("/{notification_id}/read", status_code=status.HTTP_204_NO_CONTENT)
async def mark_read(
    notification_id: ObjectId, principal: CurrentPrincipal, db: SessionDep, clock: ClockDep
) -> Response:
    """Mark one of my notifications as read."""
    notification = await db.scalar(
        select(Notification).where(
            Notification.id == notification_id, Notification.user_id == principal.id
        )
    )
    if notification is None:
        raise NotFound()
    notification.read_at = notification.read_at or clock.now()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/read-all", status_code=status.HTTP_204_NO_CONTENT)
async def mark_all_read(principal: CurrentPrincipal, db: SessionDep, clock: ClockDep) -> Response:
    """Mark all my notifications as read."""
    await db.execute(
        update(Notification)
        .where(Notification.user_id == principal.id, Notification.read_at.is_(None))
        .values(read_at=clock.now())
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)
