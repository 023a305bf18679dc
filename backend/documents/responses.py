"""The error responses the document routes declare, so the OpenAPI contract lists them."""

from __future__ import annotations

from typing import Any

# Every document route: who are you (401); not there or not yours to see (404).
EVERY_ROUTE: dict[int | str, dict[str, Any]] = {
    401: {"description": "not_authenticated, token_invalid or session_revoked"},
    404: {"description": "not_found: it does not exist or is not the caller's to see"},
}
# A write the caller's role may not make (the policies in policies.py decide).
FORBIDDEN: dict[int | str, dict[str, Any]] = {
    403: {"description": "forbidden: visible, but not the caller's to change"},
}
