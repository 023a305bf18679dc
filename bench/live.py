"""`make bench-live`: a training room of 300 phones against the API as production runs it.

Steps: a fresh PostgreSQL database with the demo data, uvicorn with one worker per core (room
changes between workers go through LISTEN/NOTIFY), the demo trainer opens a live room and a
scale question; 300 participant streams and the presenter's stream connect; 300 participants
vote within 5 seconds (evenly spread, in random order). Measured:

- vote-to-presenter latency: the j-th acknowledged vote is taken as seen when the presenter's
  stream first shows at least j answers (votes commit in about the order they are
  acknowledged), minus the moment that vote was sent: p50/p95/p99;
- lost votes: acknowledged votes missing from the presenter's last state or from the database
  (must be 0), and votes not acknowledged;
- server CPU per vote: user + system time of all the server's processes during the voting,
  divided by the votes;
- fan-out to phones: when the trainer then closes the question, how long until every one of
  the 300 phone streams has the new state.

Nothing asserts on time. Figures go to stdout and bench/results/live-latest.json.

    .venv/bin/python -m bench.live [--participants 300] [--seconds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from backend.cli import _seed, db_upgrade
from backend.core.config import Settings
from bench.run import RESULTS_DIR, Server, cpu_count, git_commit, serving
from bench.seed import DEFAULT_POSTGRES_URL, recreate_database

DATABASE = "jamlik_bench_live"
TRAINER = ("trainer@demo.jamlik.se", "jamlik-demo")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--postgres-url", default=os.environ.get("JAMLIK_BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    )
    parser.add_argument("--participants", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--workers", type=int, default=cpu_count())
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "live-latest.json")
    return parser.parse_args(argv)


def process_group_cpu_seconds(pgid: int) -> float:
    """utime + stime of every process in the server's group (the supervisor and its workers)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[2]) == pgid:  # fields after the name: state ppid pgrp ...
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def percentiles(values: list[float]) -> dict[str, float | None]:
    if not values:
        return {"p50": None, "p95": None, "p99": None}
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {
        "p50": round(cuts[49] * 1000, 1),
        "p95": round(cuts[94] * 1000, 1),
        "p99": round(cuts[98] * 1000, 1),
    }


async def wait_until(done: Callable[[], bool], seconds: float) -> None:
    """Polls: the streams append to plain lists, which nobody else signals about."""
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:  # noqa: ASYNC110 - plain lists, nothing to await
        await asyncio.sleep(0.05)


async def read_states(response: httpx.Response, sink: list[tuple[float, dict[str, Any]]]) -> None:
    async for line in response.aiter_lines():
        if line.startswith("data: "):
            sink.append((time.monotonic(), json.loads(line.removeprefix("data: "))))


