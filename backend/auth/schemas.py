from __future__ import annotations

from backend.core.schemas import Email, Name, Password, Schema, TokenText
from backend.models.enums import MemberRole, Role
from backend.users.me import MeRead


class TokenResponse(Schema):
    access_token: str
    token_type: str = "bearer"  # noqa: S105 - the OAuth2 token type, not a secret
    expires_in: int
    # The caller with what they may do, as GET /users/me gives it: the SPA keeps it as "me".
    user: MeRead


class PasswordResetRequest(Schema):
    email: Email


class PasswordResetConfirm(Schema):
    token: TokenText
    new_password: Password


class InvitationRead(Schema):
    email: str
    full_name: str
    role: Role
    member_role: MemberRole | None
    organisation_name: str | None


class InvitationAccept(Schema):
    token: TokenText
    full_name: Name
    password: Password


class PasswordChange(Schema):
    current_password: Password
    new_password: Password
