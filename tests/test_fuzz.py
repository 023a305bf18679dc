"""The API keeps its OpenAPI contract (schemathesis, every operation and chains of them): whatever
is generated, as an admin or anonymously, no 5xx, and every status, content type and body is the
one declared; nor does a body whose strings and keys carry lone surrogates (which schemathesis
itself never generates) get a 5xx."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import run_state_machine_as_test
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.core.result import Err, Ok
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from backend.cli import _seed, db_upgrade
from backend.core.clock import SystemClock
from backend.core.config import Settings
from backend.core.db import make_engine, make_sessionmaker
from backend.main import create_app
from tests.conftest import TEST_SECRET, scratch_database

T = TypeVar("T")


async def _admin_token(app_settings: Settings) -> str:
    from sqlalchemy import select

    from backend.auth.service import _new_session
    from backend.models import User

    engine = make_engine(app_settings.database_url, poolclass=NullPool)
    async with make_sessionmaker(engine)() as db:
        admin = await db.scalar(select(User).where(User.email == "admin@demo.jamlik.se"))
        assert admin is not None
        issued = _new_session(db, app_settings, admin, SystemClock().now())
        await db.commit()
    await engine.dispose()
    return issued.access_token


@pytest.fixture(scope="module")
def fuzz_target(tmp_path_factory) -> Iterator[tuple[object, str]]:
    with scratch_database(tmp_path_factory.mktemp("fuzz"), "fuzz") as url:
        app_settings = Settings(environment="test", database_url=url, secret_key=TEST_SECRET)
        db_upgrade(app_settings)
        asyncio.run(_seed(app_settings, only_if_empty=True))
        token = asyncio.run(_admin_token(app_settings))
        # NullPool: schemathesis drives the app from its own event loops.
        engine = make_engine(url, poolclass=NullPool)
        app = create_app(
            app_settings, sessionmaker=make_sessionmaker(engine), run_background_jobs=False
        )
        yield app, token


# The contract's checks: no server error; every status, content type and body as the OpenAPI
# document declares it; and data the schema forbids is refused with a 4xx.
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
# A successful password change or logout would end the session the other cases use.
ENDS_SESSION = {"/api/v1/users/me/password", "/api/v1/auth/logout"}


def _schema(app):
    return schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)


def _headers(path: str, token: str) -> dict[str, str]:
    return {} if path in ENDS_SESSION else {"Authorization": f"Bearer {token}"}


def _fuzz_operation(operation, headers: dict[str, str]) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=25,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case) -> None:
        case.call_and_validate(headers=headers, checks=CHECKS)

    run()


def test_every_operation_keeps_its_contract(fuzz_target):
    app, token = fuzz_target
    operations = [result.ok() for result in _schema(app).get_all_operations()]
    assert len(operations) >= 20
    for operation in operations:
        _fuzz_operation(operation, _headers(operation.path, token))


@pytest.fixture
def fresh_target(tmp_path) -> Iterator[tuple[object, str, Callable[[], None]]]:
    """The app on a database that `reset()` puts back to the seeded state: a sequence's later
    steps use what earlier responses gave, so each sequence must meet the same data (Hypothesis
    otherwise sees one choice lead to two different strategies and reports a flaky test)."""
    with scratch_database(tmp_path, "fuzz_seed") as seeded_url:
        seeded = Settings(environment="test", database_url=seeded_url, secret_key=TEST_SECRET)
        db_upgrade(seeded)
        asyncio.run(_seed(seeded, only_if_empty=True))
        token = asyncio.run(_admin_token(seeded))
        url, reset = _copy_of(seeded_url, tmp_path)
        reset()
        engine = make_engine(url, poolclass=NullPool)
        app = create_app(
            Settings(environment="test", database_url=url, secret_key=TEST_SECRET),
            sessionmaker=make_sessionmaker(engine),
            run_background_jobs=False,
        )
        try:
            yield app, token, reset
        finally:
            asyncio.run(engine.dispose())
            _drop_copy(url)


def _copy_of(seeded_url: str, tmp_path) -> tuple[str, Callable[[], None]]:
    """A second database and how to make it the seeded one again (a file copy on SQLite, a
    database made from the seeded one as its template on PostgreSQL)."""
    if seeded_url.startswith("sqlite"):
        source = Path(seeded_url.split("///", 1)[1])
        target = tmp_path / "fuzz_copy.db"
        return f"sqlite+aiosqlite:///{target}", lambda: shutil.copyfile(source, target)
    server, seeded_name = seeded_url.rsplit("/", 1)
    copy_name = f"{seeded_name}_copy"

    def reset() -> None:
        admin = create_engine(os.environ["JAMLIK_TEST_POSTGRES_URL"], isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{copy_name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{copy_name}" TEMPLATE "{seeded_name}"'))
        admin.dispose()

    return f"{server}/{copy_name}", reset


def _drop_copy(url: str) -> None:
    if url.startswith("sqlite"):
        return
    admin = create_engine(os.environ["JAMLIK_TEST_POSTGRES_URL"], isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    admin.dispose()


def test_sequences_of_calls_keep_the_contract(fresh_target):
    """The stateful phase: calls chained by the links schemathesis infers (an id one response
    gives, the next request uses), every response checked as above; every sequence starts from
    the seeded data."""
    app, token, reset = fresh_target
    machine = _schema(app).as_state_machine()

    # The machine class is made at run time from the schema, so mypy sees a variable, not a type.
    class Calls(machine):  # type: ignore[misc, valid-type]
        def setup(self) -> None:
            reset()
            super().setup()

        def get_call_kwargs(self, case):
            return {"headers": _headers(case.path, token)}

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs or None)

    run_state_machine_as_test(
        Calls,
        settings=settings(
            max_examples=30,
            stateful_step_count=6,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
            phases=[Phase.explicit, Phase.generate],
        ),
    )


def _with_lone_surrogates(value: object, draw) -> object:
    """The value with a lone surrogate (as JSON's "\\udXXX" escapes make them) in every string
    and in some keys."""
    if isinstance(value, str):
        at = draw(st.integers(0, len(value)))
        return value[:at] + draw(st.characters(categories=["Cs"])) + value[at:]
    if isinstance(value, list):
        return [_with_lone_surrogates(item, draw) for item in value]
    if isinstance(value, dict):
        return {
            (_with_lone_surrogates(key, draw) if draw(st.booleans()) else key): (
                _with_lone_surrogates(item, draw)
            )
            for key, item in value.items()
        }
    return value


def _fuzz_with_lone_surrogates(operation, headers: dict[str, str]) -> None:
    @given(case=operation.as_strategy(), data=st.data())
    @settings(
        max_examples=10,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case, data) -> None:
        # Sent as bytes of its own: the case itself stays what the schema allows, so schemathesis
        # can still validate it; json.dumps escapes the surrogates as "\\udXXX".
        body = json.dumps(_with_lone_surrogates(case.body, data.draw)).encode()
        case.call_and_validate(headers=headers, checks=[not_a_server_error], data=body)

    run()


def _ok(result: Ok[T] | Err[Any]) -> T:
    """The operation; one the schema cannot describe fails the test with its error."""
    assert isinstance(result, Ok), result.err()
    return result.ok()


def test_lone_surrogates_in_bodies_never_answer_5xx(fuzz_target):
    app, token = fuzz_target
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    operations = [
        operation
        for result in schema.get_all_operations()
        if (operation := _ok(result)).body
        and any(body.media_type == "application/json" for body in operation.body)
    ]
    assert len(operations) >= 20
    admin = {"Authorization": f"Bearer {token}"}
    for operation in operations:
        ends_session = operation.path in {"/api/v1/users/me/password", "/api/v1/auth/logout"}
        _fuzz_with_lone_surrogates(operation, {} if ends_session else admin)
