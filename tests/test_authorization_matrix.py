"""Every route × every kind of caller. A route missing from MATRIX fails the suite, so a new
endpoint cannot ship without deciding who may call it. docs/permissions.md is the prose of this."""

from __future__ import annotations

from typing import Any

import pytest

from tests.factories import PASSWORD, bearer_for

CALLERS = ["anonymous", "admin", "trainer", "auditor", "lead", "member", "other_org"]
TOKEN = "t" * 43


def _row(
    anonymous: int, admin: int, trainer: int, auditor: int, lead: int, member: int, other_org: int
):
    return dict(
        zip(CALLERS, [anonymous, admin, trainer, auditor, lead, member, other_org], strict=True)
    )


def _everyone(status: int) -> dict[str, int]:
    return dict.fromkeys(CALLERS, status)


def _logged_in(status: int) -> dict[str, int]:
    return _everyone(status) | {"anonymous": 401}


ADMIN_ONLY = _row(401, 200, 403, 403, 403, 403, 403)
ORG_READ = _row(401, 200, 200, 200, 200, 200, 404)
ORG_MANAGE = _row(401, 200, 403, 403, 200, 403, 404)

# (method, path) -> expected status per caller. {organisation_id} is the lead's and member's
# organisation; other_org is the lead of another organisation.
MATRIX: dict[tuple[str, str], dict[str, int]] = {
    ("GET", "/healthz"): _everyone(200),
    ("GET", "/readyz"): _everyone(200),
    ("POST", "/api/v1/auth/login"): _everyone(200),
    ("POST", "/api/v1/auth/refresh"): _everyone(401),  # cookie only; see tests/auth/test_login.py
    ("POST", "/api/v1/auth/logout"): _logged_in(204),
    ("POST", "/api/v1/auth/password-reset"): _everyone(202),
    ("POST", "/api/v1/auth/password-reset/confirm"): _everyone(404),
    ("GET", "/api/v1/auth/invitations/{token}"): _everyone(404),
    ("POST", "/api/v1/auth/invitations/accept"): _everyone(404),
    ("GET", "/api/v1/users/me"): _logged_in(200),
    ("PATCH", "/api/v1/users/me"): _logged_in(200),
    ("POST", "/api/v1/users/me/password"): _logged_in(204),
    ("GET", "/api/v1/users"): ADMIN_ONLY,
    ("POST", "/api/v1/users"): ADMIN_ONLY | {"admin": 201},
    ("GET", "/api/v1/users/{user_id}"): ADMIN_ONLY,
    ("PATCH", "/api/v1/users/{user_id}"): ADMIN_ONLY,
    ("GET", "/api/v1/organisations"): _logged_in(200),
    ("POST", "/api/v1/organisations"): ADMIN_ONLY | {"admin": 201},
    ("GET", "/api/v1/organisations/{organisation_id}"): ORG_READ,
    ("PATCH", "/api/v1/organisations/{organisation_id}"): ORG_MANAGE,
    ("GET", "/api/v1/organisations/{organisation_id}/members"): ORG_READ,
    ("POST", "/api/v1/organisations/{organisation_id}/invitations"): ORG_MANAGE
    | {"admin": 201, "lead": 201},
    ("DELETE", "/api/v1/organisations/{organisation_id}/members/{user_id}"): ORG_MANAGE
    | {"admin": 204, "lead": 204},
    ("GET", "/api/v1/audit-events"): ADMIN_ONLY,
}


def _request_for(method: str, path: str, world: Any, caller: str) -> dict[str, Any]:
    """Path values and a valid body, so that only authorization decides the answer."""
    user_id = world.member_a.id if "members" in path else world.trainer.id
    url = path.format(organisation_id=world.org_a.id, user_id=user_id, token=TOKEN)
    bodies: dict[tuple[str, str], dict[str, Any]] = {
        ("POST", "/api/v1/auth/login"): {
            "data": {"username": world.admin.email, "password": PASSWORD}
        },
        ("POST", "/api/v1/auth/password-reset"): {"json": {"email": world.admin.email}},
        ("POST", "/api/v1/auth/password-reset/confirm"): {
            "json": {"token": TOKEN, "new_password": "x" * 12}
        },
        ("POST", "/api/v1/auth/invitations/accept"): {
            "json": {"token": TOKEN, "full_name": "X", "password": "x" * 12}
        },
        ("PATCH", "/api/v1/users/me"): {"json": {"full_name": "Nytt Namn"}},
        ("POST", "/api/v1/users/me/password"): {
            "json": {"current_password": PASSWORD, "new_password": "another-password-1"}
        },
        ("POST", "/api/v1/users"): {
            "json": {"email": "ny@example.se", "full_name": "Ny", "role": "trainer"}
        },
        ("PATCH", "/api/v1/users/{user_id}"): {"json": {"full_name": "Omdöpt"}},
        ("POST", "/api/v1/organisations"): {
            "json": {
                "name": "Ny org",
                "org_number": "556036-0793",
                "sector": "private",
                "contact_name": "K",
                "contact_email": "k@example.se",
            }
        },
        ("PATCH", "/api/v1/organisations/{organisation_id}"): {
            "json": {"version": 1, "name": "Omdöpt"}
        },
        ("POST", "/api/v1/organisations/{organisation_id}/invitations"): {
            "json": {"email": "inbjuden@example.se", "full_name": "Inbjuden"}
        },
    }
    return {"method": method, "url": url, **bodies.get((method, path), {})}


def _schema_routes(app: Any) -> set[tuple[str, str]]:
    return {
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        for method in operations
    }


def test_every_route_has_a_row(app):
    routes = _schema_routes(app)
    missing = routes - MATRIX.keys()
    stale = MATRIX.keys() - routes
    assert not missing, f"routes without an authorization row: {sorted(missing)}"
    assert not stale, f"rows for routes that no longer exist: {sorted(stale)}"


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize(("method", "path"), sorted(MATRIX))
async def test_route_answers_each_caller_as_documented(
    client, world, db, settings, clock, method, path, caller
):
    users = {
        "admin": world.admin,
        "trainer": world.trainer,
        "auditor": world.auditor,
        "lead": world.lead_a,
        "member": world.member_a,
        "other_org": world.lead_b,
    }
    headers = (
        {} if caller == "anonymous" else await bearer_for(db, settings, users[caller], clock.now())
    )
    request = _request_for(method, path, world, caller)
    response = await client.request(headers=headers, **request)
    expected = MATRIX[(method, path)][caller]
    assert response.status_code == expected, f"{method} {path} as {caller}: {response.text}"
