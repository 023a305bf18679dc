from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, IdMixin, str_enum
from backend.models.enums import FindingStatus


class DocumentFinding(IdMixin, Base):
    """What the checker found in a version, and the trainer's decision on it.

    A new version carries decisions forward: a finding of the same rule in the same normalised
    context (`context_key`) keeps its status. A finding of an earlier version that no longer
    occurs gets `resolved_in_version` instead."""

    __tablename__ = "document_findings"

    version_id: Mapped[int] = mapped_column(
        ForeignKey("document_versions.id", ondelete="CASCADE"), index=True
    )
    rule_id: Mapped[str] = mapped_column(String(80))
    ground: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(10))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(200))
    term: Mapped[str] = mapped_column(String(200))
    context_key: Mapped[str] = mapped_column(String(400))
    status: Mapped[FindingStatus] = mapped_column(str_enum(FindingStatus, "finding_status"))
    note: Mapped[str] = mapped_column(Text, default="")
    chosen_suggestion: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None]
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # The finding of the previous version this one continues, when it does.
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_findings.id", ondelete="SET NULL")
    )
    resolved_in_version: Mapped[int | None] = mapped_column(Integer)


class DocumentComment(IdMixin, Base):
    """A trainer's comment on a passage of a version: perspective is more than words."""

    __tablename__ = "document_comments"

    version_id: Mapped[int] = mapped_column(
        ForeignKey("document_versions.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]
