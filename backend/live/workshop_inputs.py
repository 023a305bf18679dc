"""Exercise results of moments 2 and 3 attached to a workshop as input for the action plan.

Only aggregates travel: a snapshot of counts taken when attached, never an answer."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.certifications.errors import CertificationClosed
from backend.certifications.repository import CertificationAccess
from backend.core.config import Settings
from backend.core.errors import NotFound
from backend.core.principal import Principal
from backend.live.errors import NotAggregatable, TooFewAnswers
from backend.live.policies import LIVE, LiveAction
from backend.live.results import results_of
from backend.live.schemas import ExerciseCandidate, QuestionResults, WorkshopInputRead
from backend.live.store import Tally, count_answers, tally_questions
from backend.models import LiveQuestion, LiveRoom, TrainingDay, WorkingSession, WorkshopInput
from backend.models.enums import QuestionKind, QuestionPurpose
from backend.training.service import session_with_access

AGGREGATABLE_MOMENTS = frozenset({2, 3})


def input_read(item: WorkshopInput) -> WorkshopInputRead:
    return WorkshopInputRead(
        id=item.id,
        working_session_id=item.working_session_id,
        question_id=item.question_id,
        prompt=item.prompt,
        kind=item.kind,
        moment=item.moment,
        date=item.training_date,
        answer_count=item.answer_count,
        results=QuestionResults.model_validate(item.results),
        attached_at=item.attached_at,
    )


async def inputs_of(db: AsyncSession, session_id: int) -> list[WorkshopInput]:
    return list(
        await db.scalars(
            select(WorkshopInput)
            .where(WorkshopInput.working_session_id == session_id)
            .order_by(WorkshopInput.training_date, WorkshopInput.id)
        )
    )


def _aggregatable(question: LiveQuestion) -> bool:
    return (
        question.purpose is QuestionPurpose.EXERCISE
        and question.moment in AGGREGATABLE_MOMENTS
        and question.kind is not QuestionKind.OPEN_TEXT
    )


def _ensure_attachable(access: CertificationAccess) -> None:
    """403 unless the caller runs the training; 409 once the certification is cancelled."""
    LIVE.require(access.principal, LiveAction.ATTACH_RESULTS, access.subject)
    if not LIVE.in_state(LiveAction.ATTACH_RESULTS, access.certification.status):
        raise CertificationClosed()


async def candidates(
    db: AsyncSession, settings: Settings, session: WorkingSession, access: CertificationAccess
) -> list[ExerciseCandidate]:
    """Every moment 2 or 3 exercise of the certification's rooms that is not free text: three
    queries whatever the number of days."""
    _ensure_attachable(access)
    rows = [
        (question, date)
        for question, date in await db.execute(
            select(LiveQuestion, TrainingDay.date)
            .join(LiveRoom, LiveRoom.id == LiveQuestion.room_id)
            .join(TrainingDay, TrainingDay.id == LiveRoom.training_day_id)
            .where(
                TrainingDay.certification_id == session.certification_id,
                LiveQuestion.purpose == QuestionPurpose.EXERCISE,
                LiveQuestion.moment.in_(AGGREGATABLE_MOMENTS),
                LiveQuestion.kind != QuestionKind.OPEN_TEXT,
            )
            .order_by(TrainingDay.date, LiveQuestion.position, LiveQuestion.id)
        )
    ]
    k = settings.live_min_answers
    counts = await count_answers(db, [q for q, _ in rows])
    attached = set(
        await db.scalars(
            select(WorkshopInput.question_id).where(WorkshopInput.working_session_id == session.id)
        )
    )
    return [
        ExerciseCandidate(
            question_id=q.id,
            prompt=q.prompt,
            kind=q.kind,
            moment=q.moment or 0,
            date=date,
            answer_count=counts.get(q.id, Tally()).answer_count,
            min_answers=k,
            attachable=counts.get(q.id, Tally()).answer_count >= k,
            attached=q.id in attached,
        )
        for q, date in rows
    ]


async def attach(
    db: AsyncSession,
    settings: Settings,
    principal: Principal,
    session: WorkingSession,
    access: CertificationAccess,
    question_id: int,
    now: datetime,
) -> WorkshopInput:
    _ensure_attachable(access)
    row = (
        await db.execute(
            select(LiveQuestion, TrainingDay)
            .join(LiveRoom, LiveRoom.id == LiveQuestion.room_id)
            .join(TrainingDay, TrainingDay.id == LiveRoom.training_day_id)
            .where(LiveQuestion.id == question_id)
        )
    ).one_or_none()
    if row is None or row[1].certification_id != session.certification_id:
        raise NotFound()
    question, day = row
    if not _aggregatable(question):
        raise NotAggregatable()
    k = settings.live_min_answers
    tallies = await tally_questions(db, [question], k)
    results = results_of(question, tallies, k)
    if results is None:
        raise TooFewAnswers(k)
    item = WorkshopInput(
        working_session_id=session.id,
        question_id=question.id,
        prompt=question.prompt,
        kind=question.kind,
        moment=question.moment,
        training_date=day.date,
        answer_count=tallies.tally(question.id).answer_count,
        results=results.model_dump(mode="json"),
        attached_by_id=principal.id,
        attached_at=now,
    )
    db.add(item)
    await db.flush()
    return item


async def detach(db: AsyncSession, principal: Principal, input_id: int) -> None:
    item = await db.get(WorkshopInput, input_id)
    if item is None:
        raise NotFound()
    _session, access = await session_with_access(db, principal, item.working_session_id)
    _ensure_attachable(access)
    await db.delete(item)
