"""Small helpers shared by tests: reading links out of queued mail."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from backend.models import Certificate, OutboxMessage

if TYPE_CHECKING:
    from tests.conftest import Cycle

_TOKEN = re.compile(r"token=([\w\-]+)")


async def outbox_to(db: AsyncSession, address: str) -> list[OutboxMessage]:
    return list(
        await db.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.to_address == address)
            .order_by(OutboxMessage.id)
        )
    )


async def latest_token_sent_to(db: AsyncSession, address: str) -> str:
    messages = await outbox_to(db, address)
    assert messages, f"no mail to {address}"
    match = _TOKEN.search(messages[-1].body_text)
    assert match, messages[-1].body_text
    return match.group(1)


def goal(goal_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": goal_id,
        "title": f"Mål {goal_id}",
        "indicator": "Andel medarbetare som genomgått utbildningen",
        "unit": "%",
        "baseline": 10,
        "target": 80,
        "deadline": "2027-06-30",
        "responsible": "HR-chefen",
        "grounds": ["sex", "age"],
    } | fields


def activity(activity_id: str, goal_ids: list[str], **fields: Any) -> dict[str, Any]:
    return {
        "id": activity_id,
        "description": f"Aktivitet {activity_id}",
        "responsible": "Arbetsgruppen",
        "start_date": "2026-04-01",
        "due_date": "2026-12-31",
        "status": "planned",
        "goal_ids": goal_ids,
    } | fields


def full_plan() -> dict[str, Any]:
    return {
        "vision": "Alla ska känna sig välkomna och bemötas med respekt.",
        "goals": [goal("g1"), goal("g2", title="Tillgängliga lokaler", baseline=2, target=10)],
        "activities": [
            activity("a1", ["g1"]),
            activity("a2", ["g1", "g2"]),
            activity("a3", ["g2"], status="in_progress"),
        ],
    }


async def hold_all_moments(
    client: httpx.AsyncClient, certification_id: int, trainer_headers: dict[str, str]
) -> None:
    """Moments 1+2 as a full day and 3 as a half day, both in the past, marked held."""
    url = f"/api/v1/certifications/{certification_id}/training-days"
    for date, moments in (("2026-01-20", [1, 2]), ("2026-02-10", [3])):
        r = await client.post(url, json={"date": date, "moments": moments}, headers=trainer_headers)
        assert r.status_code == 201, r.text
        day_id = r.json()["day"]["id"]
        r = await client.post(
            f"/api/v1/training-days/{day_id}/held",
            json={"participant_count": 18},
            headers=trainer_headers,
        )
        assert r.status_code == 200, r.text


async def save_plan(
    client: httpx.AsyncClient,
    certification_id: int,
    headers: dict[str, str],
    base: int,
    content: dict[str, Any],
) -> httpx.Response:
    return await client.put(
        f"/api/v1/certifications/{certification_id}/plan",
        json={"base_version": base, "content": content},
        headers=headers,
    )


async def issue_certificate_directly(
    db: AsyncSession, cycle: Cycle, now: dt.datetime, *, valid_until: dt.date | None = None
) -> Certificate:
    """A certificate (and its follow-ups) issued through the service without the review, so the
    certification stays open and every route around it can be exercised; `valid_until` instead
    of the usual three years."""
    from backend.certificates.service import issue
    from backend.certifications.repository import get_visible
    from backend.core.principal import Principal

    access = await get_visible(db, Principal(cycle.admin, "-"), cycle.certification_id)
    certificate = await issue(
        db,
        certification=access.certification,
        organisation_name=access.organisation_name,
        issued_by_id=cycle.trainer.id,
        plan_version=1,
        now=now,
        valid_until=valid_until,
    )
    await db.commit()
    return certificate


async def seed_certified_organisation(
    sessionmaker: async_sessionmaker[AsyncSession], *, issued: dt.datetime
) -> int:
    """Committed data for tests that run their own app instances: an organisation with two active
    members and a certificate issued on ``issued``. Returns the number of members."""
    from backend.certificates.service import issue
    from backend.core.security import hash_password
    from backend.models import Certification, Organisation, User
    from backend.models.enums import CertificationStatus, MemberRole, Role, Sector

    async with sessionmaker() as db:
        organisation = Organisation(
            name="Schemalagda kommunen",
            org_number="212000-1512",
            sector=Sector.MUNICIPALITY,
            contact_name="K",
            contact_email="k@example.se",
            created_at=issued,
            updated_at=issued,
        )
        db.add(organisation)
        await db.flush()
        password = hash_password("correct-horse-battery")
        for n in range(2):
            db.add(
                User(
                    email=f"medlem{n}@example.se",
                    full_name=f"Medlem {n}",
                    role=Role.MEMBER,
                    password_hash=password,
                    organisation_id=organisation.id,
                    member_role=MemberRole.MEMBER,
                    is_active=True,
                    created_at=issued,
                    updated_at=issued,
                )
            )
        certification = Certification(
            organisation_id=organisation.id,
            status=CertificationStatus.CERTIFIED,
            scope="",
            opened_at=issued,
            created_at=issued,
            updated_at=issued,
        )
        db.add(certification)
        await db.flush()
        await issue(
            db,
            certification=certification,
            organisation_name=organisation.name,
            issued_by_id=None,
            plan_version=1,
            now=issued,
        )
        await db.commit()
    return 2


def device(n: int) -> str:
    """A participant device's random token (the tests' are recognisable, not random)."""
    return f"device-{n:04d}-" + "x" * 32


async def open_live_room(
    client: httpx.AsyncClient,
    certification_id: int,
    trainer: dict[str, str],
    *,
    date: str,
    moments: list[int],
) -> dict[str, Any]:
    """Plan a training day and open its live room; returns the room."""
    day = await client.post(
        f"/api/v1/certifications/{certification_id}/training-days",
        json={"date": date, "moments": moments},
        headers=trainer,
    )
    assert day.status_code == 201, day.text
    room = await client.post(
        f"/api/v1/training-days/{day.json()['day']['id']}/live-room", headers=trainer
    )
    assert room.status_code == 201, room.text
    opened: dict[str, Any] = room.json()
    return opened


def question_of(room: dict[str, Any], kind: str, *, purpose: str = "exercise") -> dict[str, Any]:
    questions: list[dict[str, Any]] = room["questions"]
    return next(q for q in questions if q["kind"] == kind and q["purpose"] == purpose)


async def answer(
    client: httpx.AsyncClient, room: dict[str, Any], question_id: int, n: int, **fields: Any
) -> httpx.Response:
    body = {"question_id": question_id, "device_token": device(n), **fields}
    return await client.post(f"/api/v1/participate/{room['join_code']}/answers", json=body)


async def answer_all(
    client: httpx.AsyncClient, room: dict[str, Any], question_id: int, bodies: list[dict[str, Any]]
) -> None:
    for n, fields in enumerate(bodies):
        r = await answer(client, room, question_id, n, **fields)
        assert r.status_code == 201, r.text
