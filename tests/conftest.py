"""Test database: the real migrations on SQLite (always) or PostgreSQL (JAMLIK_TEST_BACKEND=postgres
with JAMLIK_TEST_POSTGRES_URL), one connection per test whose outer transaction is rolled back, so
each test starts from the migrated, empty schema."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from backend.cli import db_upgrade
from backend.core import errors
from backend.core.clock import FrozenClock
from backend.core.config import Settings
from backend.core.db import make_engine
from backend.core.security import use_cheap_password_hashing
from backend.main import create_app

use_cheap_password_hashing()  # still argon2; production cost is covered in tests/core
# Every error body a test provokes is checked against the schema its code declares.
errors.CHECK_BODIES = True

TEST_SECRET = "test-secret-key-with-more-than-32-characters-0123"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
OWN_CONNECTIONS = 12  # the pool of `own_connections`: the largest burst a race test sends


def _backend() -> str:
    return os.environ.get("JAMLIK_TEST_BACKEND", "sqlite")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests of what only PostgreSQL does (LISTEN/NOTIFY across processes) belong to its pass."""
    if _backend() == "postgres":
        return
    deselected = [item for item in items if item.get_closest_marker("postgres_only")]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if not item.get_closest_marker("postgres_only")]


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if _backend() == "postgres" and not os.environ.get("JAMLIK_TEST_POSTGRES_URL"):
        pytest.fail("JAMLIK_TEST_BACKEND=postgres needs JAMLIK_TEST_POSTGRES_URL")
    with scratch_database(tmp_path_factory.mktemp("db"), "test") as url:
        yield url


@contextmanager
def scratch_database(tmp_path: Path, name: str) -> Iterator[str]:
    """A fresh, empty database of the suite's kind, dropped afterwards."""
    if _backend() == "postgres":
        server = os.environ["JAMLIK_TEST_POSTGRES_URL"]
        db_name = f"jamlik_{name}_{uuid.uuid4().hex[:8]}"
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{db_name}"'))
        try:
            yield server.rsplit("/", 1)[0] + f"/{db_name}"
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)'))
            admin.dispose()
    else:
        yield f"sqlite+aiosqlite:///{tmp_path / f'{name}.db'}"


@pytest.fixture
async def own_connections(
    tmp_path: Path,
) -> AsyncIterator[tuple[Settings, async_sessionmaker[AsyncSession]]]:
    """A migrated scratch database of the suite's kind behind a real pool, for races: each request
    holds a connection of its own and commits on its own (the usual fixtures share one connection
    and one transaction, which serialises everything)."""
    with scratch_database(tmp_path, "own_connections") as url:
        scratch_settings = Settings(
            environment="test",
            database_url=url,
            secret_key=TEST_SECRET,
            public_url="http://jamlik.test",
            demo=False,
        )
        db_upgrade(scratch_settings)
        engine = make_engine(url, pool_size=OWN_CONNECTIONS, max_overflow=0)
        try:
            yield scratch_settings, async_sessionmaker(engine, expire_on_commit=False)
        finally:
            await engine.dispose()


@pytest.fixture(scope="session")
def settings(database_url: str) -> Settings:
    return Settings(
        environment="test",
        database_url=database_url,
        secret_key=TEST_SECRET,
        public_url="http://jamlik.test",
        demo=False,
        # In-process clients read a response whole: live streams must end for them to return.
        live_stream_max_seconds=0.3,
    )


@pytest.fixture(scope="session")
async def engine(settings: Settings) -> AsyncIterator[AsyncEngine]:
    db_upgrade(settings)
    engine = make_engine(settings.database_url)
    yield engine
    await engine.dispose()


