from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response, status

from backend.auth import service as auth_service
from backend.auth.cookies import clear_session_cookies
from backend.auth.permissions import CurrentPrincipal
from backend.auth.policy_guard import allowed_to
from backend.auth.schemas import PasswordChange
from backend.core.clock import ClockDep
from backend.core.db import SessionDep
from backend.core.deps import SettingsDep
from backend.core.errors import NotFound
from backend.core.pagination import Page, PageDep, paginate
from backend.core.principal import Principal
from backend.core.schemas import ObjectId, SearchText
from backend.models import User
from backend.models.enums import Role
from backend.users import policies, service
from backend.users.errors import InvalidRoleChange
from backend.users.me import MeRead
from backend.users.me import read_me as me_read_model
from backend.users.policies import POLICY, UserAction
from backend.users.repository import user_list
from backend.users.schemas import AccountRead, MeUpdate, StaffCreate, UserRead, UserUpdate

router = APIRouter(prefix="/users", tags=["users"])

# Refused before the body is read or the account looked up, as the admin-only guard this
# replaces did; changing one account is asked again of the policy by the service.
AccountManager = Annotated[Principal, Depends(allowed_to(POLICY, UserAction.MANAGE))]


def _account(principal: Principal, user: User) -> AccountRead:
    account = UserRead.model_validate(user).model_dump()
    return AccountRead(**account, allowed_actions=policies.allowed(principal, user.id))


@router.get("/me", response_model=MeRead)
async def read_me(principal: CurrentPrincipal) -> MeRead:
    """The logged-in user, with what they may do beyond any one resource."""
    return me_read_model(principal)


@router.patch("/me", response_model=MeRead)
async def update_me(body: MeUpdate, principal: CurrentPrincipal, clock: ClockDep) -> MeRead:
    """Change my name or language."""
    service.update_me(principal.user, body, clock.now())
    return me_read_model(principal)


@router.post("/me/password", status_code=status.HTTP_204_NO_CONTENT)
async def change_my_password(
    body: PasswordChange,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> Response:
    """Change my password; every session of mine ends, this one included."""
    await auth_service.change_password(
        db, principal, current=body.current_password, new=body.new_password, now=clock.now()
    )
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    clear_session_cookies(response, settings)
    return response


@router.get("", response_model=Page[AccountRead])
async def list_users(
    admin: AccountManager,
    db: SessionDep,
    params: PageDep,
    role: Role | None = None,
    q: SearchText | None = None,
) -> Page[AccountRead]:
    """Every account, filtered by role or a search on name and email (admins only)."""
    items, total = await paginate(db, user_list(role, q), params)
    return Page[AccountRead](
        items=[_account(admin, u) for u in items],
        total=total,
        page=params.page,
        page_size=params.page_size,
    )


@router.post("", response_model=AccountRead, status_code=status.HTTP_201_CREATED)
async def invite_staff(
    body: StaffCreate,
    admin: AccountManager,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> UserRead:
    """Invite an admin, trainer or auditor by mail (members are invited by their organisation)."""
    if body.role is Role.MEMBER:
        raise InvalidRoleChange("Members are invited through their organisation.")
    user = await service.invite_user(
        db,
        settings,
        inviter=admin,
        email=body.email,
        full_name=body.full_name,
        role=body.role,
        now=clock.now(),
    )
    return _account(admin, user)


async def _get_user(db: SessionDep, user_id: int) -> User:
    user = await db.get(User, user_id)
    if user is None:
        raise NotFound()
    return user


@router.get("/{user_id}", response_model=AccountRead)
async def read_user(user_id: ObjectId, admin: AccountManager, db: SessionDep) -> AccountRead:
    """One account (admins only)."""
    return _account(admin, await _get_user(db, user_id))


@router.patch("/{user_id}", response_model=AccountRead)
async def update_user(
    user_id: ObjectId,
    body: UserUpdate,
    admin: AccountManager,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> UserRead:
    """Rename, change the staff role or (de)activate; role changes end the user's sessions."""
    user = await _get_user(db, user_id)
    user = await service.update_user(
        db, settings, actor=admin, user=user, changes=body, now=clock.now()
    )
    return _account(admin, user)
