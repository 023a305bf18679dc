"""The working-group limit under concurrency: requests on connections of their own, each
committing on its own (`own_connections`), against a scratch database of the suite's kind."""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx
from sqlalchemy import func, select

from backend.core.clock import FrozenClock
from backend.main import create_app
from backend.models import User
from backend.models.enums import Role
from tests.conftest import OWN_CONNECTIONS, START
from tests.factories import bearer_for, make_organisation, make_user


class TestConcurrentInvitations:
    async def test_twelve_concurrent_invitations_to_an_empty_organisation_seat_exactly_eight(
        self, own_connections
    ):
        """Issue 9 #3: the size check and the insert were not atomic, so 12 invitations sent at
        once to an empty organisation were all accepted although a working group has at most 8."""
        settings, sessionmaker = own_connections
        clock = FrozenClock(START)
        async with sessionmaker() as db:
            admin = await make_user(db, clock.now(), Role.ADMIN)
            organisation = await make_organisation(db, clock.now())
            organisation_id = organisation.id
            headers = await bearer_for(db, settings, admin, clock.now())

        app = create_app(
            settings, sessionmaker=sessionmaker, clock=clock, run_background_jobs=False
        )
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://jamlik.test") as client:
            responses = await asyncio.gather(
                *(
                    client.post(
                        f"/api/v1/organisations/{organisation_id}/invitations",
                        json={"email": f"ny{n}@example.se", "full_name": f"Ny {n}"},
                        headers=headers,
                    )
                    for n in range(OWN_CONNECTIONS)
                )
            )

        assert Counter(r.status_code for r in responses) == {201: 8, 409: 4}, [
            r.text for r in responses
        ]
        refused = [r.json() for r in responses if r.status_code == 409]
        assert {body["error"] for body in refused} == {"working_group_full"}
        async with sessionmaker() as db:
            seated = await db.scalar(
                select(func.count(User.id)).where(
                    User.organisation_id == organisation_id,
                    User.role == Role.MEMBER,
                    User.is_active.is_(True),
                )
            )
        assert seated == settings.working_group_max == 8
