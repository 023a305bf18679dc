from __future__ import annotations

from sqlalchemy import ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base

# A question has at most 10 options (live.schemas.Options); a scale's values 1–5 count in 0–4.
CHOICE_COLUMNS = tuple(f"chose_{i}" for i in range(10))


class LiveTally(Base):
    """The counts of one question, its only record of closed answers: how many answered, how many
    skipped, and how many chose each option or value. An answer adds to it, so no row ever holds
    one person's answer, and one row per question means every answer rewrites the whole of it
    (ADR 0007)."""

    __tablename__ = "live_tallies"

    question_id: Mapped[int] = mapped_column(
        ForeignKey("live_questions.id", ondelete="CASCADE"), primary_key=True
    )
    answered: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    chose_0: Mapped[int] = mapped_column(Integer, default=0)
    chose_1: Mapped[int] = mapped_column(Integer, default=0)
    chose_2: Mapped[int] = mapped_column(Integer, default=0)
    chose_3: Mapped[int] = mapped_column(Integer, default=0)
    chose_4: Mapped[int] = mapped_column(Integer, default=0)
    chose_5: Mapped[int] = mapped_column(Integer, default=0)
    chose_6: Mapped[int] = mapped_column(Integer, default=0)
    chose_7: Mapped[int] = mapped_column(Integer, default=0)
    chose_8: Mapped[int] = mapped_column(Integer, default=0)
    chose_9: Mapped[int] = mapped_column(Integer, default=0)

    # SQLite stores such a table in key order with no rowid to date its rows.
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - SQLAlchemy's own attribute
