from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base


class LiveRespondent(Base):
    """That some device has answered (or skipped) a question, so it cannot answer twice.

    Nothing of the answer is here: `respondent_key` is a hash of the question and the device's
    token, different for each question, and the answer itself went into the question's counts."""

    __tablename__ = "live_respondents"

    question_id: Mapped[int] = mapped_column(
        ForeignKey("live_questions.id", ondelete="CASCADE"), primary_key=True
    )
    respondent_key: Mapped[str] = mapped_column(String(64), primary_key=True)

    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - SQLAlchemy's own attribute
