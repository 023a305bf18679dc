"""Organisations and their working groups."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.audit.service import record, record_user_event
from backend.auth.service import end_all_sessions
from backend.core.config import Settings
from backend.core.errors import NotFound, VersionConflict
from backend.core.principal import Principal
from backend.models import Organisation, User
from backend.models.enums import AuditAction, Role
from backend.organisations import policies
from backend.organisations.errors import CannotRemoveSelf, OrganisationNumberTaken
from backend.organisations.policies import POLICY, OrganisationAction
from backend.organisations.schemas import (
    MemberInvite,
    OrganisationCreate,
    OrganisationRead,
    OrganisationUpdate,
)
from backend.users.policies import WORKFLOW
from backend.users.service import invite_user

_COMPUTED = frozenset({"member_count", "allowed_actions"})


def read_model(
    principal: Principal, organisation: Organisation, member_count: int
) -> OrganisationRead:
    return OrganisationRead.model_validate(
        {
            **{
                k: getattr(organisation, k)
                for k in OrganisationRead.model_fields
                if k not in _COMPUTED
            },
            "member_count": member_count,
            "allowed_actions": policies.allowed(principal, organisation.id),
        }
    )


async def create(
    db: AsyncSession, principal: Principal, body: OrganisationCreate, now: datetime
) -> Organisation:
    POLICY.require(principal, OrganisationAction.CREATE)
    taken = await db.scalar(
        select(Organisation.id).where(Organisation.org_number == body.org_number)
    )
    if taken is not None:
        raise OrganisationNumberTaken()
    organisation = Organisation(**body.model_dump(), created_at=now, updated_at=now)
    db.add(organisation)
    await db.flush()
    record(
        db,
        at=now,
        action=AuditAction.ORGANISATION_CREATED,
        actor_id=principal.id,
        object_type="organisation",
        object_id=organisation.id,
        organisation_id=organisation.id,
        data={"name": organisation.name},
    )
    return organisation


async def update(
    db: AsyncSession,
    principal: Principal,
    organisation: Organisation,
    member_count: int,
    body: OrganisationUpdate,
    now: datetime,
) -> Organisation:
    POLICY.require(principal, OrganisationAction.UPDATE, policies.subject(organisation.id))
    if body.version != organisation.version:
        raise VersionConflict(
            read_model(principal, organisation, member_count).model_dump(mode="json")
        )
    changes: dict[str, Any] = body.model_dump(exclude_unset=True, exclude={"version"})
    changed = {k: v for k, v in changes.items() if v is not None and getattr(organisation, k) != v}
    for key, value in changed.items():
        setattr(organisation, key, value)
    if changed:
        organisation.updated_at = now
        record(
            db,
            at=now,
            action=AuditAction.ORGANISATION_UPDATED,
            actor_id=principal.id,
            object_type="organisation",
            object_id=organisation.id,
            organisation_id=organisation.id,
            data={"fields": sorted(changed)},
        )
        await db.flush()
    return organisation


async def invite_member(
    db: AsyncSession,
    settings: Settings,
    principal: Principal,
    organisation: Organisation,
    body: MemberInvite,
    now: datetime,
) -> User:
    """The new member takes a seat: 409 `working_group_full` when the group is full."""
    POLICY.require(principal, OrganisationAction.INVITE_MEMBER, policies.subject(organisation.id))
    return await invite_user(
        db,
        settings,
        inviter=principal,
        email=body.email,
        full_name=body.full_name,
        role=Role.MEMBER,
        organisation=organisation,
        member_role=body.member_role,
        now=now,
    )


async def remove_member(
    db: AsyncSession, principal: Principal, organisation: Organisation, user_id: int, now: datetime
) -> None:
    POLICY.require(principal, OrganisationAction.REMOVE_MEMBER, policies.subject(organisation.id))
    member = await db.scalar(
        select(User).where(
            User.id == user_id,
            User.organisation_id == organisation.id,
            User.role == Role.MEMBER,
            User.is_active.is_(True),
        )
    )
    if member is None:
        raise NotFound()
    if member.id == principal.id:
        raise CannotRemoveSelf()
    current = member.status
    member.is_active = False
    WORKFLOW.require_move(current, member.status)
    member.updated_at = now
    await end_all_sessions(db, member.id, now=now, reason="removed_from_organisation")
    record_user_event(
        db,
        at=now,
        action=AuditAction.MEMBER_REMOVED,
        actor_id=principal.id,
        user=member,
    )
