"""The states the hub hands to streams, each read in a session of its own (a stream outlives
the request that opened it)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from backend.core.clock import Clock
from backend.core.config import Settings
from backend.core.errors import NotFound
from backend.live.participation import participant_room, room_by_id
from backend.live.rooms import room_read


class RoomRenderer:
    def __init__(
        self, sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, clock: Clock
    ) -> None:
        self._sessionmaker = sessionmaker
        self._settings = settings
        self._clock = clock

    async def staff(self, room_id: int) -> str | None:
        async with self._sessionmaker() as db:
            try:
                room, day, name = await room_by_id(db, room_id)
            except NotFound:
                return None
            # One payload for every presenter watching: each may run the room (room_actions).
            state = await room_read(
                db, self._settings, room, day, name, self._clock.now(), viewer=None
            )
            return state.model_dump_json()

    async def public(self, room_id: int) -> str | None:
        async with self._sessionmaker() as db:
            try:
                room, day, name = await room_by_id(db, room_id)
            except NotFound:
                return None
            state = await participant_room(db, room, day, name, self._clock.now())
            return state.model_dump_json()
