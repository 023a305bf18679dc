from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status
from sqlalchemy import select

from backend.auth.permissions import CurrentPrincipal
from backend.certifications import repository as repo
from backend.certifications import service
from backend.certifications.repository import CertificationAccess
from backend.certifications.schemas import (
    CancelRequest,
    CertificationCreate,
    CertificationEvent,
    CertificationRead,
    CertificationUpdate,
)
from backend.core.clock import ClockDep
from backend.core.db import SessionDep
from backend.core.pagination import Page, PageDep, paginate_rows
from backend.core.schemas import ObjectId
from backend.models import AuditEvent, User
from backend.models.enums import AuditAction, CertificationStatus

router = APIRouter(prefix="/certifications", tags=["certifications"])


async def _read(db: SessionDep, access: CertificationAccess) -> CertificationRead:
    facts = await repo.facts_for(db, [access.certification.id])
    return service.read_model(
        access.principal, access.certification, access.organisation_name, facts
    )


@router.get("", response_model=Page[CertificationRead])
async def list_certifications(
    principal: CurrentPrincipal,
    db: SessionDep,
    params: PageDep,
    status: CertificationStatus | None = None,
    organisation_id: Annotated[int | None, Query(ge=1, le=2_147_483_647)] = None,
) -> Page[CertificationRead]:
    """Certifications you may see: trainers their own, members their organisation's."""
    stmt = repo.certification_list(principal, status=status, organisation_id=organisation_id)
    rows, total = await paginate_rows(db, stmt, params)
    facts = await repo.facts_for(db, [c.id for c, _name in rows])
    return Page[CertificationRead](
        items=[service.read_model(principal, c, name, facts) for c, name in rows],
        total=total,
        page=params.page,
        page_size=params.page_size,
    )


@router.post("", response_model=CertificationRead, status_code=status.HTTP_201_CREATED)
async def open_certification(
    body: CertificationCreate, admin: CurrentPrincipal, db: SessionDep, clock: ClockDep
) -> CertificationRead:
    """Open a certification for an organisation and assign its trainers (admins only)."""
    certification = await service.open_certification(db, admin, body, clock.now())
    return await _read(db, await repo.get_visible(db, admin, certification.id))


@router.get("/{certification_id}", response_model=CertificationRead)
async def read_certification(
    certification_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> CertificationRead:
    """One certification with its trainers, held moments, plan status and certificate."""
    return await _read(db, await repo.get_visible(db, principal, certification_id))


@router.patch("/{certification_id}", response_model=CertificationRead)
async def update_certification(
    certification_id: ObjectId,
    body: CertificationUpdate,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
) -> CertificationRead:
    """Change trainers, group size or scope (admins); send the version you read."""
    access = await repo.get_visible(db, principal, certification_id, for_update=True)
    current = await _read(db, access)
    await service.update_certification(db, access, body, current, clock.now())
    return await _read(db, await repo.get_visible(db, principal, certification_id))


@router.post("/{certification_id}/cancel", response_model=CertificationRead)
async def cancel_certification(
    certification_id: ObjectId,
    body: CancelRequest,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
) -> CertificationRead:
    """Cancel a certification that has not been certified (admins)."""
    access = await repo.get_visible(db, principal, certification_id, for_update=True)
    service.cancel(db, access, body.reason, clock.now())
    return await _read(db, access)


@router.get("/{certification_id}/events", response_model=list[CertificationEvent])
async def certification_events(
    certification_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> list[CertificationEvent]:
    """The status history: who moved it, when, from what to what, and why."""
    await repo.get_visible(db, principal, certification_id)
    rows = await db.execute(
        select(AuditEvent, User.full_name)
        .outerjoin(User, User.id == AuditEvent.actor_id)
        .where(
            AuditEvent.object_type == "certification",
            AuditEvent.object_id == str(certification_id),
            AuditEvent.action.in_(
                [AuditAction.CERTIFICATION_OPENED, AuditAction.CERTIFICATION_TRANSITION]
            ),
        )
        .order_by(AuditEvent.occurred_at, AuditEvent.id)
    )
    return [
        CertificationEvent(
            at=event.occurred_at,
            actor_name=name,
            from_status=event.data.get("from"),
            to_status=event.data["to"],
            reason=event.data.get("reason"),
        )
        for event, name in rows
    ]
