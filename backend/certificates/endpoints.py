from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Response
from sqlalchemy import ColumnElement, select

from backend.auth.permissions import CurrentPrincipal
from backend.certificates import service
from backend.certificates.numbers import normalise
from backend.certificates.pdf import render_certificate
from backend.certificates.schemas import CertificateRead, PublicCertificate
from backend.certifications import repository as certification_repo
from backend.core.clock import ClockDep
from backend.core.dates import local_date
from backend.core.db import SessionDep
from backend.core.deps import SettingsDep
from backend.core.errors import NotFound
from backend.core.schemas import ObjectId
from backend.models import Certificate, User

router = APIRouter(tags=["certificates"])


async def _with_issuer(
    db: SessionDep, condition: ColumnElement[bool]
) -> tuple[Certificate, str | None]:
    row = (
        await db.execute(
            select(Certificate, User.full_name)
            .outerjoin(User, User.id == Certificate.issued_by_id)
            .where(condition)
            .order_by(Certificate.id.desc())
            .limit(1)
        )
    ).one_or_none()
    if row is None:
        raise NotFound()
    return row


@router.get("/certifications/{certification_id}/certificate", response_model=CertificateRead)
async def read_certificate(
    certification_id: ObjectId,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> CertificateRead:
    """The certificate issued for this certification (404 before approval)."""
    await certification_repo.get_visible(db, principal, certification_id)
    certificate, issuer = await _with_issuer(db, Certificate.certification_id == certification_id)
    return service.read_model(certificate, issuer, settings, clock.now())


@router.get(
    "/certificates/{certificate_id}/pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "The certificate"}},
)
async def certificate_pdf(
    certificate_id: ObjectId,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
    lang: Literal["sv", "en"] = "sv",
) -> Response:
    """The certificate as a PDF in Swedish or English, with a QR code to its verification page."""
    certificate, issuer = await _with_issuer(db, Certificate.id == certificate_id)
    await certification_repo.get_visible(db, principal, certificate.certification_id)
    pdf = render_certificate(service.read_model(certificate, issuer, settings, clock.now()), lang)
    filename = f"jamlik-certifikat-{certificate.number}-{lang}.pdf"
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/public/certificates/{number}", response_model=PublicCertificate)
async def verify_certificate(number: str, db: SessionDep, clock: ClockDep) -> PublicCertificate:
    """Verify a certificate by its number, without logging in; tells nothing private."""
    canonical = normalise(number[:40])
    if canonical is None:
        raise NotFound()
    certificate = await db.scalar(select(Certificate).where(Certificate.number == canonical))
    if certificate is None:
        raise NotFound()
    return PublicCertificate(
        number=certificate.number,
        organisation_name=certificate.organisation_name,
        status=service.public_status(certificate, local_date(clock.now())),
        issued_on=certificate.issued_on,
        valid_until=certificate.valid_until,
    )
