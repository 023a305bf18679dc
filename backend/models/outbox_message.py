from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, IdMixin


class OutboxMessage(IdMixin, Base):
    """A mail written in the same transaction as the change that caused it, sent afterwards.

    Pending while neither ``sent_at`` nor ``failed_at`` is set; ``last_error`` is the reason of the
    latest failed attempt. A failed message stays failed until an admin retries it.
    """

    __tablename__ = "outbox_messages"

    to_address: Mapped[str] = mapped_column(String(254))
    # The recipient's name for the To header (encoded when the mail is written).
    to_name: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text)
    # The same key twice is the same mail: a retried job cannot send it twice.
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime]
    next_attempt_at: Mapped[datetime] = mapped_column(index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None] = mapped_column(index=True)
    failed_at: Mapped[datetime | None] = mapped_column(index=True)
    last_error: Mapped[str | None] = mapped_column(String(500))
