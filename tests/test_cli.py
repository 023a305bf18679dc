"""The jamlik console script against a scratch SQLite database."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from typing import Any

import pytest

from backend.cli import main
from backend.core.config import get_settings


@pytest.fixture
def scratch_db(tmp_path, monkeypatch):
    monkeypatch.setenv("JAMLIK_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_upgrade_create_user_and_refuse_duplicates(scratch_db, capsys):
    assert main(["db", "upgrade"]) == 0
    assert (
        main(
            [
                "create-user",
                "--email",
                "Ny@Example.se",
                "--password",
                "ett-langt-losen",
                "--role",
                "admin",
            ]
        )
        == 0
    )
    assert "created user" in capsys.readouterr().out
    assert (
        main(
            [
                "create-user",
                "--email",
                "ny@example.se",
                "--password",
                "ett-langt-losen",
                "--role",
                "admin",
            ]
        )
        == 1
    )
    assert (
        main(
            [
                "create-user",
                "--email",
                "m@example.se",
                "--password",
                "ett-langt-losen",
                "--role",
                "member",
            ]
        )
        == 2
    )
    assert (
        main(
            ["create-user", "--email", "kort@example.se", "--password", "kort", "--role", "trainer"]
        )
        == 2
    )


def test_seed_demo_and_check(scratch_db, tmp_path, capsys):
    assert main(["db", "upgrade"]) == 0
    assert main(["seed-demo"]) == 0
    out = capsys.readouterr().out
    assert "admin@demo.jamlik.se" in out and "jamlik-demo" in out
    assert main(["db", "check"]) == 0
    with sqlite3.connect(tmp_path / "cli.db") as conn:
        certifications = conn.execute(
            "SELECT o.name, c.status FROM certifications c "
            "JOIN organisations o ON o.id = c.organisation_id"
        ).fetchall()
        assert certifications == [("Föreningen Lika Villkor", "open")]
        days = conn.execute(
            "SELECT first_moment, last_moment, status FROM training_days ORDER BY date"
        ).fetchall()
        assert days == [(1, 2, "held"), (3, 3, "planned")]
        assert conn.execute("SELECT version, status FROM action_plans").fetchall() == [(1, "draft")]


def test_openapi(capsys, scratch_db):
    assert main(["openapi"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "/api/v1/auth/login" in schema["paths"]


def test_development_secret_is_generated_once_and_kept(tmp_path, monkeypatch):
    from backend.cli import ensure_development_secret
    from backend.core.config import DEFAULT_SECRET, Settings

    # Registered first, so monkeypatch ends the test with the variable absent, as it began.
    monkeypatch.setenv("JAMLIK_SECRET_KEY", "placeholder")
    monkeypatch.delenv("JAMLIK_SECRET_KEY")
    secret_file = tmp_path / "var" / "secret_key"
    first = ensure_development_secret(Settings(environment="development"), secret_file)
    assert first.secret_key != DEFAULT_SECRET
    assert len(first.secret_key) >= 32
    assert oct(secret_file.stat().st_mode)[-3:] == "600"
    monkeypatch.delenv("JAMLIK_SECRET_KEY")
    again = ensure_development_secret(Settings(environment="development"), secret_file)
    assert again.secret_key == first.secret_key
    monkeypatch.delenv("JAMLIK_SECRET_KEY")
    get_settings.cache_clear()


def test_a_configured_secret_is_left_alone(tmp_path):
    from backend.cli import ensure_development_secret
    from backend.core.config import Settings

    settings = Settings(environment="development", secret_key="k" * 40)
    assert ensure_development_secret(settings, tmp_path / "secret_key") is settings
    assert not (tmp_path / "secret_key").exists()


@pytest.fixture
def suite_db(tmp_path, monkeypatch):
    """A migrated scratch database of the suite's kind (SQLite or PostgreSQL) for the CLI."""
    from tests.conftest import scratch_database

    with scratch_database(tmp_path, "cli") as url:
        monkeypatch.setenv("JAMLIK_DATABASE_URL", url)
        get_settings.cache_clear()
        assert main(["db", "upgrade"]) == 0
        yield url
    get_settings.cache_clear()


async def _organisation(url: str) -> int:
    from backend.core.clock import SystemClock
    from backend.core.db import make_engine, make_sessionmaker
    from tests.factories import make_organisation

    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as db:
            organisation = await make_organisation(db, SystemClock().now())
            await db.commit()
            return organisation.id
    finally:
        await engine.dispose()


