"""User queries. Only admins list users; members are listed through their organisation."""

from __future__ import annotations

from sqlalchemy import Select, func, or_, select

from backend.models import User
from backend.models.enums import Role


def user_list(role: Role | None, q: str | None) -> Select[User]:
    stmt = select(User).order_by(User.full_name, User.id)
    if role is not None:
        stmt = stmt.where(User.role == role)
    if q:
        needle = q.lower()
        stmt = stmt.where(
            or_(
                User.email.contains(needle, autoescape=True),
                func.lower(User.full_name).contains(needle, autoescape=True),
            )
        )
    return stmt
