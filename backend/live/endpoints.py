"""The trainer's side of live rooms: open, adapt, run and watch."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Annotated

import segno
from fastapi import APIRouter, Depends, Path, Request, Response, status
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.permissions import CurrentPrincipal
from backend.auth.repository import session_with_user
from backend.auth.service import session_is_live
from backend.core.clock import Clock, ClockDep
from backend.core.config import Settings
from backend.core.db import SessionDep
from backend.core.deps import SettingsDep
from backend.core.errors import NotFound
from backend.core.principal import Principal
from backend.core.schemas import ObjectId
from backend.live import rooms
from backend.live.hub import Audience, LiveHub
from backend.live.rooms import RoomContext
from backend.live.schemas import (
    AnswerVisibility,
    EvaluationToggle,
    LiveQuestionCreate,
    LiveQuestionRead,
    LiveQuestionUpdate,
    LiveRoomRead,
    ShowQuestion,
    ShowResults,
)
from backend.live.store import Tally
from backend.live.streams import event_stream, room_events
from backend.models import LiveQuestion
from backend.training.service import day_with_access

router = APIRouter(tags=["live"])
# Text ids are random hex (store.new_text_id); anything else cannot be one.
TextId = Annotated[str, Path(pattern=r"^[0-9a-f]{32}$")]


def get_hub(request: Request) -> LiveHub:
    hub: LiveHub = request.app.state.live_hub
    return hub


HubDep = Annotated[LiveHub, Depends(get_hub)]


@dataclass(frozen=True)
class Live:
    """What every trainer-side room endpoint works with."""

    principal: Principal
    db: AsyncSession
    settings: Settings
    clock: Clock
    hub: LiveHub

    async def room(self, room_id: int) -> RoomContext:
        return await rooms.room_context(self.db, self.principal, room_id)

    async def question(self, question_id: int) -> tuple[LiveQuestion, RoomContext]:
        return await rooms.question_context(self.db, self.principal, question_id)

    async def read(self, ctx: RoomContext) -> LiveRoomRead:
        return await rooms.context_read(self.db, self.settings, ctx, self.clock.now())


def _live(
    principal: CurrentPrincipal, db: SessionDep, settings: SettingsDep, clock: ClockDep, hub: HubDep
) -> Live:
    return Live(principal, db, settings, clock, hub)


LiveDep = Annotated[Live, Depends(_live)]


@router.get("/training-days/{day_id}/live-room", response_model=LiveRoomRead)
async def read_day_room(day_id: ObjectId, live: LiveDep) -> LiveRoomRead:
    """The training day's live room; 404 until one is opened."""
    day, access = await day_with_access(live.db, live.principal, day_id)
    rooms.ensure_runs_training(access)
    room = await rooms.room_of_day(live.db, day.id)
    if room is None:
        raise NotFound()
    return await live.read(RoomContext(room, day, access))


@router.post(
    "/training-days/{day_id}/live-room",
    response_model=LiveRoomRead,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": LiveRoomRead, "description": "The room was already open"}},
)
async def open_day_room(day_id: ObjectId, live: LiveDep, response: Response) -> LiveRoomRead:
    """Open the day's room with the bank's exercises for its moments and the evaluation."""
    day, access = await day_with_access(live.db, live.principal, day_id)
    room, created = await rooms.open_room(live.db, live.principal, day, access, live.clock.now())
    if not created:
        response.status_code = status.HTTP_200_OK
    return await live.read(RoomContext(room, day, access))


@router.get("/live/rooms/{room_id}", response_model=LiveRoomRead)
async def read_room(room_id: ObjectId, live: LiveDep) -> LiveRoomRead:
    """The room with every question, its counts and (past the threshold) its results."""
    return await live.read(await live.room(room_id))


@router.get(
    "/live/rooms/{room_id}/events",
    response_class=Response,
    responses={200: {"content": {"text/event-stream": {}}, "description": "`event: room`"}},
)
async def room_event_stream(room_id: ObjectId, live: LiveDep, request: Request) -> Response:
    """The presenter's live feed: the room as `event: room` now and after every change."""
    await live.room(room_id)
    app_state = request.app.state
    session_id, user_id = live.principal.session_id, live.principal.id

    async def still_allowed() -> bool:
        async with app_state.sessionmaker() as fresh:
            found = await session_with_user(fresh, session_id, user_id)
            return found is not None and session_is_live(*found, app_state.clock.now())

    events = room_events(
        live.hub,
        room_id,
        Audience.STAFF,
        max_seconds=live.settings.live_stream_max_seconds,
        still_allowed=still_allowed,
    )
    return event_stream(events)


@router.get(
    "/live/rooms/{room_id}/qr.svg",
    response_class=Response,
    responses={200: {"content": {"image/svg+xml": {}}}},
)
async def room_qr_code(room_id: ObjectId, live: LiveDep) -> Response:
    """The join address as a QR code for the projector."""
    ctx = await live.room(room_id)
    out = io.BytesIO()
    segno.make(rooms.join_url(live.settings, ctx.room), error="m", micro=False).save(
        out, kind="svg", scale=10, border=2, title=f"Jämlik {ctx.room.join_code}"
    )
    return Response(out.getvalue(), media_type="image/svg+xml")


