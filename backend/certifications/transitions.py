"""A certification's status changes, each checked against the workflow in policies.py and
written to the audit log (`GET /certifications/{id}/events` shows that history)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from backend.audit.service import record
from backend.certifications.policies import WORKFLOW
from backend.models import Certification
from backend.models.enums import AuditAction
from backend.models.enums import CertificationStatus as S


def move(
    db: AsyncSession,
    certification: Certification,
    target: S,
    *,
    actor_id: int | None,
    now: datetime,
    reason: str | None = None,
) -> None:
    """Change the status or raise 409 invalid_transition; the audit log gets who, when, from, to."""
    current = certification.status
    certification.status = WORKFLOW.require_move(current, target)
    certification.updated_at = now
    record(
        db,
        at=now,
        action=AuditAction.CERTIFICATION_TRANSITION,
        actor_id=actor_id,
        object_type="certification",
        object_id=certification.id,
        organisation_id=certification.organisation_id,
        data={"from": current.value, "to": target.value, "reason": reason},
    )
