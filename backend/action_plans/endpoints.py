from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status
from pydantic import BaseModel

from backend.action_plans import service
from backend.action_plans.content import PlanContent
from backend.action_plans.schemas import (
    ApprovalRefusedBody,
    ChangeRead,
    ChangeRequest,
    CommentCreate,
    CommentRead,
    PlanConflictBody,
    PlanDiff,
    PlanRead,
    PlanSave,
    PlanStep,
    PlanVersionRead,
    PlanVersionSummary,
)
from backend.auth.permissions import CurrentPrincipal
from backend.certificates import service as certificates
from backend.certificates.schemas import CertificateRead
from backend.certifications import repository as certification_repo
from backend.core.clock import ClockDep
from backend.core.db import SessionDep
from backend.core.deps import SettingsDep
from backend.core.errors import NotFound
from backend.core.pagination import Page, PageDep, paginate_rows
from backend.core.schemas import ObjectId
from backend.models import PlanComment
from backend.models.enums import Role

router = APIRouter(prefix="/certifications/{certification_id}/plan", tags=["action plans"])
VersionParam = Annotated[int, Query(ge=0, le=2_147_483_647)]


class ApprovalResult(BaseModel):
    plan: PlanRead
    certificate: CertificateRead


@router.get("", response_model=PlanRead)
async def read_plan(
    certification_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> PlanRead:
    """The action plan as last saved, and whether you may edit it now."""
    access = await certification_repo.get_visible(db, principal, certification_id)
    return await service.read_model(db, access, await service.plan_for(db, access))


@router.put(
    "",
    response_model=PlanRead,
    responses={409: {"model": PlanConflictBody, "description": "version_conflict or plan_locked"}},
)
async def save_plan(
    certification_id: ObjectId,
    body: PlanSave,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
) -> PlanRead:
    """Save the whole plan from the version you read; a stale version is a 409 with a merge."""
    access = await certification_repo.get_visible(db, principal, certification_id)
    plan = await service.save(db, access, body.base_version, body.content, clock.now())
    return await service.read_model(db, access, plan)


@router.post("/submit", response_model=PlanRead)
async def submit_plan(
    certification_id: ObjectId,
    body: PlanStep,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> PlanRead:
    """Submit the plan for review (the working group); editing is locked until the review."""
    access = await certification_repo.get_visible(db, principal, certification_id, for_update=True)
    plan = await service.submit(db, settings, access, body.version, clock.now())
    return await service.read_model(db, access, plan)


@router.post("/request-changes", response_model=PlanRead)
async def request_plan_changes(
    certification_id: ObjectId,
    body: ChangeRequest,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> PlanRead:
    """Send the plan back with a comment (an assigned trainer); editing opens again."""
    access = await certification_repo.get_visible(db, principal, certification_id, for_update=True)
    plan = await service.request_changes(
        db, settings, access, body.version, body.comment, clock.now()
    )
    return await service.read_model(db, access, plan)


@router.post(
    "/approve",
    response_model=ApprovalResult,
    responses={409: {"model": ApprovalRefusedBody, "description": "approval_preconditions_failed"}},
)
async def approve_plan(
    certification_id: ObjectId,
    body: PlanStep,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> ApprovalResult:
    """Approve the plan (an assigned trainer): the version is frozen and the certificate issued."""
    access = await certification_repo.get_visible(db, principal, certification_id, for_update=True)
    now = clock.now()
    plan, certificate = await service.approve(db, settings, access, body.version, now)
    return ApprovalResult(
        plan=await service.read_model(db, access, plan),
        certificate=certificates.read_model(
            certificate,
            principal.user.full_name,
            settings,
            now,
            access.certification.cycle,
            principal=principal,
            subject=access.subject,
        ),
    )


@router.get("/versions", response_model=list[PlanVersionSummary])
async def list_plan_versions(
    certification_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> list[PlanVersionSummary]:
    """Every saved version, submission and decision, newest first."""
    access = await certification_repo.get_visible(db, principal, certification_id)
    plan = await service.plan_for(db, access)
    return [
        PlanVersionSummary(version=v.version, kind=v.kind, saved_at=v.saved_at, saved_by_name=name)
        for v, name in await service.versions(db, plan)
    ]


@router.get("/versions/{version}", response_model=PlanVersionRead)
async def read_plan_version(
    certification_id: ObjectId,
    version: ObjectId,
    principal: CurrentPrincipal,
    db: SessionDep,
) -> PlanVersionRead:
    """The plan as it was saved in one version."""
    access = await certification_repo.get_visible(db, principal, certification_id)
    plan = await service.plan_for(db, access)
    saved, name = await service.version_row(db, plan, version)
    return PlanVersionRead(
        version=saved.version,
        kind=saved.kind,
        saved_at=saved.saved_at,
        saved_by_name=name,
        content=PlanContent.model_validate(saved.content),
    )


@router.get("/diff", response_model=PlanDiff)
async def diff_plan(
    certification_id: ObjectId,
    principal: CurrentPrincipal,
    db: SessionDep,
    to: VersionParam | None = None,
    from_: Annotated[
        str | None, Query(alias="from", max_length=20, pattern=r"^(\d+|last_submitted)$")
    ] = None,
) -> PlanDiff:
    """What changed between two versions; from=last_submitted compares with the last submission."""
    access = await certification_repo.get_visible(db, principal, certification_id)
    plan = await service.plan_for(db, access)
    new = plan.version if to is None else to
    if from_ is None or from_ == "last_submitted":
        old = await service.last_submitted_version(db, plan, new)
    else:
        old = int(from_)
    if old > plan.version or new > plan.version:
        raise NotFound()
    changes = await service.diff(db, plan, old, new)
    return PlanDiff(
        from_version=old,
        to_version=new,
        changes=[
            ChangeRead(kind=c.kind, path=c.path, label=c.label, before=c.before, after=c.after)
            for c in changes
        ],
    )


@router.get("/comments", response_model=Page[CommentRead])
async def list_plan_comments(
    certification_id: ObjectId, principal: CurrentPrincipal, db: SessionDep, params: PageDep
) -> Page[CommentRead]:
    """Comments on the plan and its goals and activities, newest first, a page at a time."""
    access = await certification_repo.get_visible(db, principal, certification_id)
    plan = await service.plan_for(db, access)
    rows, total = await paginate_rows(db, service.comments(plan), params)
    return Page[CommentRead](
        items=[_comment_read(c, name, role) for c, name, role in rows],
        total=total,
        page=params.page,
        page_size=params.page_size,
    )


@router.post(
    "/comments",
    response_model=CommentRead,
    status_code=status.HTTP_201_CREATED,
    responses={429: {"description": "rate_limited (with Retry-After)"}},
)
async def add_plan_comment(
    certification_id: ObjectId,
    body: CommentCreate,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> CommentRead:
    """Comment on the plan, a goal or an activity, or answer a comment (rate-limited per person)."""
    access = await certification_repo.get_visible(db, principal, certification_id)
    comment = await service.add_comment(db, settings, access, body, clock.now())
    return _comment_read(comment, principal.user.full_name, principal.role)


def _comment_read(comment: PlanComment, author_name: str | None, role: Role | None) -> CommentRead:
    return CommentRead(
        id=comment.id,
        target=comment.target,
        target_id=comment.target_id,
        author_name=author_name,
        author_role=role,
        body=comment.body,
        created_at=comment.created_at,
        reply_to_id=comment.reply_to_id,
        plan_version=comment.plan_version,
    )
