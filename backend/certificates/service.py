"""Issuing certificates and telling their status."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.audit.service import record
from backend.certificates.numbers import new_number
from backend.certificates.policies import POLICY, TARGETS, WORKFLOW, CertificateAction
from backend.certificates.schemas import CertificateRead, PublicStatus
from backend.certifications.repository import CertificationAccess
from backend.core.config import Settings
from backend.core.dates import add_months, local_date
from backend.core.errors import InvalidTransition
from backend.core.policy import Subject
from backend.core.principal import Principal
from backend.follow_ups import service as follow_ups
from backend.models import Certificate, Certification
from backend.models.enums import AuditAction, CertificateStatus

VALIDITY_MONTHS = 36


def public_status(certificate: Certificate, today: dt.date) -> PublicStatus:
    """Withdrawn is final; past its date a certificate is expired; a suspension ends by itself
    after its last day."""
    if certificate.status is CertificateStatus.WITHDRAWN:
        return "withdrawn"
    if today > certificate.valid_until:
        return "expired"
    if certificate.status is CertificateStatus.SUSPENDED and (
        certificate.suspended_until is None or today <= certificate.suspended_until
    ):
        return "suspended"
    return "valid"


def current_status(certificate: Certificate, today: dt.date) -> CertificateStatus | None:
    """The status the workflow moves from: as the public sees it today (a suspension past its
    last day is valid again), or None once expired, which no move leaves."""
    status = public_status(certificate, today)
    return None if status == "expired" else CertificateStatus(status)


def allowed_actions(
    principal: Principal, subject: Subject, certificate: Certificate, today: dt.date
) -> list[CertificateAction]:
    """What the caller may do to the certificate today: nothing once it has expired."""
    current = current_status(certificate, today)
    return [] if current is None else POLICY.allowed(principal, subject, current)


AUDIT_ACTIONS = {
    CertificateAction.RESTORE: AuditAction.CERTIFICATE_RESTORED,
    CertificateAction.SUSPEND: AuditAction.CERTIFICATE_SUSPENDED,
    CertificateAction.WITHDRAW: AuditAction.CERTIFICATE_WITHDRAWN,
}


def change_status(
    db: AsyncSession,
    access: CertificationAccess,
    certificate: Certificate,
    action: CertificateAction,
    *,
    reason: str,
    until: dt.date | None,
    now: dt.datetime,
) -> CertificateStatus:
    """Suspend, restore or withdraw: 403 unless the caller may, 409 invalid_transition unless
    the certificate's status today allows it. Returns the new status."""
    POLICY.require(access.principal, action, access.subject)
    current = public_status(certificate, local_date(now))
    target = TARGETS[action]
    state = current_status(certificate, local_date(now))
    if state is None or not POLICY.in_state(action, state):
        raise InvalidTransition(
            {
                "message": "This certificate cannot change that way now.",
                "from": current,
                "to": target.value,
            }
        )
    certificate.status = WORKFLOW.require_move(state, target)
    certificate.status_reason = reason or None
    certificate.suspended_until = until if target is CertificateStatus.SUSPENDED else None
    certificate.status_changed_at = now
    record(
        db,
        at=now,
        action=AUDIT_ACTIONS[action],
        actor_id=access.principal.id,
        object_type="certificate",
        object_id=certificate.id,
        organisation_id=certificate.organisation_id,
        data={
            "from": current,
            "to": target.value,
            "reason": reason,
            "until": until.isoformat() if until else None,
        },
    )
    return target


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
    issued_by_id: int | None,
    plan_version: int,
    now: dt.datetime,
    valid_until: dt.date | None = None,
) -> Certificate:
    """A new certificate; valid 36 months from today unless a renewal carries the old end on."""
    issued_on = local_date(now)
    certificate = Certificate(
        number=await _unused_number(db),
        certification_id=certification.id,
        organisation_id=certification.organisation_id,
        organisation_name=organisation_name,
        scope=certification.scope,
        issued_on=issued_on,
        valid_until=valid_until or add_months(issued_on, VALIDITY_MONTHS),
        issued_by_id=issued_by_id,
        plan_version=plan_version,
        status=WORKFLOW.require_start(CertificateStatus.VALID),
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


def window_opens_on(valid_until: dt.date, settings: Settings) -> dt.date:
    """The one rule for when re-certification may begin: `JAMLIK_RECERT_WINDOW_MONTHS` calendar
    months before expiry, clamped to the month's end (valid until 31 August: opens 28 or 29
    February). Every other answer to "is the window open?" is derived from this function."""
    return add_months(valid_until, -settings.recert_window_months)


def last_expiry_with_open_window(today: dt.date, settings: Settings) -> dt.date:
    """The latest `valid_until` whose window has opened by `today`.

    `window_opens_on` never decreases as `valid_until` grows, so the certificates whose window
    has opened are exactly those expiring on or before this date: the condition a query can use.
    It is found with `window_opens_on` itself rather than by adding months to today, which is
    not its inverse at months' ends (opening on 28 February is expiry on 28–31 August)."""
    # add_months there and back never lands after today, so this is a lower bound ...
    latest = add_months(today, settings.recert_window_months)
    # ... and at a month's end the next few expiry dates may clamp to the same opening day.
    while window_opens_on(latest + dt.timedelta(days=1), settings) <= today:
        latest += dt.timedelta(days=1)
    return latest


def in_open_window(today: dt.date, settings: Settings) -> ColumnElement[bool]:
    """SQL for "the re-certification window is open today": opened by `window_opens_on` and the
    certificate has not expired. The open-window list and the reminders both filter with it."""
    return and_(
        Certificate.valid_until >= today,
        Certificate.valid_until <= last_expiry_with_open_window(today, settings),
    )


def read_model(
    certificate: Certificate,
    issued_by_name: str | None,
    settings: Settings,
    now: dt.datetime,
    cycle: int = 1,
    *,
    principal: Principal | None = None,
    subject: Subject | None = None,
) -> CertificateRead:
    """The certificate as `principal` sees it, with what they may do to it today. `subject`
    defaults to the certificate's organisation (its rules ask for no trainer); without a
    principal `allowed_actions` is empty."""
    today = local_date(now)
    actions = (
        []
        if principal is None
        else allowed_actions(
            principal, subject or Subject(certificate.organisation_id), certificate, today
        )
    )
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
        status=public_status(certificate, today),
        verify_url=verify_url(settings, certificate.number),
        status_reason=certificate.status_reason,
        suspended_until=certificate.suspended_until,
        cycle=cycle,
        window_opens_on=window_opens_on(certificate.valid_until, settings),
        allowed_actions=actions,
    )
