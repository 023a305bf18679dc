"""POST /api/v1/language/check: what the plan editor and report forms underline as people type."""

from __future__ import annotations

import json

from tests.factories import bearer_for

URL = "/api/v1/language/check"


class TestCheck:
    async def test_findings_with_offsets_in_code_points_into_the_text_sent(
        self, client, world, db, settings, clock
    ):
        # Characters outside the BMP before the match: UTF-16 offsets would be off by two.
        text = "Vi 🚒🚒 söker en brandman.\nRing brandmännen!"
        member = await bearer_for(db, settings, world.member_a, clock.now())
        response = await client.post(URL, json={"text": text}, headers=member)
        assert response.status_code == 200, response.text
        findings = response.json()["findings"]
        assert [(f["start"], f["end"], f["text"]) for f in findings] == [
            (text.index("brandman"), text.index("brandman") + 8, "brandman"),
            (text.index("brandmännen"), len(text) - 1, "brandmännen"),
        ]
        first = findings[0]
        assert text[first["start"] : first["end"]] == first["text"]
        assert first["rule_id"] == "sex.man-compound"
        assert first["ground"] == "sex"
        assert first["severity"] in {"avoid", "consider"}
        assert first["suggestions"]
        assert first["explanation"].startswith("Yrkes")
        assert first["source"]

    async def test_the_explanation_in_english_on_request(self, client, world, db, settings, clock):
        member = await bearer_for(db, settings, world.member_a, clock.now())
        response = await client.post(
            URL, json={"text": "En brandman.", "locale": "en"}, headers=member
        )
        assert response.json()["findings"][0]["explanation"].startswith("Job")

    async def test_a_text_without_findings(self, client, world, db, settings, clock):
        member = await bearer_for(db, settings, world.member_a, clock.now())
        response = await client.post(URL, json={"text": "Man bör läsa en roman."}, headers=member)
        assert response.json() == {"findings": []}

    async def test_anonymous_callers_are_refused(self, client):
        response = await client.post(URL, json={"text": "En brandman."})
        assert response.status_code == 401


class TestBadInput:
    async def test_more_than_100_kb_is_413(self, client, world, db, settings, clock):
        member = await bearer_for(db, settings, world.member_a, clock.now())
        # 50,001 two-byte letters: within 100,000 characters, over 100,000 bytes.
        response = await client.post(URL, json={"text": "ä" * 50_001}, headers=member)
        assert response.status_code == 413
        assert response.json()["error"] == "payload_too_large"

    async def test_100_kb_is_checked(self, client, world, db, settings, clock):
        member = await bearer_for(db, settings, world.member_a, clock.now())
        text = "En brandman ringer. " * 5000
        assert len(text.encode()) == 100_000
        response = await client.post(URL, json={"text": text}, headers=member)
        assert response.status_code == 200
        assert len(response.json()["findings"]) == 5000

    async def test_a_lone_surrogate_or_a_control_character_is_422(
        self, client, world, db, settings, clock
    ):
        member = await bearer_for(db, settings, world.member_a, clock.now())
        # json.dumps writes the lone surrogate as the escape "\ud800", as a browser would.
        for text in ("brand\ud800man", "brand\x00man"):
            response = await client.post(
                URL,
                content=json.dumps({"text": text}),
                headers=member | {"content-type": "application/json"},
            )
            assert response.status_code == 422, text

    async def test_an_unknown_locale_is_422(self, client, world, db, settings, clock):
        member = await bearer_for(db, settings, world.member_a, clock.now())
        response = await client.post(URL, json={"text": "x", "locale": "de"}, headers=member)
        assert response.status_code == 422


class TestOrganisationSettings:
    async def test_the_callers_organisation_keeps_its_accepted_terms(
        self, client, world, db, settings, clock
    ):
        from backend.models import AcceptedTerm

        db.add(
            AcceptedTerm(
                organisation_id=world.org_a.id,
                term="brandman",
                reason="Titeln i kollektivavtalet.",
                created_at=clock.now(),
            )
        )
        await db.commit()
        text = {"text": "Vi söker en brandman."}
        member = await bearer_for(db, settings, world.member_a, clock.now())
        assert (await client.post(URL, json=text, headers=member)).json() == {"findings": []}
        other = await bearer_for(db, settings, world.lead_b, clock.now())
        assert len((await client.post(URL, json=text, headers=other)).json()["findings"]) == 1
        admin = await bearer_for(db, settings, world.admin, clock.now())
        named = await client.post(
            URL, json=text | {"organisation_id": world.org_a.id}, headers=admin
        )
        assert named.json() == {"findings": []}

    async def test_another_organisation_is_404(self, client, world, db, settings, clock):
        member = await bearer_for(db, settings, world.member_a, clock.now())
        response = await client.post(
            URL, json={"text": "x", "organisation_id": world.org_b.id}, headers=member
        )
        assert response.status_code == 404
