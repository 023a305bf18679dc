"""The certification's state machine: every allowed transition, in one place.

Drawn in docs/certification-states.md; tests walk every pair of states.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from backend.audit.service import record
from backend.certifications.errors import InvalidTransition
from backend.models import Certification
from backend.models.enums import AuditAction
from backend.models.enums import CertificationStatus as S

TRANSITIONS: dict[S, frozenset[S]] = {
    S.OPEN: frozenset({S.PLAN_SUBMITTED, S.CANCELLED}),
    S.PLAN_SUBMITTED: frozenset({S.CHANGES_REQUESTED, S.CERTIFIED, S.CANCELLED}),
    S.CHANGES_REQUESTED: frozenset({S.PLAN_SUBMITTED, S.CANCELLED}),
    S.CERTIFIED: frozenset(),
    S.CANCELLED: frozenset(),
}


def can_move(current: S, target: S) -> bool:
    return target in TRANSITIONS[current]


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
    if not can_move(current, target):
        raise InvalidTransition(
            {"message": InvalidTransition.message, "from": current.value, "to": target.value}
        )
    certification.status = target
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
