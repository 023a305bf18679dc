"""Whatever a client sends, the answer is a clear 4xx with an error code, never a 500, and nothing
changes. Every JSON field of every write endpoint gets wrong types, NUL bytes, lone surrogates and
1 MB strings; every string anywhere in a request body gets a lone surrogate."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import func, select

from backend.models import (
    AcceptedTerm,
    ActionPlanVersion,
    AuditEvent,
    Certificate,
    Certification,
    Document,
    FollowUp,
    Organisation,
    OutboxMessage,
    PlanComment,
    TrainingDay,
    User,
    WorkingSession,
)
from tests.factories import bearer_for
from tests.helpers import issue_certificate_directly

MEGABYTE = "x" * (1024 * 1024)
# Invalid for every field: each must be refused with a 4xx and change nothing.
# "a\ud800b" is a lone surrogate: JSON's "\ud800" escape decodes to one, no driver can store it.
INVALID_VALUES: list[Any] = [[], {}, 12345678901234567890, "a\x00b", "\x00", "a\ud800b", MEGABYTE]
# Valid for some fields (a name may well contain quotes): these must merely never cause a 500.
AWKWARD_VALUES: list[Any] = [None, -1, True, "' OR 1=1 --", "<script>alert(1)</script>", "😀" * 50]


def _json_operations(app: Any) -> list[tuple[str, str, list[str]]]:
    schema = app.openapi()
    found = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            content = operation.get("requestBody", {}).get("content", {})
            ref = content.get("application/json", {}).get("schema", {}).get("$ref")
            if ref:
                component = schema["components"]["schemas"][ref.rsplit("/", 1)[1]]
                found.append((method.upper(), path, list(component["properties"])))
    return found


async def _send_json(client, method: str, url: str, body: Any, headers: dict[str, str]):
    # json.dumps escapes a lone surrogate as "\ud800", as a JavaScript client's JSON.stringify
    # does; httpx's own encoder would refuse to send it.
    return await client.request(
        method,
        url,
        content=json.dumps(body),
        headers={**headers, "Content-Type": "application/json"},
    )


async def _state(db) -> tuple[int, ...]:
    tables = (
        User,
        Organisation,
        OutboxMessage,
        Certification,
        TrainingDay,
        WorkingSession,
        ActionPlanVersion,
        PlanComment,
        Certificate,
        Document,
        AcceptedTerm,
    )
    return tuple([await db.scalar(select(func.count()).select_from(model)) for model in tables])


async def _path_values(client, cycle, headers, db, now) -> dict[str, Any]:
    base = f"/api/v1/certifications/{cycle.certification_id}"
    day = await client.post(
        f"{base}/training-days", json={"date": "2026-02-01", "moments": [1]}, headers=headers
    )
    session = await client.post(
        f"{base}/sessions", json={"kind": "workshop", "date": "2026-04-01"}, headers=headers
    )
    room = await client.post(
        f"/api/v1/training-days/{day.json()['day']['id']}/live-room", headers=headers
    )
    certificate = await issue_certificate_directly(db, cycle, now)
    follow_up_id = await db.scalar(
        select(FollowUp.id).where(FollowUp.certificate_id == certificate.id)
    )
    return {
        "follow_up_id": follow_up_id,
        "certificate_id": certificate.id,
        "review_id": 999_999,  # a review that does not exist: the body must still be refused
        "organisation_id": cycle.org_a.id,
        "user_id": cycle.trainer.id,
        "token": "t" * 43,
        "certification_id": cycle.certification_id,
        "day_id": day.json()["day"]["id"],
        "session_id": session.json()["id"],
        "moment": 1,
        "room_id": room.json()["id"],
        # A choice question and template: an empty list of options is invalid for them.
        "question_id": next(
            q["id"] for q in room.json()["questions"] if q["kind"] == "single_choice"
        ),
        "text_id": "0" * 32,
        "join_code": room.json()["join_code"],
        "evaluation_code": room.json()["evaluation"]["code"],
        "template_id": 3,
        "result_id": 999_999,
        # Documents that do not exist: a bad body is refused before anything is looked up.
        "document_id": 999_999,
        "version_id": 999_999,
        "finding_id": 999_999,
        "term_id": 999_999,
    }


async def test_hostile_json_fields_never_500(app, client, cycle, db, settings, clock):
    world = cycle
    headers = await bearer_for(db, settings, world.admin, clock.now())
    values = await _path_values(client, cycle, headers, db, clock.now())
    operations = _json_operations(app)
    assert len(operations) >= 20
    before = await _state(db)
    for method, path, fields in operations:
        url = path.format(**values)
        for field in fields:
            for value in INVALID_VALUES:
                response = await _send_json(client, method, url, {field: value}, headers)
                assert 400 <= response.status_code < 500, (method, path, field, response.text[:200])
                assert "error" in response.json()
    assert await _state(db) == before
    for method, path, fields in operations:
        if path.endswith("/password"):
            continue  # a valid change would end the session the loop uses
        url = path.format(**values)
        for field in fields:
            for value in AWKWARD_VALUES:
                response = await _send_json(client, method, url, {field: value}, headers)
                assert response.status_code < 500, (method, path, field, repr(value), response.text)


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"", b"[]", b'"a string"', b"\x00\x01\x02", b'{"name": "\\u0000"}', b"null"],
)
async def test_malformed_bodies(client, world, db, settings, clock, body):
    headers = await bearer_for(db, settings, world.admin, clock.now())
    headers["Content-Type"] = "application/json"
    response = await client.post("/api/v1/organisations", content=body, headers=headers)
    assert response.status_code == 422
    assert response.json()["error"] == "validation_error"


async def test_oversized_body_is_413(client, world, db, settings, clock):
    headers = await bearer_for(db, settings, world.admin, clock.now())
    response = await client.post(
        "/api/v1/organisations", json={"name": "x" * (3 * 1024 * 1024)}, headers=headers
    )
    assert response.status_code == 413
    assert response.json()["error"] == "payload_too_large"


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/organisations/99999999999999999999",
        "/api/v1/organisations/-1",
        "/api/v1/organisations/abc",
        "/api/v1/organisations?page=0",
        "/api/v1/organisations?page_size=100000",
        "/api/v1/organisations?q=%00",
        "/api/v1/organisations?q=" + "x" * 5000,
        "/api/v1/organisations?sector=church",
        "/api/v1/users/99999999999",
        "/api/v1/audit-events?action=nope",
    ],
)
async def test_hostile_paths_and_queries(client, world, db, settings, clock, url):
    headers = await bearer_for(db, settings, world.admin, clock.now())
    response = await client.get(url, headers=headers)
    assert 400 <= response.status_code < 500, response.text
    assert "error" in response.json()


@pytest.mark.parametrize(
    "form",
    [
        {"username": "a\x00b@example.se", "password": "x"},
        {"username": "x" * 300, "password": "x"},
        {"username": "a@example.se", "password": "x" * 200},
        {"username": "a@example.se"},
        {},
    ],
)
async def test_hostile_login_forms(client, form):
    response = await client.post("/api/v1/auth/login", data=form)
    assert response.status_code in {401, 422}
    assert "error" in response.json()


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        # Invalid UTF-8 (a surrogate's bytes) percent-encoded, and raw in a multipart form.
        (
            "application/x-www-form-urlencoded",
            b"username=a%ED%A0%80b%40example.se&password=x%ED%A0%80",
        ),
        (
            "application/x-www-form-urlencoded",
            b"username=a%0D%0ABcc%3A%20x%40example.se&password=x",
        ),
        (
            "multipart/form-data; boundary=b",
            b"--b\r\nContent-Disposition: form-data; name=username\r\n\r\na\xed\xa0\x80@example.se"
            b"\r\n--b\r\nContent-Disposition: form-data; name=password\r\n\r\nx\xed\xa0\x80y"
            b"\r\n--b--\r\n",
        ),
    ],
)
async def test_hostile_text_in_login_forms(client, content_type, body):
    response = await client.post(
        "/api/v1/auth/login", content=body, headers={"Content-Type": content_type}
    )
    assert response.status_code in {401, 422}, response.text
    assert "error" in response.json()


HOSTILE_QUERY_TEXT = ["a%ED%A0%80b", "%ED%A0%80", "%0D%0ABcc%3A%20x", "%00", "%FF%FE", "%5Cud800"]


async def test_hostile_text_in_every_query_parameter_never_500(
    app, client, cycle, db, settings, clock
):
    """A query string cannot carry a lone surrogate (its bytes decode to replacement
    characters), but every query parameter of every operation gets those bytes, line breaks and
    NUL: never 5xx."""
    headers = await bearer_for(db, settings, cycle.admin, clock.now())
    values = await _path_values(client, cycle, headers, db, clock.now())
    tried = 0
    for path, operations in app.openapi()["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                if parameter["in"] != "query":
                    continue
                for text in HOSTILE_QUERY_TEXT:
                    url = f"{path.format(**values)}?{parameter['name']}={text}"
                    response = await client.request(method, url, headers=headers)
                    assert response.status_code < 500, (url, response.text[:200])
                    tried += 1
    assert tried >= 50


async def test_hostile_tokens_in_paths(client):
    for token in ["%00", "x" * 500, "..%2F..%2Fetc%2Fpasswd", "a%00b"]:
        response = await client.get(f"/api/v1/auth/invitations/{token}")
        assert response.status_code in {404, 422}


async def test_failed_requests_write_no_audit_rows(client, world, db, settings, clock):
    headers = await bearer_for(db, settings, world.admin, clock.now())
    before = await db.scalar(select(func.count(AuditEvent.id)))
    await client.post("/api/v1/organisations", json={"name": "\x00"}, headers=headers)
    assert await db.scalar(select(func.count(AuditEvent.id))) == before


# --- lone surrogates in every string of every request body ------------------------------------

LONE_SURROGATE = "a\ud800b"


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    return node


def _string_places(
    schema: dict[str, Any], node: dict[str, Any], path: tuple[Any, ...], seen: frozenset[str]
) -> list[tuple[tuple[Any, ...], str]]:
    """Every place in a body where a client can put text: ``(path, "value")`` for a string
    value, ``(path, "key")`` for an object at ``path`` that a client could give a key of its own."""
    ref = node.get("$ref")
    if ref in seen:
        return []
    seen = seen | {ref} if ref else seen
    node = _resolve(schema, node)
    places: list[tuple[tuple[Any, ...], str]] = []
    for variant in node.get("anyOf", []) + node.get("oneOf", []) + node.get("allOf", []):
        places += _string_places(schema, variant, path, seen)
    kind = node.get("type")
    if kind == "string" and node.get("format") != "binary":
        places.append((path, "value"))
    if kind == "object" or "properties" in node:
        places.append((path, "key"))
        for name, child in node.get("properties", {}).items():
            places += _string_places(schema, child, (*path, name), seen)
        if isinstance(node.get("additionalProperties"), dict):
            places += _string_places(schema, node["additionalProperties"], (*path, "k"), seen)
    if kind == "array" and "items" in node:
        places += _string_places(schema, node["items"], (*path, 0), seen)
    return list(dict.fromkeys(places))


def _body_with(path: tuple[Any, ...], leaf: Any) -> Any:
    if not path:
        return leaf
    head, rest = path[0], path[1:]
    return [_body_with(rest, leaf)] if isinstance(head, int) else {head: _body_with(rest, leaf)}


def _request_bodies(app: Any) -> list[tuple[str, str, str, dict[str, Any]]]:
    schema = app.openapi()
    found = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for media_type, content in operation.get("requestBody", {}).get("content", {}).items():
                found.append((method.upper(), path, media_type, content["schema"]))
    return found


async def test_a_lone_surrogate_in_any_string_of_any_request_body_is_422(
    app, client, cycle, db, settings, clock
):
    """A lone surrogate ("a\\ud800b", which JSON's "\\ud800" escape decodes to) once reached the
    database driver, which cannot encode it: 500 and a reset keep-alive connection. Every string of
    every request body, however deep, and every key a client chooses, must be refused with a 422 at
    that place, so a new field cannot forget it."""
    headers = await bearer_for(db, settings, cycle.admin, clock.now())
    values = await _path_values(client, cycle, headers, db, clock.now())
    schema = app.openapi()
    before = await _state(db)
    tried = 0
    for method, path, media_type, body_schema in _request_bodies(app):
        url = path.format(**values)
        for place, what in _string_places(schema, body_schema, (), frozenset()):
            if media_type != "application/json":
                # Forms cannot carry a lone surrogate: the server decodes them with replacement
                # characters (see test_hostile_login_forms); the JSON bodies are the risk.
                continue
            if what == "value":
                body = _body_with(place, LONE_SURROGATE)
            else:
                body = _body_with(place, {LONE_SURROGATE: "x"})
            response = await _send_json(client, method, url, body, headers)
            where = (method, path, place, what, response.text[:300])
            assert response.status_code == 422, where
            assert response.json()["error"] == "validation_error", where
            if what == "value":
                locs = [tuple(error["loc"]) for error in response.json()["detail"]]
                assert any(loc[: len(place) + 1] == ("body", *place) for loc in locs), where
            tried += 1
    assert tried >= 100
    assert await _state(db) == before


async def test_hostile_text_in_every_string_path_parameter_never_500(
    app, client, cycle, db, settings, clock
):
    """Codes, tokens and numbers in paths get surrogate bytes, line breaks and NUL: never 5xx."""
    headers = await bearer_for(db, settings, cycle.admin, clock.now())
    values = await _path_values(client, cycle, headers, db, clock.now())
    values |= {"kind": "training-day", "event_id": values["day_id"], "number": "JAM-2026-0001"}
    tried = 0
    for path, operations in app.openapi()["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                if parameter["in"] != "path" or parameter["schema"].get("type") != "string":
                    continue
                for text in HOSTILE_QUERY_TEXT:
                    url = path.format(**(values | {parameter["name"]: text}))
                    response = await client.request(method, url, headers=headers)
                    assert response.status_code < 500, (method, url, response.text[:200])
                    tried += 1
    assert tried >= 30


# --- one-line fields ---------------------------------------------------------------------------

INJECTION = "Anna\r\nBcc: evil@example.com"


def _one_line_cases() -> list[tuple[str, str, str, Any, tuple[Any, ...]]]:
    """(who, method, path, body, loc of the one-line field) with INJECTION in that field."""
    org = {
        "name": "Gamma kommun",
        "org_number": "212000-0142",
        "sector": "municipality",
        "contact_name": "Kim Kontakt",
        "contact_email": "kim@example.se",
    }
    day = {"date": "2026-05-04", "moments": [1]}
    return [
        ("admin", "POST", "/api/v1/organisations", {**org, "name": INJECTION}, ("name",)),
        (
            "admin",
            "POST",
            "/api/v1/organisations",
            {**org, "contact_name": INJECTION},
            ("contact_name",),
        ),
        (
            "admin",
            "PATCH",
            "/api/v1/organisations/{organisation_id}",
            {"version": 1, "name": INJECTION},
            ("name",),
        ),
        (
            "admin",
            "POST",
            "/api/v1/organisations/{organisation_id}/invitations",
            {"email": "ny@example.se", "full_name": INJECTION},
            ("full_name",),
        ),
        (
            "admin",
            "POST",
            "/api/v1/users",
            {"email": "ny@example.se", "full_name": INJECTION, "role": "trainer"},
            ("full_name",),
        ),
        ("admin", "PATCH", "/api/v1/users/me", {"full_name": INJECTION}, ("full_name",)),
        (
            "admin",
            "PUT",
            "/api/v1/certifications/{certification_id}/agenda/1",
            [{"kind": "lecture", "title": INJECTION, "duration_minutes": 30}],
            (0, "title"),
        ),
        (
            "admin",
            "POST",
            "/api/v1/certifications/{certification_id}/training-days",
            {**day, "location": INJECTION},
            ("location",),
        ),
        (
            "lead",
            "PUT",
            "/api/v1/certifications/{certification_id}/plan",
            {"base_version": 0, "content": {"goals": [{"id": "g1", "title": INJECTION}]}},
            ("content", "goals", 0, "title"),
        ),
    ]


@pytest.mark.parametrize("case", _one_line_cases(), ids=lambda case: f"{case[2]}:{case[4][-1]}")
@pytest.mark.parametrize("text", [INJECTION, "Anna\tAndersson", "Anna\nAndersson"])
async def test_one_line_fields_refuse_line_breaks_and_tabs(
    client, cycle, db, settings, clock, case, text
):
    """A full name with "\\r\\nBcc: …" was stored and later broke the mail subject it reached:
    names, titles and every other one-line field refuse CR, LF and tab with a 422."""
    who, method, path, body, loc = case
    user = cycle.admin if who == "admin" else cycle.lead_a
    headers = await bearer_for(db, settings, user, clock.now())
    url = path.format(organisation_id=cycle.org_a.id, certification_id=cycle.certification_id)
    body = json.loads(json.dumps(body).replace(json.dumps(INJECTION)[1:-1], json.dumps(text)[1:-1]))
    before = await _state(db)
    response = await client.request(method, url, json=body, headers=headers)
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "validation_error"
    assert [e["loc"] for e in response.json()["detail"]] == [["body", *loc]]
    assert response.json()["detail"][0]["type"] == "control_characters"
    assert await _state(db) == before
