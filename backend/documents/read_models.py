"""What the endpoints return: documents, versions and findings with the caller's
`allowed_actions` from `policies`, in a fixed number of queries whatever the number of findings."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.core.errors import NotFound
from backend.core.policy import Subject
from backend.core.principal import Principal
from backend.documents import repository
from backend.documents.carry_forward import compare
from backend.documents.policies import POLICY
from backend.documents.schemas import (
    BlockRead,
    DocumentFindingRead,
    DocumentList,
    DocumentRead,
    DocumentSummary,
    PassageCommentRead,
    ReviewCounts,
    StatusCounts,
    VersionComparison,
    VersionRead,
    VersionSummary,
)
from backend.documents.terms import kept_term
from backend.language import replacements, rules_by_id
from backend.models import Document, DocumentFinding, DocumentVersion, User


def _counts(counts: repository.Counts | None) -> ReviewCounts:
    if counts is None:
        counts = repository.empty_counts()
    return ReviewCounts(
        by_status=StatusCounts(**counts.by_status),
        by_ground={ground: StatusCounts(**c) for ground, c in sorted(counts.by_ground.items())},
        resolved=counts.resolved,
    )


def finding_read(finding: DocumentFinding, locale: str) -> DocumentFindingRead:
    # A rule retired since the check keeps its finding; it just has nothing more to say.
    rule = rules_by_id().get(finding.rule_id)
    return DocumentFindingRead(
        id=finding.id,
        rule_id=finding.rule_id,
        ground=finding.ground,
        severity=finding.severity,
        start=finding.start,
        end=finding.end,
        text=finding.text,
        term=finding.term,
        suggestions=list(replacements(rule.suggestions, finding.text, finding.term))
        if rule
        else [],
        advice=list(rule.advice) if rule else [],
        explanation=rule.explanation[locale] if rule else "",
        source=rule.source if rule else "",
        status=finding.status,
        kept_term=kept_term(finding.text, finding.term),
        note=finding.note,
        chosen_suggestion=finding.chosen_suggestion,
        decided_at=finding.decided_at,
        carried=finding.carried_from_id is not None,
    )


async def document_list(
    db: AsyncSession, principal: Principal, subject: Subject, certification_id: int
) -> DocumentList:
    rows = await repository.documents_of(db, certification_id)
    counts = await repository.counts_for(
        db, [(row.version_id, row.id, row.current_version) for row in rows]
    )
    items = [
        DocumentSummary(
            id=row.id,
            title=row.title,
            kind=row.kind,
            current_version=row.current_version,
            current_version_id=row.version_id,
            file_name=row.file_name,
            status=row.status,
            uploaded_at=row.uploaded_at,
            counts=_counts(counts.get(row.version_id)),
            allowed_actions=POLICY.allowed(principal, subject, row.status),
        )
        for row in rows
    ]
    return DocumentList(
        items=items,
        allowed_actions=POLICY.allowed(principal, subject),
        totals=_total(counts.values()),
    )


def _total(all_counts: Iterable[repository.Counts]) -> ReviewCounts:
    total = repository.empty_counts()
    for counts in all_counts:
        for status, number in counts.by_status.items():
            total.by_status[status] += number
        for ground, per_status in counts.by_ground.items():
            entry = total.by_ground.setdefault(ground, {"open": 0, "accepted": 0, "dismissed": 0})
            for status, number in per_status.items():
                entry[status] += number
        total.resolved += counts.resolved
    return _counts(total)


async def document_read(
    db: AsyncSession, principal: Principal, subject: Subject, document: Document
) -> DocumentRead:
    versions = await repository.versions_of(db, document.id)
    counts = await repository.counts_for(db, [(v.id, document.id, v.number) for v in versions])
    current = next(v for v in versions if v.number == document.current_version)
    return DocumentRead(
        id=document.id,
        certification_id=document.certification_id,
        organisation_id=document.organisation_id,
        title=document.title,
        kind=document.kind,
        current_version=document.current_version,
        versions=[
            VersionSummary(
                id=v.id,
                number=v.number,
                file_name=v.file_name,
                format=v.format,
                size=v.size,
                words=v.words,
                status=v.status,
                uploaded_at=v.uploaded_at,
                reviewed_at=v.reviewed_at,
                counts=_counts(counts.get(v.id)),
            )
            for v in versions
        ],
        allowed_actions=POLICY.allowed(principal, subject, current.status),
    )


async def version_read(
    db: AsyncSession,
    principal: Principal,
    subject: Subject,
    document: Document,
    version: DocumentVersion,
    locale: str,
) -> VersionRead:
    findings = await repository.findings_of(db, [version.id])
    comments = await repository.comments_of(db, version.id)
    counts = await repository.counts_for(db, [(version.id, document.id, version.number)])
    author_ids = {c.author_id for c in comments if c.author_id is not None}
    names: dict[int, str] = {}
    if author_ids:
        rows = await db.execute(select(User.id, User.full_name).where(User.id.in_(author_ids)))
        names = {row.id: row.full_name for row in rows}
    return VersionRead(
        id=version.id,
        document_id=document.id,
        document_title=document.title,
        number=version.number,
        file_name=version.file_name,
        format=version.format,
        status=version.status,
        uploaded_at=version.uploaded_at,
        reviewed_at=version.reviewed_at,
        review_summary=version.review_summary,
        text=version.text,
        blocks=[BlockRead(**block) for block in version.blocks],
        findings=[finding_read(f, locale) for f in findings],
        comments=[
            PassageCommentRead(
                id=c.id,
                start=c.start,
                end=c.end,
                quote=c.quote,
                body=c.body,
                author_name=names.get(c.author_id) if c.author_id else None,
                created_at=c.created_at,
            )
            for c in comments
        ],
        settings=version.settings,
        counts=_counts(counts.get(version.id)),
        allowed_actions=POLICY.allowed(principal, subject, version.status),
    )


async def comparison(
    db: AsyncSession, document: Document, from_number: int, to_number: int, locale: str
) -> VersionComparison:
    ids = {
        row.number: row.id
        for row in await db.execute(
            select(DocumentVersion.number, DocumentVersion.id).where(
                DocumentVersion.document_id == document.id,
                DocumentVersion.number.in_([from_number, to_number]),
            )
        )
    }
    if from_number not in ids or to_number not in ids:
        raise NotFound()
    findings = await repository.findings_of(db, [ids[from_number], ids[to_number]])
    earlier = [f for f in findings if f.version_id == ids[from_number]]
    later = [f for f in findings if f.version_id == ids[to_number]]
    result = compare(earlier, later)
    return VersionComparison(
        from_version=from_number,
        to_version=to_number,
        resolved=[finding_read(f, locale) for f in result.resolved],
        new=[finding_read(f, locale) for f in result.new],
        remaining=[finding_read(new, locale) for _, new in result.remaining],
    )
