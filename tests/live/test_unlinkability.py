"""The claim of docs/live.md, tested at the level of SQL: someone who reads the whole database,
system columns included, cannot tell which answers one person gave together (ADR 0007).

The test runs the same day twice, each in a database of its own with real commits: the same
devices give the same answers, only *paired differently* (device 1's ratings go with device 2's
texts, and so on). If the database as an attacker sees it (every row of every table that answers
wrote to, in physical order, with PostgreSQL's `xmin` and `ctid` or SQLite's `rowid`) is the same
both times, nothing in it can tell the pairing: not adjacent rows, not a shared transaction, not
the order of anything. Randomness (codes, tokens, ids) is drawn from the same seed in both runs, so
it cannot hide a difference either."""

from __future__ import annotations

import base64
import itertools
import json
import os
import random
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.pool import NullPool

from backend.cli import db_upgrade
from backend.core.clock import FrozenClock
from backend.core.config import Settings
from backend.core.db import make_engine, make_sessionmaker, sync_url
from backend.main import create_app
from backend.models.enums import Role
from tests import factories
from tests.conftest import START, TEST_SECRET, scratch_database
from tests.factories import bearer_for, make_organisation, make_user
from tests.helpers import device, open_live_room, question_of

DEVICES = 6
POSTGRES = os.environ.get("JAMLIK_TEST_BACKEND", "sqlite") == "postgres"
Pairing = list[int]  # device i's ratings are those of ratings[pairing[i]]
View = dict[str, list[tuple[Any, ...]]]  # every table's rows, as `_view` reads them
Texts = dict[tuple[int, int], str]  # (device, question id) → the text it wrote


# --- the attacker's view ----------------------------------------------------------------------


