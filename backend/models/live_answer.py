from __future__ import annotations

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base


class LiveAnswer(Base):
    """One participant's answer to one question, anonymous by construction (docs/live.md):
    no user, no address, no user agent, no time. The id is random, so neither it nor the order of
    rows says who answered when; `respondent_key` is a hash of the device's token *and* the
    question, so one device's answers to different questions cannot be linked to each other."""

    __tablename__ = "live_answers"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("live_questions.id", ondelete="CASCADE"), index=True
    )
    respondent_key: Mapped[str] = mapped_column(String(64))
    skipped: Mapped[bool] = mapped_column(default=False)
    choices: Mapped[list[int] | None] = mapped_column(JSON)
    value: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)
    hidden: Mapped[bool] = mapped_column(default=False)  # kept off the projector by the trainer

    __table_args__ = (UniqueConstraint("question_id", "respondent_key"),)
