"""Who hears about what: the notifications that follow from a step in the cycle."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.certifications.repository import CertificationAccess
from backend.core.config import Settings
from backend.models import Organisation, User
from backend.notifications.service import certification_link, notify, trainers_of, working_group


async def _send(
    db: AsyncSession,
    settings: Settings,
    access: CertificationAccess,
    recipients: list[User],
    kind: str,
    key: str,
    now: datetime,
    tab: str = "",
    **data: Any,
) -> None:
    certification = access.certification
    link = certification_link(certification.id) + (f"?tab={tab}" if tab else "")
    await notify(
        db,
        settings,
        recipients,
        kind=kind,
        key=key,
        link=link,
        now=now,
        data={
            "organisation_name": access.organisation_name,
            "certification_id": certification.id,
            **data,
        },
    )


async def _group(db: AsyncSession, access: CertificationAccess) -> list[User]:
    return await working_group(db, access.certification.organisation_id)


async def plan_step(
    db: AsyncSession,
    settings: Settings,
    access: CertificationAccess,
    kind: str,
    version: int,
    now: datetime,
    **data: Any,
) -> None:
    """plan_submitted goes to the trainers, the trainers' answers to the working group."""
    trainers = await trainers_of(db, access.certification.id)
    recipients = {
        "plan_submitted": trainers,
        "plan_changes_requested": await _group(db, access),
        "plan_approved": await _group(db, access) + trainers,
    }[kind]
    await _send(
        db,
        settings,
        access,
        recipients,
        kind,
        f"{kind}:{access.certification.id}:{version}:{now.isoformat()}",
        now,
        tab="plan",
        version=version,
        **data,
    )


async def follow_up_step(
    db: AsyncSession,
    settings: Settings,
    access: CertificationAccess,
    kind: str,
    follow_up_id: int,
    version: int,
    now: datetime,
    **data: Any,
) -> None:
    recipients = (
        await trainers_of(db, access.certification.id)
        if kind == "follow_up_submitted"
        else await _group(db, access)
    )
    await _send(
        db,
        settings,
        access,
        recipients,
        kind,
        f"{kind}:{follow_up_id}:{version}",
        now,
        tab="follow-ups",
        follow_up_id=follow_up_id,
        **data,
    )


async def review_scheduled(
    db: AsyncSession,
    settings: Settings,
    access: CertificationAccess,
    review_id: int,
    auditor_id: int | None,
    scheduled_on: str,
    now: datetime,
) -> None:
    recipients = await _group(db, access)
    if auditor_id is not None:
        auditor = await db.scalar(select(User).where(User.id == auditor_id))
        recipients += [auditor] if auditor else []
    await _send(
        db,
        settings,
        access,
        recipients,
        "review_scheduled",
        f"review_scheduled:{review_id}:{scheduled_on}",
        now,
        review_id=review_id,
        scheduled_on=scheduled_on,
    )


async def certificate_status(
    db: AsyncSession,
    settings: Settings,
    access: CertificationAccess,
    kind: str,
    certificate_id: int,
    now: datetime,
    **data: Any,
) -> None:
    await _send(
        db,
        settings,
        access,
        await _group(db, access),
        kind,
        f"{kind}:{certificate_id}:{now.isoformat()}",
        now,
        certificate_id=certificate_id,
        **data,
    )


async def document_step(
    db: AsyncSession,
    settings: Settings,
    certification_id: int,
    organisation_id: int,
    kind: str,
    version_id: int,
    now: datetime,
    **data: Any,
) -> None:
    """document_uploaded goes to the certification's trainers, document_reviewed to the group."""
    recipients = (
        await trainers_of(db, certification_id)
        if kind == "document_uploaded"
        else await working_group(db, organisation_id)
    )
    organisation_name = await db.scalar(
        select(Organisation.name).where(Organisation.id == organisation_id)
    )
    await notify(
        db,
        settings,
        recipients,
        kind=kind,
        key=f"{kind}:{version_id}:{now.isoformat()}",
        link=f"{certification_link(certification_id)}?tab=documents&version={version_id}",
        now=now,
        data={
            "organisation_name": organisation_name,
            "certification_id": certification_id,
            "version_id": version_id,
            **data,
        },
    )
