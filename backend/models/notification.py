from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, IdMixin


class Notification(IdMixin, Base):
    """An in-app notification. The key makes each reminder exist once per person, however many
    scheduler runs or workers try to create it."""

    __tablename__ = "notifications"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    link: Mapped[str] = mapped_column(String(200))
    dedupe_key: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    read_at: Mapped[datetime | None]

    __table_args__ = (UniqueConstraint("user_id", "dedupe_key", name="uq_notification_key"),)
