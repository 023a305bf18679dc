from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, IdMixin


class LoginFailure(IdMixin, Base):
    """A failed login, kept for throttling. Keys are keyed hashes: no address or IP in clear."""

    __tablename__ = "login_failures"

    account_key: Mapped[str] = mapped_column(String(64))
    client_key: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_login_failures_account_key_occurred_at", "account_key", "occurred_at"),
        Index("ix_login_failures_client_key_occurred_at", "client_key", "occurred_at"),
    )
