"""The Content-Disposition of a file the browser saves, with any name a person gave it."""

from __future__ import annotations

from urllib.parse import quote


def attachment_disposition(filename: str) -> str:
    # RFC 6266 / 5987: the UTF-8 name percent-encoded, so no quote or line break can escape.
    return f"attachment; filename*=UTF-8''{quote(filename, safe='')}"
