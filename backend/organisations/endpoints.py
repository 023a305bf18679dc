from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response, status

from backend.auth.permissions import CurrentPrincipal
from backend.auth.policy_guard import allowed_to
from backend.core.clock import ClockDep
from backend.core.db import SessionDep
from backend.core.deps import SettingsDep
from backend.core.pagination import Page, PageDep, paginate_rows
from backend.core.principal import Principal
from backend.core.schemas import ObjectId, SearchText
from backend.models.enums import Sector
from backend.organisations import repository as repo
from backend.organisations import service
from backend.organisations.policies import POLICY, OrganisationAction
from backend.organisations.schemas import (
    MemberInvite,
    OrganisationCreate,
    OrganisationRead,
    OrganisationUpdate,
)
from backend.users.schemas import UserRead

router = APIRouter(prefix="/organisations", tags=["organisations"])

# Refused before the body is read, as the admin-only guard this replaces did.
Registrar = Annotated[Principal, Depends(allowed_to(POLICY, OrganisationAction.CREATE))]


@router.get("", response_model=Page[OrganisationRead])
async def list_organisations(
    principal: CurrentPrincipal,
    db: SessionDep,
    params: PageDep,
    q: SearchText | None = None,
    sector: Sector | None = None,
) -> Page[OrganisationRead]:
    """Organisations you may see (a member sees only their own), by name."""
    rows, total = await paginate_rows(db, repo.organisation_list(principal, q, sector), params)
    return Page[OrganisationRead](
        items=[service.read_model(principal, org, count) for org, count in rows],
        total=total,
        page=params.page,
        page_size=params.page_size,
    )


@router.post("", response_model=OrganisationRead, status_code=status.HTTP_201_CREATED)
async def create_organisation(
    body: OrganisationCreate, admin: Registrar, db: SessionDep, clock: ClockDep
) -> OrganisationRead:
    """Register an organisation (admins only); the organisation number must be valid and new."""
    organisation = await service.create(db, admin, body, clock.now())
    return service.read_model(admin, organisation, 0)


@router.get("/{organisation_id}", response_model=OrganisationRead)
async def read_organisation(
    organisation_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> OrganisationRead:
    """One organisation; another organisation's is a 404 for members."""
    organisation, count = await repo.get_visible(db, principal, organisation_id)
    return service.read_model(principal, organisation, count)


@router.patch("/{organisation_id}", response_model=OrganisationRead)
async def update_organisation(
    organisation_id: ObjectId,
    body: OrganisationUpdate,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
) -> OrganisationRead:
    """Change the organisation's details; send the version you read (409 when it is stale)."""
    organisation, count = await repo.get_visible(db, principal, organisation_id)
    organisation = await service.update(db, principal, organisation, count, body, clock.now())
    return service.read_model(principal, organisation, count)


@router.get("/{organisation_id}/members", response_model=list[UserRead])
async def list_members(
    organisation_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> list[UserRead]:
    """The working group: active and invited members."""
    await repo.get_visible(db, principal, organisation_id)
    return [UserRead.model_validate(u) for u in await repo.members_of(db, organisation_id)]


@router.post(
    "/{organisation_id}/invitations", response_model=UserRead, status_code=status.HTTP_201_CREATED
)
async def invite_member(
    organisation_id: ObjectId,
    body: MemberInvite,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> UserRead:
    """Invite a working-group member by mail (admins and the organisation's lead)."""
    organisation, _count = await repo.get_visible(db, principal, organisation_id)
    user = await service.invite_member(db, settings, principal, organisation, body, clock.now())
    return UserRead.model_validate(user)


@router.delete("/{organisation_id}/members/{user_id}", status_code=status.HTTP_204_NO_CONTENT)
async def remove_member(
    organisation_id: ObjectId,
    user_id: ObjectId,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
) -> Response:
    """Remove a member from the working group; their access ends at once."""
    organisation, _count = await repo.get_visible(db, principal, organisation_id)
    await service.remove_member(db, principal, organisation, user_id, clock.now())
    return Response(status_code=status.HTTP_204_NO_CONTENT)
