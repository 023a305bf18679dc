"""Document queries, scoped to the caller: a document of a certification the caller cannot see
does not exist (404). Lists select the columns they show; the original file and the text are
read only where they are used."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Row, Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.certifications.repository import visible_certifications
from backend.core.errors import NotFound
from backend.core.policy import Subject
from backend.core.principal import Principal
from backend.models import (
    AcceptedTerm,
    Certification,
    CertificationTrainer,
    Document,
    DocumentComment,
    DocumentFinding,
    DocumentVersion,
    LanguageSettings,
    Organisation,
)
from backend.models.enums import Role


def _visible_certification_ids(principal: Principal) -> Select[tuple[int]]:
    return visible_certifications(principal).with_only_columns(Certification.id)


async def subject_for(
    db: AsyncSession, principal: Principal, certification_id: int
) -> tuple[Certification, Subject]:
    """The certification and its documents' subject (its organisation and trainers), or 404
    when it is not the caller's to see."""
    certification = await db.scalar(
        select(Certification).where(
            Certification.id == certification_id,
            Certification.id.in_(_visible_certification_ids(principal)),
        )
    )
    if certification is None:
        raise NotFound()
    trainer_ids = frozenset(
        await db.scalars(
            select(CertificationTrainer.user_id).where(
                CertificationTrainer.certification_id == certification_id
            )
        )
    )
    return certification, Subject(certification.organisation_id, trainer_ids)


async def document_with_subject(
    db: AsyncSession, principal: Principal, document_id: int, *, for_update: bool = False
) -> tuple[Document, Subject]:
    stmt = select(Document).where(
        Document.id == document_id,
        Document.certification_id.in_(_visible_certification_ids(principal)),
    )
    if for_update:
        stmt = stmt.with_for_update(of=Document)
    document = await db.scalar(stmt)
    if document is None:
        raise NotFound()
    return document, await _subject(db, document)


async def _subject(db: AsyncSession, document: Document) -> Subject:
    trainer_ids = frozenset(
        await db.scalars(
            select(CertificationTrainer.user_id).where(
                CertificationTrainer.certification_id == document.certification_id
            )
        )
    )
    return Subject(document.organisation_id, trainer_ids)


async def version_with_subject(
    db: AsyncSession, principal: Principal, version_id: int
) -> tuple[DocumentVersion, Document, Subject]:
    row = (
        await db.execute(
            select(DocumentVersion, Document)
            .join(Document, Document.id == DocumentVersion.document_id)
            .where(
                DocumentVersion.id == version_id,
                Document.certification_id.in_(_visible_certification_ids(principal)),
            )
        )
    ).one_or_none()
    if row is None:
        raise NotFound()
    version, document = row
    return version, document, await _subject(db, document)


async def finding_with_version(
    db: AsyncSession, principal: Principal, finding_id: int
) -> tuple[DocumentFinding, DocumentVersion, Document, Subject]:
    row = (
        await db.execute(
            select(DocumentFinding, DocumentVersion, Document)
            .join(DocumentVersion, DocumentVersion.id == DocumentFinding.version_id)
            .join(Document, Document.id == DocumentVersion.document_id)
            .where(
                DocumentFinding.id == finding_id,
                Document.certification_id.in_(_visible_certification_ids(principal)),
            )
            .with_for_update(of=DocumentVersion)
        )
    ).one_or_none()
    if row is None:
        raise NotFound()
    finding, version, document = row
    return finding, version, document, await _subject(db, document)


async def findings_of(db: AsyncSession, version_ids: Sequence[int]) -> list[DocumentFinding]:
    return list(
        await db.scalars(
            select(DocumentFinding)
            .where(DocumentFinding.version_id.in_(version_ids))
            .order_by(DocumentFinding.version_id, DocumentFinding.start, DocumentFinding.id)
        )
    )


async def comments_of(db: AsyncSession, version_id: int) -> list[DocumentComment]:
    return list(
        await db.scalars(
            select(DocumentComment)
            .where(DocumentComment.version_id == version_id)
            .order_by(DocumentComment.start, DocumentComment.id)
        )
    )


async def versions_of(db: AsyncSession, document_id: int) -> list[Row[tuple[object, ...]]]:
    """Each version's facts without its file or text."""
    return list(
        await db.execute(
            select(
                DocumentVersion.id,
                DocumentVersion.number,
                DocumentVersion.file_name,
                DocumentVersion.format,
                DocumentVersion.size,
                DocumentVersion.words,
                DocumentVersion.status,
                DocumentVersion.uploaded_at,
                DocumentVersion.reviewed_at,
            )
            .where(DocumentVersion.document_id == document_id)
            .order_by(DocumentVersion.number)
        )
    )


