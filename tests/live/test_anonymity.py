"""Anonymous by construction: the schema has no place for an identity, and the stored rows
hold nothing that points at a participant. docs/live.md explains the design."""

from __future__ import annotations

import hashlib
import logging

from sqlalchemy import Date, DateTime, inspect, select, text

from backend.live.privacy import HideParticipantAddresses
from backend.models import LiveAnswer
from tests.helpers import answer, device, question_of

ALLOWED_COLUMNS = {
    "id",
    "question_id",
    "respondent_key",
    "skipped",
    "choices",
    "value",
    "text",
    "hidden",
}
USER_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) Telefon-i-utbildningen"


async def test_the_answer_table_has_no_place_for_an_identity(connection):
    columns = await connection.run_sync(lambda sync: inspect(sync).get_columns("live_answers"))
    assert {c["name"] for c in columns} == ALLOWED_COLUMNS
    assert not [c for c in columns if isinstance(c["type"], DateTime | Date)]
    foreign = await connection.run_sync(lambda sync: inspect(sync).get_foreign_keys("live_answers"))
    assert [fk["referred_table"] for fk in foreign] == ["live_questions"]
    # Nothing else refers to an answer either (no join table could tie it to someone).
    for table in await connection.run_sync(lambda sync: inspect(sync).get_table_names()):
        refs = await connection.run_sync(lambda sync, t=table: inspect(sync).get_foreign_keys(t))
        assert "live_answers" not in {fk["referred_table"] for fk in refs}, table


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
    rows = list(await db.scalars(select(LiveAnswer)))
    assert len(rows) == 2
    dump = repr([(r.id, r.respondent_key, r.choices, r.value, r.text) for r in rows])
    for trace in (device(1), "203.0.113.7", "198.51.100.23", USER_AGENT, "Pixel", "2026"):
        assert trace not in dump
    # The key is per question: one device's two answers cannot be linked through it...
    assert rows[0].respondent_key != rows[1].respondent_key
    # ...and it is not the hash of the token alone, which anyone holding the token could match.
    assert hashlib.sha256(device(1).encode()).hexdigest() not in {r.respondent_key for r in rows}
    # Ids are random, not a sequence that would tell the order people answered in.
    assert all(len(r.id) == 32 and not r.id.isdigit() for r in rows)


async def test_no_other_table_changes_when_someone_answers(client, live, connection):
    """An answer writes one row to live_answers and nothing anywhere else (no audit, no log)."""
    q = question_of(live.room, "scale")
    await client.post(f"/api/v1/live/questions/{q['id']}/open", headers=live.trainer)
    tables = await connection.run_sync(lambda sync: inspect(sync).get_table_names())

    async def counts() -> dict[str, int]:
        return {
            # Table names come from the database's own catalogue.
            t: (await connection.execute(text(f'SELECT count(*) FROM "{t}"'))).scalar_one()  # noqa: S608
            for t in tables
            if t != "alembic_version"
        }

    before = await counts()
    assert (await answer(client, live.room, q["id"], 1, value=2)).status_code == 201
    after = await counts()
    changed = {t for t in tables if t != "alembic_version" and after[t] != before[t]}
    assert changed == {"live_answers"}


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
