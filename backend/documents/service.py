"""Documents and their review: upload, check, decide, comment, finish; each step asks
`policies` first. Services never commit: the request does, all or nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from anyio import to_thread
from sqlalchemy.ext.asyncio import AsyncSession

from backend.audit.service import record
from backend.core.config import Settings
from backend.core.errors import Forbidden
from backend.documents import repository
from backend.documents.carry_forward import compare, context_key
from backend.documents.extraction import ExtractedDocument, extract
from backend.documents.policies import DocumentAction, Party, can, may, next_status
from backend.documents.review_errors import (
    FindingsStillOpen,
    PassageOutsideText,
    ReasonRequired,
    ReviewClosed,
    TermAlreadyAccepted,
)
from backend.documents.terms import kept_term
from backend.language import CheckOptions, Finding, check, load_rules
from backend.models import (
    AcceptedTerm,
    Document,
    DocumentComment,
    DocumentFinding,
    DocumentVersion,
    LanguageSettings,
)
from backend.models.enums import AuditAction, DocumentKind, DocumentReviewStatus, FindingStatus
from backend.notifications.events import document_step

Decision = Literal["accept", "dismiss", "reopen"]


def require(
    party: Party, action: DocumentAction, status: DocumentReviewStatus | None = None
) -> None:
    """403 when the caller's role never allows the action; 409 when the review's state does
    not allow it now."""
    if not may(party, action):
        raise Forbidden()
    if not can(party, action, status):
        raise ReviewClosed({"message": ReviewClosed.message, "status": str(status)})


def _audit(
    db: AsyncSession,
    party: Party,
    action: AuditAction,
    object_type: str,
    object_id: int,
    now: datetime,
    data: dict[str, Any] | None = None,
) -> None:
    """Every step of the review is in the organisation's audit trail, by whom and when."""
    record(
        db,
        at=now,
        action=action,
        actor_id=party.principal.id,
        object_type=object_type,
        object_id=object_id,
        organisation_id=party.organisation_id,
        data=data,
    )


def _move(version: DocumentVersion, action: DocumentAction) -> None:
    target = next_status(version.status, action)
    if target is None:
        raise ReviewClosed({"message": ReviewClosed.message, "status": version.status.value})
    version.status = target


async def checker_options(
    db: AsyncSession, organisation_id: int
) -> tuple[CheckOptions, dict[str, Any]]:
    """The organisation's settings as the checker takes them, and as the version records them."""
    settings, terms = await repository.language_settings(db, organisation_id)
    non_binary = bool(settings and settings.non_binary)
    disabled = sorted(settings.disabled_groups) if settings else []
    options = CheckOptions(
        non_binary=non_binary,
        accepted_terms=frozenset(term.term.lower() for term in terms),
        disabled_groups=frozenset(disabled),
    )
    snapshot = {
        "non_binary": non_binary,
        "disabled_groups": disabled,
        "accepted_terms": [{"term": term.term, "reason": term.reason} for term in terms],
        "rules": len(load_rules()),
    }
    return options, snapshot


def _read_and_check(data: bytes, options: CheckOptions) -> tuple[ExtractedDocument, list[Finding]]:
    extracted = extract(data)
    return extracted, check(extracted.text, options)


async def create_document(
    db: AsyncSession,
    settings: Settings,
    party: Party,
    certification_id: int,
    *,
    title: str,
    kind: DocumentKind,
    file_name: str,
    data: bytes,
    now: datetime,
    notify: bool = True,
) -> tuple[Document, DocumentVersion]:
    require(party, DocumentAction.UPLOAD)
    document = Document(
        organisation_id=party.organisation_id,
        certification_id=certification_id,
        title=title,
        kind=kind,
        current_version=1,
        created_at=now,
        created_by_id=party.principal.id,
    )
    db.add(document)
    await db.flush()
    version = await _store_version(db, party, document, 1, file_name, data, now, previous=None)
    if notify:
        await _notify(db, settings, "document_uploaded", document, version, now)
    return document, version


async def add_version(
    db: AsyncSession,
    settings: Settings,
    party: Party,
    document: Document,
    *,
    file_name: str,
    data: bytes,
    now: datetime,
    notify: bool = True,
) -> DocumentVersion:
    """A new upload of the document: checked, with the previous version's decisions carried."""
    previous = await repository.current_version(db, document)
    require(party, DocumentAction.UPLOAD, previous.status)
    _move(previous, DocumentAction.UPLOAD)
    document.current_version += 1
    version = await _store_version(
        db, party, document, document.current_version, file_name, data, now, previous=previous
    )
    if notify:
        await _notify(db, settings, "document_uploaded", document, version, now)
    return version


async def _notify(
    db: AsyncSession,
    settings: Settings,
    kind: str,
    document: Document,
    version: DocumentVersion,
    now: datetime,
) -> None:
    """document_uploaded to the trainers, document_reviewed to the working group."""
    await document_step(
        db,
        settings,
        document.certification_id,
        document.organisation_id,
        kind,
        version.id,
        now,
        title=document.title,
        number=version.number,
    )


