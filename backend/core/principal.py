"""Who is calling: the user behind a valid, unrevoked session."""

from __future__ import annotations

from dataclasses import dataclass

from backend.models import User
from backend.models.enums import STAFF_ROLES, MemberRole, Role


@dataclass(frozen=True)
class Principal:
    user: User
    session_id: str

    @property
    def id(self) -> int:
        return self.user.id

    @property
    def role(self) -> Role:
        return self.user.role

    @property
    def is_admin(self) -> bool:
        return self.user.role is Role.ADMIN

    @property
    def is_staff(self) -> bool:
        return self.user.role in STAFF_ROLES

    @property
    def organisation_id(self) -> int | None:
        return self.user.organisation_id

    def leads(self, organisation_id: int) -> bool:
        return (
            self.user.role is Role.MEMBER
            and self.user.organisation_id == organisation_id
            and self.user.member_role is MemberRole.LEAD
        )
