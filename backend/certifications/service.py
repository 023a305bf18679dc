"""Opening, changing and cancelling certifications; reading them with what dashboards need."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.action_plans.content import EMPTY_CONTENT
from backend.action_plans.policies import WORKFLOW as PLAN_WORKFLOW
from backend.audit.service import record
from backend.certifications import transitions
from backend.certifications.errors import CertificationClosed, CertificationExists, NotATrainer
from backend.certifications.policies import POLICY, WORKFLOW, CertificationAction
from backend.certifications.repository import CertificationAccess, CertificationFacts
from backend.certifications.schemas import (
    CertificationCreate,
    CertificationRead,
    CertificationUpdate,
    Stage,
    TrainerRef,
)
from backend.core.errors import NotFound, VersionConflict
from backend.core.policy import Subject
from backend.core.principal import Principal
from backend.models import (
    ActionPlan,
    AgendaItem,
    AgendaTemplateItem,
    Certification,
    CertificationTrainer,
    Organisation,
    User,
)
from backend.models.base import touch
from backend.models.enums import AuditAction, CertificationStatus, PlanStatus, Role
from backend.training.policies import certification_actions

ALL_MOMENTS = frozenset({1, 2, 3})


def stage_of(status: CertificationStatus, moments_held: set[int]) -> Stage:
    if status is CertificationStatus.CANCELLED:
        return "cancelled"
    if status is CertificationStatus.CERTIFIED:
        return "certified"
    if status is CertificationStatus.PLAN_SUBMITTED:
        return "review"
    return "planning" if moments_held >= ALL_MOMENTS else "training"


def read_model(
    principal: Principal,
    certification: Certification,
    organisation_name: str,
    facts: CertificationFacts,
) -> CertificationRead:
    held = facts.moments_held.get(certification.id, set())
    trainers = facts.trainers.get(certification.id, [])
    subject = Subject(certification.organisation_id, frozenset(i for i, _n in trainers))
    certificate = facts.certificate.get(certification.id)
    return CertificationRead(
        id=certification.id,
        organisation_id=certification.organisation_id,
        organisation_name=organisation_name,
        status=certification.status,
        stage=stage_of(certification.status, held),
        trainers=[TrainerRef(id=i, full_name=n) for i, n in trainers],
        group_size=certification.group_size,
        scope=certification.scope,
        opened_at=certification.opened_at,
        version=certification.version,
        moments_held=sorted(held),
        plan_status=facts.plan_status.get(certification.id),
        certificate_id=certificate[0] if certificate else None,
        certificate_number=certificate[1] if certificate else None,
        cycle=certification.cycle,
        previous_certification_id=certification.previous_certification_id,
        allowed_actions=[
            *POLICY.allowed(principal, subject, certification.status),
            *certification_actions(principal, subject, certification.status),
        ],
    )


async def _check_trainers(db: AsyncSession, trainer_ids: Sequence[int]) -> list[int]:
    wanted = sorted(set(trainer_ids))
    found = set(
        await db.scalars(
            select(User.id).where(
                User.id.in_(wanted), User.role == Role.TRAINER, User.is_active.is_(True)
            )
        )
    )
    if found != set(wanted):
        raise NotATrainer({"message": NotATrainer.message, "user_ids": sorted(set(wanted) - found)})
    return wanted


def _assign(
    db: AsyncSession, certification_id: int, trainer_ids: Sequence[int], now: datetime
) -> None:
    db.add_all(
        CertificationTrainer(certification_id=certification_id, user_id=uid, assigned_at=now)
        for uid in trainer_ids
    )


async def open_certification(
    db: AsyncSession, admin: Principal, body: CertificationCreate, now: datetime
) -> Certification:
    POLICY.require(admin, CertificationAction.OPEN)
    organisation = await db.get(Organisation, body.organisation_id)
    if organisation is None:
        raise NotFound()
    existing = await db.scalar(
        select(Certification.id).where(
            Certification.organisation_id == organisation.id,
            Certification.status != CertificationStatus.CANCELLED,
        )
    )
    if existing is not None:
        raise CertificationExists(
            {"message": CertificationExists.message, "certification_id": existing}
        )
    trainer_ids = await _check_trainers(db, body.trainer_ids)
    certification = Certification(
        organisation_id=organisation.id,
        status=WORKFLOW.require_start(CertificationStatus.OPEN),
        group_size=body.group_size,
        scope=body.scope,
        opened_at=now,
        opened_by_id=admin.id,
        created_at=now,
        updated_at=now,
    )
    db.add(certification)
    await db.flush()
    _assign(db, certification.id, trainer_ids, now)
    await _copy_agenda_templates(db, certification.id)
    # The working group's plan exists from the start, empty, at version 0.
    db.add(
        ActionPlan(
            certification_id=certification.id,
            status=PLAN_WORKFLOW.require_start(PlanStatus.DRAFT),
            version=0,
            content=EMPTY_CONTENT,
            updated_at=now,
        )
    )
    record(
        db,
        at=now,
        action=AuditAction.CERTIFICATION_OPENED,
        actor_id=admin.id,
        object_type="certification",
        object_id=certification.id,
        organisation_id=organisation.id,
        data={"from": None, "to": CertificationStatus.OPEN.value, "trainer_ids": trainer_ids},
    )
    return certification


async def _copy_agenda_templates(db: AsyncSession, certification_id: int) -> None:
    templates = await db.scalars(
        select(AgendaTemplateItem).order_by(AgendaTemplateItem.moment, AgendaTemplateItem.position)
    )
    db.add_all(
        AgendaItem(
            certification_id=certification_id,
            moment=t.moment,
            position=t.position,
            kind=t.kind,
            title=t.title,
            duration_minutes=t.duration_minutes,
        )
        for t in templates
    )


async def update_certification(
    db: AsyncSession,
    access: CertificationAccess,
    body: CertificationUpdate,
    current: CertificationRead,
    now: datetime,
) -> Certification:
    POLICY.require(access.principal, CertificationAction.UPDATE, access.subject)
    certification = access.certification
    if not POLICY.in_state(CertificationAction.UPDATE, certification.status):
        raise CertificationClosed()
    if body.version != certification.version:
        raise VersionConflict(current.model_dump(mode="json"))
    changed: list[str] = []
    if body.trainer_ids is not None:
        trainer_ids = await _check_trainers(db, body.trainer_ids)
        if set(trainer_ids) != access.trainer_ids:
            await db.execute(
                delete(CertificationTrainer).where(
                    CertificationTrainer.certification_id == certification.id
                )
            )
            _assign(db, certification.id, trainer_ids, now)
            changed.append("trainer_ids")
    for name in ("group_size", "scope"):
        value = getattr(body, name)
        if value is not None and getattr(certification, name) != value:
            setattr(certification, name, value)
            changed.append(name)
    if changed:
        touch(certification, now)
        record(
            db,
            at=now,
            action=AuditAction.CERTIFICATION_UPDATED,
            actor_id=access.principal.id,
            object_type="certification",
            object_id=certification.id,
            organisation_id=certification.organisation_id,
            data={"fields": changed},
        )
        await db.flush()
    return certification


def cancel(db: AsyncSession, access: CertificationAccess, reason: str, now: datetime) -> None:
    POLICY.require(access.principal, CertificationAction.CANCEL, access.subject)
    transitions.move(
        db,
        access.certification,
        CertificationStatus.CANCELLED,
        actor_id=access.principal.id,
        now=now,
        reason=reason,
    )
