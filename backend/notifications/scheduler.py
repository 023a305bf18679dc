"""Time-based reminders: follow-ups due in 30, 7 and 1 days and overdue, re-certification windows
opening, certificates expiring within 60 days.

Each run looks at what is true *today* and creates every reminder whose moment has come and that
does not exist yet, so a run after a week of downtime sends the missed ones, once each.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased

from backend.certificates.service import in_open_window
from backend.core.clock import Clock
from backend.core.config import Settings
from backend.core.dates import local_date
from backend.follow_ups.policies import OPEN
from backend.models import Certificate, Certification, FollowUp, Organisation
from backend.models.enums import CertificateStatus
from backend.notifications.service import (
    auditors_and_admins,
    certification_link,
    notify,
    trainers_of,
    working_group,
)

log = logging.getLogger(__name__)
DUE_REMINDERS = (30, 7, 1)


async def _follow_up_reminders(
    db: AsyncSession, settings: Settings, today: dt.date, now: dt.datetime
) -> int:
    created = 0
    rows = await db.execute(
        select(FollowUp, Certification.organisation_id, Organisation.name)
        .join(Certification, Certification.id == FollowUp.certification_id)
        .join(Organisation, Organisation.id == Certification.organisation_id)
        .where(
            FollowUp.status.in_(OPEN),
            FollowUp.due_on <= today + dt.timedelta(days=max(DUE_REMINDERS)),
        )
    )
    for follow_up, organisation_id, name in rows:
        group = await working_group(db, organisation_id)
        data = {
            "organisation_name": name,
            "certification_id": follow_up.certification_id,
            "follow_up_id": follow_up.id,
            "due_on": follow_up.due_on.isoformat(),
            "kind_of_follow_up": follow_up.kind.value,
        }
        link = f"{certification_link(follow_up.certification_id)}?tab=follow-ups"
        if today > follow_up.due_on:
            recipients = group + await trainers_of(db, follow_up.certification_id)
            created += await notify(
                db,
                settings,
                recipients,
                kind="follow_up_overdue",
                key=f"follow_up_overdue:{follow_up.id}",
                data=data,
                link=link,
                now=now,
            )
            continue
        for days in DUE_REMINDERS:
            if follow_up.due_on - dt.timedelta(days=days) <= today:
                created += await notify(
                    db,
                    settings,
                    group,
                    kind="follow_up_due",
                    key=f"follow_up_due:{follow_up.id}:{days}",
                    data={**data, "days": days},
                    link=link,
                    now=now,
                )
    return created


async def _certificate_reminders(
    db: AsyncSession, settings: Settings, today: dt.date, now: dt.datetime
) -> int:
    created = 0
    successor = aliased(Certification)
    rows = await db.execute(
        select(Certificate, Organisation.name)
        .join(Organisation, Organisation.id == Certificate.organisation_id)
        .where(
            Certificate.status != CertificateStatus.WITHDRAWN,
            in_open_window(today, settings),
            ~exists().where(successor.previous_certification_id == Certificate.certification_id),
        )
    )
    staff = await auditors_and_admins(db)
    for certificate, name in rows:
        group = await working_group(db, certificate.organisation_id)
        data = {
            "organisation_name": name,
            "certification_id": certificate.certification_id,
            "certificate_id": certificate.id,
            "number": certificate.number,
            "valid_until": certificate.valid_until.isoformat(),
        }
        link = certification_link(certificate.certification_id)
        created += await notify(
            db,
            settings,
            staff + group,
            kind="recert_window_opened",
            key=f"recert_window_opened:{certificate.id}",
            data=data,
            link=link,
            now=now,
        )
        if certificate.valid_until - dt.timedelta(days=settings.expiry_warning_days) <= today:
            auditors = [u for u in staff if u.role.value == "auditor"]
            created += await notify(
                db,
                settings,
                auditors + group,
                kind="certificate_expiring",
                key=f"certificate_expiring:{certificate.id}",
                data=data,
                link=link,
                now=now,
            )
    return created


async def run_reminders(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, clock: Clock
) -> int:
    """One pass, in one transaction; returns how many notifications it created."""
    now = clock.now()
    today = local_date(now)
    async with sessionmaker() as db:
        created = await _follow_up_reminders(db, settings, today, now)
        created += await _certificate_reminders(db, settings, today, now)
        await db.commit()
    return created


async def run_forever(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    clock: Clock,
    mail_wakeup: asyncio.Event,
) -> None:
    while True:
        try:
            if await run_reminders(sessionmaker, settings, clock):
                mail_wakeup.set()
        except Exception:
            log.exception("reminder run failed; the next run catches up")
        await asyncio.sleep(settings.reminder_interval_seconds)
