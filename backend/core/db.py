"""Engines, the session factory and the one-commit-per-request session dependency."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

SQLITE_BUSY_TIMEOUT_MS = 10_000


def _configure_sqlite(sync_engine: Engine) -> None:
    @event.listens_for(sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, open transactions (needed for SAVEPOINTs and BEGIN below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front: a deferred transaction that later writes can
        # fail with "database is locked" without waiting, which would turn a save into an error.
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    if url.startswith("sqlite"):
        engine = create_async_engine(url, **kwargs)
        _configure_sqlite(engine.sync_engine)
        return engine
    if "poolclass" not in kwargs:
        kwargs.setdefault("pool_size", 10)
        kwargs.setdefault("max_overflow", 10)
    # No pre-ping: it costs a round trip per request (measured by make bench); recycling old
    # connections and readyz cover a restarted database instead.
    kwargs.setdefault("pool_recycle", 1800)
    return create_async_engine(url, **kwargs)


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=True)


def sync_url(url: str) -> str:
    """The same database for Alembic's synchronous engine (psycopg serves both modes)."""
    return url.replace("sqlite+aiosqlite", "sqlite")


def single_statement_sessionmaker(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> async_sessionmaker[AsyncSession]:
    """Sessions in which every statement commits by itself, on PostgreSQL: for a request whose one
    write must hold its rows only while the statement runs, not across the round trips to its
    commit (a live vote: ADR 0007). SQLite, and tests bound to one connection, keep the usual
    transaction; SQLite has one writer anyway."""
    bind = sessionmaker.kw.get("bind")
    if isinstance(bind, AsyncEngine) and bind.dialect.name == "postgresql":
        return make_sessionmaker(bind.execution_options(isolation_level="AUTOCOMMIT"))
    return sessionmaker


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One session and one commit per request; any exception rolls everything back."""
    async with _request_session(request, request.app.state.sessionmaker) as session:
        yield session


async def get_single_statement_session(request: Request) -> AsyncIterator[AsyncSession]:
    """As get_session, each statement committed by itself where `single_statement_sessionmaker`
    says so."""
    async with _request_session(request, request.app.state.single_statement_sessions) as session:
        yield session


@asynccontextmanager
async def _request_session(
    request: Request, sessionmaker: async_sessionmaker[AsyncSession]
) -> AsyncIterator[AsyncSession]:
    async with sessionmaker() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise
    if session.info.get("mail_enqueued"):
        request.app.state.mail_wakeup.set()
    # What must happen only once the request's writes are durable (in-process live signals).
    for hook in session.info.get("after_commit", ()):
        hook()


# scope="function": the commit happens before the response is sent, so a failed commit is an
# error response and never an acknowledged write that was lost.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
SingleStatementSessionDep = Annotated[
    AsyncSession, Depends(get_single_statement_session, scope="function")
]
