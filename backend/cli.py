"""The `jamlik` console script: serve, db, create-user, seed-demo, openapi."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from pydantic import ValidationError

from backend.core.clock import SystemClock
from backend.core.config import DEFAULT_SECRET, PROJECT_ROOT, Settings, get_settings
from backend.core.db import make_engine, make_sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(database_url: str | None = None) -> Config:
    """Alembic's configuration from the installed package, so any install can migrate."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    if database_url:
        config.attributes["database_url"] = database_url
    return config


def _ensure_sqlite_dir(settings: Settings) -> None:
    if settings.is_sqlite and ":///" in settings.database_url:
        path = settings.database_url.split(":///", 1)[1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)


def db_upgrade(settings: Settings, revision: str = "head") -> None:
    _ensure_sqlite_dir(settings)
    command.upgrade(alembic_config(settings.database_url), revision)


async def _seed(settings: Settings, *, only_if_empty: bool) -> bool:
    from backend.seed import database_is_empty, seed_demo

    engine = make_engine(settings.database_url)
    try:
        async with make_sessionmaker(engine)() as db:
            if only_if_empty and not await database_is_empty(db):
                return False
            await seed_demo(db, SystemClock(), settings)
            await db.commit()
            return True
    finally:
        await engine.dispose()


def print_demo_logins(settings: Settings) -> None:
    from backend.seed import DEMO_PASSWORD, demo_logins

    print(f"\n  Jämlik is running at {settings.base_url}\n")
    print(f"  Demo logins (password for all: {DEMO_PASSWORD}):")
    for login in demo_logins():
        where = f"  {login.organisation}" if login.organisation else ""
        print(f"    {login.email:<32} {login.role:<16}{where}")
    print()


async def _create_user(settings: Settings, args: argparse.Namespace) -> int:
    from pydantic import TypeAdapter

    from backend.core.errors import AppError
    from backend.core.schemas import Email, Name, Password
    from backend.models.enums import MemberRole, Role
    from backend.users.service import create_account

    try:
        email = TypeAdapter(Email).validate_python(args.email)
        password = TypeAdapter(Password).validate_python(args.password)
        full_name = TypeAdapter(Name).validate_python(args.name or email.split("@")[0])
    except ValidationError as exc:
        print(f"error: {exc.errors()[0]['msg']}", file=sys.stderr)
        return 2
    role = Role(args.role)
    if (role is Role.MEMBER) != (args.organisation is not None):
        print("error: --organisation is required for members and only for them", file=sys.stderr)
        return 2
    if args.member_role is not None and role is not Role.MEMBER:
        print("error: --member-role is only for members", file=sys.stderr)
        return 2
    member_role = MemberRole(args.member_role) if args.member_role else None
    engine = make_engine(settings.database_url)
    try:
        async with make_sessionmaker(engine)() as db:
            try:
                user = await create_account(
                    db,
                    settings,
                    email=email,
                    password=password,
                    full_name=full_name,
                    role=role,
                    organisation_id=args.organisation,
                    member_role=member_role,
                    now=SystemClock().now(),
                )
            except AppError as exc:
                # The same rules and codes as the API (e.g. working_group_full at the limit).
                await db.rollback()
                print(f"error: {exc.detail} ({exc.code})", file=sys.stderr)
                return 1
            await db.commit()
            seat = (
                f", {user.member_role.value} in organisation {user.organisation_id}"
                if user.member_role
                else ""
            )
            print(f"created user {user.id} {user.email} ({role.value}{seat})")
            return 0
    finally:
        await engine.dispose()


def ensure_development_secret(settings: Settings, secret_file: Path) -> Settings:
    """In development without JAMLIK_SECRET_KEY, a random key kept in var/ (so logins survive
    restarts); the public placeholder never signs anything a server hands out."""
    if settings.environment != "development" or settings.secret_key != DEFAULT_SECRET:
        return settings
    if not secret_file.exists():
        secret_file.parent.mkdir(parents=True, exist_ok=True)
        secret_file.write_text(secrets.token_urlsafe(48))
        secret_file.chmod(0o600)
    os.environ["JAMLIK_SECRET_KEY"] = secret_file.read_text().strip()  # for uvicorn's workers too
    get_settings.cache_clear()
    return get_settings()


def serve(settings: Settings, *, reload: bool = False) -> None:
    import uvicorn

    uvicorn.run(
        "backend.main:create_app",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=None if reload else settings.workers,
        reload=reload,
        loop="uvloop",
        http="httptools",
        proxy_headers=True,
        access_log=False,
        log_level="info",
        # Live streams stay open as long as a phone is connected: a restart must not wait for
        # them. After this, uvicorn ends them; the browsers reconnect to the new process.
        timeout_graceful_shutdown=10,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="jamlik", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("serve", help="serve the API and the SPA")
    sub.add_parser("run-dev", help="migrate, seed demo data when empty, print logins, serve")

    db = sub.add_parser("db", help="database migrations")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="alembic upgrade head")
    down = db_sub.add_parser("downgrade", help="alembic downgrade")
    down.add_argument("revision", nargs="?", default="-1")
    db_sub.add_parser("check", help="fail when the models and migrations differ")

    user = sub.add_parser(
        "create-user",
        help="create an account with a password",
        description="Create an account that can log in at once. A member needs --organisation and "
        "takes a seat in its working group (refused when the group is full, as in the API).",
    )
    user.add_argument("--email", required=True)
    user.add_argument("--password", required=True)
    user.add_argument("--role", required=True, choices=["admin", "trainer", "auditor", "member"])
    user.add_argument("--organisation", type=int, help="the member's organisation id")
    user.add_argument(
        "--member-role",
        choices=["lead", "member"],
        help="a member's role in the working group (default: member)",
    )
    user.add_argument("--name")

    sub.add_parser("seed-demo", help="add the demo accounts and organisations")
    sub.add_parser("openapi", help="print the OpenAPI schema")

    args = parser.parse_args(argv)
    try:
        settings = get_settings()
    except ValidationError as exc:  # a setting that is refused, with the reason, no traceback
        for error in exc.errors():
            print(f"error: {error['msg'].removeprefix('Value error, ')}", file=sys.stderr)
        return 2
    if args.command in {"serve", "run-dev"}:
        settings = ensure_development_secret(settings, PROJECT_ROOT / "var" / "secret_key")

    if args.command == "serve":
        serve(settings)
    elif args.command == "run-dev":
        db_upgrade(settings)
        if settings.demo and asyncio.run(_seed(settings, only_if_empty=True)):
            print("Demo data added.")
        if settings.demo:
            print_demo_logins(settings)
        else:
            print(f"\n  Jämlik is running at {settings.base_url} (no demo data)\n")
        serve(settings)
    elif args.command == "db":
        config = alembic_config(settings.database_url)
        if args.db_command == "upgrade":
            db_upgrade(settings)
        elif args.db_command == "downgrade":
            command.downgrade(config, args.revision)
        else:
            command.check(config)
    elif args.command == "create-user":
        return asyncio.run(_create_user(settings, args))
    elif args.command == "seed-demo":
        asyncio.run(_seed(settings, only_if_empty=False))
        print_demo_logins(settings)
    elif args.command == "openapi":
        from backend.main import create_app

        schema = create_app(settings, run_background_jobs=False).openapi()
        print(json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
