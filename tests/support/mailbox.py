"""A real SMTP server (aiosmtpd) that keeps what it receives, for tests and the e2e server."""

from __future__ import annotations

import email
import email.policy
import socket
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class _Handler:
    directory: Path | None
    refuse_domain: str | None = None
    messages: list[EmailMessage] = field(default_factory=list)

    async def handle_RCPT(
        self, _server: Any, _session: Any, envelope: Any, address: str, _options: Any
    ) -> str:
        if self.refuse_domain and address.lower().endswith(f"@{self.refuse_domain}"):
            return "550 5.1.1 No such user here"  # as a real server refuses an unknown mailbox
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        raw: bytes = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        if self.directory is not None:
            path = self.directory / f"{len(self.messages):05d}.eml"
            path.write_bytes(raw)
        return "250 Message accepted for delivery"


class Mailbox:
    """Starts on a free port; ``messages`` holds every mail received, in order. Recipients at
    ``refuse_domain`` are refused for good (550), so a failed mail can be shown end to end."""

    def __init__(self, directory: Path | None = None, *, refuse_domain: str | None = None) -> None:
        if directory is not None:
            directory.mkdir(parents=True, exist_ok=True)
            for old in directory.glob("*.eml"):
                old.unlink()
        self._handler = _Handler(directory, refuse_domain)
        self.port = free_port()
        self._controller = Controller(self._handler, hostname="127.0.0.1", port=self.port)

    @property
    def messages(self) -> list[EmailMessage]:
        return self._handler.messages

    def start(self) -> Mailbox:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def body_of(self, message: EmailMessage) -> str:
        part = message.get_body(preferencelist=("plain",))
        assert part is not None
        content: str = part.get_content()
        return content
