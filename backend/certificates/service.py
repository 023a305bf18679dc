"""Issuing certificates and telling their status."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.audit.service import record
from backend.certificates.numbers import new_number
from backend.certificates.schemas import CertificateRead, PublicStatus
from backend.core.config import Settings
from backend.core.dates import add_months, local_date
from backend.follow_ups import service as follow_ups
from backend.models import Certificate, Certification
from backend.models.enums import AuditAction, CertificateStatus

VALIDITY_MONTHS = 36


def public_status(certificate: Certificate, today: dt.date) -> PublicStatus:
    if certificate.status is not CertificateStatus.VALID:
        return certificate.status.value  # type: ignore[return-value]  # suspended | withdrawn
    return "expired" if today > certificate.valid_until else "valid"


def verify_url(settings: Settings, number: str) -> str:
    return f"{settings.base_url}/verify/{number}"


async def _unused_number(db: AsyncSession) -> str:
    while True:  # 32^7 numbers: a collision is rare, and then we draw again
        number = new_number()
        if await db.scalar(select(Certificate.id).where(Certificate.number == number)) is None:
            return number


async def issue(
    db: AsyncSession,
    *,
    certification: Certification,
    organisation_name: str,
    issued_by_id: int,
    plan_version: int,
    now: dt.datetime,
) -> Certificate:
    issued_on = local_date(now)
    certificate = Certificate(
        number=await _unused_number(db),
        certification_id=certification.id,
        organisation_id=certification.organisation_id,
        organisation_name=organisation_name,
        scope=certification.scope,
        issued_on=issued_on,
        valid_until=add_months(issued_on, VALIDITY_MONTHS),
        issued_by_id=issued_by_id,
        plan_version=plan_version,
        status=CertificateStatus.VALID,
        issued_at=now,
    )
    db.add(certificate)
    await db.flush()
    follow_ups.schedule_for(db, certificate)
    record(
        db,
        at=now,
        action=AuditAction.CERTIFICATE_ISSUED,
        actor_id=issued_by_id,
        object_type="certificate",
        object_id=certificate.id,
        organisation_id=certification.organisation_id,
        data={"number": certificate.number, "valid_until": certificate.valid_until.isoformat()},
    )
    return certificate


def read_model(
    certificate: Certificate, issued_by_name: str | None, settings: Settings, now: dt.datetime
) -> CertificateRead:
    return CertificateRead(
        id=certificate.id,
        number=certificate.number,
        certification_id=certificate.certification_id,
        organisation_id=certificate.organisation_id,
        organisation_name=certificate.organisation_name,
        scope=certificate.scope,
        issued_on=certificate.issued_on,
        valid_until=certificate.valid_until,
        issued_by_name=issued_by_name,
        plan_version=certificate.plan_version,
        status=public_status(certificate, local_date(now)),
        verify_url=verify_url(settings, certificate.number),
    )
