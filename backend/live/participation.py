"""The participants' side: what a phone sees of a room, and recording anonymous answers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.core.errors import NotFound
from backend.live import store
from backend.live.answers import stored_answer
from backend.live.codes import normalise_join_code, respondent_key
from backend.live.errors import (
    AlreadyAnswered,
    AnswerInvalid,
    EvaluationClosed,
    QuestionNotOpen,
    RoomClosed,
)
from backend.live.hub import Change, LiveHub, publish
from backend.live.rooms import evaluation_is_open
from backend.live.schemas import (
    AnswerCreate,
    AnswerFields,
    EvaluationAnswer,
    EvaluationForm,
    EvaluationQuestion,
    ParticipantEvaluation,
    ParticipantQuestion,
    ParticipantRoom,
)
from backend.models import (
    Certification,
    LiveQuestion,
    LiveRoom,
    Organisation,
    TrainingDay,
)
from backend.models.enums import QuestionPurpose, QuestionState, RoomStatus

SKIP = AnswerFields(skipped=True)


def day_title(organisation_name: str, day: TrainingDay) -> str:
    moments = " och ".join(str(m) for m in day.moments)
    return f"{organisation_name} – moment {moments}"


async def _room_with_day(
    db: AsyncSession, condition: ColumnElement[bool]
) -> tuple[LiveRoom, TrainingDay, str]:
    row = (
        await db.execute(
            select(LiveRoom, TrainingDay, Organisation.name)
            .join(TrainingDay, TrainingDay.id == LiveRoom.training_day_id)
            .join(Certification, Certification.id == TrainingDay.certification_id)
            .join(Organisation, Organisation.id == Certification.organisation_id)
            .where(condition)
        )
    ).one_or_none()
    if row is None:
        raise NotFound()
    return row[0], row[1], row[2]


async def room_by_join_code(db: AsyncSession, raw_code: str) -> tuple[LiveRoom, TrainingDay, str]:
    code = normalise_join_code(raw_code)
    if code is None:
        raise NotFound()
    return await _room_with_day(db, LiveRoom.join_code == code)


async def room_by_id(db: AsyncSession, room_id: int) -> tuple[LiveRoom, TrainingDay, str]:
    return await _room_with_day(db, LiveRoom.id == room_id)


async def participant_room(
    db: AsyncSession, room: LiveRoom, day: TrainingDay, organisation_name: str, now: datetime
) -> ParticipantRoom:
    """What phones see: the question the room looks at, never anything about answers."""
    question = None
    if room.current_question_id is not None and room.status is RoomStatus.OPEN:
        current = await db.get(LiveQuestion, room.current_question_id)
        if current is not None and current.state is not QuestionState.PENDING:
            question = ParticipantQuestion(
                id=current.id,
                kind=current.kind,
                prompt=current.prompt,
                options=current.options,
                state=current.state,
            )
    return ParticipantRoom(
        join_code=room.join_code,
        title=day_title(organisation_name, day),
        date=day.date,
        status=room.status,
        question=question,
        evaluation=ParticipantEvaluation(code=room.evaluation_code)
        if evaluation_is_open(room, now)
        else None,
    )


async def _record(
    db: AsyncSession, question: LiveQuestion, device_token: str, fields: AnswerFields
) -> None:
    answer = stored_answer(question.kind, question.options, fields)
    if not await store.record(db, question, respondent_key(question.id, device_token), answer):
        raise AlreadyAnswered()  # the request's transaction rolls back what went before


async def record_answer(db: AsyncSession, hub: LiveHub, raw_code: str, body: AnswerCreate) -> None:
    """One answer per device and question; a skip counts as that device's answer."""
    room, _day, _name = await room_by_join_code(db, raw_code)
    if room.status is RoomStatus.CLOSED:
        raise RoomClosed()
    question = await db.get(LiveQuestion, body.question_id)
    if question is None or question.room_id != room.id:
        raise NotFound()
    if question.state is not QuestionState.OPEN:
        raise QuestionNotOpen()
    answer = stored_answer(question.kind, question.options, body)
    key = respondent_key(question.id, body.device_token)
    # On PostgreSQL `db` commits each statement by itself (public_endpoints): the answer is one
    # statement, so the question's counts are held only while it runs (ADR 0007).
    if not await store.record(db, question, key, answer):
        raise AlreadyAnswered()
    await publish(db, hub, room.id, Change.ANSWERS)


async def evaluation_room(
    db: AsyncSession, code: str, now: datetime
) -> tuple[LiveRoom, TrainingDay, str, list[LiveQuestion]]:
    """The open evaluation behind a code, its questions in their order."""
    if not code.isalnum() or len(code) > 16:
        raise NotFound()
    room, day, name = await _room_with_day(db, LiveRoom.evaluation_code == code.upper())
    if not evaluation_is_open(room, now):
        raise EvaluationClosed()
    stmt = (
        select(LiveQuestion)
        .where(
            LiveQuestion.room_id == room.id,
            LiveQuestion.purpose == QuestionPurpose.EVALUATION,
        )
        .order_by(LiveQuestion.position, LiveQuestion.id)
    )
    questions = list(await db.scalars(stmt))
    return room, day, name, questions


async def evaluation_form(db: AsyncSession, code: str, now: datetime) -> EvaluationForm:
    room, day, name, questions = await evaluation_room(db, code, now)
    return EvaluationForm(
        title=day_title(name, day),
        date=day.date,
        closes_at=room.evaluation_closes_at,
        questions=[
            EvaluationQuestion(id=q.id, kind=q.kind, prompt=q.prompt, options=q.options)
            for q in questions
        ],
    )


async def record_evaluation(
    db: AsyncSession,
    hub: LiveHub,
    code: str,
    device_token: str,
    answers: Sequence[EvaluationAnswer],
    now: datetime,
) -> int:
    """All the answers or none: a second submission from the same device is refused whole.

    A question left out counts as skipped, so every submission writes to every question of the
    evaluation and the rows it leaves alone tell nothing about what it left out."""
    room, _day, _name, questions = await evaluation_room(db, code, now)
    given = {a.question_id: a for a in answers}
    if len(given) != len(answers):
        raise AnswerInvalid("Each question once.")
    if not given.keys() <= {q.id for q in questions}:
        raise AnswerInvalid("Not a question of this evaluation.")
    # The signal first: it is sent only at the commit, and the counts are held one round trip less.
    await publish(db, hub, room.id, Change.ANSWERS)
    # In the order of the questions' ids, the same for every submission: two submissions take the
    # questions' counts one after the other and never wait for each other.
    for question in sorted(questions, key=lambda q: q.id):
        await _record(db, question, device_token, given.get(question.id, SKIP))
    return len(answers)
