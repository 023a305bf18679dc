from __future__ import annotations

from anyio import to_thread
from fastapi import APIRouter

from backend.auth.permissions import CurrentPrincipal
from backend.core.db import SessionDep
from backend.core.errors import PayloadTooLarge
from backend.documents.repository import organisation_subject
from backend.documents.service import checker_options
from backend.language import CheckOptions, Finding, check
from backend.language_check.schemas import (
    MAX_TEXT_BYTES,
    CheckRequest,
    CheckResult,
    LanguageFinding,
)

router = APIRouter(prefix="/language", tags=["language"])

# Below this many characters a check takes well under a millisecond and runs in the event loop;
# a longer text is checked in a worker thread so that other requests are not held up.
_INLINE_CHARACTERS = 5_000


@router.post(
    "/check",
    response_model=CheckResult,
    responses={
        404: {"description": "not_found: an organisation the caller does not see"},
        413: {"description": "payload_too_large: more than 100 KB of text"},
    },
)
async def check_text(
    body: CheckRequest, principal: CurrentPrincipal, db: SessionDep
) -> CheckResult:
    """Findings of the Swedish inclusive-language checker in a text, with offsets in code points;
    with the settings of the organisation named, or of the caller's own."""
    if len(body.text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise PayloadTooLarge("The text is longer than 100 KB; upload it as a document.")
    options = CheckOptions()
    organisation_id = body.organisation_id or principal.organisation_id
    if organisation_id is not None:
        # 404 for an organisation the caller may not see, as everywhere.
        await organisation_subject(db, principal, organisation_id)
        options, _ = await checker_options(db, organisation_id)
    if len(body.text) < _INLINE_CHARACTERS:
        findings = check(body.text, options)
    else:
        findings = await to_thread.run_sync(check, body.text, options)
    return CheckResult(findings=[read_model(finding, body.locale) for finding in findings])


def read_model(finding: Finding, locale: str) -> LanguageFinding:
    return LanguageFinding(
        rule_id=finding.rule_id,
        ground=finding.ground,
        severity=finding.severity,
        start=finding.start,
        end=finding.end,
        text=finding.text,
        term=finding.term,
        suggestions=list(finding.suggestions),
        advice=list(finding.advice),
        explanation=finding.explanation[locale],
        source=finding.source,
    )
