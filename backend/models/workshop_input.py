from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, IdMixin, str_enum
from backend.models.enums import QuestionKind


class WorkshopInput(IdMixin, Base):
    """Aggregated results of a moment 2 or 3 exercise attached to a workshop as input for the
    action plan: a snapshot of counts, never an individual answer."""

    __tablename__ = "workshop_inputs"

    working_session_id: Mapped[int] = mapped_column(
        ForeignKey("working_sessions.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int | None] = mapped_column(
        ForeignKey("live_questions.id", ondelete="SET NULL")
    )
    prompt: Mapped[str] = mapped_column(String(500))
    kind: Mapped[QuestionKind] = mapped_column(str_enum(QuestionKind, "question_kind"))
    moment: Mapped[int] = mapped_column(Integer)
    training_date: Mapped[date] = mapped_column(Date)
    answer_count: Mapped[int] = mapped_column(Integer)
    results: Mapped[dict[str, Any]] = mapped_column(JSON)
    attached_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    attached_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("working_session_id", "question_id"),)
