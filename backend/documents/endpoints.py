from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Query, UploadFile, status

from backend.auth.permissions import CurrentPrincipal
from backend.core.clock import ClockDep
from backend.core.db import SessionDep
from backend.core.deps import SettingsDep
from backend.core.schemas import Name, ObjectId
from backend.documents import read_models, repository, service, uploads
from backend.documents.errors import DocumentTooLarge
from backend.documents.filetypes import MAX_FILE_BYTES
from backend.documents.policies import DocumentAction
from backend.documents.responses import EVERY_ROUTE, FORBIDDEN
from backend.documents.schemas import (
    DocumentFindingRead,
    DocumentList,
    DocumentRead,
    FindingDecision,
    PassageCommentCreate,
    PassageCommentRead,
    PastedDocument,
    ReviewFinish,
    VersionComparison,
    VersionRead,
)
from backend.models.enums import DocumentKind, Locale

router = APIRouter(tags=["documents"], responses=EVERY_ROUTE)

UPLOAD_ERRORS: dict[int | str, dict[str, str]] = {
    400: {
        "description": "document_unreadable, document_archive_refused, pdf_encrypted, "
        "pdf_has_no_text, document_empty"
    },
    413: {"description": "document_too_large: more than 20 MB"},
    415: {"description": "unsupported_document_type"},
}


def _file_name(upload: UploadFile) -> str:
    # For display only: printable characters, the last 200.
    return "".join(ch for ch in (upload.filename or "") if ch.isprintable())[-200:] or "dokument"


async def _read(upload: UploadFile) -> bytes:
    data = await upload.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise DocumentTooLarge()
    return data


