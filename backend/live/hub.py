"""Fan-out of room changes to the server-sent-event streams of this process.

A change is a *signal* ("room 7 changed: answers"), never the data: every worker that has
streams for the room reads the state once, coalescing bursts of votes, and hands the same
payload to all its streams. Signals travel in-process by default; on PostgreSQL they travel
through LISTEN/NOTIFY, sent inside the writing transaction, so they arrive only once it commits
and reach the streams of every API worker (ADR 0006).
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession

log = logging.getLogger(__name__)

CHANNEL = "jamlik_live"
COALESCE_SECONDS = 0.05
RECONNECT_SECONDS = (0.5, 1, 2, 5)


class Change(enum.StrEnum):
    ANSWERS = "answers"  # counts and results: the presenter's business only
    ROOM = "room"  # questions, their states, the evaluation: everyone's


class Audience(enum.StrEnum):
    STAFF = "staff"
    PUBLIC = "public"


class Renderer(Protocol):
    async def staff(self, room_id: int) -> str | None: ...
    async def public(self, room_id: int) -> str | None: ...


class Subscriber:
    """One stream. Every payload is a whole state, so only the latest one matters: a slow
    client skips states it never saw, and memory never grows with the number of votes."""

    def __init__(self) -> None:
        self._latest: str | None = None
        self._ready = asyncio.Event()

    def offer(self, payload: str) -> None:
        self._latest = payload
        self._ready.set()

    async def next(self, wait_seconds: float) -> str | None:
        try:
            await asyncio.wait_for(self._ready.wait(), wait_seconds)
        except TimeoutError:
            return None
        self._ready.clear()
        return self._latest


@dataclass
class _Channel:
    staff: set[Subscriber] = field(default_factory=set)
    public: set[Subscriber] = field(default_factory=set)
    pending: set[Change] = field(default_factory=set)
    refresh: asyncio.Task[None] | None = None
    last_public: str | None = None

    def members(self, audience: Audience) -> set[Subscriber]:
        return self.staff if audience is Audience.STAFF else self.public

    @property
    def empty(self) -> bool:
        return not self.staff and not self.public


class LiveHub:
    def __init__(self, renderer: Renderer, *, coalesce_seconds: float = COALESCE_SECONDS) -> None:
        self._renderer = renderer
        self._coalesce = coalesce_seconds
        self._channels: dict[int, _Channel] = {}
        self._listener: asyncio.Task[None] | None = None
        self.listening = asyncio.Event()

    # --- streams ------------------------------------------------------------------------------

    async def subscribe(self, room_id: int, audience: Audience) -> Subscriber:
        """A new stream, given the current state first (on every connect and reconnect)."""
        channel = self._channels.setdefault(room_id, _Channel())
        subscriber = Subscriber()
        cached = channel.last_public if audience is Audience.PUBLIC and channel.public else None
        channel.members(audience).add(subscriber)
        payload = cached or await self._render(room_id, audience)
        if payload is not None:
            subscriber.offer(payload)
            if audience is Audience.PUBLIC:
                channel.last_public = payload
        return subscriber

    def unsubscribe(self, room_id: int, subscriber: Subscriber) -> None:
        channel = self._channels.get(room_id)
        if channel is None:
            return
        channel.staff.discard(subscriber)
        channel.public.discard(subscriber)
        if channel.empty:
            if channel.refresh is not None:
                channel.refresh.cancel()
            del self._channels[room_id]

    def stream_count(self, room_id: int) -> int:
        channel = self._channels.get(room_id)
        return len(channel.staff) + len(channel.public) if channel else 0

    # --- signals ------------------------------------------------------------------------------

    def signal(self, room_id: int, change: Change) -> None:
        """Something in the room changed; streams here get the new state soon, once per burst."""
        channel = self._channels.get(room_id)
        if channel is None:
            return  # nobody here watches this room
        channel.pending.add(change)
        if channel.refresh is None:
            channel.refresh = asyncio.create_task(self._refresh(room_id, channel))

    def resync(self) -> None:
        """After missed signals (a lost database connection): refresh every watched room."""
        for room_id in list(self._channels):
            self.signal(room_id, Change.ROOM)

    async def _refresh(self, room_id: int, channel: _Channel) -> None:
        try:
            while channel.pending:
                await asyncio.sleep(self._coalesce)
                changes, channel.pending = channel.pending, set()
                if channel.staff:
                    staff_payload = await self._render(room_id, Audience.STAFF)
                    if staff_payload is not None:
                        for subscriber in list(channel.staff):
                            subscriber.offer(staff_payload)
                if channel.public and Change.ROOM in changes:
                    payload = await self._render(room_id, Audience.PUBLIC)
                    if payload is not None and payload != channel.last_public:
                        channel.last_public = payload
                        for subscriber in list(channel.public):
                            subscriber.offer(payload)
        except Exception:
            log.exception("live room %s: refreshing its streams failed", room_id)
        finally:
            channel.refresh = None

    async def _render(self, room_id: int, audience: Audience) -> str | None:
        if audience is Audience.STAFF:
            return await self._renderer.staff(room_id)
        return await self._renderer.public(room_id)

    # --- PostgreSQL ---------------------------------------------------------------------------

    @property
    def via_postgres(self) -> bool:
        return self._listener is not None

    def start_listening(self, database_url: str) -> None:
        if self._listener is None:
            self._listener = asyncio.create_task(self._listen_forever(database_url))

    async def stop(self) -> None:
        for channel in self._channels.values():
            if channel.refresh is not None:
                channel.refresh.cancel()
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener

    async def _listen_forever(self, database_url: str) -> None:
        import psycopg  # only PostgreSQL deployments need it

        dsn = make_url(database_url).set(drivername="postgresql").render_as_string(False)
        failures = 0
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    failures = 0
                    self.listening.set()
                    self.resync()  # whatever changed while we were not listening
                    async for notice in conn.notifies():
                        self._on_notice(notice.payload)
            except (psycopg.Error, OSError) as exc:
                self.listening.clear()
                delay = RECONNECT_SECONDS[min(failures, len(RECONNECT_SECONDS) - 1)]
                failures += 1
                log.warning("live: LISTEN connection lost (%s); retrying in %s s", exc, delay)
                await asyncio.sleep(delay)

    def _on_notice(self, payload: str) -> None:
        room, _, change = payload.partition(":")
        with contextlib.suppress(ValueError):
            self.signal(int(room), Change(change))


async def publish(db: AsyncSession, hub: LiveHub, room_id: int, change: Change) -> None:
    """Announce a change that this transaction makes; streams hear of it once it commits."""
    if hub.via_postgres:
        await db.execute(select(func.pg_notify(CHANNEL, f"{room_id}:{change.value}")))
        return
    hooks: list[Callable[[], None]] = db.info.setdefault("after_commit", [])
    hooks.append(lambda: hub.signal(room_id, change))
