from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from backend.audit.schemas import AuditEventRead
from backend.auth.permissions import AdminUser
from backend.core.db import SessionDep
from backend.core.pagination import Page, PageDep, paginate
from backend.models import AuditEvent
from backend.models.enums import AuditAction

router = APIRouter(prefix="/audit-events", tags=["audit"])


@router.get("", response_model=Page[AuditEventRead])
async def list_audit_events(
    session: SessionDep,
    _admin: AdminUser,
    params: PageDep,
    action: AuditAction | None = None,
) -> Page[AuditEventRead]:
    """The security audit log, newest first (admins only)."""
    stmt = select(AuditEvent).order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
    if action is not None:
        stmt = stmt.where(AuditEvent.action == action)
    items, total = await paginate(session, stmt, params)
    return Page[AuditEventRead](
        items=[AuditEventRead.model_validate(e) for e in items],
        total=total,
        page=params.page,
        page_size=params.page_size,
    )
