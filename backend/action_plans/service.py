"""The action plan: saving with optimistic concurrency and merge, submission, review, approval.

Approval issues the certificate in the same transaction: either both exist or neither does.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.action_plans import policies as plan_policies
from backend.action_plans.content import PlanContent
from backend.action_plans.diff import Change, diff_plans
from backend.action_plans.errors import (
    ApprovalRefused,
    CommentTargetUnknown,
    PlanConflict,
    PlanLocked,
)
from backend.action_plans.merge import Conflict as MergeConflict
from backend.action_plans.merge import merge_plans
from backend.action_plans.policies import POLICY, WORKFLOW, PlanAction
from backend.action_plans.schemas import CommentCreate, PlanRead
from backend.audit.service import record
from backend.certificates import service as certificates
from backend.certifications import transitions
from backend.certifications.errors import CertificationClosed
from backend.certifications.repository import CertificationAccess
from backend.core.config import Settings
from backend.core.errors import InvalidTransition, NotFound, VersionConflict
from backend.documents.plan_document import review_submitted_plan
from backend.models import (
    ActionPlan,
    ActionPlanVersion,
    Certificate,
    PlanComment,
    TrainingDay,
    User,
)
from backend.models.enums import (
    AuditAction,
    CertificationStatus,
    CommentTarget,
    PlanStatus,
    PlanVersionKind,
    Role,
    TrainingDayStatus,
)
from backend.notifications import events
from backend.rate_limits import service as rate_limits

# The rate limit's name for comments and answers on a plan.
COMMENT_WRITES = "plan_comment"


async def plan_for(
    db: AsyncSession, access: CertificationAccess, *, for_update: bool = False
) -> ActionPlan:
    stmt = select(ActionPlan).where(ActionPlan.certification_id == access.certification.id)
    if for_update:
        stmt = stmt.with_for_update()
    plan = await db.scalar(stmt)
    if plan is None:
        raise NotFound()
    return plan


async def read_model(db: AsyncSession, access: CertificationAccess, plan: ActionPlan) -> PlanRead:
    name = None
    if plan.updated_by_id is not None:
        name = await db.scalar(select(User.full_name).where(User.id == plan.updated_by_id))
    allowed = plan_policies.allowed(
        access.principal, access.subject, plan.status, access.certification.status
    )
    return PlanRead(
        id=plan.id,
        certification_id=plan.certification_id,
        status=plan.status,
        version=plan.version,
        content=PlanContent.model_validate(plan.content),
        updated_at=plan.updated_at if plan.version else None,
        updated_by_name=name,
        editable=PlanAction.EDIT in allowed,
        allowed_actions=allowed,
    )


def _snapshot(
    db: AsyncSession, plan: ActionPlan, kind: PlanVersionKind, actor_id: int, now: datetime
) -> None:
    db.add(
        ActionPlanVersion(
            plan_id=plan.id,
            version=plan.version,
            kind=kind,
            content=plan.content,
            saved_at=now,
            saved_by_id=actor_id,
        )
    )


async def content_at(db: AsyncSession, plan: ActionPlan, version: int) -> dict[str, Any]:
    """The content as saved in that version (version 0 is the empty plan)."""
    if version == 0:
        return PlanContent().model_dump(mode="json")
    content = await db.scalar(
        select(ActionPlanVersion.content)
        .where(ActionPlanVersion.plan_id == plan.id, ActionPlanVersion.version == version)
        .order_by(ActionPlanVersion.id)
        .limit(1)
    )
    if content is None:
        raise NotFound()
    return dict(content)


async def save(
    db: AsyncSession,
    access: CertificationAccess,
    base_version: int,
    content: PlanContent,
    now: datetime,
) -> ActionPlan:
    POLICY.require(access.principal, PlanAction.EDIT, access.subject)
    if access.certification.status is CertificationStatus.CANCELLED:
        raise CertificationClosed()
    plan = await plan_for(db, access, for_update=True)
    if not POLICY.in_state(PlanAction.EDIT, plan.status):
        raise PlanLocked()
    mine = content.model_dump(mode="json")
    if base_version != plan.version:
        if base_version > plan.version:
            # A version that was never saved: nothing to merge from, so the save's conflict
            # offers the plan as it stands (the body of a save's 409 has one shape).
            merged, conflicts = plan.content, list[MergeConflict]()
        else:
            base = await content_at(db, plan, base_version)
            merged, conflicts = merge_plans(base, mine, plan.content)
        raise PlanConflict(
            current=(await read_model(db, access, plan)).model_dump(mode="json"),
            merged=PlanContent.model_validate(merged).model_dump(mode="json"),
            conflicts=[asdict(c) for c in conflicts],
        )
    plan.version += 1
    plan.content = mine
    plan.updated_at = now
    plan.updated_by_id = access.principal.id
    _snapshot(db, plan, PlanVersionKind.SAVED, access.principal.id, now)
    await db.flush()
    return plan


async def _at_version(db: AsyncSession, access: CertificationAccess, version: int) -> ActionPlan:
    plan = await plan_for(db, access, for_update=True)
    if version != plan.version:
        raise VersionConflict((await read_model(db, access, plan)).model_dump(mode="json"))
    return plan


async def _take_step(
    db: AsyncSession,
    settings: Settings,
    access: CertificationAccess,
    plan: ActionPlan,
    *,
    to: CertificationStatus,
    plan_status: PlanStatus,
    kind: PlanVersionKind,
    action: AuditAction,
    reason: str,
    now: datetime,
) -> None:
    """One step of the review: the certification's state, the plan's status, a frozen copy of
    the version the step concerns, and the audit entry, together. The certification moves first:
    a step its workflow refuses answers with the certification's states, as it always has."""
    transitions.move(
        db, access.certification, to, actor_id=access.principal.id, now=now, reason=reason
    )
    plan.status = WORKFLOW.require_move(plan.status, plan_status)
    _snapshot(db, plan, kind, access.principal.id, now)
    record(
        db,
        at=now,
        action=action,
        actor_id=access.principal.id,
        object_type="action_plan",
        object_id=plan.id,
        organisation_id=access.certification.organisation_id,
        data={"version": plan.version},
    )
    if action is not AuditAction.PLAN_APPROVED:  # approval tells the certificate's number
        await events.plan_step(db, settings, access, action.value, plan.version, now)


