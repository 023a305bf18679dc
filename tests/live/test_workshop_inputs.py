"""Aggregated exercise results of moments 2 and 3 as input for the working group's workshop."""

from __future__ import annotations

from typing import Any

import httpx

from tests.factories import bearer_for
from tests.helpers import answer_all, open_live_room, question_of
from tests.live.conftest import Live


async def _workshop(client: httpx.AsyncClient, live: Live) -> int:
    r = await client.post(
        f"/api/v1/certifications/{live.cycle.certification_id}/sessions",
        json={"kind": "workshop", "date": "2026-04-01"},
        headers=live.trainer,
    )
    return int(r.json()["id"])


async def _answered(
    client: httpx.AsyncClient,
    live: Live,
    kind: str,
    bodies: list[dict[str, Any]],
    room: dict[str, Any] | None = None,
) -> dict[str, Any]:
    q = question_of(room or live.room, kind)
    await client.post(f"/api/v1/live/questions/{q['id']}/open", headers=live.trainer)
    await answer_all(client, room or live.room, q["id"], bodies)
    return q


async def test_the_working_group_reads_attached_aggregates(client, live):
    session_id = await _workshop(client, live)
    q = await _answered(client, live, "scale", [{"value": v} for v in (2, 3, 3, 4, 5)])
    url = f"/api/v1/working-sessions/{session_id}/exercise-results"
    r = await client.post(url, json={"question_id": q["id"]}, headers=live.trainer)
    assert r.status_code == 201, r.text
    listed = (await client.get(url, headers=live.lead)).json()
    assert len(listed) == 1
    item = listed[0]
    assert (item["prompt"], item["moment"], item["answer_count"]) == (q["prompt"], 2, 5)
    assert item["results"]["mean"] == 3.4
    assert [d["count"] for d in item["results"]["distribution"]] == [0, 1, 2, 1, 1]
    assert item["results"]["texts"] == []
    # The snapshot stays as it was when attached.
    assert (
        await client.delete(f"/api/v1/exercise-results/{item['id']}", headers=live.trainer)
    ).status_code == 204
    assert (await client.get(url, headers=live.lead)).json() == []


async def test_free_text_too_few_answers_and_moment_one_are_refused(
    client, live, db, settings, clock
):
    session_id = await _workshop(client, live)
    url = f"/api/v1/working-sessions/{session_id}/exercise-results"
    texts = await _answered(client, live, "open_text", [{"text": f"Svar {i}"} for i in range(6)])
    r = await client.post(url, json={"question_id": texts["id"]}, headers=live.trainer)
    assert r.status_code == 422 and r.json()["detail"][0]["type"] == "not_aggregatable"
    few = await _answered(client, live, "scale", [{"value": 3}] * 4)
    r = await client.post(url, json={"question_id": few["id"]}, headers=live.trainer)
    assert r.status_code == 409 and r.json()["error"] == "too_few_answers"
    assert r.json()["detail"]["min_answers"] == 5
    first_day = await open_live_room(
        client, live.cycle.certification_id, live.trainer, date="2026-02-20", moments=[1]
    )
    early = await _answered(client, live, "scale", [{"value": 3}] * 5, room=first_day)
    r = await client.post(url, json={"question_id": early["id"]}, headers=live.trainer)
    assert r.status_code == 422 and r.json()["detail"][0]["type"] == "not_aggregatable"
    lead_attaching = await client.post(url, json={"question_id": few["id"]}, headers=live.lead)
    assert lead_attaching.status_code == 403


async def test_a_question_of_another_certification_is_not_found(client, live, db, settings, clock):
    from tests.factories import make_organisation

    admin = await bearer_for(db, settings, live.cycle.admin, clock.now())
    org = await make_organisation(db, clock.now(), "Gamma stad")
    await db.commit()
    other = await client.post(
        "/api/v1/certifications",
        json={"organisation_id": org.id, "trainer_ids": [live.cycle.trainer.id]},
        headers=admin,
    )
    room = await open_live_room(
        client, other.json()["id"], live.trainer, date="2026-03-12", moments=[2]
    )
    q = await _answered(client, live, "scale", [{"value": 4}] * 5, room=room)
    session_id = await _workshop(client, live)
    r = await client.post(
        f"/api/v1/working-sessions/{session_id}/exercise-results",
        json={"question_id": q["id"]},
        headers=live.trainer,
    )
    assert r.status_code == 404


async def test_the_candidates_of_a_workshop_in_one_request(client, live, queries):
    session_id = await _workshop(client, live)
    scale = await _answered(client, live, "scale", [{"value": 4}] * 5)
    url = f"/api/v1/working-sessions/{session_id}"
    await client.post(
        f"{url}/exercise-results", json={"question_id": scale["id"]}, headers=live.trainer
    )
    queries.active = True
    r = await client.get(f"{url}/exercise-candidates", headers=live.trainer)
    queries.active = False
    assert r.status_code == 200
    candidates = r.json()
    expected = [
        q["id"]
        for q in live.room["questions"]
        if q["purpose"] == "exercise" and q["kind"] != "open_text"
    ]
    assert [c["question_id"] for c in candidates] == expected
    chosen = next(c for c in candidates if c["question_id"] == scale["id"])
    assert chosen == chosen | {
        "answer_count": 5,
        "min_answers": 5,
        "attachable": True,
        "attached": True,
        "moment": 2,
    }
    assert not any(c["attachable"] for c in candidates if c["question_id"] != scale["id"])
    # principal, session, certification + trainers, questions, counts, attached
    assert queries.count == 7, queries.statements
    lead = await client.get(f"{url}/exercise-candidates", headers=live.lead)
    assert lead.status_code == 403