class QueryCounter:
    def __init__(self) -> None:
        self.statements: list[str] = []
        self.active = False

    def __call__(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.active and not statement.lstrip().upper().startswith(("SAVEPOINT", "RELEASE")):
            self.statements.append(statement)

    @property
    def count(self) -> int:
        return len(self.statements)


@pytest.fixture
async def connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    async with engine.connect() as conn:
        transaction = await conn.begin()
        yield conn
        await transaction.rollback()


@pytest.fixture
def sessionmaker(connection: AsyncConnection) -> async_sessionmaker[AsyncSession]:
    # Every commit in the app becomes a SAVEPOINT release inside the test's transaction.
    return async_sessionmaker(
        bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
    )


@pytest.fixture
async def db(sessionmaker: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    async with sessionmaker() as session:
        yield session


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(START)


@pytest.fixture
def queries(connection: AsyncConnection) -> Iterator[QueryCounter]:
    counter = QueryCounter()
    event.listen(connection.sync_connection, "before_cursor_execute", counter)
    yield counter
    event.remove(connection.sync_connection, "before_cursor_execute", counter)


@pytest.fixture
def app(settings: Settings, sessionmaker: async_sessionmaker[AsyncSession], clock: FrozenClock):
    return create_app(settings, sessionmaker=sessionmaker, clock=clock, run_background_jobs=False)


@pytest.fixture
async def client(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://jamlik.test") as c:
        yield c


class World:
    """Two organisations with working groups and one account of each staff role."""

    admin: Any
    trainer: Any
    auditor: Any
    org_a: Any
    org_b: Any
    lead_a: Any
    member_a: Any
    lead_b: Any


@pytest.fixture
async def world(db: AsyncSession, clock: FrozenClock) -> World:
    from backend.models.enums import MemberRole, Role
    from tests.factories import make_organisation, make_user

    now = clock.now()
    w = World()
    w.admin = await make_user(db, now, Role.ADMIN)
    w.trainer = await make_user(db, now, Role.TRAINER)
    w.auditor = await make_user(db, now, Role.AUDITOR)
    w.org_a = await make_organisation(db, now, "Alfa kommun")
    w.org_b = await make_organisation(db, now, "Beta region")
    w.lead_a = await make_user(
        db, now, Role.MEMBER, organisation=w.org_a, member_role=MemberRole.LEAD
    )
    w.member_a = await make_user(db, now, Role.MEMBER, organisation=w.org_a)
    w.lead_b = await make_user(
        db, now, Role.MEMBER, organisation=w.org_b, member_role=MemberRole.LEAD
    )
    await db.commit()
    return w


class Cycle(World):
    """World plus an open certification of org_a with `trainer` assigned, a third active member
    (approval needs 3–8) and a second trainer who is not assigned."""

    certification_id: int
    member2_a: Any
    other_trainer: Any


@pytest.fixture
async def cycle(world: World, client, db: AsyncSession, settings, clock: FrozenClock) -> Cycle:
    from backend.models.enums import Role
    from tests.factories import bearer_for, make_user

    c = Cycle()
    c.__dict__.update(world.__dict__)
    c.member2_a = await make_user(db, clock.now(), Role.MEMBER, organisation=world.org_a)
    c.other_trainer = await make_user(db, clock.now(), Role.TRAINER)
    await db.commit()
    admin = await bearer_for(db, settings, world.admin, clock.now())
    response = await client.post(
        "/api/v1/certifications",
        json={
            "organisation_id": world.org_a.id,
            "trainer_ids": [world.trainer.id],
            "group_size": 24,
            "scope": "Hela förvaltningen",
        },
        headers=admin,
    )
    assert response.status_code == 201, response.text
    c.certification_id = response.json()["id"]
    return c


@pytest.fixture
async def certified(client, cycle, db, settings, clock):
    """The cycle taken through training and review to an approved plan and a certificate."""
    from tests.factories import bearer_for
    from tests.helpers import full_plan, hold_all_moments, save_plan

    trainer = await bearer_for(db, settings, cycle.trainer, clock.now())
    lead = await bearer_for(db, settings, cycle.lead_a, clock.now())
    await hold_all_moments(client, cycle.certification_id, trainer)
    await save_plan(client, cycle.certification_id, lead, 0, full_plan())
    url = f"/api/v1/certifications/{cycle.certification_id}/plan"
    await client.post(f"{url}/submit", json={"version": 1}, headers=lead)
    r = await client.post(f"{url}/approve", json={"version": 1}, headers=trainer)
    assert r.status_code == 200, r.text
    return {"certificate": r.json()["certificate"], "lead": lead, "trainer": trainer}
