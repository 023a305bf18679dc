"""`make bench`: seed PostgreSQL, serve it as production does, drive it with wrk, write the figures.

Steps: seed the `jamlik_bench` database (bench.seed), start `uvicorn backend.main:create_app
--factory` (uvloop, httptools, one worker per core, access log off, JAMLIK_ENVIRONMENT=production
with a fresh secret), wait for /readyz, log in as the seeded admin, count the SQL statements each
endpoint costs (in-process, once), then load each endpoint with wrk for several rounds. Prints
req/s, p50/p95/p99 and the throughput relative to /healthz in the same round; writes everything
to bench/results/latest.json. The server is stopped at the end, on failure and on Ctrl-C too.

Nothing here asserts on time: the figures are for reading and comparing, not for failing a build.

    .venv/bin/python -m bench.run [--rounds 3] [--duration 6] [--connections 32] [--threads 2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

import httpx
from sqlalchemy.exc import SQLAlchemyError

from bench import seed as bench_seed
from bench.wrk import WrkResult, run_wrk, write_script, wrk_binary, wrk_version

ROOT = Path(__file__).resolve().parents[1]
RESULTS_DIR = ROOT / "bench" / "results"
BASELINE = "healthz"


@dataclass(frozen=True)
class Endpoint:
    name: str
    path: str  # the one request used for the query count and the sanity check
    varied_paths: tuple[str, ...] = ()  # when set, wrk cycles through these


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--rounds", type=int, default=3, help="rounds over every endpoint")
    parser.add_argument("--duration", type=int, default=6, help="seconds per endpoint and round")
    parser.add_argument("--warmup", type=int, default=2, help="seconds per endpoint, not recorded")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--connections", type=int, default=32, help="wrk connections")
    parser.add_argument("--workers", type=int, default=cpu_count(), help="uvicorn workers")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("JAMLIK_BENCH_POSTGRES_URL", bench_seed.DEFAULT_POSTGRES_URL),
        help="a PostgreSQL server (any database on it); the bench database is created there",
    )
    parser.add_argument("--database", default=bench_seed.DEFAULT_DATABASE)
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "latest.json")
    args = parser.parse_args(argv)
    if min(args.rounds, args.duration, args.threads, args.connections, args.workers) < 1:
        parser.error("rounds, duration, threads, connections and workers must be at least 1")
    if args.connections < args.threads:
        parser.error("wrk needs at least one connection per thread")
    return args


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Server:
    """uvicorn as production runs it, in its own process group so it stops with its workers."""

    def __init__(self, *, database_url: str, secret: str, workers: int, log_path: Path) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.database_url = database_url
        self.secret = secret
        self.workers = workers
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None
        self._log: TextIO | None = None
        self._cwd: tempfile.TemporaryDirectory[str] | None = None

    def command(self) -> list[str]:
        return [
            sys.executable, "-m", "uvicorn", "backend.main:create_app", "--factory",
            "--host", "127.0.0.1", "--port", str(self.port),
            "--workers", str(self.workers),
            "--loop", "uvloop", "--http", "httptools",
            "--no-access-log", "--log-level", "warning",
        ]  # fmt: skip

    def start(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("JAMLIK_")}
        env.update(
            JAMLIK_ENVIRONMENT="production",
            JAMLIK_SECRET_KEY=self.secret,
            JAMLIK_DATABASE_URL=self.database_url,
            JAMLIK_DEMO="0",
            JAMLIK_WORKERS=str(self.workers),
            PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        )
        # An empty working directory: a developer's .env must not change what is measured.
        self._cwd = tempfile.TemporaryDirectory(prefix="jamlik-bench-")
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("w", encoding="utf-8")
        self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            self.command(),
            cwd=self._cwd.name,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = 30.0) -> float:
        started = time.monotonic()
        deadline = started + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(
                    f"the server exited with {self.process.returncode}; see {self.log_path}"
                )
            try:
                if httpx.get(f"{self.base_url}/readyz", timeout=2).status_code == 200:
                    return time.monotonic() - started
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"/readyz not 200 within {timeout:.0f} s; see {self.log_path}")

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            # The whole group: the uvicorn supervisor and its workers (all started by us).
            with suppress(ProcessLookupError):  # already gone
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with suppress(ProcessLookupError):  # already gone
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._cwd is not None:
            self._cwd.cleanup()
            self._cwd = None


@contextmanager
def serving(server: Server) -> Iterator[Server]:
    def _terminate(signum: int, _frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)


def login(base_url: str, email: str, password: str) -> str:
    response = httpx.post(
        f"{base_url}/api/v1/auth/login",
        data={"username": email, "password": password},
        timeout=30,
    )
    if response.status_code != 200:
        raise RuntimeError(f"login failed: {response.status_code} {response.text}")
    token: str = response.json()["access_token"]
    return token


def check_endpoints(base_url: str, endpoints: list[Endpoint], headers: dict[str, str]) -> None:
    """Every endpoint answers 200 before it is loaded: a fast 401 is not a benchmark."""
    with httpx.Client(base_url=base_url, headers=headers, timeout=30) as client:
        for endpoint in endpoints:
            for path in (endpoint.path, *endpoint.varied_paths[:3]):
                response = client.get(path)
                if response.status_code != 200:
                    raise RuntimeError(
                        f"{endpoint.name}: GET {path} answered {response.status_code} "
                        f"{response.text[:300]}"
                    )


async def count_queries(
    database_url: str, secret: str, token: str, endpoints: list[Endpoint]
) -> dict[str, dict[str, Any]]:
    """SQL statements per request, measured in-process on the same database and token."""
    from sqlalchemy import event

    from backend.core.config import Settings
    from backend.core.db import make_engine, make_sessionmaker
    from backend.main import create_app

    settings = Settings(
        _env_file=None,
        environment="production",
        database_url=database_url,
        secret_key=secret,
        demo=False,
    )
    engine = make_engine(database_url)
    statements: list[str] = []

    def on_execute(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(" ".join(statement.split()))

    event.listen(engine.sync_engine, "before_cursor_execute", on_execute)
    app = create_app(settings, sessionmaker=make_sessionmaker(engine), run_background_jobs=False)
    results: dict[str, dict[str, Any]] = {}
    try:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport,
            base_url="http://127.0.0.1",
            headers={"Authorization": f"Bearer {token}"},
        ) as client:
            for endpoint in endpoints:
                await client.get(endpoint.path)  # warm: pool connect, first-use statements
                statements.clear()
                response = await client.get(endpoint.path)
                if response.status_code != 200:
                    raise RuntimeError(f"{endpoint.name}: in-process {response.status_code}")
                results[endpoint.name] = {
                    "queries": len(statements),
                    "statements": [s[:200] for s in statements],
                }
    finally:
        await engine.dispose()
    return results


def server_version(database_url: str) -> str:
    from sqlalchemy import create_engine, text

    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            return str(conn.execute(text("SHOW server_version")).scalar())
    finally:
        engine.dispose()


def git_commit() -> str | None:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607 - git from PATH on purpose
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except OSError:
        return None
    return result.stdout.strip() or None


def format_row(name: str, result: WrkResult, ratio: float | None, queries: int | None) -> str:
    lat = result.latency_ms
    ratio_text = f"{ratio:>9.2f}" if ratio is not None else f"{'-':>9}"
    errors = sum(result.errors.values()) + result.http_errors
    q = f"{queries:>5}" if queries is not None else f"{'-':>5}"
    return (
        f"  {name:<22}{result.requests_per_second:>10.1f}{lat['p50']:>9.2f}{lat['p95']:>9.2f}"
        f"{lat['p99']:>9.2f}{ratio_text}{q}{errors:>8}"
    )


HEADER = (
    f"  {'endpoint':<22}{'req/s':>10}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
    f"{'÷healthz':>9}{'SQL':>5}{'errors':>8}"
)


def summarise(rounds: list[dict[str, dict[str, Any]]], names: list[str]) -> dict[str, Any]:
    """The median of the rounds, per endpoint (robust to one disturbed round)."""
    summary: dict[str, Any] = {}
    for name in names:
        runs = [r[name] for r in rounds]
        summary[name] = {
            "requests_per_second": round(
                statistics.median(x["requests_per_second"] for x in runs), 1
            ),
            "latency_ms": {
                key: round(statistics.median(x["latency_ms"][key] for x in runs), 2)
                for key in ("p50", "p95", "p99")
            },
            "ratio_to_healthz": round(statistics.median(x["ratio_to_healthz"] for x in runs), 3),
            "errors": sum(sum(x["errors"].values()) + x["http_errors"] for x in runs),
        }
    return summary


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    wrk = wrk_binary()
    if wrk is None:
        print("bench: wrk is not installed (Debian: apt-get install -y wrk)", file=sys.stderr)
        return 2
    started = time.monotonic()
    report: dict[str, Any] = {
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "status": "running",
    }

    print(f"bench: seeding {args.database} …", flush=True)
    try:
        dataset = bench_seed.seed(args.postgres_url, args.database)
    except SQLAlchemyError as exc:
        print(f"bench: cannot seed {args.postgres_url}: {exc}", file=sys.stderr)
        return 2
    print(f"bench: seeded in {dataset.seconds} s: {dataset.counts}", flush=True)

    org_ids = list(dataset.organisation_ids)
    # A fixed shuffle: every run reads the same rows in the same order.
    random.Random(bench_seed.RANDOM_SEED).shuffle(org_ids)
    endpoints = [
        Endpoint(BASELINE, "/healthz"),
        Endpoint("users_me", "/api/v1/users/me"),
        Endpoint("organisations_list", "/api/v1/organisations?page_size=25"),
        Endpoint(
            "organisation_detail",
            f"/api/v1/organisations/{org_ids[0]}",
            tuple(f"/api/v1/organisations/{i}" for i in org_ids),
        ),
    ]
    names = [e.name for e in endpoints]
    secret = secrets.token_urlsafe(48)
    server = Server(
        database_url=dataset.database_url,
        secret=secret,
        workers=args.workers,
        log_path=args.output.parent / "server.log",
    )
    report.update(
        environment={
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": cpu_count(),
            "postgres": server_version(dataset.database_url),
            "wrk": wrk_version(wrk),
            "git_commit": git_commit(),
            # Other work on the machine shares the cores with the server, PostgreSQL and wrk.
            "load_average_before": [round(x, 2) for x in os.getloadavg()],
        },
        settings={
            "rounds": args.rounds,
            "duration_s": args.duration,
            "warmup_s": args.warmup,
            "threads": args.threads,
            "connections": args.connections,
            "workers": args.workers,
            "server": " ".join(server.command()[1:]).replace(str(server.port), "PORT"),
        },
        dataset={"database": args.database, "seed_seconds": dataset.seconds, **dataset.counts},
        endpoints={e.name: e.path for e in endpoints},
    )

    busy = os.getloadavg()[0]
    if busy > 0.5 * cpu_count():
        print(
            f"bench: note: load average {busy:.1f} on {cpu_count()} CPUs before the run; other "
            "work competes for the cores, so absolute figures will be low (ratios suffer less)",
            flush=True,
        )
    rounds: list[dict[str, dict[str, Any]]] = []
    exit_code = 1
    try:
        with serving(server), tempfile.TemporaryDirectory(prefix="jamlik-wrk-") as tmp:
            ready = server.wait_ready()
            print(f"bench: {args.workers} workers ready in {ready:.1f} s at {server.base_url}")
            token = login(server.base_url, dataset.admin_email, dataset.password)
            headers = {"Authorization": f"Bearer {token}"}
            check_endpoints(server.base_url, endpoints, headers)

            queries = asyncio.run(count_queries(dataset.database_url, secret, token, endpoints))
            report["queries_per_request"] = queries

            scripts = {
                e.name: write_script(Path(tmp), e.name, list(e.varied_paths) or None)
                for e in endpoints
            }

            def load(endpoint: Endpoint, seconds: int) -> WrkResult:
                return run_wrk(
                    wrk,
                    server.base_url + endpoint.path,
                    script=scripts[endpoint.name],
                    seconds=seconds,
                    threads=args.threads,
                    connections=args.connections,
                    headers=headers,
                )

            if args.warmup > 0:
                print(f"bench: warm-up {args.warmup} s per endpoint", flush=True)
                for endpoint in endpoints:
                    load(endpoint, args.warmup)

            for number in range(1, args.rounds + 1):
                print(f"\nround {number}/{args.rounds}\n{HEADER}", flush=True)
                this_round: dict[str, dict[str, Any]] = {}
                baseline_rps: float | None = None
                for endpoint in endpoints:
                    result = load(endpoint, args.duration)
                    if endpoint.name == BASELINE:
                        baseline_rps = result.requests_per_second
                    ratio = result.requests_per_second / baseline_rps if baseline_rps else None
                    this_round[endpoint.name] = {
                        **result.as_dict(),
                        "ratio_to_healthz": round(ratio, 3) if ratio is not None else None,
                    }
                    print(
                        format_row(endpoint.name, result, ratio, queries[endpoint.name]["queries"]),
                        flush=True,
                    )
                rounds.append(this_round)

        report["rounds"] = rounds
        report["summary"] = summarise(rounds, names)
        report["status"] = "ok"
        exit_code = 0
    except (RuntimeError, httpx.HTTPError, OSError, subprocess.SubprocessError) as exc:
        report["status"] = "failed"
        report["error"] = f"{type(exc).__name__}: {exc}"
        report["rounds"] = rounds
        print(f"\nbench: failed: {exc}", file=sys.stderr)
    finally:
        if report["status"] == "running":
            report["status"] = "interrupted"
            report["rounds"] = rounds
        report["environment"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
        report["elapsed_s"] = round(time.monotonic() - started, 1)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")

    if exit_code == 0:
        print(
            f"\nmedian of {args.rounds} rounds ({args.duration} s each, {args.connections} "
            f"connections, {args.threads} wrk threads, {args.workers} uvicorn workers)"
        )
        print(HEADER)
        for name in names:
            s = report["summary"][name]
            lat = s["latency_ms"]
            print(
                f"  {name:<22}{s['requests_per_second']:>10.1f}{lat['p50']:>9.2f}"
                f"{lat['p95']:>9.2f}{lat['p99']:>9.2f}{s['ratio_to_healthz']:>9.2f}"
                f"{report['queries_per_request'][name]['queries']:>5}{s['errors']:>8}"
            )
        print(f"\nbench: {report['elapsed_s']} s in all; wrote {args.output}")
    return exit_code


if __name__ == "__main__":
    raise SystemExit(main())
