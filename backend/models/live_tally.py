from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, SmallInteger
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base


class LiveTally(Base):
    """One count of one question: how many chose an option or a value, answered, or skipped.

    Closed answers are stored only as these counts, never as a row of their own, and every answer
    rewrites all of its question's counts, so no row says what the last person chose
    (ADR 0007). Buckets: `live.tallies`."""

    __tablename__ = "live_tallies"

    question_id: Mapped[int] = mapped_column(
        ForeignKey("live_questions.id", ondelete="CASCADE"), primary_key=True
    )
    bucket: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)

    # SQLite stores such a table in key order with no rowid to date its rows.
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - SQLAlchemy's own attribute
