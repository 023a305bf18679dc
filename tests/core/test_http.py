"""Health, security headers, error shape and the SPA fallback."""

from __future__ import annotations

import httpx
import pytest

from backend.core.config import Settings
from backend.main import create_app


async def test_healthz_and_readyz(client):
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    assert (await client.get("/readyz")).status_code == 200


async def test_readyz_is_503_when_the_database_is_gone(tmp_path):
    settings = Settings(
        environment="test",
        database_url="postgresql+psycopg://nobody@127.0.0.1:1/none",
        secret_key="x" * 40,
    )
    app = create_app(settings, run_background_jobs=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        response = await c.get("/readyz")
        assert response.status_code == 503
        assert response.json()["error"] == "database_unavailable"
        assert (await c.get("/healthz")).status_code == 200


async def test_security_headers(client):
    response = await client.get("/healthz")
    csp = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "strict-transport-security" not in response.headers


async def test_hsts_over_https(app):
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://jamlik.example") as c:
        response = await c.get("/healthz")
    assert response.headers["strict-transport-security"].startswith("max-age=")


async def test_unknown_api_path_is_a_json_404(client):
    response = await client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


async def test_wrong_method_has_an_error_code(client):
    response = await client.put("/api/v1/users/me")
    assert response.status_code == 405
    assert response.json()["error"] == "method_not_allowed"


async def test_openapi_and_docs_are_served(client):
    schema = (await client.get("/api/v1/openapi.json")).json()
    assert schema["info"]["title"] == "Jämlik API"
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            assert operation.get("description") or operation.get("summary"), (method, path)
    assert (await client.get("/api/docs")).status_code == 200


@pytest.fixture
def spa_app(tmp_path, settings, sessionmaker, clock):
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text("<!doctype html><title>Jämlik SPA</title>")
    (dist / "assets" / "app-123.js").write_text("console.log(1)")
    return create_app(
        settings.model_copy(update={"frontend_dist": dist}),
        sessionmaker=sessionmaker,
        clock=clock,
        run_background_jobs=False,
    )


async def test_spa_routes_fall_back_to_index(spa_app):
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=spa_app), base_url="http://t"
    ) as c:
        for path in ["/", "/organisations/12", "/invitation?token=abc"]:
            response = await c.get(path)
            assert response.status_code == 200
            assert "Jämlik SPA" in response.text
        asset = await c.get("/assets/app-123.js")
        assert "immutable" in asset.headers["cache-control"]
        assert (await c.get("/../../etc/passwd")).status_code in {200, 404}
        assert "root:" not in (await c.get("/%2e%2e/%2e%2e/etc/passwd")).text
        assert (await c.get("/api/v1/unknown")).json()["error"] == "not_found"