async def submit(
    db: AsyncSession, settings: Settings, access: CertificationAccess, version: int, now: datetime
) -> ActionPlan:
    POLICY.require(access.principal, PlanAction.SUBMIT, access.subject)
    plan = await _at_version(db, access, version)
    if not POLICY.in_state(PlanAction.SUBMIT, plan.status):
        raise PlanLocked()
    await _take_step(
        db,
        settings,
        access,
        plan,
        to=CertificationStatus.PLAN_SUBMITTED,
        plan_status=PlanStatus.SUBMITTED,
        kind=PlanVersionKind.SUBMITTED,
        action=AuditAction.PLAN_SUBMITTED,
        reason="plan submitted",
        now=now,
    )
    await db.flush()
    # The plan is the first document reviewed: its words go through the language checker.
    await review_submitted_plan(
        db,
        settings,
        access.principal,
        access.subject,
        access.certification.id,
        PlanContent.model_validate(plan.content),
        plan.version,
        now,
    )
    return plan


async def request_changes(
    db: AsyncSession,
    settings: Settings,
    access: CertificationAccess,
    version: int,
    comment: str,
    now: datetime,
) -> ActionPlan:
    POLICY.require(access.principal, PlanAction.REQUEST_CHANGES, access.subject)
    # A plan that is not submitted is refused by the certification's workflow in `_take_step`.
    plan = await _at_version(db, access, version)
    await _take_step(
        db,
        settings,
        access,
        plan,
        to=CertificationStatus.CHANGES_REQUESTED,
        plan_status=PlanStatus.CHANGES_REQUESTED,
        kind=PlanVersionKind.CHANGES_REQUESTED,
        action=AuditAction.PLAN_CHANGES_REQUESTED,
        reason=comment[:500],
        now=now,
    )
    db.add(
        PlanComment(
            plan_id=plan.id,
            target=CommentTarget.PLAN,
            target_id=None,
            author_id=access.principal.id,
            body=comment,
            plan_version=plan.version,
            created_at=now,
        )
    )
    await db.flush()
    return plan


async def approval_problems(
    db: AsyncSession, settings: Settings, access: CertificationAccess, plan: ActionPlan
) -> list[dict[str, Any]]:
    """Why the plan cannot be approved yet; empty when it can."""
    reasons: list[dict[str, Any]] = []
    held: set[int] = set()
    for first, last in await db.execute(
        select(TrainingDay.first_moment, TrainingDay.last_moment).where(
            TrainingDay.certification_id == access.certification.id,
            TrainingDay.status == TrainingDayStatus.HELD,
        )
    ):
        held.update(range(first, last + 1))
    if missing := sorted({1, 2, 3} - held):
        reasons.append({"code": "moments_not_held", "missing": missing})
    members = await db.scalar(
        select(func.count(User.id)).where(
            User.organisation_id == access.certification.organisation_id,
            User.role == Role.MEMBER,
            User.is_active.is_(True),
            User.password_hash.is_not(None),
        )
    )
    count = int(members or 0)
    if not settings.working_group_min <= count <= settings.working_group_max:
        reasons.append(
            {
                "code": "working_group_size",
                "count": count,
                "min": settings.working_group_min,
                "max": settings.working_group_max,
            }
        )
    content = PlanContent.model_validate(plan.content)
    if not content.vision.strip():
        reasons.append({"code": "vision_missing"})
    if not content.goals:
        reasons.append({"code": "no_goals"})
    for goal in content.goals:
        missing_fields = [f for f in ("baseline", "target", "deadline") if getattr(goal, f) is None]
        if missing_fields:
            reasons.append(
                {
                    "code": "goal_incomplete",
                    "goal_id": goal.id,
                    "title": goal.title,
                    "missing": missing_fields,
                }
            )
    return reasons


