"""Fan-out: streams get the current state first, then each change, coalesced; the public
streams hear only of what phones show."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncGenerator
from typing import Any

from backend.live.hub import Audience, Change, LiveHub
from backend.live.streams import room_events
from tests.helpers import answer, question_of


class CountingRenderer:
    def __init__(self) -> None:
        self.calls = {Audience.STAFF: 0, Audience.PUBLIC: 0}
        self.public_state = "question-1"

    async def staff(self, room_id: int) -> str:
        self.calls[Audience.STAFF] += 1
        await asyncio.sleep(0)
        return f"staff-{self.calls[Audience.STAFF]}"

    async def public(self, room_id: int) -> str:
        self.calls[Audience.PUBLIC] += 1
        return self.public_state


async def test_a_burst_of_votes_is_read_once_and_streams_get_the_latest():
    renderer = CountingRenderer()
    hub = LiveHub(renderer, coalesce_seconds=0.01)
    presenter = await hub.subscribe(7, Audience.STAFF)
    phone = await hub.subscribe(7, Audience.PUBLIC)
    assert await presenter.next(1) == "staff-1" and await phone.next(1) == "question-1"
    for _ in range(100):
        hub.signal(7, Change.ANSWERS)
    assert await presenter.next(1) == "staff-2"
    assert renderer.calls[Audience.STAFF] == 2
    # Votes are the presenter's business: phones were neither read for nor woken.
    assert renderer.calls[Audience.PUBLIC] == 1 and await phone.next(0.05) is None
    renderer.public_state = "question-2"
    hub.signal(7, Change.ROOM)
    assert await phone.next(1) == "question-2"
    # The same public state again wakes nobody.
    hub.signal(7, Change.ROOM)
    await asyncio.sleep(0.05)
    assert await phone.next(0.05) is None


async def test_new_phones_share_the_state_already_read_and_rooms_are_forgotten():
    renderer = CountingRenderer()
    hub = LiveHub(renderer, coalesce_seconds=0.01)
    phones = [await hub.subscribe(3, Audience.PUBLIC) for _ in range(50)]
    assert renderer.calls[Audience.PUBLIC] == 1
    assert hub.stream_count(3) == 50
    for phone in phones:
        hub.unsubscribe(3, phone)
    assert hub.stream_count(3) == 0
    hub.signal(3, Change.ROOM)  # nobody watches: nothing is read
    await asyncio.sleep(0.05)
    assert renderer.calls[Audience.PUBLIC] == 1


async def test_the_stream_ends_when_its_session_is_revoked():
    hub = LiveHub(CountingRenderer(), coalesce_seconds=0.01)
    allowed = True

    async def still_allowed() -> bool:
        return allowed

    events = room_events(
        hub, 1, Audience.STAFF, max_seconds=10, still_allowed=still_allowed, keepalive_seconds=0.02
    )
    assert (await anext(events)).startswith("retry:")
    assert (await anext(events)).startswith("event: room\ndata: staff-1")
    assert await anext(events) == ": keepalive\n\n"
    allowed = False
    assert [e async for e in events] == []
    assert hub.stream_count(1) == 0


async def test_a_stream_ends_after_its_time_and_leaves_nothing_behind():
    hub = LiveHub(CountingRenderer(), coalesce_seconds=0.01)
    events = [e async for e in room_events(hub, 1, Audience.PUBLIC, max_seconds=0.05)]
    assert events[0].startswith("retry:") and events[1].startswith("event: room")
    assert hub.stream_count(1) == 0


def _state(event: str) -> dict[str, Any]:
    assert event.startswith("event: room\ndata: ")
    state: dict[str, Any] = json.loads(event.removeprefix("event: room\ndata: "))
    return state


async def test_a_vote_reaches_the_presenter_stream_of_the_app(client, app, live):
    hub = app.state.live_hub
    q = question_of(live.room, "scale")
    await client.post(f"/api/v1/live/questions/{q['id']}/open", headers=live.trainer)
    presenter = room_events(hub, live.room["id"], Audience.STAFF, max_seconds=5)
    phone = room_events(hub, live.room["id"], Audience.PUBLIC, max_seconds=5)
    await anext(presenter), await anext(phone)
    first = _state(await anext(presenter))
    assert next(x for x in first["questions"] if x["id"] == q["id"])["answer_count"] == 0
    assert _state(await anext(phone))["question"]["id"] == q["id"]

    assert (await answer(client, live.room, q["id"], 1, value=5)).status_code == 201
    counted = _state(await asyncio.wait_for(anext(presenter), 2))
    assert next(x for x in counted["questions"] if x["id"] == q["id"])["answer_count"] == 1

    nxt = question_of(live.room, "word_cloud")
    await client.post(f"/api/v1/live/questions/{nxt['id']}/open", headers=live.trainer)
    moved = _state(await asyncio.wait_for(anext(phone), 2))
    assert moved["question"]["id"] == nxt["id"] and "answer_count" not in json.dumps(moved)
    # Typed as iterators; they are async generators, whose close ends the subscription.
    assert isinstance(presenter, AsyncGenerator) and isinstance(phone, AsyncGenerator)
    await presenter.aclose()
    await phone.aclose()
    assert hub.stream_count(live.room["id"]) == 0


async def test_a_failed_write_sends_no_signal(client, app, live):
    """Signals leave only after the commit: a refused answer wakes no stream."""
    hub = app.state.live_hub
    q = question_of(live.room, "scale")  # not open: the answer is refused
    presenter = room_events(hub, live.room["id"], Audience.STAFF, max_seconds=0.4)
    await anext(presenter), await anext(presenter)
    assert (await answer(client, live.room, q["id"], 1, value=5)).status_code == 409
    assert [e async for e in presenter] == []
