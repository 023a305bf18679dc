"""Moving the server's time in end-to-end tests (only mounted with JAMLIK_TEST_CLOCK=1)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Request
from pydantic import AwareDatetime, BaseModel, Field

from backend.core.clock import OffsetClock
from backend.core.errors import Conflict
from backend.core.schemas import Schema
from backend.notifications.scheduler import run_reminders

router = APIRouter(prefix="/testing", tags=["testing"])


class ClockMove(Schema):
    advance_days: Annotated[int, Field(ge=-3650, le=3650)] | None = None
    set: AwareDatetime | None = None


class ClockRead(BaseModel):
    now: datetime


def _clock(request: Request) -> OffsetClock:
    clock = request.app.state.clock
    if not isinstance(clock, OffsetClock):
        raise Conflict("This server's clock cannot be moved.")
    return clock


@router.get("/clock", response_model=ClockRead)
async def read_clock(request: Request) -> ClockRead:
    """The server's current time."""
    return ClockRead(now=_clock(request).now())


@router.post("/clock", response_model=ClockRead)
async def move_clock(body: ClockMove, request: Request) -> ClockRead:
    """Move the server's time, then run the reminders at once, as the scheduler would."""
    clock = _clock(request)
    if body.set is not None:
        clock.set(body.set)
    if body.advance_days is not None:
        clock.advance(timedelta(days=body.advance_days))
    state = request.app.state
    if await run_reminders(state.sessionmaker, state.settings, clock):
        state.mail_wakeup.set()
    return ClockRead(now=clock.now())
