from __future__ import annotations

from fastapi import APIRouter, Response, UploadFile, status
from sqlalchemy import select

from backend.auth.permissions import CurrentPrincipal
from backend.certifications import repository as certification_repo
from backend.core.clock import ClockDep
from backend.core.dates import local_date
from backend.core.db import SessionDep
from backend.core.deps import SettingsDep
from backend.core.downloads import attachment_disposition
from backend.core.errors import NotFound
from backend.core.pagination import Page, PageDep, paginate_rows
from backend.core.schemas import ObjectId
from backend.follow_ups import service
from backend.follow_ups.policies import OPEN
from backend.follow_ups.schemas import (
    AttachmentRead,
    FollowUpRead,
    FollowUpSummary,
    ReportSave,
    Review,
    Step,
)
from backend.models import FollowUp, FollowUpAttachment
from backend.models.enums import FollowUpStatus

router = APIRouter(tags=["follow-ups"])


@router.get("/follow-ups", response_model=Page[FollowUpSummary])
async def list_follow_ups(
    principal: CurrentPrincipal,
    db: SessionDep,
    params: PageDep,
    clock: ClockDep,
    status: FollowUpStatus | None = None,
    overdue: bool = False,
) -> Page[FollowUpSummary]:
    """Follow-ups of the certifications you may see, by due date; `overdue=true` for late ones."""
    today = local_date(clock.now())
    stmt = service.visible_follow_ups(principal).order_by(FollowUp.due_on, FollowUp.id)
    if status is not None:
        stmt = stmt.where(FollowUp.status == status)
    if overdue:
        stmt = stmt.where(FollowUp.status.in_(OPEN), FollowUp.due_on < today)
    rows, total = await paginate_rows(db, stmt, params)
    return Page[FollowUpSummary](
        items=[service.summary(f, name, today) for f, name in rows],
        total=total,
        page=params.page,
        page_size=params.page_size,
    )


@router.get("/certifications/{certification_id}/follow-ups", response_model=list[FollowUpSummary])
async def certification_follow_ups(
    certification_id: ObjectId, principal: CurrentPrincipal, db: SessionDep, clock: ClockDep
) -> list[FollowUpSummary]:
    """The certification's follow-ups (at 6 and 18 months after the certificate)."""
    access = await certification_repo.get_visible(db, principal, certification_id)
    today = local_date(clock.now())
    follow_ups = await db.scalars(
        select(FollowUp)
        .where(FollowUp.certification_id == certification_id)
        .order_by(FollowUp.due_on)
    )
    return [service.summary(f, access.organisation_name, today) for f in follow_ups]


@router.get("/follow-ups/{follow_up_id}", response_model=FollowUpRead)
async def read_follow_up(
    follow_up_id: ObjectId, principal: CurrentPrincipal, db: SessionDep, clock: ClockDep
) -> FollowUpRead:
    """One follow-up with its report, the approved plan it reports on, and its evidence files."""
    follow_up, access = await service.get_with_access(db, principal, follow_up_id)
    return await service.read_model(db, access, follow_up, clock.now())


@router.put("/follow-ups/{follow_up_id}/report", response_model=FollowUpRead)
async def save_follow_up_report(
    follow_up_id: ObjectId,
    body: ReportSave,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
) -> FollowUpRead:
    """Save the report as a draft (the working group); send the version you read."""
    follow_up, access = await service.get_with_access(db, principal, follow_up_id)
    await service.save_report(db, access, follow_up, body.version, body.report)
    return await service.read_model(db, access, follow_up, clock.now())


@router.post("/follow-ups/{follow_up_id}/submit", response_model=FollowUpRead)
async def submit_follow_up(
    follow_up_id: ObjectId,
    body: Step,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> FollowUpRead:
    """Submit the report to the trainer (the working group)."""
    follow_up, access = await service.get_with_access(db, principal, follow_up_id)
    await service.submit(db, settings, access, follow_up, body.version, clock.now())
    return await service.read_model(db, access, follow_up, clock.now())


@router.post("/follow-ups/{follow_up_id}/review", response_model=FollowUpRead)
async def review_follow_up(
    follow_up_id: ObjectId,
    body: Review,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> FollowUpRead:
    """Accept the report, or send it back as needing attention with a comment (assigned trainer)."""
    follow_up, access = await service.get_with_access(db, principal, follow_up_id)
    await service.review(
        db, settings, access, follow_up, body.version, body.outcome, body.comment, clock.now()
    )
    return await service.read_model(db, access, follow_up, clock.now())


@router.post(
    "/follow-ups/{follow_up_id}/attachments",
    response_model=AttachmentRead,
    status_code=status.HTTP_201_CREATED,
)
async def upload_follow_up_attachment(
    follow_up_id: ObjectId,
    file: UploadFile,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
) -> AttachmentRead:
    """Attach evidence (PDF, PNG, JPEG, UTF-8 text or office document; ≤ 5 MB, 10 files)."""
    follow_up, access = await service.get_with_access(db, principal, follow_up_id)
    data = await file.read(service.MAX_ATTACHMENT_BYTES + 1)
    filename = "".join(ch for ch in (file.filename or "") if ch.isprintable())[-200:] or "bilaga"
    attachment = await service.attach(
        db,
        access,
        follow_up,
        filename=filename,
        declared_type=file.content_type,
        data=data,
        now=clock.now(),
    )
    return AttachmentRead(
        id=attachment.id,
        filename=attachment.filename,
        content_type=attachment.content_type,
        size=attachment.size,
        uploaded_at=attachment.uploaded_at,
    )


@router.get(
    "/follow-up-attachments/{attachment_id}",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}, "description": "The file"}},
)
async def download_follow_up_attachment(
    attachment_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> Response:
    """Download an evidence file."""
    attachment = await db.get(FollowUpAttachment, attachment_id)
    if attachment is None:
        raise NotFound()
    await service.get_with_access(db, principal, attachment.follow_up_id)
    return Response(
        attachment.data,
        media_type=attachment.content_type,
        headers={"Content-Disposition": attachment_disposition(attachment.filename)},
    )


@router.delete("/follow-up-attachments/{attachment_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_follow_up_attachment(
    attachment_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> Response:
    """Remove an evidence file while the report can still be edited (the working group)."""
    attachment = await db.get(FollowUpAttachment, attachment_id)
    if attachment is None:
        raise NotFound()
    follow_up, access = await service.get_with_access(db, principal, attachment.follow_up_id)
    await service.detach(db, access, follow_up, attachment)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