async def _store_version(
    db: AsyncSession,
    party: Party,
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
        status=DocumentReviewStatus.AWAITING_REVIEW,
        uploaded_at=now,
        uploaded_by_id=party.principal.id,
    )
    db.add(version)
    await db.flush()
    rows = [_finding_row(version, extracted.text, finding) for finding in findings]
    if previous is not None:
        await _carry_forward(db, previous, version, rows)
    db.add_all(rows)
    _audit(
        db,
        party,
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


async def decide(
    db: AsyncSession,
    party: Party,
    finding: DocumentFinding,
    version: DocumentVersion,
    *,
    decision: Decision,
    note: str,
    suggestion: str | None,
    accept_term: bool,
    now: datetime,
) -> None:
    require(party, DocumentAction.REVIEW, version.status)
    if decision == "dismiss" and not note.strip():
        raise ReasonRequired()
    finding.status = {
        "accept": FindingStatus.ACCEPTED,
        "dismiss": FindingStatus.DISMISSED,
        "reopen": FindingStatus.OPEN,
    }[decision]
    finding.note = note
    finding.chosen_suggestion = suggestion if decision == "accept" else None
    finding.decided_at = None if decision == "reopen" else now
    finding.decided_by_id = None if decision == "reopen" else party.principal.id
    _move(version, DocumentAction.REVIEW)
    if decision == "dismiss" and accept_term:
        await add_accepted_term(
            db, party, kept_term(finding.text, finding.term), note, now, already_ok=True
        )
    _audit(
        db,
        party,
        AuditAction.DOCUMENT_FINDING_DECIDED,
        "document_finding",
        finding.id,
        now,
        {"decision": decision, "rule_id": finding.rule_id, "accept_term": accept_term},
    )


async def add_accepted_term(
    db: AsyncSession,
    party: Party,
    term: str,
    reason: str,
    now: datetime,
    *,
    already_ok: bool = False,
) -> AcceptedTerm:
    """Keep a term for the organisation from now on; 409 when it is kept already, unless the
    caller (a dismissal) is content with the existing one."""
    require(party, DocumentAction.MANAGE_SETTINGS)
    term = term.lower()
    _, terms = await repository.language_settings(db, party.organisation_id)
    existing = next((kept for kept in terms if kept.term == term), None)
    if existing is not None:
        if already_ok:
            return existing
        raise TermAlreadyAccepted()
    accepted = AcceptedTerm(
        organisation_id=party.organisation_id,
        term=term,
        reason=reason,
        created_at=now,
        created_by_id=party.principal.id,
    )
    db.add(accepted)
    await db.flush()
    changed = AuditAction.LANGUAGE_SETTINGS_CHANGED
    _audit(db, party, changed, "organisation", party.organisation_id, now, {"accepted_term": term})
    return accepted


async def remove_accepted_term(
    db: AsyncSession, party: Party, accepted: AcceptedTerm, now: datetime
) -> None:
    require(party, DocumentAction.MANAGE_SETTINGS)
    await db.delete(accepted)
    changed = AuditAction.LANGUAGE_SETTINGS_CHANGED
    data = {"removed_term": accepted.term}
    _audit(db, party, changed, "organisation", party.organisation_id, now, data)


async def comment(
    db: AsyncSession,
    party: Party,
    version: DocumentVersion,
    *,
    start: int,
    end: int,
    body: str,
    now: datetime,
) -> DocumentComment:
    require(party, DocumentAction.REVIEW, version.status)
    if not 0 <= start < end <= len(version.text):
        raise PassageOutsideText(
            {"message": PassageOutsideText.message, "length": len(version.text)}
        )
    _move(version, DocumentAction.REVIEW)
    comment = DocumentComment(
        version_id=version.id,
        start=start,
        end=end,
        quote=version.text[start:end],
        body=body,
        author_id=party.principal.id,
        created_at=now,
    )
    db.add(comment)
    await db.flush()
    return comment


async def finish_review(
    db: AsyncSession,
    settings: Settings,
    party: Party,
    document: Document,
    version: DocumentVersion,
    *,
    summary: str,
    now: datetime,
) -> None:
    require(party, DocumentAction.FINISH_REVIEW, version.status)
    open_findings = sum(
        1
        for finding in await repository.findings_of(db, [version.id])
        if finding.status is FindingStatus.OPEN
    )
    if open_findings:
        raise FindingsStillOpen({"message": FindingsStillOpen.message, "open": open_findings})
    _move(version, DocumentAction.FINISH_REVIEW)
    version.reviewed_at = now
    version.reviewed_by_id = party.principal.id
    version.review_summary = summary
    _audit(db, party, AuditAction.DOCUMENT_REVIEW_FINISHED, "document_version", version.id, now)
    await _notify(db, settings, "document_reviewed", document, version, now)


async def reopen_review(
    db: AsyncSession, party: Party, version: DocumentVersion, *, now: datetime
) -> None:
    require(party, DocumentAction.REOPEN_REVIEW, version.status)
    _move(version, DocumentAction.REOPEN_REVIEW)
    version.reviewed_at = None
    version.reviewed_by_id = None
    _audit(db, party, AuditAction.DOCUMENT_REVIEW_REOPENED, "document_version", version.id, now)


async def update_settings(
    db: AsyncSession,
    party: Party,
    *,
    non_binary: bool,
    disabled_groups: list[str],
    now: datetime,
) -> LanguageSettings:
    require(party, DocumentAction.MANAGE_SETTINGS)
    settings = await db.get(LanguageSettings, party.organisation_id)
    if settings is None:
        settings = LanguageSettings(organisation_id=party.organisation_id)
        db.add(settings)
    settings.non_binary = non_binary
    settings.disabled_groups = sorted(set(disabled_groups))
    settings.updated_at = now
    settings.updated_by_id = party.principal.id
    _audit(
        db,
        party,
        AuditAction.LANGUAGE_SETTINGS_CHANGED,
        "organisation",
        party.organisation_id,
        now,
        {"non_binary": non_binary, "disabled_groups": settings.disabled_groups},
    )
    await db.flush()
    return settings
