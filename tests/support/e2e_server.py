"""The server the Playwright suite drives (and `make run-clock`): fresh SQLite with demo data, a
real SMTP server that writes each mail as a .eml file into --mail-dir (and refuses every recipient
at refused.example.se, for the mail queue's tests), the movable clock (`/api/v1/testing/clock`),
and the API + built SPA on --port. From the repository root:

    python -m tests.support.e2e_server --port 8765 --mail-dir frontend/e2e/.mail
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
from pathlib import Path

import uvicorn

from backend.cli import _seed, db_upgrade
from backend.core.config import PROJECT_ROOT, Settings
from backend.main import create_app
from tests.support import clock
from tests.support.mailbox import Mailbox


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--mail-dir", type=Path, required=True)
    args = parser.parse_args()

    db_path = PROJECT_ROOT / "var" / "e2e" / f"e2e-{args.port}.db"
    db_path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)

    mailbox = Mailbox(args.mail_dir.resolve(), refuse_domain="refused.example.se").start()
    settings = Settings(
        environment="test",
        database_url=f"sqlite+aiosqlite:///{db_path}",
        host="127.0.0.1",
        port=args.port,
        public_url=f"http://127.0.0.1:{args.port}",
        smtp_host="127.0.0.1",
        smtp_port=mailbox.port,
        outbox_poll_seconds=0.5,
        reminder_interval_seconds=5,
        secret_key=secrets.token_urlsafe(32),
    )
    db_upgrade(settings)
    asyncio.run(_seed(settings, only_if_empty=True))
    try:
        app = create_app(settings, clock=clock.OffsetClock(), api_routers=[clock.router])
        uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning")
    finally:
        mailbox.stop()


if __name__ == "__main__":
    main()
