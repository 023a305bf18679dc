"""Re-certification: the window before expiry, reviews by auditors, and renewal into a next cycle
that builds on the current plan instead of starting over."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, exists, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from backend.action_plans.content import EMPTY_CONTENT
from backend.action_plans.policies import WORKFLOW as PLAN_WORKFLOW
from backend.audit.service import record
from backend.certificates import service as certificates
from backend.certifications.policies import WORKFLOW as CERTIFICATION_WORKFLOW
from backend.certifications.repository import CertificationAccess
from backend.core.config import Settings
from backend.core.dates import add_months, local_date
from backend.core.errors import VersionConflict
from backend.core.principal import Principal
from backend.documents.summary import summaries as document_summaries
from backend.follow_ups.schemas import FollowUpReport
from backend.follow_ups.service import approved_plan, is_overdue
from backend.live.schemas import EvaluationResults
from backend.models import (
    ActionPlan,
    ActionPlanVersion,
    AgendaItem,
    Certificate,
    Certification,
    CertificationTrainer,
    FollowUp,
    Organisation,
    RecertReview,
    TrainingDay,
    User,
    WorkingSession,
)
from backend.models.enums import (
    AuditAction,
    CertificateStatus,
    CertificationStatus,
    PlanStatus,
    PlanVersionKind,
    ReviewOutcome,
    Role,
    SessionKind,
    TrainingDayStatus,
)
from backend.notifications import events
from backend.recertification.errors import (
    EffortsRequired,
    NotAnAuditor,
    ReviewDecided,
    ReviewExists,
    WindowClosed,
)
from backend.recertification.policies import POLICY, WORKFLOW, status_of
from backend.recertification.policies import RecertificationAction as Action
from backend.recertification.policies import ReviewStatus as S
from backend.recertification.schemas import (
    DecisionBasis,
    Effort,
    FollowUpLine,
    GoalProgress,
    GoalReportLine,
    ReviewCreate,
    ReviewUpdate,
    Window,
)
from backend.training.policies import DAY_WORKFLOW
from backend.training.rules import PlannedDay, check_day

RENEWAL_MONTHS = 36
DEFAULT_EFFORT_DELAY = dt.timedelta(days=30)


def recert_list(
    settings: Settings, window: Window, today: dt.date
) -> Select[Certificate, str, int]:
    """The newest certificate of every cycle that has not been carried into a next one."""
    successor = aliased(Certification)
    stmt = (
        select(Certificate, Organisation.name, Certification.cycle)
        .join(Certification, Certification.id == Certificate.certification_id)
        .join(Organisation, Organisation.id == Certificate.organisation_id)
        .where(
            Certificate.status != CertificateStatus.WITHDRAWN,
            ~exists().where(successor.previous_certification_id == Certificate.certification_id),
        )
        .order_by(Certificate.valid_until, Certificate.id)
    )
    if window == "open":
        decided = exists().where(
            RecertReview.certificate_id == Certificate.id, RecertReview.outcome.is_not(None)
        )
        stmt = stmt.where(
            certificates.in_open_window(today, settings),
            ~decided,
        )
    elif window == "expiring":
        stmt = stmt.where(
            Certificate.valid_until >= today,
            Certificate.valid_until <= today + dt.timedelta(days=settings.expiry_warning_days),
        )
    return stmt


async def latest_reviews(
    db: AsyncSession, certificate_ids: list[int]
) -> dict[int, tuple[RecertReview, str | None]]:
    if not certificate_ids:
        return {}
    rows = await db.execute(
        select(RecertReview, User.full_name)
        .outerjoin(User, User.id == RecertReview.auditor_id)
        .where(RecertReview.certificate_id.in_(certificate_ids))
        .order_by(RecertReview.id)
    )
    return {review.certificate_id: (review, name) for review, name in rows}


async def _check_auditor(db: AsyncSession, principal: Principal, auditor_id: int | None) -> int:
    if auditor_id is None:
        if principal.role is Role.AUDITOR:
            return principal.id
        raise NotAnAuditor()
    found = await db.scalar(
        select(User.id).where(
            User.id == auditor_id, User.role == Role.AUDITOR, User.is_active.is_(True)
        )
    )
    if found is None:
        raise NotAnAuditor()
    return auditor_id


def window_open(certificate: Certificate, today: dt.date, settings: Settings) -> bool:
    """Whether a review may be booked today: the window has opened and the certificate is
    neither expired nor withdrawn."""
    return today >= certificates.window_opens_on(
        certificate.valid_until, settings
    ) and certificates.public_status(certificate, today) not in {"expired", "withdrawn"}


async def schedule(
    db: AsyncSession,
    settings: Settings,
    principal: Principal,
    access: CertificationAccess,
    certificate: Certificate,
    body: ReviewCreate,
    now: dt.datetime,
) -> RecertReview:
    for action in _actions(Action.BOOK, body.auditor_id):
        POLICY.require(principal, action, access.subject)
    today = local_date(now)
    opens_on = certificates.window_opens_on(certificate.valid_until, settings)
    if not window_open(certificate, today, settings):
        raise WindowClosed({"message": WindowClosed.message, "opens_on": opens_on.isoformat()})
    undecided = await db.scalar(
        select(RecertReview.id).where(
            RecertReview.certificate_id == certificate.id, RecertReview.outcome.is_(None)
        )
    )
    if undecided is not None:
        raise ReviewExists({"message": ReviewExists.message, "review_id": undecided})
    WORKFLOW.require_start(S.SCHEDULED)  # no outcome yet
    review = RecertReview(
        certificate_id=certificate.id,
        certification_id=certificate.certification_id,
        auditor_id=await _check_auditor(db, principal, body.auditor_id),
        scheduled_on=body.scheduled_on,
        notes=body.notes,
        efforts=[],
        created_at=now,
        updated_at=now,
    )
    db.add(review)
    await db.flush()
    _audit(
        db,
        principal,
        review,
        certificate.organisation_id,
        AuditAction.REVIEW_SCHEDULED,
        now,
        scheduled_on=body.scheduled_on.isoformat(),
    )
    await events.review_scheduled(
        db, settings, access, review.id, review.auditor_id, body.scheduled_on.isoformat(), now
    )
    return review


def _audit(
    db: AsyncSession,
    principal: Principal,
    review: RecertReview,
    organisation_id: int,
    action: AuditAction,
    now: dt.datetime,
    **data: Any,
) -> None:
    record(
        db,
        at=now,
        action=action,
        actor_id=principal.id,
        object_type="recert_review",
        object_id=review.id,
        organisation_id=organisation_id,
        data=data,
    )


def _actions(action: Action, auditor_id: int | None) -> list[Action]:
    """The action, and naming the auditor when the request names one."""
    return [action] if auditor_id is None else [action, Action.ASSIGN]


def _changeable(
    actions: list[Action], review: RecertReview, version: int, current: dict[str, Any]
) -> None:
    """409 `review_decided` once it has an outcome, then 409 on a stale version."""
    if not all(POLICY.in_state(action, status_of(review)) for action in actions):
        raise ReviewDecided()
    if version != review.version:
        raise VersionConflict(current)


async def update(
    db: AsyncSession,
    principal: Principal,
    access: CertificationAccess,
    review: RecertReview,
    organisation_id: int,
    body: ReviewUpdate,
    current: dict[str, Any],
    now: dt.datetime,
) -> RecertReview:
    actions = _actions(Action.SCHEDULE, body.auditor_id)
    for action in actions:
        POLICY.require(principal, action, access.subject)
    _changeable(actions, review, body.version, current)
    if body.scheduled_on is not None:
        review.scheduled_on = body.scheduled_on
    if body.auditor_id is not None:
        review.auditor_id = await _check_auditor(db, principal, body.auditor_id)
    if body.notes is not None:
        review.notes = body.notes
    review.updated_at = now
    _audit(db, principal, review, organisation_id, AuditAction.REVIEW_UPDATED, now)
    await db.flush()
    return review


async def decide(
    db: AsyncSession,
    settings: Settings,
    principal: Principal,
    access: CertificationAccess,
    review: RecertReview,
    certificate: Certificate,
    *,
    version: int,
    outcome: ReviewOutcome,
    notes: str,
    efforts: list[Effort],
    current: dict[str, Any],
    now: dt.datetime,
) -> Certificate | None:
    """Record the outcome; a renewal starts the next cycle and issues its certificate."""
    POLICY.require(principal, Action.DECIDE, access.subject)
    _changeable([Action.DECIDE], review, version, current)
    if outcome is ReviewOutcome.RENEWED_WITH_EFFORTS and not efforts:
        raise EffortsRequired()
    WORKFLOW.require_move(status_of(review), S.DECIDED)
    review.outcome = outcome
    review.efforts = [e.model_dump(mode="json") for e in efforts]
    if notes:
        review.notes = notes
    review.decided_at = now
    review.decided_by_id = principal.id
    review.updated_at = now
    _audit(
        db,
        principal,
        review,
        certificate.organisation_id,
        AuditAction.REVIEW_DECIDED,
        now,
        outcome=outcome.value,
        efforts=review.efforts,
    )
    if outcome is ReviewOutcome.NOT_RENEWED:
        await db.flush()
        return None
    next_cycle, new_certificate = await _renew(db, principal, access, certificate, efforts, now)
    review.next_certification_id = next_cycle.id
    await db.flush()
    return new_certificate


async def _renew(
    db: AsyncSession,
    principal: Principal,
    access: CertificationAccess,
    certificate: Certificate,
    efforts: list[Effort],
    now: dt.datetime,
) -> tuple[Certification, Certificate]:
    previous = access.certification
    next_cycle = Certification(
        organisation_id=previous.organisation_id,
        status=CERTIFICATION_WORKFLOW.require_start(CertificationStatus.CERTIFIED),
        group_size=previous.group_size,
        scope=previous.scope,
        opened_at=now,
        opened_by_id=principal.id,
        cycle=previous.cycle + 1,
        previous_certification_id=previous.id,
        created_at=now,
        updated_at=now,
    )
    db.add(next_cycle)
    await db.flush()
    db.add_all(
        CertificationTrainer(certification_id=next_cycle.id, user_id=uid, assigned_at=now)
        for uid in sorted(access.trainer_ids)
    )
    for item in await db.scalars(
        select(AgendaItem).where(AgendaItem.certification_id == previous.id)
    ):
        db.add(
            AgendaItem(
                certification_id=next_cycle.id,
                moment=item.moment,
                position=item.position,
                kind=item.kind,
                title=item.title,
                duration_minutes=item.duration_minutes,
            )
        )
    await _carry_plan_forward(db, previous.id, next_cycle.id, principal.id, now)
    _plan_efforts(db, next_cycle.id, efforts, principal.id, now)
    record(
        db,
        at=now,
        action=AuditAction.CERTIFICATION_OPENED,
        actor_id=principal.id,
        object_type="certification",
        object_id=next_cycle.id,
        organisation_id=next_cycle.organisation_id,
        data={
            "from": None,
            "to": CertificationStatus.CERTIFIED.value,
            "reason": f"Förnyad: fortsätter certifiering {previous.id}",
        },
    )
    new_certificate = await certificates.issue(
        db,
        certification=next_cycle,
        organisation_name=access.organisation_name,
        issued_by_id=principal.id,
        plan_version=1,
        now=now,
        # An early review does not shorten the cycle: the new term starts where the old one ends.
        valid_until=add_months(certificate.valid_until, RENEWAL_MONTHS),
    )
    return next_cycle, new_certificate


async def _carry_plan_forward(
    db: AsyncSession, previous_id: int, next_id: int, actor_id: int, now: dt.datetime
) -> None:
    """The current plan, copied as it stands: the next cycle builds on it, nobody rewrites it."""
    current = await db.scalar(
        select(ActionPlan.content).where(ActionPlan.certification_id == previous_id)
    )
    content = dict(current) if current else dict(EMPTY_CONTENT)
    plan = ActionPlan(
        certification_id=next_id,
        status=PLAN_WORKFLOW.require_start(PlanStatus.APPROVED),
        version=1,
        content=content,
        updated_at=now,
        updated_by_id=actor_id,
    )
    db.add(plan)
    await db.flush()
    db.add(
        ActionPlanVersion(
            plan_id=plan.id,
            version=1,
            kind=PlanVersionKind.APPROVED,
            content=content,
            saved_at=now,
            saved_by_id=actor_id,
        )
    )


def _plan_efforts(
    db: AsyncSession, certification_id: int, efforts: list[Effort], actor_id: int, now: dt.datetime
) -> None:
    """Efforts on a moment become training days of the next cycle; a topic alone becomes a
    supervision session. The moment rules still hold (a moment once, in order)."""
    planned: list[PlannedDay] = []
    default_day = local_date(now) + DEFAULT_EFFORT_DELAY
    for effort in efforts:
        day = effort.date or default_day
        if effort.moment is None:
            db.add(
                WorkingSession(
                    certification_id=certification_id,
                    kind=SessionKind.SUPERVISION,
                    date=day,
                    notes=effort.topic,
                    created_by_id=actor_id,
                    created_at=now,
                    updated_at=now,
                )
            )
            continue
        candidate = PlannedDay(None, day, effort.moment, effort.moment)
        check_day(planned, candidate, recommended_gap_days=0)
        planned.append(candidate)
        db.add(
            TrainingDay(
                certification_id=certification_id,
                date=day,
                first_moment=effort.moment,
                last_moment=effort.moment,
                status=DAY_WORKFLOW.require_start(TrainingDayStatus.PLANNED),
                notes=effort.topic,
                created_at=now,
                updated_at=now,
            )
        )


async def basis(
    db: AsyncSession,
    certification_id: int,
    today: dt.date,
    evaluations: EvaluationResults | None,
) -> DecisionBasis:
    """What should decide a review: goal progress across both follow-ups, the follow-ups
    themselves and (for staff) the evaluations of the cycle's training days."""
    plan = await approved_plan(db, certification_id)
    follow_ups = list(
        await db.scalars(
            select(FollowUp)
            .where(FollowUp.certification_id == certification_id)
            .order_by(FollowUp.due_on)
        )
    )
    reports = [(f.kind, FollowUpReport.model_validate(f.report)) for f in follow_ups]
    goals = []
    for goal in plan.goals:
        lines = [
            GoalReportLine(
                kind=kind,
                current_value=g.current_value,
                assessment=g.assessment.value if g.assessment else None,
                comment=g.comment,
            )
            for kind, report in reports
            for g in report.goals
            if g.goal_id == goal.id
        ]
        goals.append(
            GoalProgress(
                id=goal.id,
                title=goal.title,
                indicator=goal.indicator,
                unit=goal.unit,
                baseline=goal.baseline,
                target=goal.target,
                deadline=goal.deadline,
                reports=lines,
            )
        )
    return DecisionBasis(
        goals=goals,
        follow_ups=[
            FollowUpLine(
                kind=f.kind, due_on=f.due_on, status=f.status, overdue=is_overdue(f, today)
            )
            for f in follow_ups
        ],
        evaluations=evaluations,
        documents=(await document_summaries(db, [certification_id]))[certification_id],
    )
