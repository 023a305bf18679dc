"""create_app(): middleware, error handlers, routers, the mail dispatcher and the SPA."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from backend.api import API_PREFIX, api_router
from backend.auth.housekeeping import prune_forever
from backend.core.clock import Clock, SystemClock
from backend.core.config import Settings, get_settings
from backend.core.db import make_engine, make_sessionmaker, single_statement_sessionmaker
from backend.core.errors import (
    Conflict,
    VersionConflict,
    app_error_response,
    install_error_handlers,
)
from backend.core.health import router as health_router
from backend.core.middleware import BodySizeLimitMiddleware, SecurityHeadersMiddleware
from backend.core.responses import declare_dependency_errors
from backend.core.spa import spa_router
from backend.live.hub import LiveHub
from backend.live.privacy import install as hide_participant_addresses
from backend.live.rendering import RoomRenderer
from backend.mail.dispatcher import run_forever
from backend.notifications.scheduler import run_forever as reminders_forever

MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_UPLOAD_BYTES = 6 * 1024 * 1024  # a 5 MB file and its multipart envelope
MAX_DOCUMENT_UPLOAD_BYTES = 21 * 1024 * 1024  # a 20 MB document and its envelope


def create_app(
    settings: Settings | None = None,
    *,
    sessionmaker: async_sessionmaker[AsyncSession] | None = None,
    clock: Clock | None = None,
    run_background_jobs: bool = True,
    api_routers: Iterable[APIRouter] = (),
) -> FastAPI:
    """The application. `api_routers` are further routers under /api/v1, mounted ahead of the SPA
    fallback (the test server adds its movable clock's endpoints this way)."""
    settings = settings or get_settings()
    engine = None  # an engine made here is disposed of here; a given sessionmaker is the caller's
    if sessionmaker is None:
        engine = make_engine(settings.database_url)
        sessionmaker = make_sessionmaker(engine)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state = app.state
        jobs = (
            [
                run_forever(state.sessionmaker, settings, state.clock, state.mail_wakeup),
                prune_forever(state.sessionmaker, settings, state.clock),
                reminders_forever(state.sessionmaker, settings, state.clock, state.mail_wakeup),
            ]
            if run_background_jobs
            else []
        )
        tasks = [asyncio.create_task(job) for job in jobs]
        if run_background_jobs and not settings.is_sqlite:
            # Several API workers serve one room: room changes travel through LISTEN/NOTIFY.
            state.live_hub.start_listening(settings.database_url)
        yield
        await state.live_hub.stop()
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if engine is not None:
            await engine.dispose()

    app = FastAPI(
        title="Jämlik API",
        version="1",
        description="Equality certifications: training, action plans, certificates, follow-ups.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.sessionmaker = sessionmaker
    app.state.single_statement_sessions = single_statement_sessionmaker(sessionmaker)
    app.state.clock = clock or SystemClock()
    app.state.mail_wakeup = asyncio.Event()
    app.state.live_hub = LiveHub(RoomRenderer(sessionmaker, settings, app.state.clock))
    hide_participant_addresses()

    install_error_handlers(app)
    _install_database_error_handlers(app)
    app.add_middleware(
        BodySizeLimitMiddleware,
        max_bytes=MAX_BODY_BYTES,
        upload_limits={
            "/attachments": MAX_UPLOAD_BYTES,
            "/documents": MAX_DOCUMENT_UPLOAD_BYTES,
            "/versions": MAX_DOCUMENT_UPLOAD_BYTES,
        },
    )
    app.add_middleware(SecurityHeadersMiddleware, hsts=settings.base_url.startswith("https://"))

    app.include_router(health_router)
    app.include_router(api_router)
    for router in api_routers:
        app.include_router(router, prefix=API_PREFIX)
    app.include_router(spa_router(settings.frontend_dist))
    declare_dependency_errors(app)
    logging.getLogger("backend").setLevel(logging.INFO)
    return app


def _install_database_error_handlers(app: FastAPI) -> None:
    """Races the service checks could not see are conflicts for the client, never 500s."""

    @app.exception_handler(StaleDataError)
    async def _stale(_request: Request, _exc: StaleDataError) -> JSONResponse:
        return app_error_response(VersionConflict(current=None))

    @app.exception_handler(IntegrityError)
    async def _integrity(_request: Request, _exc: IntegrityError) -> JSONResponse:
        return app_error_response(Conflict("The change conflicts with existing data."))
