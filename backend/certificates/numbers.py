"""Certificate numbers: JAM-XXXX-XXXX from an alphabet without look-alikes, the last letter a
check character (Luhn mod N), so a mistyped number is caught before anything is looked up, and
numbers are random, so nobody can walk through them."""

from __future__ import annotations

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I
PATTERN = re.compile(r"^JAM-([2-9A-HJ-NP-Z]{4})-([2-9A-HJ-NP-Z]{4})$")


def _check_char(payload: str) -> str:
    n = len(ALPHABET)
    total = 0
    factor = 2
    for char in reversed(payload):
        addend = factor * ALPHABET.index(char)
        total += addend // n + addend % n
        factor = 1 if factor == 2 else 2
    return ALPHABET[(n - total % n) % n]


def new_number() -> str:
    payload = "".join(secrets.choice(ALPHABET) for _ in range(7))
    code = payload + _check_char(payload)
    return f"JAM-{code[:4]}-{code[4:]}"


def normalise(number: str) -> str | None:
    """The canonical form of a typed number, or None when it cannot be a certificate number."""
    cleaned = number.strip().upper().replace(" ", "")
    if len(cleaned) == 11 and "-" not in cleaned and cleaned.startswith("JAM"):
        cleaned = f"JAM-{cleaned[3:7]}-{cleaned[7:]}"
    match = PATTERN.match(cleaned)
    if match is None:
        return None
    code = match.group(1) + match.group(2)
    return cleaned if _check_char(code[:-1]) == code[-1] else None
