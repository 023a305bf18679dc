"""Live rooms on the trainer's side: opening one for a training day, its questions and their
states, and the presenter's view of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from backend.certifications.errors import CertificationClosed
from backend.certifications.repository import CertificationAccess
from backend.core.config import Settings
from backend.core.errors import Conflict, NotFound, VersionConflict
from backend.core.principal import Principal
from backend.live import store
from backend.live.answers import check_options
from backend.live.codes import EVALUATION_CODE_LENGTH, JOIN_CODE_LENGTH, new_code
from backend.live.errors import MomentNotOfDay, QuestionAnswered, RoomClosed
from backend.live.hub import Change, LiveHub, publish
from backend.live.policies import (
    LIVE,
    QUESTION_WORKFLOW,
    QUESTIONS,
    ROOM_WORKFLOW,
    ROOMS,
    LiveAction,
    QuestionAction,
    RoomAction,
    runner_actions,
)
from backend.live.results import results_of
from backend.live.schemas import (
    EvaluationLink,
    LiveQuestionCreate,
    LiveQuestionRead,
    LiveQuestionUpdate,
    LiveRoomRead,
    QuestionResults,
)
from backend.live.store import Tally
from backend.models import LiveQuestion, LiveRoom, QuestionTemplate, TrainingDay
from backend.models.enums import QuestionPurpose, QuestionState, RoomStatus
from backend.training.policies import DAYS, TrainingDayAction
from backend.training.service import day_with_access


class DayCancelled(Conflict):
    code = "training_day_cancelled"
    message = "The training day is cancelled."


@dataclass(frozen=True)
class RoomContext:
    """A room the caller may run: its day and the certification it belongs to."""

    room: LiveRoom
    day: TrainingDay
    access: CertificationAccess


def join_url(settings: Settings, room: LiveRoom) -> str:
    return f"{settings.base_url}/delta/{room.join_code}"


def evaluation_url(settings: Settings, room: LiveRoom) -> str:
    return f"{settings.base_url}/delta/utvardering/{room.evaluation_code}"


def evaluation_is_open(room: LiveRoom, now: datetime) -> bool:
    return (
        room.evaluation_open
        and room.evaluation_closes_at is not None
        and now < room.evaluation_closes_at
    )


# --- finding rooms ----------------------------------------------------------------------------


def ensure_runs_training(access: CertificationAccess) -> None:
    """403 unless the caller may run the certification's rooms (backend/live/policies.py)."""
    LIVE.require(access.principal, LiveAction.RUN, access.subject)


async def room_context(db: AsyncSession, principal: Principal, room_id: int) -> RoomContext:
    room = await db.get(LiveRoom, room_id)
    if room is None:
        raise NotFound()
    day, access = await day_with_access(db, principal, room.training_day_id)
    ensure_runs_training(access)
    return RoomContext(room, day, access)


async def question_context(
    db: AsyncSession, principal: Principal, question_id: int
) -> tuple[LiveQuestion, RoomContext]:
    question = await db.get(LiveQuestion, question_id)
    if question is None:
        raise NotFound()
    return question, await room_context(db, principal, question.room_id)


async def room_of_day(db: AsyncSession, day_id: int) -> LiveRoom | None:
    return (
        await db.scalars(select(LiveRoom).where(LiveRoom.training_day_id == day_id))
    ).one_or_none()


# --- opening a room ---------------------------------------------------------------------------


async def _unused_code(db: AsyncSession, column: InstrumentedAttribute[str], length: int) -> str:
    while True:  # a collision among 31^6 codes is rare; the unique index settles any race
        code = new_code(length)
        if not await db.scalar(select(exists().where(column == code))):
            return code


