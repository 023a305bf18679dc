from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base


class LiveTextSet(Base):
    """All free-text or word-cloud answers to one question, as one row.

    `entries` is a list of `{"id", "text", "hidden"}` kept in the order of their random ids, so
    neither the row, its position nor the list's order tells who wrote what, or when (ADR 0007)."""

    __tablename__ = "live_text_sets"

    question_id: Mapped[int] = mapped_column(
        ForeignKey("live_questions.id", ondelete="CASCADE"), primary_key=True
    )
    entries: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - SQLAlchemy's own attribute
