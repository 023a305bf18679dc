from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from backend.auth.policy_guard import allowed_to
from backend.core.clock import ClockDep
from backend.core.db import SessionDep
from backend.core.pagination import Page, PageDep, paginate
from backend.core.principal import Principal
from backend.core.schemas import ObjectId
from backend.mail import repository, service
from backend.mail.policies import POLICY, OutboxAction
from backend.mail.schemas import OutboxMessageRead, OutboxStatus

router = APIRouter(prefix="/outbox-messages", tags=["mail"])

# Refused before anything is read, as the admin-only guard this replaces did.
OutboxManager = Annotated[Principal, Depends(allowed_to(POLICY, OutboxAction.MANAGE))]


@router.get("", response_model=Page[OutboxMessageRead])
async def list_outbox_messages(
    _admin: OutboxManager,
    db: SessionDep,
    params: PageDep,
    status: OutboxStatus | None = None,
) -> Page[OutboxMessageRead]:
    """Mail not sent yet, failed or pending, with the reason of its last failure (admins only)."""
    items, total = await paginate(db, repository.unsent(status), params)
    return Page[OutboxMessageRead](
        items=[service.read_model(m) for m in items],
        total=total,
        page=params.page,
        page_size=params.page_size,
    )


@router.post(
    "/{message_id}/retry",
    response_model=OutboxMessageRead,
    responses={
        404: {"description": "outbox_message_not_found"},
        409: {"description": "mail_not_failed"},
    },
)
async def retry_outbox_message(
    message_id: ObjectId, admin: OutboxManager, db: SessionDep, clock: ClockDep
) -> OutboxMessageRead:
    """Send a failed mail again now (admins only)."""
    message = await service.retry(db, admin, message_id, clock.now())
    return service.read_model(message)