async def current_version(db: AsyncSession, document: Document) -> DocumentVersion:
    version = await db.scalar(
        select(DocumentVersion).where(
            DocumentVersion.document_id == document.id,
            DocumentVersion.number == document.current_version,
        )
    )
    assert version is not None
    return version


@dataclass
class Counts:
    """A version's findings by status and by ground, and those resolved since the last one."""

    by_status: dict[str, int]
    by_ground: dict[str, dict[str, int]]
    resolved: int


def empty_counts() -> Counts:
    return Counts(by_status={"open": 0, "accepted": 0, "dismissed": 0}, by_ground={}, resolved=0)


async def counts_for(
    db: AsyncSession, versions: Sequence[tuple[int, int, int]]
) -> dict[int, Counts]:
    """Counts for (version id, document id, number) triples, in two queries whatever their
    number: findings grouped by version, ground and status; and findings of each document
    resolved in each version."""
    counts: defaultdict[int, Counts] = defaultdict(empty_counts)
    if not versions:
        return {}
    version_ids = [version_id for version_id, _, _ in versions]
    for version_id, ground, status, number in await db.execute(
        select(
            DocumentFinding.version_id,
            DocumentFinding.ground,
            DocumentFinding.status,
            func.count(),
        )
        .where(DocumentFinding.version_id.in_(version_ids))
        .group_by(DocumentFinding.version_id, DocumentFinding.ground, DocumentFinding.status)
    ):
        entry = counts[version_id]
        entry.by_status[status.value] += number
        per_ground = entry.by_ground.setdefault(ground, {"open": 0, "accepted": 0, "dismissed": 0})
        per_ground[status.value] += number
    by_document_number = {(document_id, number): vid for vid, document_id, number in versions}
    for document_id, resolved_in, resolved in await db.execute(
        select(DocumentVersion.document_id, DocumentFinding.resolved_in_version, func.count())
        .join(DocumentVersion, DocumentVersion.id == DocumentFinding.version_id)
        .where(
            DocumentVersion.document_id.in_({document_id for _, document_id, _ in versions}),
            DocumentFinding.resolved_in_version.is_not(None),
        )
        .group_by(DocumentVersion.document_id, DocumentFinding.resolved_in_version)
    ):
        resolving = by_document_number.get((document_id, resolved_in or 0))
        if resolving is not None:
            counts[resolving].resolved += resolved
    return {version_id: counts[version_id] for version_id in version_ids}


async def documents_of(db: AsyncSession, certification_id: int) -> list[Row[tuple[object, ...]]]:
    """The certification's documents with their current version's facts, newest first."""
    return list(
        await db.execute(
            select(
                Document.id,
                Document.title,
                Document.kind,
                Document.current_version,
                Document.created_at,
                Document.version,
                DocumentVersion.id.label("version_id"),
                DocumentVersion.file_name,
                DocumentVersion.status,
                DocumentVersion.uploaded_at,
            )
            .join(
                DocumentVersion,
                (DocumentVersion.document_id == Document.id)
                & (DocumentVersion.number == Document.current_version),
            )
            .where(Document.certification_id == certification_id)
            .order_by(Document.created_at.desc(), Document.id.desc())
        )
    )


async def language_settings(
    db: AsyncSession, organisation_id: int
) -> tuple[LanguageSettings | None, list[AcceptedTerm]]:
    settings = await db.get(LanguageSettings, organisation_id)
    terms = list(
        await db.scalars(
            select(AcceptedTerm)
            .where(AcceptedTerm.organisation_id == organisation_id)
            .order_by(AcceptedTerm.term)
        )
    )
    return settings, terms


async def organisation_subject(
    db: AsyncSession, principal: Principal, organisation_id: int
) -> Subject:
    """An organisation's language settings as the rules see them: the organisation, with the
    trainers assigned to any of its certifications; 404 when the organisation is not the
    caller's (a member of another, or a trainer of none of its certifications)."""
    if principal.role is Role.MEMBER and principal.organisation_id != organisation_id:
        raise NotFound()
    if await db.get(Organisation, organisation_id) is None:
        raise NotFound()
    trainer_ids = frozenset(
        await db.scalars(
            select(CertificationTrainer.user_id)
            .join(Certification, Certification.id == CertificationTrainer.certification_id)
            .where(Certification.organisation_id == organisation_id)
            .distinct()
        )
    )
    if principal.role is Role.TRAINER and principal.id not in trainer_ids:
        raise NotFound()
    return Subject(organisation_id, trainer_ids)