async def open_room(
    db: AsyncSession,
    principal: Principal,
    day: TrainingDay,
    access: CertificationAccess,
    now: datetime,
) -> tuple[LiveRoom, bool]:
    """The day's room, made on first use with the bank's questions copied for the day; 409
    certification_closed when the certification is cancelled, even if the room exists."""
    LIVE.require(access.principal, LiveAction.OPEN_ROOM, access.subject)
    if not LIVE.in_state(LiveAction.OPEN_ROOM, access.certification.status):
        raise CertificationClosed()
    existing = await room_of_day(db, day.id)
    if existing is not None:
        return existing, False
    if not DAYS.in_state(TrainingDayAction.OPEN_ROOM, day.status):
        raise DayCancelled()
    room = LiveRoom(
        training_day_id=day.id,
        join_code=await _unused_code(db, LiveRoom.join_code, JOIN_CODE_LENGTH),
        evaluation_code=await _unused_code(db, LiveRoom.evaluation_code, EVALUATION_CODE_LENGTH),
        status=ROOM_WORKFLOW.require_start(RoomStatus.OPEN),
        current_question_id=None,
        evaluation_open=False,
        opened_by_id=principal.id,
        created_at=now,
        updated_at=now,
    )
    db.add(room)
    await db.flush()
    templates = await db.scalars(
        select(QuestionTemplate)
        .where(
            (QuestionTemplate.purpose == QuestionPurpose.EVALUATION)
            | QuestionTemplate.moment.in_(day.moments)
        )
        .order_by(
            QuestionTemplate.purpose.desc(),  # exercises first, then the evaluation
            QuestionTemplate.moment,
            QuestionTemplate.position,
            QuestionTemplate.id,
        )
    )
    questions = [
        LiveQuestion(
            room_id=room.id,
            template_id=template.id,
            purpose=template.purpose,
            moment=template.moment,
            position=position,
            kind=template.kind,
            prompt=template.prompt,
            options=list(template.options),
            state=QUESTION_WORKFLOW.require_start(QuestionState.PENDING),
            show_results=True,
        )
        for position, template in enumerate(templates)
    ]
    db.add_all(questions)
    await db.flush()
    await store.prepare(db, questions)
    return room, True


# --- reading ----------------------------------------------------------------------------------


async def questions_of(db: AsyncSession, room_id: int) -> list[LiveQuestion]:
    return list(
        await db.scalars(
            select(LiveQuestion)
            .where(LiveQuestion.room_id == room_id)
            .order_by(LiveQuestion.position, LiveQuestion.id)
        )
    )


def room_actions(room: LiveRoom, viewer: CertificationAccess | None) -> list[RoomAction]:
    """What the viewer may do to the room now; `None` is the presenter's stream, shared by all
    who may run the room (`runner_actions`)."""
    if viewer is None:
        return runner_actions(ROOMS, room.status)
    return ROOMS.allowed(viewer.principal, viewer.subject, room.status)


def question_actions(
    question: LiveQuestion, viewer: CertificationAccess | None
) -> list[QuestionAction]:
    """As `room_actions`, for one question (opening one also takes the room's open_question)."""
    if viewer is None:
        return runner_actions(QUESTIONS, question.state)
    return QUESTIONS.allowed(viewer.principal, viewer.subject, question.state)


async def room_read(
    db: AsyncSession,
    settings: Settings,
    room: LiveRoom,
    day: TrainingDay,
    organisation_name: str,
    now: datetime,
    *,
    viewer: CertificationAccess | None,
) -> LiveRoomRead:
    """Three queries: the questions, their counts, the answers of those past the threshold.
    `viewer` is the caller, or `None` for the presenter's stream (see `room_actions`)."""
    k = settings.live_min_answers
    questions = await questions_of(db, room.id)
    tallies = await store.tally_questions(db, questions, k)
    return LiveRoomRead(
        id=room.id,
        training_day_id=day.id,
        certification_id=day.certification_id,
        organisation_name=organisation_name,
        date=day.date,
        moments=day.moments,
        join_code=room.join_code,
        join_url=join_url(settings, room),
        status=room.status,
        current_question_id=room.current_question_id,
        min_answers=k,
        evaluation=EvaluationLink(
            code=room.evaluation_code,
            url=evaluation_url(settings, room),
            open=evaluation_is_open(room, now),
            closes_at=room.evaluation_closes_at if room.evaluation_open else None,
        ),
        questions=[
            question_read(
                q, tallies.tally(q.id), results_of(q, tallies, k), question_actions(q, viewer)
            )
            for q in questions
        ],
        allowed_actions=room_actions(room, viewer),
    )


