"""Creating notifications: in the app for everyone concerned, by mail for those who want it.

Every notification has a key; the database keeps one per person and key (INSERT … ON CONFLICT DO
NOTHING), and only the insert that created it queues the mail. So a reminder goes out once even
when two scheduler runs, on two workers, find it due at the same moment.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from backend.core.config import Settings
from backend.mail.outbox import enqueue
from backend.models import CertificationTrainer, Notification, User
from backend.models.enums import Role
from backend.notifications.texts import mail_for


async def notify(
    db: AsyncSession,
    settings: Settings,
    recipients: Iterable[User],
    *,
    kind: str,
    key: str,
    data: dict[str, Any],
    link: str,
    now: datetime,
) -> int:
    """Returns how many notifications were new."""
    dialect = postgresql if db.get_bind().dialect.name == "postgresql" else sqlite
    created = 0
    for user in {u.id: u for u in recipients}.values():
        stmt = (
            dialect.insert(Notification)
            .values(
                user_id=user.id,
                kind=kind,
                data=data,
                link=link,
                dedupe_key=key,
                created_at=now,
                read_at=None,
            )
            .on_conflict_do_nothing(index_elements=["user_id", "dedupe_key"])
            .returning(Notification.id)
        )
        notification_id = (await db.execute(stmt)).scalar_one_or_none()
        if notification_id is None:
            continue
        created += 1
        if user.notify_by_mail and user.is_active and user.password_hash is not None:
            subject, body = mail_for(
                kind, user.locale, data, full_name=user.full_name, link=f"{settings.base_url}{link}"
            )
            enqueue(
                db,
                to=user.email,
                to_name=user.full_name,
                subject=subject,
                body=body,
                now=now,
                dedupe_key=f"notification:{notification_id}",
            )
    return created


async def working_group(db: AsyncSession, organisation_id: int) -> list[User]:
    return list(
        await db.scalars(
            select(User).where(
                User.organisation_id == organisation_id,
                User.role == Role.MEMBER,
                User.is_active.is_(True),
                User.password_hash.is_not(None),
            )
        )
    )


async def trainers_of(db: AsyncSession, certification_id: int) -> list[User]:
    return list(
        await db.scalars(
            select(User)
            .join(CertificationTrainer, CertificationTrainer.user_id == User.id)
            .where(
                CertificationTrainer.certification_id == certification_id, User.is_active.is_(True)
            )
        )
    )


async def auditors_and_admins(db: AsyncSession) -> list[User]:
    return list(
        await db.scalars(
            select(User).where(User.role.in_([Role.AUDITOR, Role.ADMIN]), User.is_active.is_(True))
        )
    )


def certification_link(certification_id: int) -> str:
    return f"/certifications/{certification_id}"
