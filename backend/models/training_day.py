from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, IdMixin, TimestampMixin, str_enum
from backend.models.enums import TrainingDayStatus


class TrainingDay(IdMixin, TimestampMixin, Base):
    """A training day holding one moment (half day) or two consecutive ones (full day)."""

    __tablename__ = "training_days"

    certification_id: Mapped[int] = mapped_column(
        ForeignKey("certifications.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date)
    first_moment: Mapped[int] = mapped_column(Integer)
    last_moment: Mapped[int] = mapped_column(Integer)
    status: Mapped[TrainingDayStatus] = mapped_column(
        str_enum(TrainingDayStatus, "training_day_status")
    )
    participant_count: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    cancel_reason: Mapped[str | None] = mapped_column(String(500))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own attribute
    __table_args__ = (
        CheckConstraint(
            "first_moment BETWEEN 1 AND 3 AND last_moment - first_moment IN (0, 1) "
            "AND last_moment <= 3",
            name="moments",
        ),
    )

    @property
    def moments(self) -> list[int]:
        return list(range(self.first_moment, self.last_moment + 1))