def question_read(
    question: LiveQuestion,
    tally: Tally,
    results: QuestionResults | None,
    allowed_actions: list[QuestionAction],
) -> LiveQuestionRead:
    return LiveQuestionRead(
        id=question.id,
        purpose=question.purpose,
        moment=question.moment,
        position=question.position,
        kind=question.kind,
        prompt=question.prompt,
        options=question.options,
        state=question.state,
        show_results=question.show_results,
        version=question.version,
        answer_count=tally.answer_count,
        skip_count=tally.skip_count,
        results=results,
        allowed_actions=allowed_actions,
    )


async def context_read(
    db: AsyncSession, settings: Settings, ctx: RoomContext, now: datetime
) -> LiveRoomRead:
    return await room_read(
        db, settings, ctx.room, ctx.day, ctx.access.organisation_name, now, viewer=ctx.access
    )


# --- changing ---------------------------------------------------------------------------------


def _require_room(ctx: RoomContext, action: RoomAction) -> None:
    ROOMS.require(ctx.access.principal, action, ctx.access.subject)


def _require_room_open(ctx: RoomContext, action: RoomAction) -> None:
    """403 for who may not run the room; 409 room_closed once its session has ended."""
    _require_room(ctx, action)
    if not ROOMS.in_state(action, ctx.room.status):
        raise RoomClosed()


def _require_question(ctx: RoomContext, action: QuestionAction) -> None:
    QUESTIONS.require(ctx.access.principal, action, ctx.access.subject)


async def add_question(
    db: AsyncSession, hub: LiveHub, ctx: RoomContext, body: LiveQuestionCreate
) -> LiveQuestion:
    _require_room_open(ctx, RoomAction.ADD_QUESTION)
    check_options(body.kind, body.options)
    moment = None
    if body.purpose is QuestionPurpose.EXERCISE:
        moment = body.moment or ctx.day.first_moment
        if moment not in ctx.day.moments:
            raise MomentNotOfDay()
    last = await db.scalar(
        select(func.max(LiveQuestion.position)).where(LiveQuestion.room_id == ctx.room.id)
    )
    question = LiveQuestion(
        room_id=ctx.room.id,
        template_id=None,
        purpose=body.purpose,
        moment=moment,
        position=(last if last is not None else -1) + 1,
        kind=body.kind,
        prompt=body.prompt,
        options=body.options,
        state=QUESTION_WORKFLOW.require_start(QuestionState.PENDING),
        show_results=True,
    )
    db.add(question)
    await db.flush()
    await store.prepare(db, [question])
    await publish(db, hub, ctx.room.id, Change.ROOM)
    return question


async def update_question(
    db: AsyncSession, hub: LiveHub, question: LiveQuestion, body: LiveQuestionUpdate
) -> None:
    if body.version != question.version:
        raise VersionConflict(current={"version": question.version})
    if await store.has_answers(db, question.id):
        raise QuestionAnswered()
    options = body.options if body.options is not None else question.options
    check_options(question.kind, options)
    if body.prompt is not None:
        question.prompt = body.prompt
    question.options = list(options)
    if body.position is not None:
        question.position = body.position
    await db.flush()
    await publish(db, hub, question.room_id, Change.ROOM)


async def delete_question(
    db: AsyncSession, hub: LiveHub, question: LiveQuestion, ctx: RoomContext
) -> None:
    if await store.has_answers(db, question.id):
        raise QuestionAnswered()
    if ctx.room.current_question_id == question.id:
        ctx.room.current_question_id = None
    await db.delete(question)
    await db.flush()
    await publish(db, hub, ctx.room.id, Change.ROOM)


async def open_question(
    db: AsyncSession, hub: LiveHub, question: LiveQuestion, ctx: RoomContext, now: datetime
) -> None:
    """The question goes on the projector and takes answers; the one open before it closes, so
    phones only ever answer what the room is looking at. 409 room_closed after the session."""
    _require_room_open(ctx, RoomAction.OPEN_QUESTION)
    _require_question(ctx, QuestionAction.OPEN)
    previous = ctx.room.current_question_id
    if previous is not None and previous != question.id:
        earlier = await db.get(LiveQuestion, previous)
        if earlier is not None and earlier.state is QuestionState.OPEN:
            earlier.state = QUESTION_WORKFLOW.require_move(earlier.state, QuestionState.CLOSED)
    # Opening the open question again only puts it back on the projector.
    if question.state is not QuestionState.OPEN:
        question.state = QUESTION_WORKFLOW.require_move(question.state, QuestionState.OPEN)
    _show(ctx.room, question, now)
    await db.flush()
    await publish(db, hub, ctx.room.id, Change.ROOM)


