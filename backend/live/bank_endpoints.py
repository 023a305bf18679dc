"""The question bank: exercises per moment and the standard evaluation, edited by admins."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response, status
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.policy_guard import allowed_to
from backend.core.db import SessionDep
from backend.core.errors import NotFound
from backend.core.principal import Principal
from backend.core.schemas import ObjectId
from backend.live.answers import check_options
from backend.live.policies import LIVE, LiveAction
from backend.live.schemas import (
    QuestionTemplateCreate,
    QuestionTemplateRead,
    QuestionTemplateUpdate,
)
from backend.models import QuestionTemplate
from backend.models.enums import QuestionPurpose

router = APIRouter(tags=["question bank"])
BankReader = Annotated[Principal, Depends(allowed_to(LIVE, LiveAction.VIEW_QUESTION_BANK))]
BankEditor = Annotated[Principal, Depends(allowed_to(LIVE, LiveAction.MANAGE_QUESTION_BANK))]


def _read(template: QuestionTemplate) -> QuestionTemplateRead:
    return QuestionTemplateRead.model_validate(template, from_attributes=True)


async def _template(db: AsyncSession, template_id: int) -> QuestionTemplate:
    template = await db.get(QuestionTemplate, template_id)
    if template is None:
        raise NotFound()
    return template


@router.get("/question-templates", response_model=list[QuestionTemplateRead])
async def list_question_templates(
    _reader: BankReader, db: SessionDep, purpose: QuestionPurpose | None = None
) -> list[QuestionTemplateRead]:
    """The bank, by purpose, moment and position."""
    stmt = select(QuestionTemplate).order_by(
        QuestionTemplate.purpose.desc(),
        QuestionTemplate.moment,
        QuestionTemplate.position,
        QuestionTemplate.id,
    )
    if purpose is not None:
        stmt = stmt.where(QuestionTemplate.purpose == purpose)
    return [_read(t) for t in await db.scalars(stmt)]


@router.post(
    "/question-templates",
    response_model=QuestionTemplateRead,
    status_code=status.HTTP_201_CREATED,
)
async def create_question_template(
    body: QuestionTemplateCreate, _editor: BankEditor, db: SessionDep
) -> QuestionTemplateRead:
    """Add a question to the bank: exercises need their moment, evaluation questions none."""
    check_options(body.kind, body.options)
    same_group = (
        QuestionTemplate.moment == body.moment
        if body.moment is not None
        else QuestionTemplate.moment.is_(None)
    )
    last = await db.scalar(
        select(func.max(QuestionTemplate.position)).where(
            QuestionTemplate.purpose == body.purpose, same_group
        )
    )
    template = QuestionTemplate(
        purpose=body.purpose,
        moment=body.moment,
        position=(last if last is not None else -1) + 1,
        kind=body.kind,
        prompt=body.prompt,
        options=body.options,
    )
    db.add(template)
    await db.flush()
    return _read(template)


@router.patch("/question-templates/{template_id}", response_model=QuestionTemplateRead)
async def update_question_template(
    template_id: ObjectId, body: QuestionTemplateUpdate, _editor: BankEditor, db: SessionDep
) -> QuestionTemplateRead:
    """Change a bank question; rooms already opened keep their own copies."""
    template = await _template(db, template_id)
    if body.options is not None:
        check_options(template.kind, body.options)
        template.options = body.options
    if body.prompt is not None:
        template.prompt = body.prompt
    if body.position is not None:
        template.position = body.position
    await db.flush()
    return _read(template)


@router.delete("/question-templates/{template_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_question_template(
    template_id: ObjectId, _editor: BankEditor, db: SessionDep
) -> Response:
    """Remove a bank question; rooms already opened keep their copies."""
    await db.delete(await _template(db, template_id))
    return Response(status_code=status.HTTP_204_NO_CONTENT)
