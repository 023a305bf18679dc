"""Callers for the pure policy tests: a Principal over a transient User, no database."""

from __future__ import annotations

from backend.core.principal import Principal
from backend.models import User
from backend.models.enums import MemberRole, Role


def principal(role: str, *, organisation_id: int | None = None, user_id: int = 1) -> Principal:
    """`role` is admin, auditor, trainer, lead or member (a lead is a member who leads)."""
    is_member = role in {"lead", "member"}
    user = User(
        id=user_id,
        role=Role.MEMBER if is_member else Role(role),
        organisation_id=organisation_id if is_member else None,
        member_role=MemberRole(role) if is_member else None,
    )
    return Principal(user=user, session_id="test")