async def close_question(
    db: AsyncSession, hub: LiveHub, question: LiveQuestion, ctx: RoomContext
) -> None:
    """Stop taking answers; closing a question that is not open changes nothing."""
    _require_question(ctx, QuestionAction.CLOSE)
    if question.state is QuestionState.OPEN:
        question.state = QUESTION_WORKFLOW.require_move(question.state, QuestionState.CLOSED)
        await db.flush()
    await publish(db, hub, ctx.room.id, Change.ROOM)


async def show_results(
    db: AsyncSession, hub: LiveHub, question: LiveQuestion, ctx: RoomContext, show: bool
) -> None:
    question.show_results = show
    await db.flush()
    await publish(db, hub, ctx.room.id, Change.ANSWERS)


def _show(room: LiveRoom, question: LiveQuestion, now: datetime) -> None:
    room.current_question_id = question.id
    room.updated_at = now


async def show_question(
    db: AsyncSession, hub: LiveHub, ctx: RoomContext, question_id: int, now: datetime
) -> None:
    """The question goes on the projector as it is (open, closed or not yet asked); 409
    room_closed after the session."""
    _require_room_open(ctx, RoomAction.SHOW_QUESTION)
    question = await db.get(LiveQuestion, question_id)
    if question is None or question.room_id != ctx.room.id:
        raise NotFound()
    _show(ctx.room, question, now)
    await db.flush()
    await publish(db, hub, ctx.room.id, Change.ROOM)


async def set_text_hidden(
    db: AsyncSession,
    hub: LiveHub,
    ctx: RoomContext,
    question: LiveQuestion,
    text_id: str,
    hidden: bool,
) -> None:
    """Keep a free-text answer off the projector (or put it back)."""
    await store.set_text_hidden(db, question.id, text_id, hidden)
    await publish(db, hub, ctx.room.id, Change.ANSWERS)


async def set_evaluation_open(
    db: AsyncSession,
    hub: LiveHub,
    settings: Settings,
    ctx: RoomContext,
    open_: bool,
    now: datetime,
) -> None:
    room = ctx.room
    room.evaluation_open = open_
    room.evaluation_closes_at = (
        now + timedelta(days=settings.evaluation_link_days) if open_ else None
    )
    room.updated_at = now
    await db.flush()
    await publish(db, hub, room.id, Change.ROOM)


async def reopen_room(db: AsyncSession, hub: LiveHub, ctx: RoomContext, now: datetime) -> None:
    """Undo an early "end of session": questions stay as they were, none reopens by itself.
    Reopening an open room changes nothing."""
    _require_room(ctx, RoomAction.REOPEN)
    if ctx.room.status is RoomStatus.OPEN:
        return
    ctx.room.status = ROOM_WORKFLOW.require_move(ctx.room.status, RoomStatus.OPEN)
    ctx.room.updated_at = now
    await db.flush()
    await publish(db, hub, ctx.room.id, Change.ROOM)


async def close_room(db: AsyncSession, hub: LiveHub, ctx: RoomContext, now: datetime) -> None:
    """End the session and close its open question; ending an ended one changes nothing."""
    _require_room(ctx, RoomAction.CLOSE)
    room = ctx.room
    if room.status is RoomStatus.CLOSED:
        return
    for question in await questions_of(db, room.id):
        if question.state is QuestionState.OPEN:
            question.state = QUESTION_WORKFLOW.require_move(question.state, QuestionState.CLOSED)
    room.status = ROOM_WORKFLOW.require_move(room.status, RoomStatus.CLOSED)
    room.updated_at = now
    await db.flush()
    await publish(db, hub, room.id, Change.ROOM)
