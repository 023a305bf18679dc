"""The jamlik console script against a scratch SQLite database."""

from __future__ import annotations

import json
import sqlite3

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
