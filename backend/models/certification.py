from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, IdMixin, TimestampMixin, str_enum
from backend.models.enums import CertificationStatus


class Certification(IdMixin, TimestampMixin, Base):
    """One cycle of one organisation, from the agreement to the certificate (and, later, beyond)."""

    __tablename__ = "certifications"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[CertificationStatus] = mapped_column(
        str_enum(CertificationStatus, "certification_status"), index=True
    )
    # The size of the training group, for planning rooms and reading evaluations.
    group_size: Mapped[int | None] = mapped_column(Integer)
    scope: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[datetime]
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # Re-certification continues the work in a next cycle, built on this one's plan.
    cycle: Mapped[int] = mapped_column(Integer, default=1)
    previous_certification_id: Mapped[int | None] = mapped_column(
        ForeignKey("certifications.id", ondelete="SET NULL"), unique=True
    )
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own attribute


class CertificationTrainer(Base):
    """A trainer assigned to a certification: they plan its training and review its plan."""

    __tablename__ = "certification_trainers"

    certification_id: Mapped[int] = mapped_column(
        ForeignKey("certifications.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    assigned_at: Mapped[datetime]