@router.post(
    "/live/rooms/{room_id}/questions",
    response_model=LiveQuestionRead,
    status_code=status.HTTP_201_CREATED,
)
async def add_room_question(
    room_id: ObjectId, body: LiveQuestionCreate, live: LiveDep
) -> LiveQuestionRead:
    """A question written for this day, added last."""
    ctx = await live.room(room_id)
    question = await rooms.add_question(live.db, live.hub, ctx, body)
    # Nobody has answered yet.
    allowed = rooms.question_actions(question, ctx.access)
    return rooms.question_read(question, Tally(), results=None, allowed_actions=allowed)


@router.patch("/live/questions/{question_id}", response_model=LiveRoomRead)
async def update_room_question(
    question_id: ObjectId, body: LiveQuestionUpdate, live: LiveDep
) -> LiveRoomRead:
    """Adapt a question for the day while nobody has answered it; send the version you read."""
    question, ctx = await live.question(question_id)
    await rooms.update_question(live.db, live.hub, question, body)
    return await live.read(ctx)


@router.delete("/live/questions/{question_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_room_question(question_id: ObjectId, live: LiveDep) -> Response:
    """Remove a question nobody has answered."""
    question, ctx = await live.question(question_id)
    await rooms.delete_question(live.db, live.hub, question, ctx)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/live/questions/{question_id}/open", response_model=LiveRoomRead)
async def open_room_question(question_id: ObjectId, live: LiveDep) -> LiveRoomRead:
    """Put the question on the projector and take answers (the open one before it closes)."""
    question, ctx = await live.question(question_id)
    await rooms.open_question(live.db, live.hub, question, ctx, live.clock.now())
    return await live.read(ctx)


@router.post("/live/questions/{question_id}/close", response_model=LiveRoomRead)
async def close_room_question(question_id: ObjectId, live: LiveDep) -> LiveRoomRead:
    """Stop taking answers; the results stay on the projector."""
    question, ctx = await live.question(question_id)
    await rooms.close_question(live.db, live.hub, question, ctx)
    return await live.read(ctx)


@router.post("/live/questions/{question_id}/results-visibility", response_model=LiveRoomRead)
async def set_results_visibility(
    question_id: ObjectId, body: ShowResults, live: LiveDep
) -> LiveRoomRead:
    """Show or hide the question's results on the projector (reveal them when you choose)."""
    question, ctx = await live.question(question_id)
    await rooms.show_results(live.db, live.hub, question, ctx, body.show)
    return await live.read(ctx)


@router.post("/live/rooms/{room_id}/show", response_model=LiveRoomRead)
async def show_room_question(room_id: ObjectId, body: ShowQuestion, live: LiveDep) -> LiveRoomRead:
    """Put a question on the projector without opening it (going back to earlier results)."""
    ctx = await live.room(room_id)
    await rooms.show_question(live.db, live.hub, ctx, body.question_id, live.clock.now())
    return await live.read(ctx)


@router.post(
    "/live/questions/{question_id}/texts/{text_id}/visibility", response_model=LiveRoomRead
)
async def set_text_visibility(
    question_id: ObjectId, text_id: TextId, body: AnswerVisibility, live: LiveDep
) -> LiveRoomRead:
    """Hide a free-text answer from the projector, or show it again."""
    question, ctx = await live.question(question_id)
    await rooms.set_text_hidden(live.db, live.hub, ctx, question, text_id, body.hidden)
    return await live.read(ctx)


@router.post("/live/rooms/{room_id}/evaluation", response_model=LiveRoomRead)
async def toggle_evaluation(
    room_id: ObjectId, body: EvaluationToggle, live: LiveDep
) -> LiveRoomRead:
    """Open the day's evaluation in the room and its link for the days after, or close both."""
    ctx = await live.room(room_id)
    await rooms.set_evaluation_open(
        live.db, live.hub, live.settings, ctx, body.open, live.clock.now()
    )
    return await live.read(ctx)


@router.post("/live/rooms/{room_id}/close", response_model=LiveRoomRead)
async def close_live_room(room_id: ObjectId, live: LiveDep) -> LiveRoomRead:
    """End the live session; the evaluation link stays as it is."""
    ctx = await live.room(room_id)
    await rooms.close_room(live.db, live.hub, ctx, live.clock.now())
    return await live.read(ctx)


@router.post("/live/rooms/{room_id}/reopen", response_model=LiveRoomRead)
async def reopen_live_room(room_id: ObjectId, live: LiveDep) -> LiveRoomRead:
    """Open an ended session again (after "end" by mistake); no question reopens by itself."""
    ctx = await live.room(room_id)
    await rooms.reopen_room(live.db, live.hub, ctx, live.clock.now())
    return await live.read(ctx)
