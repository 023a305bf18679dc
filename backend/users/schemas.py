from __future__ import annotations

from datetime import datetime

from backend.core.schemas import Email, Name, ReadSchema, Schema
from backend.models.enums import Locale, MemberRole, Role, UserStatus
from backend.users.policies import UserAction


class UserRead(ReadSchema):
    id: int
    email: str
    full_name: str
    role: Role
    organisation_id: int | None
    member_role: MemberRole | None
    is_active: bool
    locale: Locale
    last_login_at: datetime | None
    created_at: datetime
    status: UserStatus
    notify_by_mail: bool = True


class AccountRead(UserRead):
    """An account in the admin's views (`/users`), with what the caller may do with it."""

    allowed_actions: list[UserAction]


class StaffCreate(Schema):
    email: Email
    full_name: Name
    role: Role


class UserUpdate(Schema):
    full_name: Name | None = None
    role: Role | None = None
    is_active: bool | None = None


class MeUpdate(Schema):
    full_name: Name | None = None
    locale: Locale | None = None
    notify_by_mail: bool | None = None