async def _audited_creations(url: str) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from backend.core.db import make_engine, make_sessionmaker
    from backend.models import AuditEvent
    from backend.models.enums import AuditAction

    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as db:
            return list(
                await db.scalars(
                    select(AuditEvent.data)
                    .where(AuditEvent.action == AuditAction.USER_CREATED)
                    .order_by(AuditEvent.id)
                )
            )
    finally:
        await engine.dispose()


async def _members(url: str, organisation_id: int) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from backend.core.db import make_engine, make_sessionmaker
    from backend.models import User

    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as db:
            rows = await db.execute(
                select(User.email, User.member_role)
                .where(User.organisation_id == organisation_id, User.is_active.is_(True))
                .order_by(User.id)
            )
            members: list[tuple[str, str]] = []
            for email, member_role in rows:
                assert member_role is not None, email
                members.append((email, member_role.value))
            return members
    finally:
        await engine.dispose()


def _create_member(organisation_id: int, email: str, *extra: str) -> int:
    return main(
        [
            "create-user",
            "--email",
            email,
            "--password",
            "ett-langt-losen",
            "--role",
            "member",
            "--organisation",
            str(organisation_id),
            *extra,
        ]
    )


class TestCreateUserInAWorkingGroup:
    def test_a_ninth_member_is_refused_as_the_api_refuses_it(self, suite_db, capsys):
        """Issue 9 #10: `jamlik create-user` seated a 9th member in a full working group; the
        API refuses it with working_group_full, and so must the CLI, exiting non-zero."""
        organisation_id = asyncio.run(_organisation(suite_db))
        for n in range(8):
            assert _create_member(organisation_id, f"medlem{n}@example.se") == 0
        capsys.readouterr()
        assert _create_member(organisation_id, "nionde@example.se") == 1
        err = capsys.readouterr().err
        assert "working_group_full" in err and "at most 8 members" in err
        members = asyncio.run(_members(suite_db, organisation_id))
        assert len(members) == 8
        assert "nionde@example.se" not in {email for email, _ in members}

    def test_an_operator_seats_a_lead(self, suite_db, capsys):
        """Issue 9 #10: the CLI could not make a working-group lead, so seating one needed mail."""
        organisation_id = asyncio.run(_organisation(suite_db))
        assert _create_member(organisation_id, "Lead@Example.se", "--member-role", "lead") == 0
        assert "lead in organisation" in capsys.readouterr().out
        # The public contract without --member-role still makes a plain member.
        assert _create_member(organisation_id, "vanlig@example.se", "--name", "Vanlig Person") == 0
        assert asyncio.run(_members(suite_db, organisation_id)) == [
            ("lead@example.se", "lead"),
            ("vanlig@example.se", "member"),
        ]
        assert asyncio.run(_audited_creations(suite_db)) == [
            {"role": "member", "member_role": "lead"},
            {"role": "member", "member_role": "member"},
        ]

    def test_unknown_organisation_and_misplaced_member_role(self, suite_db, capsys):
        assert _create_member(999999, "ingen@example.se") == 1
        assert "no organisation 999999" in capsys.readouterr().err
        staff = ["--email", "s@example.se", "--password", "ett-langt-losen", "--role", "trainer"]
        assert main(["create-user", *staff, "--member-role", "lead"]) == 2
        assert "--member-role is only for members" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["run-dev", "serve"])
def test_the_test_clock_is_refused_by_the_servers(
    scratch_db, tmp_path, monkeypatch, capsys, command
):
    """Defect: `JAMLIK_TEST_CLOCK=1 make run` mounted /api/v1/testing/clock on the system clock, so
    every call answered 409. A moved clock writes times from the future into a database that
    outlives it, so the movable clock belongs to the test server with its throwaway database
    (`make run-clock`); the servers of the package refuse the setting and start nothing."""
    import backend.cli

    monkeypatch.setenv("JAMLIK_TEST_CLOCK", "1")
    monkeypatch.setattr(backend.cli, "PROJECT_ROOT", tmp_path)  # the development secret
    get_settings.cache_clear()
    started: list[object] = []
    monkeypatch.setattr(backend.cli, "serve", lambda settings, **_: started.append(settings))
    assert main([command]) == 2
    assert started == []
    error = capsys.readouterr().err
    assert "JAMLIK_TEST_CLOCK" in error
    assert "make run-clock" in error
    monkeypatch.delenv("JAMLIK_SECRET_KEY", raising=False)
