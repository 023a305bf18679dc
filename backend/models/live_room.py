from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, IdMixin, TimestampMixin, str_enum
from backend.models.enums import RoomStatus


class LiveRoom(IdMixin, TimestampMixin, Base):
    """The live session of one training day: participants join with its short code."""

    __tablename__ = "live_rooms"

    training_day_id: Mapped[int] = mapped_column(
        ForeignKey("training_days.id", ondelete="CASCADE"), unique=True
    )
    join_code: Mapped[str] = mapped_column(String(8), unique=True)
    evaluation_code: Mapped[str] = mapped_column(String(16), unique=True)
    status: Mapped[RoomStatus] = mapped_column(str_enum(RoomStatus, "room_status"))
    # The question on the projector; no foreign key, which would make the two tables a cycle.
    current_question_id: Mapped[int | None] = mapped_column(Integer)
    evaluation_open: Mapped[bool] = mapped_column(default=False)
    evaluation_closes_at: Mapped[datetime | None]
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
