"""Follow-ups at 6 and 18 months: the working group reports on every goal and activity of the
approved plan, a trainer accepts the report or asks for more."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.action_plans.content import PlanContent
from backend.audit.service import record
from backend.certifications.repository import (
    CertificationAccess,
    get_visible,
    visible_certifications,
)
from backend.core.config import Settings
from backend.core.dates import add_months, local_date
from backend.core.errors import InvalidTransition, NotFound, VersionConflict
from backend.core.principal import Principal
from backend.follow_ups import filetypes
from backend.follow_ups.errors import (
    AttachmentRefused,
    AttachmentTypeMismatch,
    FollowUpLocked,
    UnknownPlanItem,
)
from backend.follow_ups.policies import OPEN, POLICY, WORKFLOW, FollowUpAction
from backend.follow_ups.schemas import (
    AttachmentRead,
    FollowUpRead,
    FollowUpReport,
    FollowUpSummary,
)
from backend.models import (
    ActionPlan,
    ActionPlanVersion,
    Certificate,
    FollowUp,
    FollowUpAttachment,
)
from backend.models.enums import AuditAction, FollowUpKind, FollowUpStatus, PlanVersionKind
from backend.notifications import events

SIX_MONTHS = 6
YEAR = 12
MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
MAX_ATTACHMENTS = 10


def due_dates(issued_on: dt.date) -> dict[FollowUpKind, dt.date]:
    """6 calendar months after issue, then a year after that (31 Aug 2026 → 28 Feb 2027 and
    28 Feb 2028): the second follow-up keeps the first one's day."""
    first = add_months(issued_on, SIX_MONTHS)
    return {FollowUpKind.SIX_MONTHS: first, FollowUpKind.EIGHTEEN_MONTHS: add_months(first, YEAR)}


def schedule_for(db: AsyncSession, certificate: Certificate) -> None:
    """Called when a certificate is issued: one follow-up per due date, empty report."""
    db.add_all(
        FollowUp(
            certificate_id=certificate.id,
            certification_id=certificate.certification_id,
            kind=kind,
            due_on=due_on,
            status=WORKFLOW.require_start(FollowUpStatus.PENDING),
            report=FollowUpReport().model_dump(mode="json"),
            version=0,
        )
        for kind, due_on in due_dates(certificate.issued_on).items()
    )


def is_overdue(follow_up: FollowUp, today: dt.date) -> bool:
    return follow_up.status in OPEN and follow_up.due_on < today


def visible_follow_ups(principal: Principal) -> Select[FollowUp, str]:
    visible = visible_certifications(principal).subquery()
    return select(FollowUp, visible.c.name).join(visible, visible.c.id == FollowUp.certification_id)


async def get_with_access(
    db: AsyncSession, principal: Principal, follow_up_id: int
) -> tuple[FollowUp, CertificationAccess]:
    follow_up = await db.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise NotFound()
    return follow_up, await get_visible(db, principal, follow_up.certification_id)


async def approved_plan(db: AsyncSession, certification_id: int) -> PlanContent:
    content = await db.scalar(
        select(ActionPlanVersion.content)
        .join(ActionPlan, ActionPlan.id == ActionPlanVersion.plan_id)
        .where(
            ActionPlan.certification_id == certification_id,
            ActionPlanVersion.kind == PlanVersionKind.APPROVED,
        )
        .order_by(ActionPlanVersion.id.desc())
        .limit(1)
    )
    return PlanContent.model_validate(content or {})


def summary(follow_up: FollowUp, organisation_name: str, today: dt.date) -> FollowUpSummary:
    return FollowUpSummary(
        id=follow_up.id,
        certification_id=follow_up.certification_id,
        organisation_name=organisation_name,
        kind=follow_up.kind,
        due_on=follow_up.due_on,
        status=follow_up.status,
        overdue=is_overdue(follow_up, today),
        submitted_at=follow_up.submitted_at,
        reviewed_at=follow_up.reviewed_at,
    )


