from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, IdMixin, str_enum
from backend.models.enums import DocumentKind, DocumentReviewStatus


class Document(IdMixin, Base):
    """One of an organisation's documents (a policy, a job ad, a form …), reviewed for inclusive
    language within a certification cycle. Each upload is a version; the newest is current."""

    __tablename__ = "documents"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    certification_id: Mapped[int] = mapped_column(
        ForeignKey("certifications.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[DocumentKind] = mapped_column(str_enum(DocumentKind, "document_kind"))
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own attribute


class DocumentVersion(IdMixin, Base):
    """An upload: the original file as sent, its text in blocks, and its review.

    The original is kept in the database beside its review, so that a backup holds both and a
    rolled-back request leaves no orphan file. `settings` records the organisation's language
    settings the check ran with, so a later reader sees why something was not flagged."""

    __tablename__ = "document_versions"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    # For display only: never used to decide the type or to name a file on disk.
    file_name: Mapped[str] = mapped_column(String(200))
    format: Mapped[str] = mapped_column(String(10))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    text: Mapped[str] = mapped_column(Text)
    # [{kind, start, end, page, anchor}], offsets in code points into `text`.
    blocks: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    words: Mapped[int] = mapped_column(Integer)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[DocumentReviewStatus] = mapped_column(
        str_enum(DocumentReviewStatus, "document_review_status"), index=True
    )
    uploaded_at: Mapped[datetime]
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reviewed_at: Mapped[datetime | None]
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    review_summary: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("document_id", "number", name="uq_document_version"),)