async def run(base: str, participants: int, seconds: float, server: Server) -> dict[str, Any]:
    limits = httpx.Limits(
        max_connections=participants * 2 + 20, max_keepalive_connections=participants * 2 + 20
    )
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        login = await http.post(
            "/api/v1/auth/login", data={"username": TRAINER[0], "password": TRAINER[1]}
        )
        trainer = {"Authorization": f"Bearer {login.json()['access_token']}"}
        certification = (await http.get("/api/v1/certifications", headers=trainer)).json()["items"][
            0
        ]
        day = (
            await http.get(
                f"/api/v1/certifications/{certification['id']}/training-days", headers=trainer
            )
        ).json()[0]
        room = (
            await http.post(f"/api/v1/training-days/{day['id']}/live-room", headers=trainer)
        ).json()
        question = next(q for q in room["questions"] if q["kind"] == "scale")
        await http.post(f"/api/v1/live/questions/{question['id']}/open", headers=trainer)

        presenter_states: list[tuple[float, dict[str, Any]]] = []
        phone_states: list[list[tuple[float, dict[str, Any]]]] = [[] for _ in range(participants)]
        streams: list[asyncio.Task[None]] = []

        async def listen(
            url: str,
            sink: list[tuple[float, dict[str, Any]]],
            headers: dict[str, str] | None = None,
        ) -> None:
            async with http.stream("GET", url, headers=headers) as response:
                await read_states(response, sink)

        streams.append(
            asyncio.create_task(
                listen(f"/api/v1/live/rooms/{room['id']}/events", presenter_states, trainer)
            )
        )
        for sink in phone_states:
            streams.append(
                asyncio.create_task(listen(f"/api/v1/participate/{room['join_code']}/events", sink))
            )
        await wait_until(lambda: bool(presenter_states) and all(phone_states), 60)
        connected = sum(1 for s in phone_states if s)
        print(f"bench-live: {connected} phone streams and the presenter connected", flush=True)

        def count(state: dict[str, Any]) -> int:
            return int(
                next(q for q in state["questions"] if q["id"] == question["id"])["answer_count"]
            )

        order = list(range(participants))
        random.Random(5).shuffle(order)
        sent: dict[int, float] = {}
        acked: dict[int, float] = {}
        failed: list[str] = []

        async def vote(n: int, at: float) -> None:
            await asyncio.sleep(max(0.0, at - time.monotonic()))
            sent[n] = time.monotonic()
            body = {
                "question_id": question["id"],
                "device_token": f"bench-{n:05d}-{secrets.token_hex(16)}",
                "value": n % 5 + 1,
            }
            try:
                response = await http.post(
                    f"/api/v1/participate/{room['join_code']}/answers", json=body
                )
            except httpx.HTTPError as exc:
                failed.append(type(exc).__name__)
                return
            if response.status_code == 201:
                acked[n] = time.monotonic()
            else:
                failed.append(str(response.status_code))

        cpu_before = process_group_cpu_seconds(server.process.pid) if server.process else 0.0
        start = time.monotonic() + 0.5
        await asyncio.gather(
            *(vote(n, start + i * seconds / participants) for i, n in enumerate(order))
        )
        voting_seconds = max(acked.values(), default=start) - start
        await wait_until(
            lambda: bool(presenter_states) and count(presenter_states[-1][1]) >= len(acked), 15
        )
        cpu_after = process_group_cpu_seconds(server.process.pid) if server.process else 0.0

        seen_counts = [(at, count(state)) for at, state in presenter_states]
        latencies = []
        for rank, n in enumerate(sorted(acked, key=acked.__getitem__), start=1):
            seen_at = next((at for at, c in seen_counts if c >= rank), None)
            if seen_at is not None:
                latencies.append(seen_at - sent[n])
        final_presenter = seen_counts[-1][1] if seen_counts else 0
        stored = count((await http.get(f"/api/v1/live/rooms/{room['id']}", headers=trainer)).json())

        # Fan-out of a question change to every phone.
        before = [len(s) for s in phone_states]
        closed_at = time.monotonic()
        await http.post(f"/api/v1/live/questions/{question['id']}/close", headers=trainer)
        await wait_until(
            lambda: all(len(s) > b for s, b in zip(phone_states, before, strict=True)), 15
        )
        fan_out = [
            s[b][0] - closed_at for s, b in zip(phone_states, before, strict=True) if len(s) > b
        ]

        for task in streams:
            task.cancel()
        await asyncio.gather(*streams, return_exceptions=True)
        votes = len(acked)
        return {
            "participants": participants,
            "phone_streams_connected": connected,
            "votes_sent": len(sent),
            "votes_acknowledged": votes,
            "votes_failed": failed,
            "voting_seconds": round(voting_seconds, 2),
            "lost_votes": {"presenter": votes - final_presenter, "database": votes - stored},
            "vote_to_presenter_ms": percentiles(latencies),
            "presenter_states_received": len(presenter_states),
            "server_cpu_seconds": round(cpu_after - cpu_before, 3),
            "server_cpu_ms_per_vote": round((cpu_after - cpu_before) * 1000 / max(votes, 1), 2),
            "question_change_to_all_phones_ms": percentiles(fan_out)
            | {"phones_reached": len(fan_out)},
        }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    print(f"bench-live: preparing {DATABASE} …", flush=True)
    url = recreate_database(args.postgres_url, DATABASE)
    settings = Settings(environment="test", database_url=url)
    db_upgrade(settings)
    asyncio.run(_seed(settings, only_if_empty=True))
    server = Server(
        database_url=url,
        secret=secrets.token_urlsafe(48),
        workers=args.workers,
        log_path=args.output.parent / "live-server.log",
    )
    with serving(server):
        server.wait_ready()
        load_before = [round(x, 2) for x in os.getloadavg()]
        figures = asyncio.run(run(server.base_url, args.participants, args.seconds, server))
    report = {
        "started_at": started_at,
        "git_commit": git_commit(),
        "workers": args.workers,
        "cpus": cpu_count(),
        "load_average_before": load_before,
        **figures,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))
    lost = figures["lost_votes"]
    if lost["presenter"] or lost["database"] or figures["votes_failed"]:
        print("bench-live: votes were lost or refused", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