def _rows(conn: Connection, table: str) -> list[tuple[Any, ...]]:
    """Every row in physical order, with the columns that date or place it."""
    if POSTGRES:
        sql = f'SELECT xmin::text, ctid::text, t.* FROM "{table}" t ORDER BY t.ctid'  # noqa: S608
        return [tuple(r) for r in conn.execute(text(sql))]
    try:
        sql = f'SELECT rowid, * FROM "{table}" ORDER BY rowid'  # noqa: S608
        return [tuple(r) for r in conn.execute(text(sql))]
    except Exception:  # a table without rowid: its rows lie in key order
        conn.rollback()
        return [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{table}"'))]  # noqa: S608


def _view(url: str) -> View:
    engine = create_engine(sync_url(url), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            tables = sorted(set(inspect(conn).get_table_names()) - {"alembic_version"})
            view = {t: _rows(conn, t) for t in tables}
    finally:
        engine.dispose()
    if POSTGRES:
        # Transaction ids differ between databases of one server; their order is what tells.
        xids = sorted({int(r[0]) for rows in view.values() for r in rows})
        rank = {str(x): i for i, x in enumerate(xids)}
        view = {t: [(rank[r[0]], *r[1:]) for r in rows] for t, rows in view.items()}
    return view


@contextmanager
def _no_cleanup_while_running(url: str) -> Iterator[None]:
    """Where PostgreSQL puts a new row version depends on whether old versions were cleaned up
    first (autovacuum, or pruning when a page fills up), which depends on timing and on other
    transactions of the server, not on what was answered. So cleanup is held off for the run:
    autovacuum off, and a snapshot taken at the start and kept open, so no row version made
    during the run counts as dead. What is left is the layout that the writes alone decide."""
    if not POSTGRES:
        yield
        return
    engine = create_engine(sync_url(url), poolclass=NullPool)
    with engine.begin() as conn:
        for table in inspect(conn).get_table_names():
            conn.execute(text(f'ALTER TABLE "{table}" SET (autovacuum_enabled = false)'))
    with engine.connect() as holder:
        holder.execute(text("BEGIN ISOLATION LEVEL REPEATABLE READ"))
        holder.execute(text("SELECT txid_current()"))
        try:
            yield
        finally:
            holder.rollback()
    engine.dispose()


# --- one run of the day -----------------------------------------------------------------------


@contextmanager
def _randomness_made_alike() -> Iterator[None]:
    """The `secrets` module drawing from one seeded generator, so both runs make the same codes,
    tokens and ids in the same order (restored afterwards)."""
    rng = random.Random(2026)  # predictable on purpose
    names = ("token_bytes", "token_hex", "token_urlsafe", "choice", "randbelow")
    saved = {name: getattr(secrets, name) for name in names}
    secrets.token_bytes = lambda nbytes=32: rng.randbytes(nbytes or 32)
    secrets.token_hex = lambda nbytes=32: rng.randbytes(nbytes or 32).hex()
    secrets.token_urlsafe = lambda nbytes=32: (
        base64.urlsafe_b64encode(rng.randbytes(nbytes or 32)).rstrip(b"=").decode()
    )
    secrets.choice = rng.choice
    secrets.randbelow = lambda exclusive_upper_bound: rng.randrange(exclusive_upper_bound)
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(secrets, name, function)


async def _run_day(tmp_path: Path, name: str, pairing: Pairing) -> tuple[View, View, Texts]:
    """A room with two exercises and the evaluation, answered by DEVICES devices; returns the
    attacker's view before the answers, after them, and the texts that were written."""
    with scratch_database(tmp_path, name) as url, _randomness_made_alike():
        settings = Settings(
            environment="test", database_url=url, secret_key=TEST_SECRET, demo=False
        )
        db_upgrade(settings)
        with _no_cleanup_while_running(url):
            return await _answered_day(settings, url, pairing)


async def _answered_day(settings: Settings, url: str, pairing: Pairing) -> tuple[View, View, Texts]:
    """Setup, the attacker's view, all the answers, the view again."""
    engine = make_engine(url, poolclass=NullPool)
    sessionmaker = make_sessionmaker(engine)
    clock = FrozenClock(START)
    app = create_app(settings, sessionmaker=sessionmaker, clock=clock, run_background_jobs=False)
    factories._sequence = itertools.count(1)  # the same names and numbers in both runs
    async with sessionmaker() as db:
        admin = await make_user(db, clock.now(), Role.ADMIN)
        trainer_user = await make_user(db, clock.now(), Role.TRAINER)
        organisation = await make_organisation(db, clock.now(), "Alfa kommun")
        await db.commit()
        admin_h = await bearer_for(db, settings, admin, clock.now())
        trainer = await bearer_for(db, settings, trainer_user, clock.now())
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://jamlik.test") as client:
        r = await client.post(
            "/api/v1/certifications",
            json={"organisation_id": organisation.id, "trainer_ids": [trainer_user.id]},
            headers=admin_h,
        )
        assert r.status_code == 201, r.text
        room = await open_live_room(client, r.json()["id"], trainer, date="2026-03-10", moments=[2])
        r = await client.post(
            f"/api/v1/live/rooms/{room['id']}/evaluation", json={"open": True}, headers=trainer
        )
        assert r.status_code == 200, r.text
        before = _view(url)
        texts = await _answer_everything(client, room, trainer, pairing)
    await engine.dispose()
    return before, _view(url), texts


async def _answer_everything(
    client: httpx.AsyncClient, room: dict[str, Any], trainer: dict[str, str], pairing: Pairing
) -> Texts:
    """Each device rates and writes: its ratings chosen by the pairing, its texts its own."""
    join = f"/api/v1/participate/{room['join_code']}/answers"
    scale, words = question_of(room, "scale"), question_of(room, "open_text")
    texts: Texts = {}
    for question, field in ((scale, "value"), (words, "text")):
        await client.post(f"/api/v1/live/questions/{question['id']}/open", headers=trainer)
        for n in range(DEVICES):
            value = 1 + pairing[n] % 5 if field == "value" else f"Övning: enhet {n} tycker till"
            body = {"question_id": question["id"], "device_token": device(n), field: value}
            assert (await client.post(join, json=body)).status_code == 201
    evaluation = [q for q in room["questions"] if q["purpose"] == "evaluation"]
    for n in range(DEVICES):
        answers = []
        for i, q in enumerate(evaluation):
            if q["kind"] == "scale":
                answers.append({"question_id": q["id"], "value": 1 + (pairing[n] + i) % 5})
            elif q["kind"] == "open_text":
                texts[n, q["id"]] = f"Enhet {n} skriver om fråga {q['id']}"
                answers.append({"question_id": q["id"], "text": texts[n, q["id"]]})
        r = await client.post(
            f"/api/v1/evaluations/{room['evaluation']['code']}/answers",
            json={"device_token": device(n), "answers": answers},
        )
        assert r.status_code == 201, r.text
    assert texts, "the evaluation has free-text questions"
    return texts


def _decoded(cell: Any) -> Any:
    """JSON as the attacker would read it (SQLite keeps non-ASCII letters escaped)."""
    if isinstance(cell, str) and cell.startswith(("[", "{")):
        return json.loads(cell)
    return cell


def _written(before: View, after: View) -> View:
    return {t: rows for t, rows in after.items() if rows != before.get(t)}


async def test_answers_given_together_cannot_be_paired_from_the_database(tmp_path):
    as_given = list(range(DEVICES))
    shifted = [(n + 1) % DEVICES for n in range(DEVICES)]  # every rating with another's texts
    before_a, after_a, texts = await _run_day(tmp_path / "a", "pairing_a", as_given)
    before_b, after_b, _ = await _run_day(tmp_path / "b", "pairing_b", shifted)
    written = _written(before_a, after_a)
    assert written.keys() == _written(before_b, after_b).keys()
    # The view holds what was answered: every text is there to read...
    readable = repr([[_decoded(cell) for cell in row] for rows in written.values() for row in rows])
    assert all(t in readable for t in texts.values())
    # ...and yet the two pairings left the very same rows behind, in the same places.
    for table in written:
        assert before_a[table] == before_b[table]  # the same day up to the first answer
        assert after_a[table] == after_b[table], f"{table} tells how answers were paired"
