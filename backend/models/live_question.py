from __future__ import annotations

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, IdMixin, str_enum
from backend.models.enums import QuestionKind, QuestionPurpose, QuestionState


class LiveQuestion(IdMixin, Base):
    """A question of one room, copied from the bank (template_id) or written for the day."""

    __tablename__ = "live_questions"

    room_id: Mapped[int] = mapped_column(
        ForeignKey("live_rooms.id", ondelete="CASCADE"), index=True
    )
    # Evaluation results across days and certifications are grouped by the template.
    template_id: Mapped[int | None] = mapped_column(
        ForeignKey("question_templates.id", ondelete="SET NULL"), index=True
    )
    purpose: Mapped[QuestionPurpose] = mapped_column(str_enum(QuestionPurpose, "question_purpose"))
    moment: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[QuestionKind] = mapped_column(str_enum(QuestionKind, "question_kind"))
    prompt: Mapped[str] = mapped_column(String(500))
    options: Mapped[list[str]] = mapped_column(JSON, default=list)
    state: Mapped[QuestionState] = mapped_column(str_enum(QuestionState, "question_state"))
    show_results: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own attribute
