from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base


class RetiredRefreshToken(Base):
    """A refresh token its session has rotated away from (the hash, never the token).

    It never works again; presenting it again means someone else holds the session's tokens, so
    the session ends (ADR 0002). Kept as long as its session, whose pruning deletes it.
    """

    __tablename__ = "retired_refresh_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("auth_sessions.id", ondelete="CASCADE"), index=True
    )
    retired_at: Mapped[datetime]
