"""Opening a room for a training day and running its questions."""

from __future__ import annotations

from tests.conftest import QueryCounter
from tests.factories import bearer_for
from tests.helpers import answer, answer_all, open_live_room, question_of


async def test_a_room_copies_the_days_exercises_and_the_evaluation(client, live):
    room = live.room
    exercises = [q for q in room["questions"] if q["purpose"] == "exercise"]
    evaluation = [q for q in room["questions"] if q["purpose"] == "evaluation"]
    assert exercises and all(q["moment"] == 2 for q in exercises)
    assert len(evaluation) == 5 and all(q["moment"] is None for q in evaluation)
    assert [q["position"] for q in room["questions"]] == list(range(len(room["questions"])))
    assert all(q["state"] == "pending" and q["results"] is None for q in room["questions"])
    assert len(room["join_code"]) == 6 and room["join_url"].endswith(f"/delta/{room['join_code']}")
    assert room["min_answers"] == 5 and room["status"] == "open"
    assert room["evaluation"]["open"] is False


async def test_a_full_day_gets_both_moments_exercises(client, cycle, db, settings, clock):
    trainer = await bearer_for(db, settings, cycle.trainer, clock.now())
    room = await open_live_room(
        client, cycle.certification_id, trainer, date="2026-04-20", moments=[1, 2]
    )
    moments = [q["moment"] for q in room["questions"] if q["purpose"] == "exercise"]
    assert moments == sorted(moments) and set(moments) == {1, 2}


async def test_opening_again_returns_the_same_room(client, live):
    again = await client.post(
        f"/api/v1/training-days/{live.room['training_day_id']}/live-room", headers=live.trainer
    )
    assert again.status_code == 200 and again.json()["id"] == live.room["id"]
    read = await client.get(
        f"/api/v1/training-days/{live.room['training_day_id']}/live-room", headers=live.trainer
    )
    assert read.status_code == 200 and read.json()["join_code"] == live.room["join_code"]


async def test_a_cancelled_day_gets_no_room(client, cycle, live):
    day = await client.post(
        f"/api/v1/certifications/{cycle.certification_id}/training-days",
        json={"date": "2026-05-04", "moments": [3]},
        headers=live.trainer,
    )
    day_id = day.json()["day"]["id"]
    await client.post(
        f"/api/v1/training-days/{day_id}/cancel", json={"reason": "Sjuk"}, headers=live.trainer
    )
    r = await client.post(f"/api/v1/training-days/{day_id}/live-room", headers=live.trainer)
    assert r.status_code == 409 and r.json()["error"] == "training_day_cancelled"
    none = await client.get(f"/api/v1/training-days/{day_id}/live-room", headers=live.trainer)
    assert none.status_code == 404


async def test_opening_a_question_closes_the_one_before(client, live):
    first, second = [q for q in live.room["questions"] if q["purpose"] == "exercise"][:2]
    r = await client.post(f"/api/v1/live/questions/{first['id']}/open", headers=live.trainer)
    assert r.json()["current_question_id"] == first["id"]
    r = await client.post(f"/api/v1/live/questions/{second['id']}/open", headers=live.trainer)
    states = {q["id"]: q["state"] for q in r.json()["questions"]}
    assert r.json()["current_question_id"] == second["id"]
    assert states[first["id"]] == "closed" and states[second["id"]] == "open"
    # Going back shows the earlier question without opening it again.
    r = await client.post(
        f"{live.room_url}/show", json={"question_id": first["id"]}, headers=live.trainer
    )
    states = {q["id"]: q["state"] for q in r.json()["questions"]}
    assert r.json()["current_question_id"] == first["id"] and states[first["id"]] == "closed"
    assert states[second["id"]] == "open"


