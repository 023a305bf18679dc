from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is up (does not touch the database)."""
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "database unavailable"}})
async def readyz(request: Request) -> JSONResponse:
    """The database answers."""
    try:
        async with request.app.state.sessionmaker() as session:
            await session.execute(text("SELECT 1"))
    except Exception:
        return JSONResponse(
            {"error": "database_unavailable", "detail": "The database does not answer."}, 503
        )
    return JSONResponse({"status": "ok"})
