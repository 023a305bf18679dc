from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from fastapi import APIRouter, Response
from sqlalchemy import ColumnElement, select

from backend.auth.permissions import CurrentPrincipal
from backend.certificates import service
from backend.certificates.numbers import normalise
from backend.certificates.pdf import render_certificate
from backend.certificates.policies import CertificateAction
from backend.certificates.schemas import (
    CertificateRead,
    PublicCertificate,
    RestoreRequest,
    SuspendRequest,
    WithdrawRequest,
)
from backend.certifications import repository as certification_repo
from backend.certifications.repository import CertificationAccess
from backend.core.clock import ClockDep
from backend.core.config import Settings
from backend.core.dates import local_date
from backend.core.db import SessionDep
from backend.core.deps import SettingsDep
from backend.core.errors import NotFound
from backend.core.principal import Principal
from backend.core.schemas import ObjectId
from backend.models import Certificate, Certification, User
from backend.models.enums import CertificateStatus
from backend.notifications import events

router = APIRouter(tags=["certificates"])


async def _with_issuer(
    db: SessionDep, condition: ColumnElement[bool]
) -> tuple[Certificate, str | None, int]:
    """The certificate, its issuer's name and its cycle, or 404."""
    row = (
        await db.execute(
            select(Certificate, User.full_name, Certification.cycle)
            .join(Certification, Certification.id == Certificate.certification_id)
            .outerjoin(User, User.id == Certificate.issued_by_id)
            .where(condition)
            .order_by(Certificate.id.desc())
            .limit(1)
        )
    ).one_or_none()
    if row is None:
        raise NotFound()
    return row


@dataclass(frozen=True)
class _Found:
    """A certificate with its issuer's name and cycle, and the caller's access to its
    certification."""

    certificate: Certificate
    issuer: str | None
    cycle: int
    access: CertificationAccess

    def read(self, principal: Principal, settings: Settings, now: datetime) -> CertificateRead:
        """The certificate as `principal` sees it."""
        return service.read_model(
            self.certificate,
            self.issuer,
            settings,
            now,
            self.cycle,
            principal=principal,
            subject=self.access.subject,
        )


async def _find(db: SessionDep, principal: Principal, certificate_id: int) -> _Found:
    """The certificate by id, or 404 when it or its certification is not the caller's to see."""
    certificate, issuer, cycle = await _with_issuer(db, Certificate.id == certificate_id)
    access = await certification_repo.get_visible(db, principal, certificate.certification_id)
    return _Found(certificate, issuer, cycle, access)


@router.get("/certifications/{certification_id}/certificate", response_model=CertificateRead)
async def read_certificate(
    certification_id: ObjectId,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> CertificateRead:
    """The certificate issued for this certification (404 before approval)."""
    access = await certification_repo.get_visible(db, principal, certification_id)
    certificate, issuer, cycle = await _with_issuer(
        db, Certificate.certification_id == certification_id
    )
    return _Found(certificate, issuer, cycle, access).read(principal, settings, clock.now())


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
    found = await _find(db, principal, certificate_id)
    pdf = render_certificate(found.read(principal, settings, clock.now()), lang)
    filename = f"jamlik-certifikat-{found.certificate.number}-{lang}.pdf"
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


@router.get("/certificates/{certificate_id}", response_model=CertificateRead)
async def read_certificate_by_id(
    certificate_id: ObjectId,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> CertificateRead:
    """One certificate with its status, the reason for it, and its cycle."""
    found = await _find(db, principal, certificate_id)
    return found.read(principal, settings, clock.now())


async def _change(
    certificate_id: int,
    principal: Principal,
    db: SessionDep,
    settings: Settings,
    now: datetime,
    action: CertificateAction,
    reason: str,
    until: date | None = None,
) -> CertificateRead:
    found = await _find(db, principal, certificate_id)
    certificate, access = found.certificate, found.access
    target = service.change_status(
        db, access, certificate, action, reason=reason, until=until, now=now
    )
    if target is not CertificateStatus.VALID:
        await events.certificate_status(
            db,
            settings,
            access,
            f"certificate_{target.value}",
            certificate.id,
            now,
            reason=reason,
            until=until.isoformat() if until else None,
        )
    return found.read(principal, settings, now)


@router.post("/certificates/{certificate_id}/suspend", response_model=CertificateRead)
async def suspend_certificate(
    certificate_id: ObjectId,
    body: SuspendRequest,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> CertificateRead:
    """Suspend a certificate (auditors, admins), for a reason and optionally until a date."""
    return await _change(
        certificate_id,
        principal,
        db,
        settings,
        clock.now(),
        CertificateAction.SUSPEND,
        body.reason,
        body.until,
    )


@router.post("/certificates/{certificate_id}/restore", response_model=CertificateRead)
async def restore_certificate(
    certificate_id: ObjectId,
    body: RestoreRequest,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> CertificateRead:
    """End a suspension before its date (auditors, admins)."""
    return await _change(
        certificate_id, principal, db, settings, clock.now(), CertificateAction.RESTORE, body.reason
    )


@router.post("/certificates/{certificate_id}/withdraw", response_model=CertificateRead)
async def withdraw_certificate(
    certificate_id: ObjectId,
    body: WithdrawRequest,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> CertificateRead:
    """Withdraw a certificate for good (auditors, admins)."""
    return await _change(
        certificate_id,
        principal,
        db,
        settings,
        clock.now(),
        CertificateAction.WITHDRAW,
        body.reason,
    )
