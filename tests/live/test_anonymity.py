"""Anonymous by construction: the schema has no place for an identity, and the stored rows
hold nothing that points at a participant. docs/live.md explains the design."""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from sqlalchemy import Date, DateTime, inspect, select, text

from backend.live.privacy import HideParticipantAddresses
from backend.models import LiveRespondent, LiveTally, LiveTextSet
from tests.helpers import answer, device, question_of

# Where answers go (ADR 0007), and all that each of those tables may hold.
ANSWER_TABLES = {
    "live_tallies": {"question_id", "answered", "skipped", *(f"chose_{i}" for i in range(10))},
    "live_text_sets": {"question_id", "entries"},
    "live_respondents": {"question_id", "respondent_key"},
}
USER_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) Telefon-i-utbildningen"


async def test_the_answer_tables_have_no_place_for_an_identity(connection):
    for name, allowed in ANSWER_TABLES.items():
        columns = await connection.run_sync(lambda sync, n=name: inspect(sync).get_columns(n))
        assert {c["name"] for c in columns} == allowed, name
        assert not [c for c in columns if isinstance(c["type"], DateTime | Date)]
        foreign = await connection.run_sync(lambda sync, n=name: inspect(sync).get_foreign_keys(n))
        assert [fk["referred_table"] for fk in foreign] == ["live_questions"]
    # Nothing else refers to them either (no join table could tie an answer to someone).
    for table in await connection.run_sync(lambda sync: inspect(sync).get_table_names()):
        refs = await connection.run_sync(lambda sync, t=table: inspect(sync).get_foreign_keys(t))
        assert not ANSWER_TABLES.keys() & {fk["referred_table"] for fk in refs}, table


async def test_stored_answers_hold_nothing_that_identifies_the_participant(client, live, db):
    scale = question_of(live.room, "scale")
    words = question_of(live.room, "open_text")
    headers = {"User-Agent": USER_AGENT, "X-Forwarded-For": "198.51.100.23"}
    for q, body in ((scale, {"value": 4}), (words, {"text": "Mer tid för samtal"})):
        await client.post(f"/api/v1/live/questions/{q['id']}/open", headers=live.trainer)
        r = await client.post(
            f"/api/v1/participate/{live.room['join_code']}/answers",
            json={"question_id": q["id"], "device_token": device(1), **body},
            headers=headers,
        )
        assert r.status_code == 201
    keys = list(await db.scalars(select(LiveRespondent.respondent_key)))
    counts = [
        (row.question_id, row.answered, row.chose_3)  # a scale's 4 counts in chose_3
        for row in await db.scalars(select(LiveTally))
    ]
    (entries,) = await db.scalars(
        select(LiveTextSet.entries).where(LiveTextSet.question_id == words["id"])
    )
    assert len(keys) == 2
    assert (scale["id"], 1, 1) in counts and [e["text"] for e in entries] == ["Mer tid för samtal"]
    dump = repr([keys, counts, entries])
    for trace in (device(1), "203.0.113.7", "198.51.100.23", USER_AGENT, "Pixel", "2026"):
        assert trace not in dump
    # The key is per question: one device's two answers cannot be linked through it...
    assert keys[0] != keys[1]
    # ...and it is not the hash of the token alone, which anyone holding the token could match.
    assert hashlib.sha256(device(1).encode()).hexdigest() not in keys
    # Text ids are random, not a sequence that would tell the order people answered in.
    assert all(len(e["id"]) == 32 and not e["id"].isdigit() for e in entries)


async def test_no_other_table_changes_when_someone_answers(client, live, connection):
    """An answer adds to its question's counts and notes that the device answered; nothing
    anywhere else changes (no audit, no log)."""
    q = question_of(live.room, "scale")
    await client.post(f"/api/v1/live/questions/{q['id']}/open", headers=live.trainer)
    tables = await connection.run_sync(lambda sync: inspect(sync).get_table_names())

    async def contents() -> dict[str, list[tuple[Any, ...]]]:
        return {
            # Table names come from the database's own catalogue.
            t: sorted(map(tuple, await connection.execute(text(f'SELECT * FROM "{t}"'))), key=repr)  # noqa: S608
            for t in tables
            if t != "alembic_version"
        }

    before = await contents()
    assert (await answer(client, live.room, q["id"], 1, value=2)).status_code == 201
    after = await contents()
    changed = {t for t in tables if t != "alembic_version" and after[t] != before[t]}
    assert changed == {"live_tallies", "live_respondents"}


def test_access_log_lines_of_participant_paths_carry_no_address():
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("198.51.100.23:50123", "POST", "/api/v1/participate/ABC234/answers", "1.1", 201),
        None,
    )
    assert HideParticipantAddresses().filter(record)
    assert "198.51.100.23" not in record.getMessage()
    staff = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("198.51.100.24:50123", "GET", "/api/v1/live/rooms/1", "1.1", 200),
        None,
    )
    HideParticipantAddresses().filter(staff)
    assert "198.51.100.24" in staff.getMessage()


def test_the_app_installs_the_filter(app):
    filters = logging.getLogger("uvicorn.access").filters
    assert any(isinstance(f, HideParticipantAddresses) for f in filters)
