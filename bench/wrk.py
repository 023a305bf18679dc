"""wrk Lua scripts: a `done` hook that prints the figures as one JSON line, and a request
generator that walks a list of paths (so the detail endpoint reads many different rows)."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MARKER = "BENCH_JSON "

# summary.duration is in µs; latency values are µs too.
DONE_HOOK = r"""
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '%s{"requests": %d, "duration_us": %d, "bytes": %d, ' ..
    '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
    '"latency_us": {"mean": %.1f, "stdev": %.1f, "max": %d, ' ..
    '"p50": %d, "p75": %d, "p90": %d, "p95": %d, "p99": %d}}\n',
    "MARKER", summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency.stdev, latency.max,
    latency:percentile(50), latency:percentile(75), latency:percentile(90),
    latency:percentile(95), latency:percentile(99)))
end
""".replace("MARKER", MARKER)

# Each thread starts at its own offset in the (already shuffled) list and walks it in order.
PATHS_TEMPLATE = r"""
local paths = PATHS
local next_start = 0

setup = function(thread)
  thread:set("start", next_start)
  next_start = next_start + 7919
end

local i = 0
init = function(args)
  i = start or 0
end

request = function()
  i = i + 1
  return wrk.format(nil, paths[(i % #paths) + 1])
end
"""


def lua_string(value: str) -> str:
    return json.dumps(value)  # a JSON string of ASCII paths is a valid Lua string literal


def write_script(directory: Path, name: str, paths: list[str] | None = None) -> Path:
    """A wrk script with the report hook; with `paths`, requests cycle through them."""
    body = DONE_HOOK
    if paths:
        table = "{" + ", ".join(lua_string(p) for p in paths) + "}"
        body = PATHS_TEMPLATE.replace("PATHS", table) + body
    script = directory / f"{name}.lua"
    script.write_text(body, encoding="utf-8")
    return script


@dataclass(frozen=True)
class WrkResult:
    requests: int
    seconds: float
    requests_per_second: float
    latency_ms: dict[str, float]
    errors: dict[str, int]
    http_errors: int  # responses with status >= 400 (wrk counts them as "status" errors)

    def as_dict(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "seconds": round(self.seconds, 3),
            "requests_per_second": round(self.requests_per_second, 1),
            "latency_ms": self.latency_ms,
            "errors": self.errors,
            "http_errors": self.http_errors,
        }


def wrk_binary() -> str | None:
    return shutil.which("wrk")


def wrk_version(binary: str) -> str:
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [binary, "--version"], capture_output=True, text=True, timeout=10, check=False
    )
    return (result.stdout or result.stderr).strip().splitlines()[0] if result else "unknown"


def run_wrk(
    binary: str,
    url: str,
    *,
    script: Path,
    seconds: int,
    threads: int,
    connections: int,
    headers: dict[str, str],
) -> WrkResult:
    command = [
        binary,
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "-s",
        str(script),
    ]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    command.append(url)
    result = subprocess.run(  # noqa: S603 - the command is built above from our own values
        command, capture_output=True, text=True, timeout=seconds + 30, check=False
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith(MARKER)]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"wrk failed ({result.returncode}): {result.stderr or result.stdout}")
    data = json.loads(lines[-1][len(MARKER) :])
    duration = data["duration_us"] / 1e6
    latency = data["latency_us"]
    errors = data["errors"]
    return WrkResult(
        requests=data["requests"],
        seconds=duration,
        requests_per_second=data["requests"] / duration if duration else 0.0,
        latency_ms={
            key: round(latency[key] / 1000, 2)
            for key in ("p50", "p75", "p90", "p95", "p99", "mean", "max")
        },
        errors={k: v for k, v in errors.items() if k != "status"},
        http_errors=errors["status"],
    )
