"""Swedish organisation numbers (organisationsnummer): ten digits, the last a Luhn check digit."""

from __future__ import annotations

import re

from pydantic_core import PydanticCustomError

_FORMAT = re.compile(r"^(?:16)?(\d{6})-?(\d{4})$")


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value // 10 + value % 10
    return total % 10 == 0


def normalise_org_number(value: str) -> str:
    """'NNNNNN-NNNN' for a valid number (also accepted without hyphen or with the 16 prefix)."""
    match = _FORMAT.match(value.strip().replace(" ", ""))
    if match is None:
        raise PydanticCustomError(
            "invalid_organisation_number", "An organisation number has the form NNNNNN-NNNN"
        )
    digits = match.group(1) + match.group(2)
    if not luhn_valid(digits):
        raise PydanticCustomError(
            "invalid_organisation_number", "The check digit of the organisation number is wrong"
        )
    return f"{match.group(1)}-{match.group(2)}"
