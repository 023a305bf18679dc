from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import select

from backend.audit.policies import POLICY, AuditLogAction
from backend.audit.schemas import AuditEventRead
from backend.auth.policy_guard import allowed_to
from backend.core.db import SessionDep
from backend.core.pagination import Page, PageDep, paginate
from backend.core.principal import Principal
from backend.models import AuditEvent
from backend.models.enums import AuditAction

router = APIRouter(prefix="/audit-events", tags=["audit"])

# Refused before anything is read, as the admin-only guard this replaces did.
AuditReader = Annotated[Principal, Depends(allowed_to(POLICY, AuditLogAction.READ))]


@router.get("", response_model=Page[AuditEventRead])
async def list_audit_events(
    session: SessionDep,
    _admin: AuditReader,
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
