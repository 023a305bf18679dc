"""Whatever a client sends, the answer is a clear 4xx with an error code, never a 500, and nothing
changes. Every JSON field of every write endpoint gets wrong types, NUL bytes and 1 MB strings."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from backend.models import (
    ActionPlanVersion,
    AuditEvent,
    Certificate,
    Certification,
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
INVALID_VALUES: list[Any] = [[], {}, 12345678901234567890, "a\x00b", "\x00", MEGABYTE]
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
                response = await client.request(method, url, json={field: value}, headers=headers)
                assert 400 <= response.status_code < 500, (method, path, field, response.text[:200])
                assert "error" in response.json()
    assert await _state(db) == before
    for method, path, fields in operations:
        if path.endswith("/password"):
            continue  # a valid change would end the session the loop uses
        url = path.format(**values)
        for field in fields:
            for value in AWKWARD_VALUES:
                response = await client.request(method, url, json={field: value}, headers=headers)
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


async def test_hostile_tokens_in_paths(client):
    for token in ["%00", "x" * 500, "..%2F..%2Fetc%2Fpasswd", "a%00b"]:
        response = await client.get(f"/api/v1/auth/invitations/{token}")
        assert response.status_code in {404, 422}


async def test_failed_requests_write_no_audit_rows(client, world, db, settings, clock):
    headers = await bearer_for(db, settings, world.admin, clock.now())
    before = await db.scalar(select(func.count(AuditEvent.id)))
    await client.post("/api/v1/organisations", json={"name": "\x00"}, headers=headers)
    assert await db.scalar(select(func.count(AuditEvent.id))) == before
