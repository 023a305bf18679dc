"""Serves the built SPA: files as they are, index.html for client-side routes."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse, HTMLResponse, Response

_MISSING = (
    '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Jämlik</title></head>'
    "<body><main><h1>Jämlik</h1><p>Gränssnittet är inte byggt. Kör <code>make run</code>.</p>"
    "</main></body></html>"
)
_RESERVED = ("api/", "healthz", "readyz")
# The participant page is an entry of its own, a few kilobytes for a phone in a training room.
_PARTICIPANT_PREFIX = "delta"


def spa_router(dist: Path) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    root = dist.resolve()

    @router.get("/{path:path}", response_model=None)
    async def spa(path: str) -> Response:
        if path.startswith(_RESERVED):
            raise HTTPException(status_code=404)
        if path:
            candidate = (root / path).resolve()
            if candidate.is_relative_to(root) and candidate.is_file():
                immutable = path.startswith("assets/")
                headers = {
                    "Cache-Control": "public, max-age=31536000, immutable"
                    if immutable
                    else "no-cache"
                }
                return FileResponse(candidate, headers=headers)
        entry = "participant.html" if path.split("/", 1)[0] == _PARTICIPANT_PREFIX else "index.html"
        index = root / entry
        if not index.is_file():
            return HTMLResponse(_MISSING, status_code=200)
        return FileResponse(index, headers={"Cache-Control": "no-cache"})

    return router