async def test_a_closed_question_takes_no_answers(client, live):
    q = question_of(live.room, "scale")
    await client.post(f"/api/v1/live/questions/{q['id']}/open", headers=live.trainer)
    assert (await answer(client, live.room, q["id"], 1, value=3)).status_code == 201
    await client.post(f"/api/v1/live/questions/{q['id']}/close", headers=live.trainer)
    late = await answer(client, live.room, q["id"], 2, value=3)
    assert late.status_code == 409 and late.json()["error"] == "question_not_open"


async def test_results_can_be_hidden_from_the_projector(client, live):
    q = question_of(live.room, "scale")
    r = await client.post(
        f"/api/v1/live/questions/{q['id']}/results-visibility",
        json={"show": False},
        headers=live.trainer,
    )
    assert next(x for x in r.json()["questions"] if x["id"] == q["id"])["show_results"] is False


async def test_the_trainer_adds_edits_and_removes_questions_of_the_day(client, live):
    added = await client.post(
        f"{live.room_url}/questions",
        json={"kind": "single_choice", "prompt": "Vem bestämmer?", "options": ["Chefen", "Alla"]},
        headers=live.trainer,
    )
    assert added.status_code == 201, added.text
    question = added.json()
    assert question["position"] == len(live.room["questions"]) and question["moment"] == 2
    url = f"/api/v1/live/questions/{question['id']}"
    edited = await client.patch(
        url,
        json={"version": question["version"], "prompt": "Vem bestämmer här?"},
        headers=live.trainer,
    )
    assert edited.status_code == 200, edited.text
    stale = await client.patch(
        url, json={"version": question["version"], "prompt": "X"}, headers=live.trainer
    )
    assert stale.status_code == 409 and stale.json()["error"] == "version_conflict"
    assert (await client.delete(url, headers=live.trainer)).status_code == 204
    room = (await client.get(live.room_url, headers=live.trainer)).json()
    assert question["id"] not in {q["id"] for q in room["questions"]}


async def test_an_exercise_written_for_the_day_takes_one_of_its_moments(
    client, cycle, db, settings, clock
):
    trainer = await bearer_for(db, settings, cycle.trainer, clock.now())
    room = await open_live_room(
        client, cycle.certification_id, trainer, date="2026-04-20", moments=[2, 3]
    )
    url = f"/api/v1/live/rooms/{room['id']}/questions"
    body = {"kind": "word_cloud", "prompt": "Ett ord?"}
    assert (await client.post(url, json=body, headers=trainer)).json()["moment"] == 2
    third = await client.post(url, json=body | {"moment": 3}, headers=trainer)
    assert third.json()["moment"] == 3
    wrong = await client.post(url, json=body | {"moment": 1}, headers=trainer)
    assert wrong.status_code == 422 and wrong.json()["detail"][0]["type"] == "moment_not_of_day"
    evaluation = await client.post(url, json=body | {"purpose": "evaluation"}, headers=trainer)
    assert evaluation.json()["moment"] is None


async def test_bad_options_are_refused(client, live):
    for body in (
        {"kind": "single_choice", "prompt": "Bara ett?", "options": ["Ja"]},
        {"kind": "single_choice", "prompt": "Dubbel?", "options": ["Ja", "Ja"]},
        {"kind": "scale", "prompt": "Tre ändar?", "options": ["a", "b", "c"]},
        {"kind": "open_text", "prompt": "Med alternativ?", "options": ["a", "b"]},
    ):
        r = await client.post(f"{live.room_url}/questions", json=body, headers=live.trainer)
        assert r.status_code == 422 and r.json()["detail"][0]["type"] == "options_invalid", body


async def test_an_answered_question_can_no_longer_change(client, live):
    q = question_of(live.room, "scale")
    await client.post(f"/api/v1/live/questions/{q['id']}/open", headers=live.trainer)
    await answer_all(client, live.room, q["id"], [{"value": 4}])
    room = (await client.get(live.room_url, headers=live.trainer)).json()
    version = next(x for x in room["questions"] if x["id"] == q["id"])["version"]
    url = f"/api/v1/live/questions/{q['id']}"
    r = await client.patch(url, json={"version": version, "prompt": "Ny"}, headers=live.trainer)
    assert r.status_code == 409 and r.json()["error"] == "question_answered"
    r = await client.delete(url, headers=live.trainer)
    assert r.status_code == 409 and r.json()["error"] == "question_answered"


