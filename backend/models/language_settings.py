from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, IdMixin


class LanguageSettings(Base):
    """An organisation's choices for the language checker; each review records them."""

    __tablename__ = "language_settings"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
    # "han eller hon" is flagged only when the organisation writes for more than two genders.
    non_binary: Mapped[bool] = mapped_column(Boolean, default=False)
    disabled_groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class AcceptedTerm(IdMixin, Base):
    """A term the organisation keeps, with its reason (a law's wording, its own name …)."""

    __tablename__ = "accepted_terms"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    term: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    __table_args__ = (UniqueConstraint("organisation_id", "term", name="uq_accepted_term"),)
