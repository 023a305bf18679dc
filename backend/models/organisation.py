from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, IdMixin, TimestampMixin, str_enum
from backend.models.enums import Sector


class Organisation(IdMixin, TimestampMixin, Base):
    """A certified organisation (verksamhet): the tenant boundary."""

    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(200), index=True)
    # Normalised to NNNNNN-NNNN; unique because one organisation is certified once.
    org_number: Mapped[str] = mapped_column(String(11), unique=True)
    sector: Mapped[Sector] = mapped_column(str_enum(Sector, "sector"))
    contact_name: Mapped[str] = mapped_column(String(200))
    contact_email: Mapped[str] = mapped_column(String(254))
    contact_phone: Mapped[str | None] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own attribute