async def read_model(
    db: AsyncSession, access: CertificationAccess, follow_up: FollowUp, now: dt.datetime
) -> FollowUpRead:
    attachments = await db.execute(
        select(
            FollowUpAttachment.id,
            FollowUpAttachment.filename,
            FollowUpAttachment.content_type,
            FollowUpAttachment.size,
            FollowUpAttachment.uploaded_at,
        )
        .where(FollowUpAttachment.follow_up_id == follow_up.id)
        .order_by(FollowUpAttachment.id)
    )
    base = summary(follow_up, access.organisation_name, local_date(now))
    allowed = POLICY.allowed(access.principal, access.subject, follow_up.status)
    return FollowUpRead(
        **base.model_dump(),
        version=follow_up.version,
        report=FollowUpReport.model_validate(follow_up.report),
        review_comment=follow_up.review_comment,
        plan=await approved_plan(db, follow_up.certification_id),
        attachments=[
            AttachmentRead(id=a[0], filename=a[1], content_type=a[2], size=a[3], uploaded_at=a[4])
            for a in attachments
        ],
        editable=FollowUpAction.REPORT in allowed,
        allowed_actions=allowed,
    )


def _open_to(action: FollowUpAction, access: CertificationAccess, follow_up: FollowUp) -> None:
    """403 unless the caller may take the action; 409 follow_up_locked while it is not theirs to
    write (submitted or accepted)."""
    POLICY.require(access.principal, action, access.subject)
    if not POLICY.in_state(action, follow_up.status):
        raise FollowUpLocked()


def _editable_by_group(
    action: FollowUpAction, access: CertificationAccess, follow_up: FollowUp, version: int
) -> None:
    _open_to(action, access, follow_up)
    if version != follow_up.version:
        raise VersionConflict({"version": follow_up.version, "status": follow_up.status.value})


async def save_report(
    db: AsyncSession,
    access: CertificationAccess,
    follow_up: FollowUp,
    version: int,
    report: FollowUpReport,
) -> FollowUp:
    _editable_by_group(FollowUpAction.REPORT, access, follow_up, version)
    plan = await approved_plan(db, follow_up.certification_id)
    goals = {g.id for g in plan.goals}
    activities = {a.id for a in plan.activities}
    unknown = [g.goal_id for g in report.goals if g.goal_id not in goals] + [
        a.activity_id for a in report.activities if a.activity_id not in activities
    ]
    if unknown:
        raise UnknownPlanItem({"message": UnknownPlanItem.message, "ids": unknown})
    follow_up.report = report.model_dump(mode="json")
    follow_up.version += 1
    await db.flush()
    return follow_up


def _audit(
    db: AsyncSession,
    access: CertificationAccess,
    follow_up: FollowUp,
    action: AuditAction,
    now: dt.datetime,
    **data: Any,
) -> None:
    record(
        db,
        at=now,
        action=action,
        actor_id=access.principal.id,
        object_type="follow_up",
        object_id=follow_up.id,
        organisation_id=access.certification.organisation_id,
        data={"kind": follow_up.kind.value, **data},
    )


async def submit(
    db: AsyncSession,
    settings: Settings,
    access: CertificationAccess,
    follow_up: FollowUp,
    version: int,
    now: dt.datetime,
) -> FollowUp:
    _editable_by_group(FollowUpAction.SUBMIT, access, follow_up, version)
    follow_up.status = WORKFLOW.require_move(follow_up.status, FollowUpStatus.SUBMITTED)
    follow_up.submitted_at = now
    follow_up.submitted_by_id = access.principal.id
    follow_up.version += 1
    _audit(db, access, follow_up, AuditAction.FOLLOW_UP_SUBMITTED, now)
    await events.follow_up_step(
        db,
        settings,
        access,
        "follow_up_submitted",
        follow_up.id,
        follow_up.version,
        now,
        kind_of_follow_up=follow_up.kind.value,
    )
    await db.flush()
    return follow_up


