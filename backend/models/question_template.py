from __future__ import annotations

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, IdMixin, str_enum
from backend.models.enums import QuestionKind, QuestionPurpose


class QuestionTemplate(IdMixin, Base):
    """The bank: exercises per moment and the standard evaluation questions, edited by admins.
    Opening a live room copies them; later edits never change a room already opened."""

    __tablename__ = "question_templates"

    purpose: Mapped[QuestionPurpose] = mapped_column(str_enum(QuestionPurpose, "question_purpose"))
    moment: Mapped[int | None] = mapped_column(Integer)  # null for evaluation questions
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[QuestionKind] = mapped_column(str_enum(QuestionKind, "question_kind"))
    prompt: Mapped[str] = mapped_column(String(500))
    options: Mapped[list[str]] = mapped_column(JSON, default=list)
