"""The day's evaluation: in the room, then by its link for a week; results across days."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import httpx

from tests.factories import bearer_for
from tests.helpers import device, open_live_room
from tests.live.conftest import Live


async def _open_evaluation(
    client: httpx.AsyncClient, live: Live, room: dict[str, Any] | None = None
) -> dict[str, Any]:
    room = room or live.room
    r = await client.post(
        f"/api/v1/live/rooms/{room['id']}/evaluation", json={"open": True}, headers=live.trainer
    )
    assert r.status_code == 200, r.text
    opened: dict[str, Any] = r.json()
    return opened


async def _submit(
    client: httpx.AsyncClient, code: str, n: int, values: dict[int, dict[str, Any]]
) -> httpx.Response:
    body = {
        "device_token": device(n),
        "answers": [{"question_id": qid, **fields} for qid, fields in values.items()],
    }
    return await client.post(f"/api/v1/evaluations/{code}/answers", json=body)


def _questions(room: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    evaluation = [q for q in room["questions"] if q["purpose"] == "evaluation"]
    return [q for q in evaluation if q["kind"] == "scale"], [
        q for q in evaluation if q["kind"] == "open_text"
    ]


async def test_the_evaluation_opens_in_the_room_and_by_link_for_seven_days(client, live, clock):
    before = await client.get(f"/api/v1/evaluations/{live.room['evaluation']['code']}")
    assert before.status_code == 410 and before.json()["error"] == "evaluation_closed"
    room = await _open_evaluation(client, live)
    code = room["evaluation"]["code"]
    assert room["evaluation"]["open"] and room["evaluation"]["url"].endswith(
        f"/delta/utvardering/{code}"
    )
    seen = (await client.get(f"/api/v1/participate/{room['join_code']}")).json()
    assert seen["evaluation"] == {"code": code}
    form = (await client.get(f"/api/v1/evaluations/{code}")).json()
    assert len(form["questions"]) == 5 and form["title"].startswith("Alfa kommun")
    # The room can end; the link stays open for the days after.
    await client.post(f"{live.room_url}/close", headers=live.trainer)
    clock.advance(dt.timedelta(days=6, hours=23))
    assert (await client.get(f"/api/v1/evaluations/{code}")).status_code == 200
    clock.advance(dt.timedelta(hours=2))
    late = await client.get(f"/api/v1/evaluations/{code}")
    assert late.status_code == 410
    assert (
        await _submit(client, code, 1, {form["questions"][0]["id"]: {"value": 3}})
    ).status_code == 410


async def test_a_submission_is_all_or_nothing_and_once_per_device(client, live):
    room = await _open_evaluation(client, live)
    code = room["evaluation"]["code"]
    scales, texts = _questions(room)
    answers: dict[int, dict[str, Any]] = {
        scales[0]["id"]: {"value": 4},
        texts[0]["id"]: {"text": "Bra dag"},
    }
    assert (await _submit(client, code, 1, answers)).json() == {"recorded": 2}
    again = await _submit(client, code, 1, {scales[1]["id"]: {"value": 2}, **answers})
    assert again.status_code == 409 and again.json()["error"] == "already_answered"
    room = (await client.get(live.room_url, headers=live.trainer)).json()
    counts = {q["id"]: q["answer_count"] for q in room["questions"]}
    assert counts[scales[1]["id"]] == 0  # the refused submission left nothing behind
    exercise = next(q for q in room["questions"] if q["purpose"] == "exercise")
    wrong = await _submit(client, code, 2, {exercise["id"]: {"skipped": True}})
    assert wrong.status_code == 422 and wrong.json()["detail"][0]["type"] == "answer_invalid"
    closed = await client.post(
        f"{live.room_url}/evaluation", json={"open": False}, headers=live.trainer
    )
    assert closed.json()["evaluation"]["open"] is False
    assert (await _submit(client, code, 3, answers)).status_code == 410


async def _day_with_answers(
    client: httpx.AsyncClient, live: Live, date: str, moments: list[int], values: list[int]
) -> dict[str, Any]:
    room = await open_live_room(
        client, live.cycle.certification_id, live.trainer, date=date, moments=moments
    )
    room = await _open_evaluation(client, live, room)
    scales, texts = _questions(room)
    for n, value in enumerate(values):
        fields: dict[int, dict[str, Any]] = {
            scales[0]["id"]: {"value": value},
            texts[0]["id"]: {"text": f"{date} svar {n}"},
        }
        r = await _submit(client, room["evaluation"]["code"], n, fields)
        assert r.status_code == 201, r.text
    return room


async def test_results_across_days_leave_out_days_below_the_threshold(client, live, queries):
    await _day_with_answers(client, live, "2026-03-24", [3], [5, 5, 4, 4, 3])
    small = await _day_with_answers(client, live, "2026-02-20", [1], [1, 1, 1, 1])
    queries.active = True
    r = await client.get(
        "/api/v1/evaluation-results",
        params={"certification_id": live.cycle.certification_id},
        headers=live.trainer,
    )
    queries.active = False
    assert r.status_code == 200, r.text
    body = r.json()
    first = body["questions"][0]
    assert first["prompt"] == "Hur nöjd är du med dagen som helhet?"
    assert (first["days"], first["answer_count"], first["mean"]) == (1, 5, 4.2)
    assert not first["withheld"] and [d["count"] for d in first["distribution"]] == [0, 0, 1, 2, 2]
    assert body["days"] == 3 and body["min_answers"] == 5  # the room of `live` has no answers
    free_text = next(q for q in body["questions"] if q["kind"] == "open_text")
    assert len(free_text["texts"]) == 5 and not any("2026-02-20" in t for t in free_text["texts"])
    # principal, certification + its trainers, questions, counts, answers: whatever the days
    assert queries.count == 6, queries.statements
    # Only the small day: withheld, nothing shown.
    only_small = await client.get(
        "/api/v1/evaluation-results",
        params={"training_day_id": small["training_day_id"]},
        headers=live.trainer,
    )
    q = only_small.json()["questions"][0]
    assert q["withheld"] and q["distribution"] == [] and q["mean"] is None
    assert q["answer_count"] == 4  # how many answered is no secret; what they answered is
    assert q["key"] == first["key"] and first["key"].startswith("template-")
    assert body["day_dates"] == ["2026-02-20", "2026-03-10", "2026-03-24"]
    by_moment = await client.get(
        "/api/v1/evaluation-results", params={"moment": 3}, headers=live.trainer
    )
    assert by_moment.json()["days"] == 1


async def test_other_trainers_see_nothing_of_it(client, live, db, settings, clock):
    await _day_with_answers(client, live, "2026-03-24", [3], [5, 5, 4, 4, 3])
    other = await bearer_for(db, settings, live.cycle.other_trainer, clock.now())
    r = await client.get("/api/v1/evaluation-results", headers=other)
    assert r.json()["days"] == 0 and r.json()["questions"] == []
    auditor = await bearer_for(db, settings, live.cycle.auditor, clock.now())
    assert (await client.get("/api/v1/evaluation-results", headers=auditor)).json()["days"] == 2


async def test_the_csv_export_opens_in_a_swedish_spreadsheet(client, live):
    room = await _day_with_answers(client, live, "2026-03-24", [3], [5, 5, 4, 4, 3])
    _scales, texts = _questions(room)
    r = await _submit(
        client, room["evaluation"]["code"], 77, {texts[1]["id"]: {"text": '=HYPERLINK("x")'}}
    )
    assert r.status_code == 201
    r = await client.get("/api/v1/evaluation-results.csv", headers=live.trainer)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    assert r.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:6] == ["Fråga", "Typ", "Dagar", "Svar", "Hoppade över", "Medel"]
    satisfied = next(row for row in rows if row[0] == "Hur nöjd är du med dagen som helhet?")
    # Device 77 left this question out, which counts as skipping it.
    assert satisfied[1:6] == ["skala 1–5", "1", "5", "1", "4,20"]
    # Below the threshold the second free-text question is withheld, formula or not.
    assert not any(cell.startswith("=") for row in rows for cell in row)


async def test_a_lone_surrogate_in_an_evaluation_text_is_422_and_nothing_is_stored(client, live):
    """An evaluation's free text with a lone surrogate ("\\ud800" in JSON) was a 500: the driver
    cannot encode it. It is a 422 at that answer's text, and no answer of the submission counts."""
    room = await _open_evaluation(client, live)
    code = room["evaluation"]["code"]
    scales, texts = _questions(room)
    answers = [
        {"question_id": scales[0]["id"], "value": 4},
        {"question_id": texts[0]["id"], "text": "bra\ud800dag"},
    ]
    body = json.dumps({"device_token": device(1), "answers": answers})  # "\\ud800" in the JSON
    r = await client.post(
        f"/api/v1/evaluations/{code}/answers",
        content=body,
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 422
    assert r.json()["error"] == "validation_error"
    assert [e["loc"] for e in r.json()["detail"]] == [["body", "answers", 1, "text"]]
    ok = await _submit(
        client, code, 1, {scales[0]["id"]: {"value": 4}, texts[0]["id"]: {"text": "bra dag"}}
    )
    assert ok.status_code == 201, ok.text
