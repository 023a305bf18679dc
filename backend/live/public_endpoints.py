"""Taking part without an account: the room a code opens, answers, the evaluation link.

Nothing here reads who is calling: no cookie, no token, no address (docs/live.md)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from backend.core.clock import ClockDep
from backend.core.db import SessionDep, SingleStatementSessionDep
from backend.core.deps import SettingsDep
from backend.live import participation
from backend.live.endpoints import HubDep
from backend.live.hub import Audience
from backend.live.schemas import (
    AnswerCreate,
    AnswerRecorded,
    EvaluationForm,
    EvaluationRecorded,
    EvaluationSubmission,
    ParticipantRoom,
)
from backend.live.streams import event_stream, room_events

router = APIRouter(tags=["participate"])
JoinCode = Annotated[str, Path(min_length=1, max_length=16)]
EvaluationCode = Annotated[str, Path(min_length=1, max_length=16)]


@router.get("/participate/{join_code}", response_model=ParticipantRoom)
async def read_participant_room(
    join_code: JoinCode, db: SessionDep, clock: ClockDep
) -> ParticipantRoom:
    """The room behind a join code: the question on the projector, nothing about answers."""
    room, day, name = await participation.room_by_join_code(db, join_code)
    return await participation.participant_room(db, room, day, name, clock.now())


@router.get(
    "/participate/{join_code}/events",
    response_class=Response,
    responses={200: {"content": {"text/event-stream": {}}, "description": "`event: room`"}},
)
async def participant_event_stream(
    join_code: JoinCode, db: SessionDep, settings: SettingsDep, hub: HubDep
) -> Response:
    """The room as `event: room` now and whenever the question or the evaluation changes."""
    room, _day, _name = await participation.room_by_join_code(db, join_code)
    events = room_events(
        hub, room.id, Audience.PUBLIC, max_seconds=settings.live_stream_max_seconds
    )
    return event_stream(events)


@router.post(
    "/participate/{join_code}/answers",
    response_model=AnswerRecorded,
    status_code=status.HTTP_201_CREATED,
)
async def answer_question(
    join_code: JoinCode, body: AnswerCreate, db: SingleStatementSessionDep, hub: HubDep
) -> AnswerRecorded:
    """Answer (or skip) the open question, once per device."""
    await participation.record_answer(db, hub, join_code, body)
    return AnswerRecorded()


@router.get("/evaluations/{evaluation_code}", response_model=EvaluationForm)
async def read_evaluation(
    evaluation_code: EvaluationCode, db: SessionDep, clock: ClockDep
) -> EvaluationForm:
    """The day's evaluation while its link is open (410 before and after)."""
    return await participation.evaluation_form(db, evaluation_code, clock.now())


@router.post(
    "/evaluations/{evaluation_code}/answers",
    response_model=EvaluationRecorded,
    status_code=status.HTTP_201_CREATED,
)
async def answer_evaluation(
    evaluation_code: EvaluationCode,
    body: EvaluationSubmission,
    db: SessionDep,
    clock: ClockDep,
    hub: HubDep,
) -> EvaluationRecorded:
    """The whole evaluation at once; each question may be skipped."""
    recorded = await participation.record_evaluation(
        db, hub, evaluation_code, body.device_token, body.answers, clock.now()
    )
    return EvaluationRecorded(recorded=recorded)