@router.get("/certifications/{certification_id}/documents", response_model=DocumentList)
async def list_documents(
    certification_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> DocumentList:
    """The certification's documents with their review status and findings by ground."""
    _, subject = await repository.subject_for(db, principal, certification_id)
    return await read_models.document_list(db, principal, subject, certification_id)


@router.post(
    "/certifications/{certification_id}/documents",
    response_model=VersionRead,
    status_code=status.HTTP_201_CREATED,
    responses=FORBIDDEN | UPLOAD_ERRORS,
)
async def upload_document(
    certification_id: ObjectId,
    file: UploadFile,
    title: Annotated[Name, Form()],
    kind: Annotated[DocumentKind, Form()],
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
    locale: Locale = Locale.SV,
) -> VersionRead:
    """Upload a document (DOCX, ODT, PDF with text, HTML, text or Markdown; ≤ 20 MB)."""
    _, subject = await repository.subject_for(db, principal, certification_id)
    service.require(principal, subject, DocumentAction.UPLOAD)
    document, version = await uploads.create_document(
        db,
        settings,
        principal,
        subject,
        certification_id,
        title=title,
        kind=kind,
        file_name=_file_name(file),
        data=await _read(file),
        now=clock.now(),
    )
    return await read_models.version_read(db, principal, subject, document, version, locale.value)


@router.post(
    "/certifications/{certification_id}/documents/pasted",
    response_model=VersionRead,
    status_code=status.HTTP_201_CREATED,
    responses=FORBIDDEN,
)
async def paste_document(
    certification_id: ObjectId,
    body: PastedDocument,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
    locale: Locale = Locale.SV,
) -> VersionRead:
    """Add a document by pasting its text."""
    _, subject = await repository.subject_for(db, principal, certification_id)
    document, version = await uploads.create_document(
        db,
        settings,
        principal,
        subject,
        certification_id,
        title=body.title,
        kind=body.kind,
        file_name=f"{body.title[:190]}.txt",
        data=body.text.encode("utf-8"),
        now=clock.now(),
    )
    return await read_models.version_read(db, principal, subject, document, version, locale.value)


@router.get("/documents/{document_id}", response_model=DocumentRead)
async def get_document(
    document_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> DocumentRead:
    """A document with its versions and each version's counts."""
    document, subject = await repository.document_with_subject(db, principal, document_id)
    return await read_models.document_read(db, principal, subject, document)


@router.post(
    "/documents/{document_id}/versions",
    response_model=VersionRead,
    status_code=status.HTTP_201_CREATED,
    responses=FORBIDDEN | UPLOAD_ERRORS | {409: {"description": "document_review_closed"}},
)
async def upload_version(
    document_id: ObjectId,
    file: UploadFile,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
    locale: Locale = Locale.SV,
) -> VersionRead:
    """Upload a new version; decisions on findings that still occur are carried forward."""
    document, subject = await repository.document_with_subject(
        db, principal, document_id, for_update=True
    )
    service.require(principal, subject, DocumentAction.UPLOAD)
    version = await uploads.add_version(
        db,
        settings,
        principal,
        subject,
        document,
        file_name=_file_name(file),
        data=await _read(file),
        now=clock.now(),
    )
    return await read_models.version_read(db, principal, subject, document, version, locale.value)


@router.get("/documents/{document_id}/compare", response_model=VersionComparison)
async def compare_versions(
    document_id: ObjectId,
    principal: CurrentPrincipal,
    db: SessionDep,
    from_version: Annotated[int, Query(ge=1, le=100_000)],
    to_version: Annotated[int, Query(ge=1, le=100_000)],
    locale: Locale = Locale.SV,
) -> VersionComparison:
    """Findings resolved, new and remaining between two versions of a document."""
    document, _ = await repository.document_with_subject(db, principal, document_id)
    return await read_models.comparison(db, document, from_version, to_version, locale)


@router.get("/document-versions/{version_id}", response_model=VersionRead)
async def get_version(
    version_id: ObjectId, principal: CurrentPrincipal, db: SessionDep, locale: Locale = Locale.SV
) -> VersionRead:
    """A version's text, blocks, findings, comments and the settings it was checked with."""
    version, document, subject = await repository.version_with_subject(db, principal, version_id)
    return await read_models.version_read(db, principal, subject, document, version, locale)


@router.post(
    "/document-findings/{finding_id}/decision",
    response_model=DocumentFindingRead,
    responses=FORBIDDEN
    | {
        400: {"description": "dismissal_reason_required"},
        409: {"description": "document_review_closed"},
    },
)
async def decide_finding(
    finding_id: ObjectId,
    body: FindingDecision,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
    locale: Locale = Locale.SV,
) -> DocumentFindingRead:
    """Accept (with a note or a suggestion), dismiss (with a reason) or reopen a finding."""
    finding, version, _, subject = await repository.finding_with_version(db, principal, finding_id)
    await service.decide(
        db,
        principal,
        subject,
        finding,
        version,
        decision=body.decision,
        note=body.note,
        suggestion=body.suggestion,
        accept_term=body.accept_term,
        now=clock.now(),
    )
    return read_models.finding_read(finding, locale.value)


@router.post(
    "/document-versions/{version_id}/comments",
    response_model=PassageCommentRead,
    status_code=status.HTTP_201_CREATED,
    responses=FORBIDDEN | {400: {"description": "passage_outside_text"}},
)
async def comment_on_passage(
    version_id: ObjectId,
    body: PassageCommentCreate,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
) -> PassageCommentRead:
    """Comment on a passage of the text (offsets in code points)."""
    version, _, subject = await repository.version_with_subject(db, principal, version_id)
    comment = await service.comment(
        db,
        principal,
        subject,
        version,
        start=body.start,
        end=body.end,
        body=body.body,
        now=clock.now(),
    )
    return PassageCommentRead(
        id=comment.id,
        start=comment.start,
        end=comment.end,
        quote=comment.quote,
        body=comment.body,
        author_name=principal.user.full_name,
        created_at=comment.created_at,
    )


@router.post(
    "/document-versions/{version_id}/finish",
    response_model=VersionRead,
    responses=FORBIDDEN
    | {409: {"description": "document_findings_open or document_review_closed"}},
)
async def finish_review(
    version_id: ObjectId,
    body: ReviewFinish,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
    locale: Locale = Locale.SV,
) -> VersionRead:
    """Finish the review of a version (every finding decided); the working group is told."""
    version, document, subject = await repository.version_with_subject(db, principal, version_id)
    await service.finish_review(
        db, settings, principal, subject, document, version, summary=body.summary, now=clock.now()
    )
    return await read_models.version_read(db, principal, subject, document, version, locale.value)


@router.post(
    "/document-versions/{version_id}/reopen",
    response_model=VersionRead,
    responses=FORBIDDEN | {409: {"description": "document_review_closed"}},
)
async def reopen_review(
    version_id: ObjectId,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
    locale: Locale = Locale.SV,
) -> VersionRead:
    """Reopen a finished review."""
    version, document, subject = await repository.version_with_subject(db, principal, version_id)
    await service.reopen_review(db, principal, subject, version, now=clock.now())
    return await read_models.version_read(db, principal, subject, document, version, locale.value)
