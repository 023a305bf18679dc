"""GET /api/v1/settings: the server's settings and rules the SPA would otherwise copy."""

from __future__ import annotations

import httpx

from backend.documents.filetypes import MAX_FILE_BYTES
from backend.follow_ups.service import MAX_ATTACHMENT_BYTES
from backend.main import create_app

URL = "/api/v1/settings"


async def test_anyone_reads_them_without_logging_in(client, settings):
    r = await client.get(URL)
    assert r.status_code == 200
    assert r.json() == {
        "working_group_min": settings.working_group_min,
        "working_group_max": settings.working_group_max,
        "min_answers": settings.live_min_answers,
        "day_moments": [[1], [2], [3], [1, 2], [2, 3]],
        "moment_combinations": [[[1], [2], [3]], [[1], [2, 3]], [[1, 2], [3]]],
        "max_attachment_bytes": MAX_ATTACHMENT_BYTES,
        "max_document_bytes": MAX_FILE_BYTES,
    }


async def test_a_browser_may_keep_them_a_while_and_then_revalidate(client):
    r = await client.get(URL)
    assert r.headers["cache-control"] == "public, max-age=300"
    tag = r.headers["etag"]
    again = await client.get(URL, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == tag
    stale = await client.get(URL, headers={"If-None-Match": '"something-else"'})
    assert stale.status_code == 200


async def test_a_changed_setting_shows_with_a_new_etag(client, settings, sessionmaker, clock):
    before = await client.get(URL)
    changed = settings.model_copy(
        update={"working_group_min": 4, "working_group_max": 12, "live_min_answers": 7}
    )
    app = create_app(changed, sessionmaker=sessionmaker, clock=clock, run_background_jobs=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://jamlik.test") as other:
        r = await other.get(URL, headers={"If-None-Match": before.headers["etag"]})
    assert r.status_code == 200
    assert (r.json()["working_group_min"], r.json()["working_group_max"]) == (4, 12)
    assert r.json()["min_answers"] == 7
    assert r.headers["etag"] != before.headers["etag"]
