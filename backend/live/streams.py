"""Server-sent events: the current state first, then every new one, and keep-alives."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

from fastapi.responses import StreamingResponse

from backend.live.hub import Audience, LiveHub

KEEPALIVE_SECONDS = 15.0
RETRY_MILLISECONDS = 2000
HEADERS = {
    "Cache-Control": "no-cache, no-transform",
    "X-Accel-Buffering": "no",  # nginx must not buffer the stream
}


async def room_events(
    hub: LiveHub,
    room_id: int,
    audience: Audience,
    *,
    max_seconds: float,
    still_allowed: Callable[[], Awaitable[bool]] | None = None,
    keepalive_seconds: float = KEEPALIVE_SECONDS,
) -> AsyncIterator[str]:
    """Ends after `max_seconds` (proxies drop idle long requests anyway); EventSource then
    reconnects by itself and is given the current state first."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + max_seconds
    subscriber = await hub.subscribe(room_id, audience)
    try:
        yield f"retry: {RETRY_MILLISECONDS}\n\n"
        while (left := deadline - loop.time()) > 0:
            payload = await subscriber.next(min(keepalive_seconds, left))
            if payload is not None:
                yield f"event: room\ndata: {payload}\n\n"
                continue
            # A long-lived stream must not outlive the session that opened it (logout, revocation).
            if loop.time() >= deadline:
                return
            if still_allowed is not None and not await still_allowed():
                return
            yield ": keepalive\n\n"
    finally:
        hub.unsubscribe(room_id, subscriber)


def event_stream(events: AsyncIterator[str]) -> StreamingResponse:
    return StreamingResponse(events, media_type="text/event-stream", headers=HEADERS)