async def approve(
    db: AsyncSession, settings: Settings, access: CertificationAccess, version: int, now: datetime
) -> tuple[ActionPlan, Certificate]:
    POLICY.require(access.principal, PlanAction.APPROVE, access.subject)
    plan = await _at_version(db, access, version)
    if not POLICY.in_state(PlanAction.APPROVE, plan.status):
        raise InvalidTransition(
            {
                "message": "Only a submitted plan can be approved.",
                "from": plan.status.value,
                "to": PlanStatus.APPROVED.value,
            }
        )
    if reasons := await approval_problems(db, settings, access, plan):
        raise ApprovalRefused(reasons)
    await _take_step(
        db,
        settings,
        access,
        plan,
        to=CertificationStatus.CERTIFIED,
        plan_status=PlanStatus.APPROVED,
        kind=PlanVersionKind.APPROVED,
        action=AuditAction.PLAN_APPROVED,
        reason="plan approved",
        now=now,
    )
    certificate = await certificates.issue(
        db,
        certification=access.certification,
        organisation_name=access.organisation_name,
        issued_by_id=access.principal.id,
        plan_version=plan.version,
        now=now,
    )
    await events.plan_step(
        db, settings, access, "plan_approved", plan.version, now, number=certificate.number
    )
    return plan, certificate


async def versions(
    db: AsyncSession, plan: ActionPlan
) -> list[tuple[ActionPlanVersion, str | None]]:
    rows = await db.execute(
        select(ActionPlanVersion, User.full_name)
        .outerjoin(User, User.id == ActionPlanVersion.saved_by_id)
        .where(ActionPlanVersion.plan_id == plan.id)
        .order_by(ActionPlanVersion.id.desc())
    )
    return [(v, name) for v, name in rows]


async def version_row(
    db: AsyncSession, plan: ActionPlan, version: int
) -> tuple[ActionPlanVersion, str | None]:
    """The first record of a version (a submission or decision repeats the saved content)."""
    row = (
        await db.execute(
            select(ActionPlanVersion, User.full_name)
            .outerjoin(User, User.id == ActionPlanVersion.saved_by_id)
            .where(ActionPlanVersion.plan_id == plan.id, ActionPlanVersion.version == version)
            .order_by(ActionPlanVersion.id)
            .limit(1)
        )
    ).one_or_none()
    if row is None:
        raise NotFound()
    return row


async def last_submitted_version(db: AsyncSession, plan: ActionPlan, before: int) -> int:
    """The version submitted last before ``before`` (the comparison a reviewer wants), or 0."""
    version = await db.scalar(
        select(func.max(ActionPlanVersion.version)).where(
            ActionPlanVersion.plan_id == plan.id,
            ActionPlanVersion.kind == PlanVersionKind.SUBMITTED,
            ActionPlanVersion.version < before,
        )
    )
    return int(version or 0)


async def diff(db: AsyncSession, plan: ActionPlan, old: int, new: int) -> list[Change]:
    return diff_plans(await content_at(db, plan, old), await content_at(db, plan, new))


async def add_comment(
    db: AsyncSession,
    settings: Settings,
    access: CertificationAccess,
    body: CommentCreate,
    now: datetime,
) -> PlanComment:
    """A comment or an answer; at most `JAMLIK_COMMENT_RATE_LIMIT` per person and window."""
    POLICY.require(access.principal, PlanAction.COMMENT, access.subject)
    await rate_limits.take(
        db,
        user_id=access.principal.id,
        action=COMMENT_WRITES,
        limit=settings.comment_rate_limit,
        window=timedelta(seconds=settings.comment_rate_window_seconds),
        now=now,
    )
    plan = await plan_for(db, access)
    target_id = None
    if body.target is not CommentTarget.PLAN:
        items = plan.content.get("goals" if body.target is CommentTarget.GOAL else "activities", [])
        if body.target_id not in {item["id"] for item in items}:
            raise CommentTargetUnknown()
        target_id = body.target_id
    if body.reply_to_id is not None:
        parent = await db.scalar(
            select(PlanComment.id).where(
                PlanComment.id == body.reply_to_id, PlanComment.plan_id == plan.id
            )
        )
        if parent is None:
            raise NotFound()
    comment = PlanComment(
        plan_id=plan.id,
        target=body.target,
        target_id=target_id,
        reply_to_id=body.reply_to_id,
        author_id=access.principal.id,
        body=body.body,
        plan_version=plan.version,
        created_at=now,
    )
    db.add(comment)
    await db.flush()
    return comment


def comments(plan: ActionPlan) -> Select[PlanComment, str | None, Role | None]:
    """The plan's comments with their authors, newest first (the id breaks ties): the first page
    holds what was just written, and a reply is never older than its comment, so every thread
    whose comment is on a page read has all its replies on the pages read."""
    return (
        select(PlanComment, User.full_name, User.role)
        .outerjoin(User, User.id == PlanComment.author_id)
        .where(PlanComment.plan_id == plan.id)
        .order_by(PlanComment.created_at.desc(), PlanComment.id.desc())
    )
