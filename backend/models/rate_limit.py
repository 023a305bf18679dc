from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base


class RateLimit(Base):
    """One person's allowance for one kind of write, as a token bucket in one instant: the bucket
    is full again at ``full_at``. In the database, so every worker sees the same allowance."""

    __tablename__ = "rate_limits"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    action: Mapped[str] = mapped_column(String(40), primary_key=True)
    full_at: Mapped[datetime]
