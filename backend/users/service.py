"""Accounts: inviting people, changing roles and deactivating, each ending sessions as needed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.audit.service import record_user_event
from backend.auth.service import end_all_sessions, send_invitation
from backend.core.config import Settings
from backend.core.principal import Principal
from backend.core.security import hash_password
from backend.models import Organisation, User
from backend.models.enums import STAFF_ROLES, AuditAction, Locale, MemberRole, Role
from backend.organisations.working_group import claim_seat
from backend.users.errors import EmailTaken, InvalidRoleChange
from backend.users.policies import POLICY, WORKFLOW, UserAction, require_change_access
from backend.users.schemas import MeUpdate, UserUpdate


async def invite_user(
    db: AsyncSession,
    settings: Settings,
    *,
    inviter: Principal,
    email: str,
    full_name: str,
    role: Role,
    organisation: Organisation | None = None,
    member_role: MemberRole | None = None,
    now: datetime,
) -> User:
    """An account without a password and a mailed link to choose one; a member takes a seat."""
    if role is Role.MEMBER:
        if organisation is None:
            raise InvalidRoleChange("A member belongs to an organisation.")
        await claim_seat(db, settings, organisation.id)
    if await db.scalar(select(User.id).where(User.email == email.lower())) is not None:
        raise EmailTaken()
    user = User(
        email=email.lower(),
        full_name=full_name,
        password_hash=None,
        role=role,
        organisation_id=organisation.id if organisation else None,
        member_role=member_role,
        is_active=True,
        locale=inviter.user.locale if inviter.user.locale else Locale.SV,
        created_at=now,
        updated_at=now,
    )
    WORKFLOW.require_start(user.status)  # invited: no password until the link is used
    db.add(user)
    await db.flush()
    await send_invitation(
        db, settings, user=user, inviter=inviter, organisation=organisation, now=now
    )
    return user


async def create_account(
    db: AsyncSession,
    settings: Settings,
    *,
    email: str,
    password: str,
    full_name: str,
    role: Role,
    organisation_id: int | None = None,
    member_role: MemberRole | None = None,
    now: datetime,
) -> User:
    """An account that can log in at once, for an operator (`jamlik create-user`): the same rules
    as an invitation, so a member needs an existing organisation with room in its working group."""
    if (role is Role.MEMBER) != (organisation_id is not None):
        raise InvalidRoleChange("A member belongs to an organisation, and only a member does.")
    if role is not Role.MEMBER and member_role is not None:
        raise InvalidRoleChange("Only working-group members are a lead or a member.")
    if organisation_id is not None:
        await claim_seat(db, settings, organisation_id)
    if await db.scalar(select(User.id).where(User.email == email.lower())) is not None:
        raise EmailTaken()
    user = User(
        email=email.lower(),
        full_name=full_name,
        password_hash=hash_password(password),
        role=role,
        organisation_id=organisation_id,
        member_role=(member_role or MemberRole.MEMBER) if role is Role.MEMBER else None,
        is_active=True,
        locale=Locale.SV,
        created_at=now,
        updated_at=now,
    )
    WORKFLOW.require_start(user.status)  # active: it has its password already
    db.add(user)
    await db.flush()
    record_user_event(
        db,
        at=now,
        action=AuditAction.USER_CREATED,
        actor_id=None,
        user=user,
        data={"role": role.value, "member_role": user.member_role and user.member_role.value},
    )
    return user


async def update_user(
    db: AsyncSession,
    settings: Settings,
    *,
    actor: Principal,
    user: User,
    changes: UserUpdate,
    now: datetime,
) -> User:
    POLICY.require(actor, UserAction.UPDATE)
    if changes.full_name is not None:
        user.full_name = changes.full_name
    if changes.role is not None and changes.role is not user.role:
        require_change_access(actor, user.id)
        if user.role not in STAFF_ROLES or changes.role not in STAFF_ROLES:
            raise InvalidRoleChange()
        record_user_event(
            db,
            at=now,
            action=AuditAction.ROLE_CHANGED,
            actor_id=actor.id,
            user=user,
            data={"from": user.role.value, "to": changes.role.value},
        )
        user.role = changes.role
        await end_all_sessions(db, user.id, now=now, reason="role_changed")
    if changes.is_active is not None and changes.is_active != user.is_active:
        require_change_access(actor, user.id)
        if changes.is_active and user.role is Role.MEMBER and user.organisation_id is not None:
            # Back in the working group: a seat like any new member's.
            await claim_seat(db, settings, user.organisation_id)
        current = user.status
        user.is_active = changes.is_active
        WORKFLOW.require_move(current, user.status)
        action = AuditAction.USER_REACTIVATED if changes.is_active else AuditAction.USER_DEACTIVATED
        record_user_event(
            db,
            at=now,
            action=action,
            actor_id=actor.id,
            user=user,
        )
        if not changes.is_active:
            await end_all_sessions(db, user.id, now=now, reason="deactivated")
    user.updated_at = now
    return user


def update_me(user: User, changes: MeUpdate, now: datetime) -> User:
    if changes.full_name is not None:
        user.full_name = changes.full_name
    if changes.locale is not None:
        user.locale = changes.locale
    if changes.notify_by_mail is not None:
        user.notify_by_mail = changes.notify_by_mail
    user.updated_at = now
    return user
