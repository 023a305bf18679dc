"""Documents and their review: upload, check, decide, comment, finish; each step asks
`policies` first. Services never commit: the request does, all or nothing."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from sqlalchemy.ext.asyncio import AsyncSession

from backend.audit.service import record
from backend.core.config import Settings
from backend.core.errors import Forbidden
from backend.documents import repository
from backend.documents.policies import DocumentAction, Party, can, may, next_status
from backend.documents.review_errors import (
    FindingsStillOpen,
    PassageOutsideText,
    ReasonRequired,
    ReviewClosed,
    TermAlreadyAccepted,
)
from backend.documents.terms import kept_term
from backend.language import CheckOptions, load_rules
from backend.models import (
    AcceptedTerm,
    Document,
    DocumentComment,
    DocumentFinding,
    DocumentVersion,
    LanguageSettings,
)
from backend.models.enums import AuditAction, DocumentReviewStatus, FindingStatus
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


def audit(
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


def move(version: DocumentVersion, action: DocumentAction) -> None:
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


async def announce(
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
    move(version, DocumentAction.REVIEW)
    if decision == "dismiss" and accept_term:
        await add_accepted_term(
            db, party, kept_term(finding.text, finding.term), note, now, already_ok=True
        )
    audit(
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
    audit(db, party, changed, "organisation", party.organisation_id, now, {"accepted_term": term})
    return accepted


async def remove_accepted_term(
    db: AsyncSession, party: Party, accepted: AcceptedTerm, now: datetime
) -> None:
    require(party, DocumentAction.MANAGE_SETTINGS)
    await db.delete(accepted)
    changed = AuditAction.LANGUAGE_SETTINGS_CHANGED
    data = {"removed_term": accepted.term}
    audit(db, party, changed, "organisation", party.organisation_id, now, data)


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
    move(version, DocumentAction.REVIEW)
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
    move(version, DocumentAction.FINISH_REVIEW)
    version.reviewed_at = now
    version.reviewed_by_id = party.principal.id
    version.review_summary = summary
    audit(db, party, AuditAction.DOCUMENT_REVIEW_FINISHED, "document_version", version.id, now)
    await announce(db, settings, "document_reviewed", document, version, now)


async def reopen_review(
    db: AsyncSession, party: Party, version: DocumentVersion, *, now: datetime
) -> None:
    require(party, DocumentAction.REOPEN_REVIEW, version.status)
    move(version, DocumentAction.REOPEN_REVIEW)
    version.reviewed_at = None
    version.reviewed_by_id = None
    audit(db, party, AuditAction.DOCUMENT_REVIEW_REOPENED, "document_version", version.id, now)


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
    audit(
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
