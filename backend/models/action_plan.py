from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, IdMixin, str_enum
from backend.models.enums import CommentTarget, PlanStatus, PlanVersionKind


class ActionPlan(IdMixin, Base):
    """The working group's plan, one per certification, edited as one versioned document.

    ``version`` counts saved versions; every one is kept in ``action_plan_versions``.
    """

    __tablename__ = "action_plans"

    certification_id: Mapped[int] = mapped_column(
        ForeignKey("certifications.id", ondelete="CASCADE"), unique=True
    )
    status: Mapped[PlanStatus] = mapped_column(str_enum(PlanStatus, "plan_status"))
    version: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class ActionPlanVersion(IdMixin, Base):
    """Every saved version of a plan, so that history and diffs never lose anything."""

    __tablename__ = "action_plan_versions"

    plan_id: Mapped[int] = mapped_column(ForeignKey("action_plans.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[PlanVersionKind] = mapped_column(str_enum(PlanVersionKind, "plan_version_kind"))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[datetime]
    saved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    # The same version number twice would be two people winning one race: the database refuses.
    __table_args__ = (UniqueConstraint("plan_id", "version", "kind", name="uq_plan_version_kind"),)


class PlanComment(IdMixin, Base):
    """A trainer's comment on the plan or on one goal or activity, or the group's answer."""

    __tablename__ = "plan_comments"

    plan_id: Mapped[int] = mapped_column(ForeignKey("action_plans.id", ondelete="CASCADE"))
    target: Mapped[CommentTarget] = mapped_column(str_enum(CommentTarget, "comment_target"))
    target_id: Mapped[str | None] = mapped_column(String(64))
    reply_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_comments.id", ondelete="CASCADE")
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)
    plan_version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]

    # Pages of a plan's comments are read in this order.
    __table_args__ = (Index("ix_plan_comments_plan_id_created_at", "plan_id", "created_at", "id"),)
