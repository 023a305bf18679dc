"""Plan comments: read a page at a time, and written no faster than the limit allows, however many
workers serve the writer (defect 9 of issue 9: 9,780 comments came back as one 2 MB response, and
three clients wrote about 300 a second)."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.pool import NullPool

from backend.cli import db_upgrade
from backend.core.clock import FrozenClock
from backend.core.db import make_engine, make_sessionmaker
from backend.main import create_app
from backend.models import ActionPlan, PlanComment, User
from backend.models.enums import CommentTarget
from tests.conftest import QueryCounter, scratch_database
from tests.factories import bearer_for


def _url(certification_id: int) -> str:
    return f"/api/v1/certifications/{certification_id}/plan/comments"


async def _add_comments(
    db: AsyncSession, certification_id: int, authors: list[User], at: dt.datetime, n: int
) -> None:
    """`n` comments, two at each instant (so the order must break ties), authors taking turns."""
    plan_id = await db.scalar(
        select(ActionPlan.id).where(ActionPlan.certification_id == certification_id)
    )
    for i in range(n):
        db.add(
            PlanComment(
                plan_id=plan_id,
                target=CommentTarget.PLAN,
                body=f"Kommentar {i}",
                author_id=authors[i % len(authors)].id,
                plan_version=0,
                created_at=at + dt.timedelta(minutes=i // 2),
            )
        )
    await db.commit()


class TestCommentPages:
    async def test_comments_come_a_bounded_page_at_a_time_in_a_stable_order(
        self, client, cycle, db, settings, clock
    ):
        await _add_comments(db, cycle.certification_id, [cycle.trainer], clock.now(), 7)
        lead = await bearer_for(db, settings, cycle.lead_a, clock.now())
        seen = []
        for page in (1, 2, 3):
            r = await client.get(
                _url(cycle.certification_id),
                params={"page": page, "page_size": 3},
                headers=lead,
            )
            assert r.status_code == 200, r.text
            body = r.json()
            assert (body["total"], body["page"], body["page_size"]) == (7, page, 3)
            seen += [c["body"] for c in body["items"]]
        assert seen == [f"Kommentar {i}" for i in reversed(range(7))]  # newest first, each once

        default = (await client.get(_url(cycle.certification_id), headers=lead)).json()
        assert (len(default["items"]), default["page_size"]) == (7, 25)
        too_big = await client.get(
            _url(cycle.certification_id), params={"page_size": 101}, headers=lead
        )
        assert too_big.status_code == 422

    async def test_a_page_costs_the_same_queries_whatever_its_size(
        self, client, cycle, db, settings, clock, queries: QueryCounter
    ):
        authors = [cycle.trainer, cycle.lead_a, cycle.member_a, cycle.admin]
        await _add_comments(db, cycle.certification_id, authors, clock.now(), 40)
        lead = await bearer_for(db, settings, cycle.lead_a, clock.now())

        async def count(page_size: int) -> int:
            queries.statements.clear()
            queries.active = True
            r = await client.get(
                _url(cycle.certification_id), params={"page_size": page_size}, headers=lead
            )
            queries.active = False
            assert r.status_code == 200
            assert len(r.json()["items"]) == min(page_size, 40)
            return queries.count

        # auth, the certification, its trainers, the plan, the page (with authors), the total
        assert await count(1) == await count(10) == await count(100) == 6, queries.statements


@pytest.fixture
def limited(settings, sessionmaker, clock):
    """An app that allows 3 comments a minute per person."""
    limited_settings = settings.model_copy(
        update={"comment_rate_limit": 3, "comment_rate_window_seconds": 60}
    )
    return create_app(
        limited_settings, sessionmaker=sessionmaker, clock=clock, run_background_jobs=False
    )


@pytest.fixture
async def limited_client(limited):
    transport = httpx.ASGITransport(app=limited, client=("203.0.113.7", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://jamlik.test") as c:
        yield c


class TestCommentRateLimit:
    async def test_writing_faster_than_the_limit_is_refused_with_429_and_retry_after(
        self, limited_client, cycle, db, settings, clock
    ):
        client = limited_client
        url = _url(cycle.certification_id)
        lead = await bearer_for(db, settings, cycle.lead_a, clock.now())
        for n in range(3):
            r = await client.post(url, json={"body": f"Snabb {n}"}, headers=lead)
            assert r.status_code == 201, r.text
        refused = await client.post(url, json={"body": "En för mycket"}, headers=lead)
        assert refused.status_code == 429
        assert refused.json()["error"] == "rate_limited"
        # 3 a minute: the next one may come 20 seconds after the first.
        assert refused.headers["Retry-After"] == "20"
        assert refused.json()["detail"]["retry_after"] == 20

        trainer = await bearer_for(db, settings, cycle.trainer, clock.now())
        other = await client.post(url, json={"body": "Min egen gräns"}, headers=trainer)
        assert other.status_code == 201  # the limit is per person

        clock.advance(dt.timedelta(seconds=19))
        assert (await client.post(url, json={"body": "Tidigt"}, headers=lead)).status_code == 429
        clock.advance(dt.timedelta(seconds=1))
        assert (await client.post(url, json={"body": "Nu"}, headers=lead)).status_code == 201
        assert (await client.post(url, json={"body": "Igen"}, headers=lead)).status_code == 429

        bodies = (await client.get(url, headers=lead)).json()["items"]
        assert [c["body"] for c in bodies] == [
            "Nu",
            "Min egen gräns",
            "Snabb 2",
            "Snabb 1",
            "Snabb 0",
        ]

    async def test_a_refused_or_failed_write_does_not_use_up_the_allowance(
        self, limited_client, cycle, db, settings, clock
    ):
        client = limited_client
        url = _url(cycle.certification_id)
        lead = await bearer_for(db, settings, cycle.lead_a, clock.now())
        unknown = {"target": "goal", "target_id": "nope", "body": "?"}
        for _ in range(5):
            refused = await client.post(url, json=unknown, headers=lead)
            assert refused.json()["error"] == "comment_target_unknown"
        for n in range(3):
            r = await client.post(url, json={"body": f"Giltig {n}"}, headers=lead)
            assert r.status_code == 201, r.text


async def test_the_comment_limit_holds_across_workers(tmp_path, settings):
    """Two app instances with their own engines on one database, 12 writes at once from one
    person: exactly the limit gets through, as the allowance is kept in the database."""
    from tests.helpers import seed_certified_organisation

    issued = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
    with scratch_database(tmp_path, "comment_limit") as url:
        db_settings = settings.model_copy(
            update={"database_url": url, "comment_rate_limit": 4, "comment_rate_window_seconds": 60}
        )
        db_upgrade(db_settings)
        engines = [make_engine(url, poolclass=NullPool) for _ in range(2)]
        try:
            makers = [make_sessionmaker(e) for e in engines]
            await seed_certified_organisation(makers[0], issued=issued)
            from backend.models import Certification

            async with makers[0]() as db:
                certification = await db.scalar(select(Certification))
                member = await db.scalar(select(User).where(User.email == "medlem0@example.se"))
                assert certification is not None
                assert member is not None
                db.add(
                    ActionPlan(
                        certification_id=certification.id,
                        status="draft",
                        version=0,
                        content={},
                        updated_at=issued,
                    )
                )
                await db.commit()
                headers = await bearer_for(db, db_settings, member, issued)
            clock = FrozenClock(issued)
            apps = [
                create_app(db_settings, sessionmaker=m, clock=clock, run_background_jobs=False)
                for m in makers
            ]
            clients = [
                httpx.AsyncClient(
                    transport=httpx.ASGITransport(app=a), base_url="http://jamlik.test"
                )
                for a in apps
            ]
            try:
                answers = await asyncio.gather(
                    *(
                        clients[n % 2].post(
                            _url(certification.id), json={"body": f"Nr {n}"}, headers=headers
                        )
                        for n in range(12)
                    )
                )
            finally:
                for c in clients:
                    await c.aclose()
            codes = sorted(r.status_code for r in answers)
            assert codes == [201] * 4 + [429] * 8
            async with makers[0]() as db:
                assert await db.scalar(select(func.count()).select_from(PlanComment)) == 4
        finally:
            for e in engines:
                await e.dispose()
