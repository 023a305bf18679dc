"""Uploads: a new document or a new version, read, checked with the organisation's settings
and stored with its findings; a new version carries the previous one's decisions forward."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from anyio import to_thread
from sqlalchemy.ext.asyncio import AsyncSession

from backend.core.config import Settings
from backend.core.policy import Subject
from backend.core.principal import Principal
from backend.documents import repository
from backend.documents.carry_forward import compare, context_key
from backend.documents.extraction import ExtractedDocument, extract
from backend.documents.policies import WORKFLOW, DocumentAction
from backend.documents.service import announce, audit, checker_options, move, require
from backend.language import CheckOptions, Finding, check
from backend.models import Document, DocumentComment, DocumentFinding, DocumentVersion
from backend.models.enums import AuditAction, DocumentKind, DocumentReviewStatus, FindingStatus


def _read_and_check(data: bytes, options: CheckOptions) -> tuple[ExtractedDocument, list[Finding]]:
    extracted = extract(data)
    return extracted, check(extracted.text, options)


async def create_document(
    db: AsyncSession,
    settings: Settings,
    principal: Principal,
    subject: Subject,
    certification_id: int,
    *,
    title: str,
    kind: DocumentKind,
    file_name: str,
    data: bytes,
    now: datetime,
    notify: bool = True,
) -> tuple[Document, DocumentVersion]:
    require(principal, subject, DocumentAction.UPLOAD)
    document = Document(
        organisation_id=subject.organisation_id,
        certification_id=certification_id,
        title=title,
        kind=kind,
        current_version=1,
        created_at=now,
        created_by_id=principal.id,
    )
    db.add(document)
    await db.flush()
    version = await _store_version(
        db, principal, subject, document, 1, file_name, data, now, previous=None
    )
    if notify:
        await announce(db, settings, "document_uploaded", document, version, now)
    return document, version


async def add_version(
    db: AsyncSession,
    settings: Settings,
    principal: Principal,
    subject: Subject,
    document: Document,
    *,
    file_name: str,
    data: bytes,
    now: datetime,
    notify: bool = True,
) -> DocumentVersion:
    """A new upload of the document: checked, with the previous version's decisions carried."""
    previous = await repository.current_version(db, document)
    require(principal, subject, DocumentAction.UPLOAD, previous.status)
    move(previous, DocumentAction.UPLOAD)
    document.current_version += 1
    version = await _store_version(
        db,
        principal,
        subject,
        document,
        document.current_version,
        file_name,
        data,
        now,
        previous=previous,
    )
    if notify:
        await announce(db, settings, "document_uploaded", document, version, now)
    return version


async def _store_version(
    db: AsyncSession,
    principal: Principal,
    subject: Subject,
    document: Document,
    number: int,
    file_name: str,
    data: bytes,
    now: datetime,
    *,
    previous: DocumentVersion | None,
) -> DocumentVersion:
    options, snapshot = await checker_options(db, document.organisation_id)
    # Reading a 300-page PDF and checking it takes seconds of CPU: not in the event loop.
    extracted, findings = await to_thread.run_sync(_read_and_check, data, options)
    version = DocumentVersion(
        document_id=document.id,
        number=number,
        file_name=file_name,
        format=extracted.format,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
        text=extracted.text,
        blocks=[
            {"kind": b.kind, "start": b.start, "end": b.end, "page": b.page, "anchor": b.anchor}
            for b in extracted.blocks
        ],
        words=len(extracted.text.split()),
        settings=snapshot,
        status=WORKFLOW.require_start(DocumentReviewStatus.AWAITING_REVIEW),
        uploaded_at=now,
        uploaded_by_id=principal.id,
    )
    db.add(version)
    await db.flush()
    rows = [_finding_row(version, extracted.text, finding) for finding in findings]
    if previous is not None:
        await _carry_forward(db, previous, version, rows)
    db.add_all(rows)
    audit(
        db,
        principal,
        subject,
        AuditAction.DOCUMENT_UPLOADED,
        "document",
        document.id,
        now,
        {"version": number, "format": extracted.format, "findings": len(rows)},
    )
    await db.flush()
    return version


def _finding_row(version: DocumentVersion, text: str, finding: Finding) -> DocumentFinding:
    return DocumentFinding(
        version_id=version.id,
        rule_id=finding.rule_id,
        ground=finding.ground,
        severity=finding.severity,
        start=finding.start,
        end=finding.end,
        text=finding.text,
        term=finding.term,
        context_key=context_key(text, finding.start, finding.end),
        status=FindingStatus.OPEN,
        note="",
    )


async def _carry_forward(
    db: AsyncSession,
    previous: DocumentVersion,
    version: DocumentVersion,
    rows: Sequence[DocumentFinding],
) -> None:
    """Decisions stay with findings that still occur; those gone are resolved by this version;
    comments move to their passage when it is still there, once."""
    earlier = await repository.findings_of(db, [previous.id])
    comparison = compare(earlier, rows)
    for old, new in comparison.remaining:
        new.status = old.status
        new.note = old.note
        new.chosen_suggestion = old.chosen_suggestion
        new.decided_at = old.decided_at
        new.decided_by_id = old.decided_by_id
        new.carried_from_id = old.id
    for gone in comparison.resolved:
        gone.resolved_in_version = version.number
    for comment in await repository.comments_of(db, previous.id):
        if version.text.count(comment.quote) == 1:
            start = version.text.index(comment.quote)
            db.add(
                DocumentComment(
                    version_id=version.id,
                    start=start,
                    end=start + len(comment.quote),
                    quote=comment.quote,
                    body=comment.body,
                    author_id=comment.author_id,
                    created_at=comment.created_at,
                )
            )