async def test_closing_the_room_ends_the_session(client, live):
    q = question_of(live.room, "scale")
    await client.post(f"/api/v1/live/questions/{q['id']}/open", headers=live.trainer)
    r = await client.post(f"{live.room_url}/close", headers=live.trainer)
    assert r.json()["status"] == "closed"
    assert all(x["state"] != "open" for x in r.json()["questions"])
    late = await answer(client, live.room, q["id"], 1, value=2)
    assert late.status_code == 409 and late.json()["error"] == "room_closed"
    reopen = await client.post(f"/api/v1/live/questions/{q['id']}/open", headers=live.trainer)
    assert reopen.status_code == 409 and reopen.json()["error"] == "room_closed"
    # Nothing new goes on the projector, and no question is added, until it is opened again.
    shown = await client.post(
        f"{live.room_url}/show", json={"question_id": q["id"]}, headers=live.trainer
    )
    assert shown.status_code == 409 and shown.json()["error"] == "room_closed"
    added = await client.post(
        f"{live.room_url}/questions",
        json={"purpose": "evaluation", "kind": "open_text", "prompt": "Något mer?", "options": []},
        headers=live.trainer,
    )
    assert added.status_code == 409 and added.json()["error"] == "room_closed"
    seen = (await client.get(f"/api/v1/participate/{live.room['join_code']}")).json()
    assert seen["status"] == "closed" and seen["question"] is None
    # Ended by mistake: the trainer opens it again; no question reopens by itself.
    again = await client.post(f"{live.room_url}/reopen", headers=live.trainer)
    assert again.json()["status"] == "open"
    assert all(x["state"] != "open" for x in again.json()["questions"])
    assert (
        await client.post(f"/api/v1/live/questions/{q['id']}/open", headers=live.trainer)
    ).status_code == 200
    assert (await answer(client, live.room, q["id"], 1, value=2)).status_code == 201


async def test_the_qr_code_encodes_the_join_address(client, live):
    r = await client.get(f"{live.room_url}/qr.svg", headers=live.trainer)
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    assert r.text.lstrip().startswith("<?xml") and "<svg" in r.text


async def test_reading_a_room_costs_the_same_queries_whatever_its_answers(
    client, live, queries: QueryCounter
):
    q = question_of(live.room, "open_text")
    await client.post(f"/api/v1/live/questions/{q['id']}/open", headers=live.trainer)

    async def count() -> int:
        queries.statements.clear()
        queries.active = True
        r = await client.get(live.room_url, headers=live.trainer)
        queries.active = False
        assert r.status_code == 200
        return queries.count

    few = await count()
    await answer_all(client, live.room, q["id"], [{"text": f"Svar {i}"} for i in range(12)])
    # principal (1), room (1), day (1), certification + trainers (2), questions, counts, answers
    assert few == await count() - 1 == 7


async def test_the_room_and_its_questions_offer_what_their_state_allows(client, live):
    assert live.room["allowed_actions"] == [
        "live-room:open_question",
        "live-room:show_question",
        "live-room:add_question",
        "live-room:close",
    ]
    q = question_of(live.room, "scale")
    assert {x["allowed_actions"][0] for x in live.room["questions"]} == {"live-question:open"}
    r = await client.post(f"/api/v1/live/questions/{q['id']}/open", headers=live.trainer)
    opened = next(x for x in r.json()["questions"] if x["id"] == q["id"])
    assert opened["allowed_actions"] == ["live-question:close"]
    r = await client.post(f"{live.room_url}/close", headers=live.trainer)
    assert r.json()["allowed_actions"] == ["live-room:reopen"]
    closed = next(x for x in r.json()["questions"] if x["id"] == q["id"])
    assert closed["allowed_actions"] == ["live-question:open"]  # once the room is open again
