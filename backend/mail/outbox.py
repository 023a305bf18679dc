"""Mail is written to the outbox in the request's transaction and sent after the commit."""

from __future__ import annotations

from datetime import datetime
from importlib import resources
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.models import OutboxMessage
from backend.models.enums import Locale


def render(template: str, locale: Locale, **values: Any) -> tuple[str, str]:
    """(subject, body) from ``templates/<template>.<locale>.txt``; the first line is the subject."""
    text = (
        resources.files("backend.mail")
        .joinpath("templates", f"{template}.{locale.value}.txt")
        .read_text(encoding="utf-8")
    )
    subject, _, body = text.partition("\n")
    return subject.strip(), body.lstrip("\n").format(**values)


def enqueue(
    session: AsyncSession,
    *,
    to: str,
    to_name: str | None = None,
    subject: str,
    body: str,
    now: datetime,
    dedupe_key: str | None = None,
) -> OutboxMessage:
    message = OutboxMessage(
        to_address=to,
        to_name=to_name,
        subject=subject,
        body_text=body,
        dedupe_key=dedupe_key,
        created_at=now,
        next_attempt_at=now,
        attempts=0,
    )
    session.add(message)
    # Read by the session dependency: after the commit it wakes the dispatcher at once.
    session.info["mail_enqueued"] = True
    return message
