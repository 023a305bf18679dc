"""Where each certification's document review stands, in three queries for any number of them."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.documents.schemas import DocumentReviewSummary
from backend.models import Document, DocumentFinding, DocumentVersion
from backend.models.enums import DocumentReviewStatus, FindingStatus

# A document's current version: the join condition of every count below.
_CURRENT = (DocumentVersion.document_id == Document.id) & (
    DocumentVersion.number == Document.current_version
)
_FINDING_KEYS = {
    FindingStatus.OPEN: "findings_open",
    FindingStatus.ACCEPTED: "findings_accepted",
    FindingStatus.DISMISSED: "findings_dismissed",
}


async def summaries(
    db: AsyncSession, certification_ids: Sequence[int]
) -> dict[int, DocumentReviewSummary]:
    counts: dict[int, dict[str, int]] = {
        cid: dict.fromkeys(DocumentReviewSummary.model_fields, 0) for cid in certification_ids
    }
    if not certification_ids:
        return {}
    for cid, status, number in await db.execute(
        select(Document.certification_id, DocumentVersion.status, func.count())
        .join(DocumentVersion, _CURRENT)
        .where(Document.certification_id.in_(certification_ids))
        .group_by(Document.certification_id, DocumentVersion.status)
    ):
        counts[cid]["documents"] += number
        if status is DocumentReviewStatus.REVIEWED:
            counts[cid]["reviewed"] += number
    for cid, finding_status, number in await db.execute(
        select(Document.certification_id, DocumentFinding.status, func.count())
        .join(DocumentVersion, _CURRENT)
        .join(DocumentFinding, DocumentFinding.version_id == DocumentVersion.id)
        .where(Document.certification_id.in_(certification_ids))
        .group_by(Document.certification_id, DocumentFinding.status)
    ):
        counts[cid][_FINDING_KEYS[finding_status]] += number
    for cid, number in await db.execute(
        select(Document.certification_id, func.count())
        .join(DocumentVersion, DocumentVersion.document_id == Document.id)
        .join(DocumentFinding, DocumentFinding.version_id == DocumentVersion.id)
        .where(
            Document.certification_id.in_(certification_ids),
            DocumentFinding.resolved_in_version.is_not(None),
        )
        .group_by(Document.certification_id)
    ):
        counts[cid]["findings_resolved"] += number
    return {cid: DocumentReviewSummary(**values) for cid, values in counts.items()}
