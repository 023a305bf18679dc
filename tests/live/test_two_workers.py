"""Two API processes on one PostgreSQL database: a vote sent to one reaches the presenter's
stream served by the other, through LISTEN/NOTIFY (ADR 0006)."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from backend.cli import _seed, db_upgrade
from backend.core.config import Settings
from tests.conftest import scratch_database
from tests.helpers import device

pytestmark = pytest.mark.postgres_only
SECRET = "two-workers-test-secret-0123456789abcdef"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _api_process(database_url: str, port: int) -> Iterator[str]:
    env = {
        **os.environ,
        "JAMLIK_DATABASE_URL": database_url,
        "JAMLIK_ENVIRONMENT": "test",
        "JAMLIK_SECRET_KEY": SECRET,
        "JAMLIK_DEMO": "0",
        "JAMLIK_PUBLIC_URL": "http://jamlik.test",
    }
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
        [
            sys.executable,
            "-m",
            "uvicorn",
            "backend.main:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        else:
            raise AssertionError(f"the API on port {port} did not start")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


async def _events(response: httpx.Response) -> AsyncIterator[dict[str, Any]]:
    async for line in response.aiter_lines():
        if line.startswith("data: "):
            yield json.loads(line.removeprefix("data: "))


async def _until(
    events: AsyncIterator[dict[str, Any]],
    predicate: Callable[[dict[str, Any]], bool],
    seconds: float = 5.0,
) -> dict[str, Any]:
    async def wait() -> dict[str, Any]:
        async for state in events:
            if predicate(state):
                return state
        raise AssertionError("the stream ended")

    return await asyncio.wait_for(wait(), seconds)


async def test_a_vote_on_one_worker_reaches_a_presenter_on_the_other(tmp_path):
    with scratch_database(tmp_path, "two_workers") as url:
        settings = Settings(environment="test", database_url=url, secret_key=SECRET)
        db_upgrade(settings)
        await _seed(settings, only_if_empty=True)
        with _api_process(url, _free_port()) as a, _api_process(url, _free_port()) as b:
            async with httpx.AsyncClient(timeout=10) as http:
                login = await http.post(
                    f"{a}/api/v1/auth/login",
                    data={"username": "trainer@demo.jamlik.se", "password": "jamlik-demo"},
                )
                trainer = {"Authorization": f"Bearer {login.json()['access_token']}"}
                certifications = (
                    await http.get(f"{a}/api/v1/certifications", headers=trainer)
                ).json()
                days = (
                    await http.get(
                        f"{a}/api/v1/certifications/{certifications['items'][0]['id']}/training-days",
                        headers=trainer,
                    )
                ).json()
                room = (
                    await http.post(
                        f"{a}/api/v1/training-days/{days[0]['id']}/live-room", headers=trainer
                    )
                ).json()
                scale = next(q for q in room["questions"] if q["kind"] == "scale")

                async with (
                    http.stream(
                        "GET", f"{b}/api/v1/live/rooms/{room['id']}/events", headers=trainer
                    ) as presenter,
                    http.stream(
                        "GET", f"{b}/api/v1/participate/{room['join_code']}/events"
                    ) as phone,
                ):
                    presenter_events, phone_events = _events(presenter), _events(phone)
                    await _until(presenter_events, lambda s: s["id"] == room["id"])
                    await _until(phone_events, lambda s: s["question"] is None)

                    # The trainer opens the question on A: the phone on B sees it.
                    opened = await http.post(
                        f"{a}/api/v1/live/questions/{scale['id']}/open", headers=trainer
                    )
                    assert opened.status_code == 200
                    seen = await _until(phone_events, lambda s: s["question"] is not None)
                    assert seen["question"]["id"] == scale["id"]

                    # A participant votes on A: the presenter on B counts it.
                    vote = await http.post(
                        f"{a}/api/v1/participate/{room['join_code']}/answers",
                        json={"question_id": scale["id"], "device_token": device(1), "value": 4},
                    )
                    assert vote.status_code == 201
                    counted = await _until(
                        presenter_events,
                        lambda s: (
                            next(q for q in s["questions"] if q["id"] == scale["id"])[
                                "answer_count"
                            ]
                            == 1
                        ),
                    )
                    assert counted["current_question_id"] == scale["id"]
