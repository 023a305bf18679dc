"""Join codes, evaluation codes and the one-way respondent key."""

from __future__ import annotations

import hashlib
import re
import secrets

# No 0/O, 1/I/L: read off a projector at the back of the room and typed on a phone.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 6
EVALUATION_CODE_LENGTH = 12
_JOIN_CODE = re.compile(rf"^[{CODE_ALPHABET}]{{{JOIN_CODE_LENGTH}}}$")


def new_code(length: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normalise_join_code(raw: str) -> str | None:
    """What a participant typed, as the stored code, or None when it cannot be one."""
    code = re.sub(r"[\s-]", "", raw).upper()
    return code if _JOIN_CODE.match(code) else None


def respondent_key(question_id: int, device_token: str) -> str:
    """One device's key for one question: enough to refuse a second answer, useless for linking
    the same device's answers to two questions, and the token cannot be read back from it."""
    return hashlib.sha256(f"{question_id}:{device_token}".encode()).hexdigest()
