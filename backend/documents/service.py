"""Documents and their review: upload, check, decide, comment, finish; each step asks
`policies` first. Services never commit: the request does, all or nothing.

Every step takes the caller and the document's subject (its organisation and the trainers of its
certification), which the repository returns with the document."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from sqlalchemy.ext.asyncio import AsyncSession

from backend.audit.service import record
from backend.core.config import Settings
from backend.core.policy import Subject
from backend.core.principal import Principal
from backend.documents import repository
from backend.documents.policies import POLICY, DocumentAction, next_status
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
    principal: Principal,
    subject: Subject,
    action: DocumentAction,
    status: DocumentReviewStatus | None = None,
) -> None:
    """403 when the caller's relation never allows the action; 409 when the review's state does
    not allow it now."""
    POLICY.require(principal, action, subject)
    if status is not None and not POLICY.in_state(action, status):
        raise ReviewClosed({"message": ReviewClosed.message, "status": str(status)})


def organisation_of(subject: Subject) -> int:
    """Every document and every set of language settings is an organisation's."""
    assert subject.organisation_id is not None
    return subject.organisation_id


def audit(
    db: AsyncSession,
    principal: Principal,
    subject: Subject,
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
        actor_id=principal.id,
        object_type=object_type,
        object_id=object_id,
        organisation_id=subject.organisation_id,
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
    principal: Principal,
    subject: Subject,
    finding: DocumentFinding,
    version: DocumentVersion,
    *,
    decision: Decision,
    note: str,
    suggestion: str | None,
    accept_term: bool,
    now: datetime,
) -> None:
    require(principal, subject, DocumentAction.REVIEW, version.status)
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
    finding.decided_by_id = None if decision == "reopen" else principal.id
    move(version, DocumentAction.REVIEW)
    if decision == "dismiss" and accept_term:
        term = kept_term(finding.text, finding.term)
        await add_accepted_term(db, principal, subject, term, note, now, already_ok=True)
    audit(
        db,
        principal,
        subject,
        AuditAction.DOCUMENT_FINDING_DECIDED,
        "document_finding",
        finding.id,
        now,
        {"decision": decision, "rule_id": finding.rule_id, "accept_term": accept_term},
    )


async def add_accepted_term(
    db: AsyncSession,
    principal: Principal,
    subject: Subject,
    term: str,
    reason: str,
    now: datetime,
    *,
    already_ok: bool = False,
) -> AcceptedTerm:
    """Keep a term for the organisation from now on; 409 when it is kept already, unless the
    caller (a dismissal) is content with the existing one."""
    require(principal, subject, DocumentAction.MANAGE_SETTINGS)
    organisation_id = organisation_of(subject)
    term = term.lower()
    _, terms = await repository.language_settings(db, organisation_id)
    existing = next((kept for kept in terms if kept.term == term), None)
    if existing is not None:
        if already_ok:
            return existing
        raise TermAlreadyAccepted()
    accepted = AcceptedTerm(
        organisation_id=organisation_id,
        term=term,
        reason=reason,
        created_at=now,
        created_by_id=principal.id,
    )
    db.add(accepted)
    await db.flush()
    changed = AuditAction.LANGUAGE_SETTINGS_CHANGED
    data = {"accepted_term": term}
    audit(db, principal, subject, changed, "organisation", organisation_id, now, data)
    return accepted


async def remove_accepted_term(
    db: AsyncSession, principal: Principal, subject: Subject, accepted: AcceptedTerm, now: datetime
) -> None:
    require(principal, subject, DocumentAction.MANAGE_SETTINGS)
    await db.delete(accepted)
    changed = AuditAction.LANGUAGE_SETTINGS_CHANGED
    data = {"removed_term": accepted.term}
    audit(db, principal, subject, changed, "organisation", organisation_of(subject), now, data)


async def comment(
    db: AsyncSession,
    principal: Principal,
    subject: Subject,
    version: DocumentVersion,
    *,
    start: int,
    end: int,
    body: str,
    now: datetime,
) -> DocumentComment:
    require(principal, subject, DocumentAction.REVIEW, version.status)
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
        author_id=principal.id,
        created_at=now,
    )
    db.add(comment)
    await db.flush()
    return comment


async def finish_review(
    db: AsyncSession,
    settings: Settings,
    principal: Principal,
    subject: Subject,
    document: Document,
    version: DocumentVersion,
    *,
    summary: str,
    now: datetime,
) -> None:
    require(principal, subject, DocumentAction.FINISH_REVIEW, version.status)
    open_findings = sum(
        1
        for finding in await repository.findings_of(db, [version.id])
        if finding.status is FindingStatus.OPEN
    )
    if open_findings:
        raise FindingsStillOpen({"message": FindingsStillOpen.message, "open": open_findings})
    move(version, DocumentAction.FINISH_REVIEW)
    version.reviewed_at = now
    version.reviewed_by_id = principal.id
    version.review_summary = summary
    finished = AuditAction.DOCUMENT_REVIEW_FINISHED
    audit(db, principal, subject, finished, "document_version", version.id, now)
    await announce(db, settings, "document_reviewed", document, version, now)


async def reopen_review(
    db: AsyncSession,
    principal: Principal,
    subject: Subject,
    version: DocumentVersion,
    *,
    now: datetime,
) -> None:
    require(principal, subject, DocumentAction.REOPEN_REVIEW, version.status)
    move(version, DocumentAction.REOPEN_REVIEW)
    version.reviewed_at = None
    version.reviewed_by_id = None
    reopened = AuditAction.DOCUMENT_REVIEW_REOPENED
    audit(db, principal, subject, reopened, "document_version", version.id, now)


async def update_settings(
    db: AsyncSession,
    principal: Principal,
    subject: Subject,
    *,
    non_binary: bool,
    disabled_groups: list[str],
    now: datetime,
) -> LanguageSettings:
    require(principal, subject, DocumentAction.MANAGE_SETTINGS)
    organisation_id = organisation_of(subject)
    settings = await db.get(LanguageSettings, organisation_id)
    if settings is None:
        settings = LanguageSettings(organisation_id=organisation_id)
        db.add(settings)
    settings.non_binary = non_binary
    settings.disabled_groups = sorted(set(disabled_groups))
    settings.updated_at = now
    settings.updated_by_id = principal.id
    audit(
        db,
        principal,
        subject,
        AuditAction.LANGUAGE_SETTINGS_CHANGED,
        "organisation",
        organisation_id,
        now,
        {"non_binary": non_binary, "disabled_groups": settings.disabled_groups},
    )
    await db.flush()
    return settings
