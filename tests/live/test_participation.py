"""Taking part from a phone: one answer per device, skipping, shapes, and the threshold."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.helpers import answer, answer_all, device, question_of
from tests.live.conftest import Live


async def _open(client: httpx.AsyncClient, live: Live, kind: str) -> dict[str, Any]:
    q = question_of(live.room, kind)
    r = await client.post(f"/api/v1/live/questions/{q['id']}/open", headers=live.trainer)
    assert r.status_code == 200
    return q


async def _read(client: httpx.AsyncClient, live: Live, question_id: int) -> dict[str, Any]:
    room = (await client.get(live.room_url, headers=live.trainer)).json()
    question: dict[str, Any] = next(q for q in room["questions"] if q["id"] == question_id)
    return question


async def test_the_participant_page_sees_the_open_question_and_nothing_about_answers(client, live):
    code = live.room["join_code"]
    before = (await client.get(f"/api/v1/participate/{code}")).json()
    assert before["question"] is None and before["status"] == "open"
    assert before["title"].startswith("Alfa kommun – moment 2")
    q = await _open(client, live, "scale")
    await answer_all(client, live.room, q["id"], [{"value": v} for v in (1, 2, 3, 4, 5)])
    # Codes are typed on phones: lower case and spaces are fine.
    seen = (await client.get(f"/api/v1/participate/{code.lower()[:3]} {code[3:]}")).json()
    assert seen["question"] == {
        "id": q["id"],
        "kind": "scale",
        "prompt": q["prompt"],
        "options": q["options"],
        "state": "open",
    }
    assert set(seen) == {"join_code", "title", "date", "status", "question", "evaluation"}


async def test_an_unknown_code_is_not_found(client, live):
    for code in ("AAAAAA", "nope", "ÅÄÖ123"):
        r = await client.get(f"/api/v1/participate/{code}")
        assert r.status_code == 404 and r.json()["error"] == "not_found"


async def test_one_answer_per_device_and_question(client, live):
    q = await _open(client, live, "scale")
    assert (await answer(client, live.room, q["id"], 1, value=4)).status_code == 201
    again = await answer(client, live.room, q["id"], 1, value=2)
    assert again.status_code == 409 and again.json()["error"] == "already_answered"
    skip_after = await answer(client, live.room, q["id"], 1, skipped=True)
    assert skip_after.status_code == 409
    assert (await answer(client, live.room, q["id"], 2, value=2)).status_code == 201
    read = await _read(client, live, q["id"])
    assert (read["answer_count"], read["skip_count"]) == (2, 0)


async def test_skipping_is_always_possible_and_counted_apart(client, live):
    for kind in ("scale", "single_choice", "word_cloud", "open_text"):
        q = await _open(client, live, kind)
        r = await answer(client, live.room, q["id"], 7, skipped=True)
        assert r.status_code == 201, (kind, r.text)
        read = await _read(client, live, q["id"])
        assert (read["answer_count"], read["skip_count"]) == (0, 1)


@pytest.mark.parametrize(
    ("kind", "body"),
    [
        ("scale", {"value": 6}),
        ("scale", {"choice": 1}),
        ("scale", {}),
        ("scale", {"skipped": True, "value": 3}),
        ("single_choice", {"choice": 9}),
        ("single_choice", {"choices": [0]}),
        ("word_cloud", {"text": "fyra ord är för många"}),
        ("word_cloud", {"text": "   ..."}),
        ("open_text", {"text": "  "}),
        ("open_text", {"value": 3}),
    ],
)
async def test_answers_that_do_not_fit_the_question_are_refused(client, live, kind, body):
    q = await _open(client, live, kind)
    r = await answer(client, live.room, q["id"], 1, **body)
    assert r.status_code == 422, r.text
    assert r.json()["error"] == "validation_error"
    assert (await _read(client, live, q["id"]))["answer_count"] == 0


async def test_multiple_choice_takes_distinct_options(client, cycle, live):
    added = await client.post(
        f"{live.room_url}/questions",
        json={"kind": "multiple_choice", "prompt": "Vilka?", "options": ["A", "B", "C"]},
        headers=live.trainer,
    )
    q = added.json()
    await client.post(f"/api/v1/live/questions/{q['id']}/open", headers=live.trainer)
    assert (await answer(client, live.room, q["id"], 1, choices=[0, 0])).status_code == 422
    assert (await answer(client, live.room, q["id"], 1, choices=[])).status_code == 422
    assert (await answer(client, live.room, q["id"], 1, choices=[3])).status_code == 422
    await answer_all(client, live.room, q["id"], [{"choices": [2, 0]}] * 4 + [{"choices": [1]}])
    results = (await _read(client, live, q["id"]))["results"]
    assert results["distribution"] == [
        {"label": "A", "count": 4},
        {"label": "B", "count": 1},
        {"label": "C", "count": 4},
    ]


async def test_a_question_not_open_takes_no_answers(client, live):
    q = question_of(live.room, "scale")
    r = await answer(client, live.room, q["id"], 1, value=3)
    assert r.status_code == 409 and r.json()["error"] == "question_not_open"
    other_room_question = 2_000_000
    r = await answer(client, live.room, other_room_question, 1, value=3)
    assert r.status_code == 404


async def test_results_are_withheld_until_k_answers(client, live, settings):
    assert settings.live_min_answers == 5
    q = await _open(client, live, "scale")
    await answer(client, live.room, q["id"], 99, skipped=True)  # skips never count towards k
    for n, value in enumerate((5, 4, 4, 2)):
        await answer(client, live.room, q["id"], n, value=value)
        read = await _read(client, live, q["id"])
        assert read["answer_count"] == n + 1 and read["results"] is None
    await answer(client, live.room, q["id"], 4, value=5)
    results = (await _read(client, live, q["id"]))["results"]
    assert [d["count"] for d in results["distribution"]] == [0, 1, 0, 2, 2]
    assert [d["label"] for d in results["distribution"]] == ["1", "2", "3", "4", "5"]
    assert results["mean"] == 4.0


async def test_word_cloud_counts_words_together(client, live):
    q = await _open(client, live, "word_cloud")
    words = ["Trygghet", "trygghet!", "  TRYGGHET ", "öppenhet", "Respekt", "respekt"]
    await answer_all(client, live.room, q["id"], [{"text": w} for w in words])
    results = (await _read(client, live, q["id"]))["results"]
    assert results["words"] == [
        {"word": "trygghet", "count": 3},
        {"word": "respekt", "count": 2},
        {"word": "öppenhet", "count": 1},
    ]


async def test_free_text_in_a_random_order_that_stays_put_and_hidden_answers(client, live):
    q = await _open(client, live, "open_text")
    texts = [f"Svar nummer {i}" for i in range(8)]
    await answer_all(client, live.room, q["id"], [{"text": t} for t in texts])
    shown = (await _read(client, live, q["id"]))["results"]["texts"]
    assert sorted(t["text"] for t in shown) == sorted(texts)
    order = [t["text"] for t in shown]
    assert order != texts  # 1 in 40,320 to fail by chance, with random ids
    await answer(client, live.room, q["id"], 50, text="Ett till")
    again = [t["text"] for t in (await _read(client, live, q["id"]))["results"]["texts"]]
    assert [t for t in again if t != "Ett till"] == order
    hidden = shown[0]
    r = await client.post(
        f"/api/v1/live/questions/{q['id']}/texts/{hidden['id']}/visibility",
        json={"hidden": True},
        headers=live.trainer,
    )
    assert r.status_code == 200
    after = (await _read(client, live, q["id"]))["results"]["texts"]
    assert next(t for t in after if t["id"] == hidden["id"])["hidden"] is True


async def test_answering_costs_a_fixed_number_of_queries(client, live, queries, connection):
    # PostgreSQL writes an answer in one statement; SQLite in two, and two more for text (its
    # text set read locked and written back).
    postgres = connection.dialect.name == "postgresql"
    for kind, fields, expected in (
        ("scale", {"value": 3}, 3 if postgres else 4),
        ("open_text", {"text": "Ja"}, 3 if postgres else 6),
    ):
        q = await _open(client, live, kind)
        queries.statements.clear()
        queries.active = True
        r = await answer(client, live.room, q["id"], 1, **fields)
        queries.active = False
        assert r.status_code == 201
        # room by code (with its day and organisation), the question, then the write
        assert queries.count == expected, queries.statements


async def test_a_lone_surrogate_in_a_free_text_answer_is_422_and_nothing_is_stored(client, live):
    """JSON's "\\ud800" escape decodes to a lone surrogate that the database driver cannot encode:
    the answer was a 500 that reset the phone's keep-alive connection. It is a 422 now."""
    q = await _open(client, live, "open_text")
    # json.dumps writes the surrogate as the escape "\\ud800", as JSON.stringify would.
    body = json.dumps({"question_id": q["id"], "device_token": device(1), "text": "a\ud800b"})
    r = await client.post(
        f"/api/v1/participate/{live.room['join_code']}/answers",
        content=body,
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 422
    assert r.json()["error"] == "validation_error"
    assert [e["loc"] for e in r.json()["detail"]] == [["body", "text"]]
    # The same device may still answer, with text that is text.
    assert (await answer(client, live.room, q["id"], 1, text="a😀b")).status_code == 201
    read = await _read(client, live, q["id"])
    assert read["answer_count"] == 1
