"""An organisation's choices for the language checker: the non-binary setting, rule groups
turned off, and the terms it keeps. Every version records the settings it was checked with."""

from __future__ import annotations

from fastapi import APIRouter, Response, status

from backend.auth.permissions import CurrentPrincipal
from backend.core.clock import ClockDep
from backend.core.db import SessionDep
from backend.core.errors import NotFound
from backend.core.policy import Subject
from backend.core.principal import Principal
from backend.core.schemas import ObjectId
from backend.documents import repository, service
from backend.documents.policies import POLICY, DocumentAction
from backend.documents.responses import EVERY_ROUTE, FORBIDDEN
from backend.documents.review_errors import UnknownRuleGroup
from backend.documents.schemas import (
    AcceptedTermCreate,
    AcceptedTermRead,
    LanguageSettingsRead,
    LanguageSettingsUpdate,
)
from backend.language.grounds import ALL
from backend.models import AcceptedTerm

router = APIRouter(tags=["documents"], responses=EVERY_ROUTE)


async def _read(
    db: SessionDep, principal: Principal, subject: Subject, organisation_id: int
) -> LanguageSettingsRead:
    settings, terms = await repository.language_settings(db, organisation_id)
    allowed = POLICY.allowed(principal, subject)
    return LanguageSettingsRead(
        organisation_id=organisation_id,
        non_binary=bool(settings and settings.non_binary),
        disabled_groups=list(settings.disabled_groups) if settings else [],
        accepted_terms=[
            AcceptedTermRead(id=t.id, term=t.term, reason=t.reason, created_at=t.created_at)
            for t in terms
        ],
        groups=ALL,
        # Reading the settings is not a document's: only whether the caller may change them.
        allowed_actions=[a for a in allowed if a == DocumentAction.MANAGE_SETTINGS],
    )


@router.get(
    "/organisations/{organisation_id}/language-settings", response_model=LanguageSettingsRead
)
async def get_language_settings(
    organisation_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> LanguageSettingsRead:
    """The organisation's language settings and accepted terms."""
    subject = await repository.organisation_subject(db, principal, organisation_id)
    return await _read(db, principal, subject, organisation_id)


@router.put(
    "/organisations/{organisation_id}/language-settings",
    response_model=LanguageSettingsRead,
    responses=FORBIDDEN | {400: {"description": "unknown_rule_group"}},
)
async def update_language_settings(
    organisation_id: ObjectId,
    body: LanguageSettingsUpdate,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
) -> LanguageSettingsRead:
    """Turn the non-binary setting and rule groups on or off (the lead or an assigned trainer)."""
    subject = await repository.organisation_subject(db, principal, organisation_id)
    unknown = sorted(set(body.disabled_groups) - set(ALL))
    if unknown:
        raise UnknownRuleGroup({"message": UnknownRuleGroup.message, "groups": unknown})
    await service.update_settings(
        db,
        principal,
        subject,
        non_binary=body.non_binary,
        disabled_groups=body.disabled_groups,
        now=clock.now(),
    )
    return await _read(db, principal, subject, organisation_id)


@router.post(
    "/organisations/{organisation_id}/accepted-terms",
    response_model=AcceptedTermRead,
    status_code=status.HTTP_201_CREATED,
    responses=FORBIDDEN | {409: {"description": "term_already_accepted"}},
)
async def accept_term(
    organisation_id: ObjectId,
    body: AcceptedTermCreate,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
) -> AcceptedTermRead:
    """Keep a term from now on, with the reason (the lead or an assigned trainer)."""
    subject = await repository.organisation_subject(db, principal, organisation_id)
    accepted = await service.add_accepted_term(
        db, principal, subject, body.term, body.reason, clock.now()
    )
    return AcceptedTermRead(
        id=accepted.id, term=accepted.term, reason=accepted.reason, created_at=accepted.created_at
    )


@router.delete(
    "/accepted-terms/{term_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=FORBIDDEN,
)
async def remove_accepted_term(
    term_id: ObjectId, principal: CurrentPrincipal, db: SessionDep, clock: ClockDep
) -> Response:
    """Flag the term again in documents checked from now on."""
    accepted = await db.get(AcceptedTerm, term_id)
    if accepted is None:
        raise NotFound()
    subject = await repository.organisation_subject(db, principal, accepted.organisation_id)
    await service.remove_accepted_term(db, principal, subject, accepted, clock.now())
    return Response(status_code=status.HTTP_204_NO_CONTENT)
