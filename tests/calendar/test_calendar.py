"""Calendar feeds: a secret, revocable address with the dates that matter, read by icalendar."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from icalendar import Calendar

from backend.main import create_app
from tests.factories import bearer_for
from tests.support.clock import OffsetClock
from tests.support.clock import router as clock_router


async def _feed_url(client: httpx.AsyncClient, headers: dict[str, str]) -> str:
    r = await client.post("/api/v1/users/me/calendar-feed", headers=headers)
    assert r.status_code == 200
    url: str = r.json()["url"]
    return url.removeprefix("http://jamlik.test")


async def test_feed_holds_the_cycles_dates(client, cycle, certified, db, settings, clock):
    lead = certified["lead"]
    await client.post(
        f"/api/v1/certifications/{cycle.certification_id}/sessions",
        json={"kind": "workshop", "date": "2026-04-15", "notes": "Vision"},
        headers=certified["trainer"],
    )
    url = await _feed_url(client, lead)
    r = await client.get(url)  # no login: the secret address is the credential
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(r.content)
    assert str(calendar["x-wr-timezone"]) == "Europe/Stockholm"
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    summaries = sorted(str(e["summary"]) for e in events.values())
    assert "Utbildning, moment 1+2 – Alfa kommun" in summaries
    assert "Utbildning, moment 3 – Alfa kommun" in summaries
    assert "Workshop med arbetsgruppen – Alfa kommun" in summaries
    follow_ups = [e for e in events.values() if "Uppföljning" in str(e["summary"])]
    assert sorted(e.decoded("dtstart") for e in follow_ups) == [
        dt.date(2026, 9, 2),
        dt.date(2027, 9, 2),
    ]
    assert all(isinstance(e.decoded("dtstart"), dt.date) for e in events.values())


async def test_rotated_and_revoked_feeds_answer_404(client, cycle, db, settings, clock):
    headers = await bearer_for(db, settings, cycle.lead_a, clock.now())
    first = await _feed_url(client, headers)
    second = await _feed_url(client, headers)
    assert first != second
    assert (await client.get(first)).status_code == 404
    assert (await client.get(second)).status_code == 200
    assert (
        (await client.get("/api/v1/users/me/calendar-feed", headers=headers))
        .json()["url"]
        .endswith(second.rsplit("/", 1)[1])
    )
    assert (
        await client.delete("/api/v1/users/me/calendar-feed", headers=headers)
    ).status_code == 204
    assert (await client.get(second)).status_code == 404
    assert (await client.get("/api/v1/users/me/calendar-feed", headers=headers)).status_code == 404


async def test_feed_shows_only_what_the_person_may_see(
    client, cycle, certified, db, settings, clock
):
    other = await bearer_for(db, settings, cycle.lead_b, clock.now())
    calendar = Calendar.from_ical((await client.get(await _feed_url(client, other))).content)
    assert list(calendar.walk("VEVENT")) == []


async def test_single_event_and_json_view(client, cycle, certified, db, settings, clock):
    lead = certified["lead"]
    events = (
        await client.get(
            "/api/v1/calendar/events",
            params={"from": "2026-01-01", "to": "2026-12-31"},
            headers=lead,
        )
    ).json()
    kinds = [e["kind"] for e in events]
    assert kinds.count("training-day") == 2 and "follow-up" in kinds
    day = next(e for e in events if e["kind"] == "training-day")
    assert (day["detail"], day["title"]) == ("1+2", "Utbildning, moment 1+2")
    assert {e["detail"] for e in events if e["kind"] == "follow-up"} == {"six_months"}
    r = await client.get(f"/api/v1/calendar/events/training-day/{day['id']}.ics", headers=lead)
    assert len(list(Calendar.from_ical(r.content).walk("VEVENT"))) == 1
    other = await bearer_for(db, settings, cycle.lead_b, clock.now())
    assert (
        await client.get(f"/api/v1/calendar/events/training-day/{day['id']}.ics", headers=other)
    ).status_code == 404


async def test_titles_speak_the_persons_language(client, cycle, certified, db, settings, clock):
    lead = certified["lead"]
    await client.patch("/api/v1/users/me", json={"locale": "en"}, headers=lead)
    calendar = Calendar.from_ical((await client.get(await _feed_url(client, lead))).content)
    summaries = {str(e["summary"]) for e in calendar.walk("VEVENT")}
    assert "Training, moment 1+2 – Alfa kommun" in summaries
    assert "Follow-up report (6 months) due – Alfa kommun" in summaries


async def test_the_test_clock_exists_only_on_the_test_server(settings, sessionmaker):
    plain = create_app(settings, sessionmaker=sessionmaker, run_background_jobs=False)
    assert "/api/v1/testing/clock" not in plain.openapi()["paths"]
    app = create_app(
        settings,
        sessionmaker=sessionmaker,
        clock=OffsetClock(),
        run_background_jobs=False,
        api_routers=[clock_router],
    )
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        before = dt.datetime.fromisoformat((await c.get("/api/v1/testing/clock")).json()["now"])
        moved = await c.post("/api/v1/testing/clock", json={"advance_days": 183})
        after = dt.datetime.fromisoformat(moved.json()["now"])
        assert dt.timedelta(days=182) < after - before < dt.timedelta(days=184)
        r = await c.post("/api/v1/testing/clock", json={"set": "2030-01-01T09:00:00Z"})
        assert r.json()["now"].startswith("2030-01-01T09:00")


@pytest.mark.parametrize("environment", ["development", "test", "production"])
def test_every_environment_refuses_the_test_clock(environment):
    """The package's servers never move their clock (see tests/test_cli.py)."""
    from pydantic import ValidationError

    from backend.core.config import Settings

    with pytest.raises(ValidationError, match="make run-clock"):
        Settings(environment=environment, secret_key="s" * 40, test_clock=True)