async def review(
    db: AsyncSession,
    settings: Settings,
    access: CertificationAccess,
    follow_up: FollowUp,
    version: int,
    outcome: str,
    comment: str,
    now: dt.datetime,
) -> FollowUp:
    POLICY.require(access.principal, FollowUpAction.REVIEW, access.subject)
    if not POLICY.in_state(FollowUpAction.REVIEW, follow_up.status):
        raise InvalidTransition(
            {
                "message": "Only a submitted report can be reviewed.",
                "from": follow_up.status.value,
                "to": outcome,
            }
        )
    if version != follow_up.version:
        raise VersionConflict({"version": follow_up.version, "status": follow_up.status.value})
    follow_up.status = WORKFLOW.require_move(follow_up.status, FollowUpStatus(outcome))
    follow_up.reviewed_at = now
    follow_up.reviewed_by_id = access.principal.id
    follow_up.review_comment = comment or None
    follow_up.version += 1
    _audit(db, access, follow_up, AuditAction.FOLLOW_UP_REVIEWED, now, outcome=outcome)
    await events.follow_up_step(
        db,
        settings,
        access,
        "follow_up_reviewed",
        follow_up.id,
        follow_up.version,
        now,
        outcome=outcome,
        kind_of_follow_up=follow_up.kind.value,
    )
    await db.flush()
    return follow_up


async def attach(
    db: AsyncSession,
    access: CertificationAccess,
    follow_up: FollowUp,
    *,
    filename: str,
    declared_type: str | None,
    data: bytes,
    now: dt.datetime,
) -> FollowUpAttachment:
    """Keeps an evidence file under the type its bytes show (``declared_type``, the part's
    Content-Type header, has to agree with them)."""
    _open_to(FollowUpAction.ATTACH, access, follow_up)
    count = await db.scalar(
        select(func.count(FollowUpAttachment.id)).where(
            FollowUpAttachment.follow_up_id == follow_up.id
        )
    )
    if len(data) > MAX_ATTACHMENT_BYTES or (count or 0) >= MAX_ATTACHMENTS:
        raise _refused()
    content_type = evidence_type(data, declared_type, filename)
    attachment = FollowUpAttachment(
        follow_up_id=follow_up.id,
        filename=filename,
        content_type=content_type,
        size=len(data),
        data=data,
        uploaded_by_id=access.principal.id,
        uploaded_at=now,
    )
    db.add(attachment)
    await db.flush()
    return attachment


def evidence_type(data: bytes, declared_type: str | None, filename: str) -> str:
    """The kept type the bytes are. 400 attachment_refused when the bytes are of no kept type
    (HTML, programs, archives, text that is not UTF-8) or the declared type is not one we keep;
    400 attachment_type_mismatch when the declared type names another kept type than the bytes."""
    declared = filetypes.declared_type(declared_type)
    expected = filetypes.stands_for(declared)
    detected = filetypes.sniff(data)
    if detected is None or expected == frozenset():
        raise _refused()
    if expected is not None and detected not in expected:
        raise AttachmentTypeMismatch(declared, detected)
    if detected == filetypes.TEXT:
        return filetypes.kept_text_type(declared, filename)
    return detected


def _refused() -> AttachmentRefused:
    return AttachmentRefused(
        {
            "message": AttachmentRefused.message,
            "max_bytes": MAX_ATTACHMENT_BYTES,
            "allowed_types": sorted(filetypes.KEPT_TYPES),
            "max_files": MAX_ATTACHMENTS,
        }
    )


async def detach(
    db: AsyncSession,
    access: CertificationAccess,
    follow_up: FollowUp,
    attachment: FollowUpAttachment,
) -> None:
    _open_to(FollowUpAction.REMOVE_ATTACHMENT, access, follow_up)
    await db.delete(attachment)
