"""Certification queries, scoped to the caller: trainers see theirs, members their own."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Select, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.core.errors import NotFound
from backend.core.policy import Subject
from backend.core.principal import Principal
from backend.models import (
    ActionPlan,
    Certificate,
    Certification,
    CertificationTrainer,
    Organisation,
    TrainingDay,
    User,
)
from backend.models.enums import CertificationStatus, PlanStatus, Role, TrainingDayStatus


def visible_certifications(principal: Principal) -> Select[Certification, str]:
    stmt = select(Certification, Organisation.name).join(
        Organisation, Organisation.id == Certification.organisation_id
    )
    if principal.role is Role.TRAINER:
        stmt = stmt.where(
            exists().where(
                CertificationTrainer.certification_id == Certification.id,
                CertificationTrainer.user_id == principal.id,
            )
        )
    elif principal.role is Role.MEMBER:
        stmt = stmt.where(Certification.organisation_id == principal.organisation_id)
    return stmt


def certification_list(
    principal: Principal,
    *,
    status: CertificationStatus | None,
    organisation_id: int | None,
) -> Select[Certification, str]:
    stmt = visible_certifications(principal).order_by(
        Certification.opened_at.desc(), Certification.id.desc()
    )
    if status is not None:
        stmt = stmt.where(Certification.status == status)
    if organisation_id is not None:
        stmt = stmt.where(Certification.organisation_id == organisation_id)
    return stmt


@dataclass
class CertificationFacts:
    """What the list and detail views show besides the row itself, fetched for a whole page."""

    trainers: dict[int, list[tuple[int, str]]] = field(default_factory=lambda: defaultdict(list))
    moments_held: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    plan_status: dict[int, PlanStatus] = field(default_factory=dict)
    certificate: dict[int, tuple[int, str]] = field(default_factory=dict)


async def facts_for(db: AsyncSession, ids: Sequence[int]) -> CertificationFacts:
    """Four queries whatever the number of certifications."""
    facts = CertificationFacts()
    if not ids:
        return facts
    for cert_id, user_id, name in await db.execute(
        select(CertificationTrainer.certification_id, User.id, User.full_name)
        .join(User, User.id == CertificationTrainer.user_id)
        .where(CertificationTrainer.certification_id.in_(ids))
        .order_by(User.full_name)
    ):
        facts.trainers[cert_id].append((user_id, name))
    for cert_id, first, last in await db.execute(
        select(TrainingDay.certification_id, TrainingDay.first_moment, TrainingDay.last_moment)
        .where(TrainingDay.certification_id.in_(ids))
        .where(TrainingDay.status == TrainingDayStatus.HELD)
    ):
        facts.moments_held[cert_id].update(range(first, last + 1))
    for cert_id, plan_status in await db.execute(
        select(ActionPlan.certification_id, ActionPlan.status).where(
            ActionPlan.certification_id.in_(ids)
        )
    ):
        facts.plan_status[cert_id] = plan_status
    for cert_id, certificate_id, number in await db.execute(
        select(Certificate.certification_id, Certificate.id, Certificate.number)
        .where(Certificate.certification_id.in_(ids))
        .order_by(Certificate.id)
    ):
        facts.certificate[cert_id] = (certificate_id, number)
    return facts


@dataclass(frozen=True)
class CertificationAccess:
    """A certification the caller may see, and whether they may manage its training."""

    certification: Certification
    organisation_name: str
    trainer_ids: frozenset[int]
    principal: Principal

    @property
    def subject(self) -> Subject:
        """The certification as every domain's rules see it: its organisation and trainers."""
        return Subject(self.certification.organisation_id, self.trainer_ids)


async def get_visible(
    db: AsyncSession, principal: Principal, certification_id: int, *, for_update: bool = False
) -> CertificationAccess:
    """The certification, or 404 when it does not exist or is not the caller's to see."""
    stmt = visible_certifications(principal).where(Certification.id == certification_id)
    if for_update:
        stmt = stmt.with_for_update(of=Certification)
    row = (await db.execute(stmt)).one_or_none()
    if row is None:
        raise NotFound()
    certification, organisation_name = row
    trainer_ids = frozenset(
        await db.scalars(
            select(CertificationTrainer.user_id).where(
                CertificationTrainer.certification_id == certification_id
            )
        )
    )
    return CertificationAccess(certification, organisation_name, trainer_ids, principal)
