from __future__ import annotations

from typing import Any

import pytest

from tests.factories import bearer_for
from tests.helpers import open_live_room


class Live:
    """The cycle's trainer with a live room open for a day of moment 2 (exercises that may go
    to a workshop), and the headers of the people involved."""

    cycle: Any
    trainer: dict[str, str]
    lead: dict[str, str]
    room: dict[str, Any]

    @property
    def room_url(self) -> str:
        return f"/api/v1/live/rooms/{self.room['id']}"


@pytest.fixture
async def live(client, cycle, db, settings, clock) -> Live:
    out = Live()
    out.cycle = cycle
    out.trainer = await bearer_for(db, settings, cycle.trainer, clock.now())
    out.lead = await bearer_for(db, settings, cycle.lead_a, clock.now())
    out.room = await open_live_room(
        client, cycle.certification_id, out.trainer, date="2026-03-10", moments=[2]
    )
    return out
