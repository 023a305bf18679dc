"""Files out of the review: the original as uploaded, the reviewed DOCX with Word comments,
and the review report (PDF) for one version or all of a certification's documents."""

from __future__ import annotations

from fastapi import APIRouter, Response
from sqlalchemy import select

from backend.auth.permissions import CurrentPrincipal
from backend.core.clock import ClockDep
from backend.core.db import SessionDep
from backend.core.downloads import attachment_disposition
from backend.core.schemas import ObjectId
from backend.documents import exports, repository
from backend.documents.responses import EVERY_ROUTE
from backend.models import Document, DocumentVersion, Organisation
from backend.models.enums import Locale

router = APIRouter(tags=["documents"], responses=EVERY_ROUTE)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MEDIA_TYPES = {
    "docx": DOCX,
    "odt": "application/vnd.oasis.opendocument.text",
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
    "text": "text/plain; charset=utf-8",
}


def _file(data: bytes, media_type: str, filename: str) -> Response:
    return Response(
        data,
        media_type=media_type,
        headers={
            "Content-Disposition": attachment_disposition(filename),
            # An uploaded HTML file is never rendered as a page of ours.
            "Content-Security-Policy": "sandbox",
            "X-Content-Type-Options": "nosniff",
        },
    )


def _stem(file_name: str) -> str:
    return file_name.rsplit(".", 1)[0] if "." in file_name else file_name


@router.get(
    "/document-versions/{version_id}/original",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}, "description": "The file"}},
)
async def download_original(
    version_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> Response:
    """The file as it was uploaded."""
    version, _, _ = await repository.version_with_subject(db, principal, version_id)
    return _file(version.data, MEDIA_TYPES[version.format], version.file_name)


@router.get(
    "/document-versions/{version_id}/reviewed.docx",
    response_class=Response,
    responses={200: {"content": {DOCX: {}}, "description": "The reviewed document"}},
)
async def download_reviewed_docx(
    version_id: ObjectId, principal: CurrentPrincipal, db: SessionDep, locale: Locale = Locale.SV
) -> Response:
    """The document as DOCX with every finding and passage comment as a Word comment."""
    version, _, _ = await repository.version_with_subject(db, principal, version_id)
    data = await exports.reviewed_version_docx(db, version, locale.value)
    suffix = "granskad" if locale is Locale.SV else "reviewed"
    return _file(data, DOCX, f"{_stem(version.file_name)} ({suffix}).docx")


@router.get(
    "/document-versions/{version_id}/report.pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "The review report"}},
)
async def download_version_report(
    version_id: ObjectId,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
    locale: Locale = Locale.SV,
) -> Response:
    """The review report of one version (PDF, Swedish or English)."""
    version, document, _ = await repository.version_with_subject(db, principal, version_id)
    organisation = await db.scalar(
        select(Organisation.name).where(Organisation.id == document.organisation_id)
    )
    data = await exports.report_pdf(
        db,
        [(document, version)],
        organisation=organisation or "",
        title=document.title,
        locale=locale.value,
        today=clock.now().date(),
    )
    name = "granskning" if locale is Locale.SV else "review"
    return _file(data, "application/pdf", f"{_stem(version.file_name)} ({name}).pdf")


@router.get(
    "/certifications/{certification_id}/documents/report.pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "The review report"}},
)
async def download_certification_report(
    certification_id: ObjectId,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
    locale: Locale = Locale.SV,
) -> Response:
    """The review report of every document of a certification, each at its current version."""
    certification, _ = await repository.subject_for(db, principal, certification_id)
    rows = (
        await db.execute(
            select(Document, DocumentVersion)
            .join(
                DocumentVersion,
                (DocumentVersion.document_id == Document.id)
                & (DocumentVersion.number == Document.current_version),
            )
            .where(Document.certification_id == certification_id)
            .order_by(Document.created_at, Document.id)
        )
    ).all()
    organisation = await db.scalar(
        select(Organisation.name).where(Organisation.id == certification.organisation_id)
    )
    title = "Granskning av dokument" if locale is Locale.SV else "Document review"
    data = await exports.report_pdf(
        db,
        [(row[0], row[1]) for row in rows],
        organisation=organisation or "",
        title=title,
        locale=locale.value,
        today=clock.now().date(),
    )
    return _file(data, "application/pdf", f"{title} – {organisation}.pdf")
