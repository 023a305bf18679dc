from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, IdMixin, TimestampMixin, str_enum
from backend.models.enums import Locale, MemberRole, Role, UserStatus


class User(IdMixin, TimestampMixin, Base):
    """Staff (admin, trainer, auditor) or a working-group member of one organisation.

    Participants in live exercises never get a row here: they are anonymous by construction.
    """

    __tablename__ = "users"

    email: Mapped[str] = mapped_column(String(254), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    # Empty until an invitation is accepted: nobody can log in to an invited account.
    password_hash: Mapped[str | None] = mapped_column(String(255))
    role: Mapped[Role] = mapped_column(str_enum(Role, "role"))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    member_role: Mapped[MemberRole | None] = mapped_column(str_enum(MemberRole, "member_role"))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    locale: Mapped[Locale] = mapped_column(str_enum(Locale, "locale"), default=Locale.SV)
    last_login_at: Mapped[datetime | None]
    # In-app notifications always; mail too unless the person turns it off.
    notify_by_mail: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own attribute

    @property
    def status(self) -> UserStatus:
        if not self.is_active:
            return UserStatus.DEACTIVATED
        return UserStatus.INVITED if self.password_hash is None else UserStatus.ACTIVE
