"""The movable clock of the end-to-end server: the real time moved by an offset, and the endpoints
that move it (`/api/v1/testing/clock`). Only the test server (`tests.support.e2e_server`) mounts
them, on a throwaway database: times moved into the future would stay in a database that outlives
the server, so the package's own servers refuse JAMLIK_TEST_CLOCK."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Request
from pydantic import AwareDatetime, BaseModel, Field

from backend.core.errors import Conflict
from backend.core.schemas import Schema
from backend.notifications.scheduler import run_reminders


class OffsetClock:
    """The real clock moved by an offset: the end-to-end server's time machine."""

    def __init__(self) -> None:
        self._offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset

    def set(self, at: datetime) -> None:
        self._offset = at - datetime.now(UTC)

    def advance(self, delta: timedelta) -> None:
        self._offset += delta


# Mounted with create_app(…, clock=OffsetClock(), api_routers=[router]).
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
