"""Organisations: validation, tenancy, working-group rules and optimistic concurrency."""

from __future__ import annotations

import pytest

from backend.models.enums import MemberRole, Role
from tests.factories import login, make_organisation, make_user

ORGS = "/api/v1/organisations"
MANAGING = ["organisation:update", "members:invite", "members:remove"]
VALID = {
    "name": "Gamma stad",
    "org_number": "556036-0793",
    "sector": "municipality",
    "contact_name": "Gun Kontakt",
    "contact_email": "Gun@Example.se",
}


class TestCreate:
    async def test_admin_creates(self, client, world):
        headers = await login(client, world.admin)
        r = await client.post(ORGS, json=VALID, headers=headers)
        assert r.status_code == 201, r.text
        body = r.json()
        assert body["org_number"] == "556036-0793"
        assert body["contact_email"] == "gun@example.se"
        assert body["member_count"] == 0
        assert body["version"] == 1

    @pytest.mark.parametrize("number", ["5560360793", "16556036-0793", " 556036-0793 "])
    async def test_accepted_spellings_are_normalised(self, client, world, number):
        headers = await login(client, world.admin)
        r = await client.post(ORGS, json=VALID | {"org_number": number}, headers=headers)
        assert r.status_code == 201, r.text
        assert r.json()["org_number"] == "556036-0793"

    @pytest.mark.parametrize(
        "number", ["556036-0794", "556036-079", "55603607930", "abcdef-ghij", "", "556036–0793"]
    )
    async def test_invalid_organisation_numbers_are_refused(self, client, world, number):
        headers = await login(client, world.admin)
        r = await client.post(ORGS, json=VALID | {"org_number": number}, headers=headers)
        assert r.status_code == 422
        body = r.json()
        assert body["error"] == "validation_error"
        assert body["detail"][0]["loc"] == ["body", "org_number"]
        assert body["detail"][0]["type"] == "invalid_organisation_number"

    async def test_duplicate_number(self, client, world):
        headers = await login(client, world.admin)
        assert (await client.post(ORGS, json=VALID, headers=headers)).status_code == 201
        r = await client.post(ORGS, json=VALID | {"name": "Kopia"}, headers=headers)
        assert r.status_code == 409
        assert r.json()["error"] == "organisation_number_taken"

    async def test_unknown_sector_and_extra_fields(self, client, world):
        headers = await login(client, world.admin)
        r = await client.post(ORGS, json=VALID | {"sector": "church"}, headers=headers)
        assert r.status_code == 422
        r = await client.post(ORGS, json=VALID | {"id": 99}, headers=headers)
        assert r.status_code == 422


class TestTenancy:
    async def test_member_lists_only_their_own(self, client, world):
        headers = await login(client, world.member_a)
        r = await client.get(ORGS, headers=headers)
        assert r.status_code == 200
        assert [o["id"] for o in r.json()["items"]] == [world.org_a.id]
        assert r.json()["total"] == 1

    async def test_staff_list_all(self, client, world):
        for user in (world.admin, world.trainer, world.auditor):
            r = await client.get(ORGS, headers=await login(client, user))
            assert r.json()["total"] == 2

    async def test_other_organisation_is_404_everywhere(self, client, world):
        headers = await login(client, world.lead_a)
        other = world.org_b.id
        calls = [
            client.get(f"{ORGS}/{other}", headers=headers),
            client.patch(f"{ORGS}/{other}", json={"version": 1, "name": "x"}, headers=headers),
            client.get(f"{ORGS}/{other}/members", headers=headers),
            client.post(
                f"{ORGS}/{other}/invitations",
                json={"email": "x@example.se", "full_name": "X"},
                headers=headers,
            ),
            client.delete(f"{ORGS}/{other}/members/{world.lead_b.id}", headers=headers),
        ]
        for call in calls:
            r = await call
            assert r.status_code == 404, r.request.url
            assert r.json()["error"] == "not_found"

    async def test_search_and_filter(self, client, world):
        headers = await login(client, world.admin)
        r = await client.get(ORGS, params={"q": "alfa"}, headers=headers)
        assert [o["name"] for o in r.json()["items"]] == ["Alfa kommun"]
        r = await client.get(ORGS, params={"q": "100%_"}, headers=headers)
        assert r.json()["total"] == 0
        r = await client.get(ORGS, params={"sector": "region"}, headers=headers)
        assert r.json()["total"] == 0


class TestUpdate:
    async def test_lead_updates_own_with_version(self, client, world):
        headers = await login(client, world.lead_a)
        r = await client.patch(
            f"{ORGS}/{world.org_a.id}",
            json={"version": 1, "contact_phone": "031-00 00 00"},
            headers=headers,
        )
        assert r.status_code == 200, r.text
        assert r.json()["version"] == 2
        assert r.json()["allowed_actions"] == MANAGING

    async def test_plain_member_may_not_update(self, client, world):
        headers = await login(client, world.member_a)
        r = await client.patch(
            f"{ORGS}/{world.org_a.id}", json={"version": 1, "name": "x"}, headers=headers
        )
        assert r.status_code == 403
        own = await client.get(f"{ORGS}/{world.org_a.id}", headers=headers)
        assert own.json()["allowed_actions"] == []

    async def test_staff_who_see_it_manage_it_if_admins(self, client, world):
        for user, expected in ((world.admin, MANAGING), (world.trainer, []), (world.auditor, [])):
            r = await client.get(ORGS, headers=await login(client, user))
            assert [o["allowed_actions"] for o in r.json()["items"]] == [expected, expected]

    async def test_stale_version_is_a_conflict_and_changes_nothing(self, client, world):
        lead = await login(client, world.lead_a)
        admin = await login(client, world.admin)
        first = await client.patch(
            f"{ORGS}/{world.org_a.id}", json={"version": 1, "name": "Alfa stad"}, headers=admin
        )
        assert first.status_code == 200
        second = await client.patch(
            f"{ORGS}/{world.org_a.id}", json={"version": 1, "contact_name": "Annan"}, headers=lead
        )
        assert second.status_code == 409
        body = second.json()
        assert body["error"] == "version_conflict"
        assert body["detail"]["current"]["version"] == 2
        assert body["detail"]["current"]["name"] == "Alfa stad"
        current = (await client.get(f"{ORGS}/{world.org_a.id}", headers=lead)).json()
        assert current["contact_name"] == "Kim Kontakt"


class TestWorkingGroup:
    async def test_members_listed_with_status(self, client, world):
        headers = await login(client, world.member_a)
        r = await client.get(f"{ORGS}/{world.org_a.id}/members", headers=headers)
        assert r.status_code == 200
        assert {m["id"] for m in r.json()} == {world.lead_a.id, world.member_a.id}
        assert all(m["status"] == "active" for m in r.json())

    async def test_lead_invites_but_member_may_not(self, client, world):
        invite = {"email": "tredje@example.se", "full_name": "Tredje"}
        r = await client.post(
            f"{ORGS}/{world.org_a.id}/invitations",
            json=invite,
            headers=await login(client, world.member_a),
        )
        assert r.status_code == 403
        r = await client.post(
            f"{ORGS}/{world.org_a.id}/invitations",
            json=invite,
            headers=await login(client, world.lead_a),
        )
        assert r.status_code == 201

    async def test_email_taken(self, client, world):
        r = await client.post(
            f"{ORGS}/{world.org_a.id}/invitations",
            json={"email": world.trainer.email, "full_name": "Dubbel"},
            headers=await login(client, world.admin),
        )
        assert r.status_code == 409
        assert r.json()["error"] == "email_taken"

    async def test_at_most_eight_members(self, client, world, db, clock):
        for _ in range(6):
            await make_user(db, clock.now(), Role.MEMBER, organisation=world.org_a)
        await db.commit()
        headers = await login(client, world.admin)
        r = await client.post(
            f"{ORGS}/{world.org_a.id}/invitations",
            json={"email": "nionde@example.se", "full_name": "Nionde"},
            headers=headers,
        )
        assert r.status_code == 409
        assert r.json()["error"] == "working_group_full"

    async def test_removed_member_loses_access_at_once(self, client, world):
        victim = await login(client, world.member_a)
        lead = await login(client, world.lead_a)
        r = await client.delete(
            f"{ORGS}/{world.org_a.id}/members/{world.member_a.id}", headers=lead
        )
        assert r.status_code == 204
        assert (await client.get("/api/v1/users/me", headers=victim)).status_code == 401
        members = (await client.get(f"{ORGS}/{world.org_a.id}/members", headers=lead)).json()
        assert world.member_a.id not in {m["id"] for m in members}
        assert (await client.get(f"{ORGS}/{world.org_a.id}", headers=lead)).json()[
            "member_count"
        ] == 1

    async def test_lead_cannot_remove_self(self, client, world):
        lead = await login(client, world.lead_a)
        r = await client.delete(f"{ORGS}/{world.org_a.id}/members/{world.lead_a.id}", headers=lead)
        assert r.status_code == 409
        assert r.json()["error"] == "cannot_remove_self"


class TestQueryCounts:
    """Exactly these many statements per request, whatever the page holds."""

    async def _count(self, client, queries, url, headers):
        queries.statements.clear()
        queries.active = True
        r = await client.get(url, headers=headers)
        queries.active = False
        assert r.status_code == 200
        return queries.count

    async def test_list_costs_the_same_for_2_and_40_organisations(
        self, client, world, db, clock, queries
    ):
        headers = await login(client, world.admin)
        small = await self._count(client, queries, ORGS, headers)
        for _ in range(38):
            organisation = await make_organisation(db, clock.now())
            await make_user(
                db, clock.now(), Role.MEMBER, organisation=organisation, member_role=MemberRole.LEAD
            )
        await db.commit()
        large = await self._count(client, queries, f"{ORGS}?page_size=40", headers)
        # 1 session + user, 1 page with member counts, 1 total.
        assert small == large == 3

    async def test_detail_and_members(self, client, world, queries):
        headers = await login(client, world.lead_a)
        assert await self._count(client, queries, f"{ORGS}/{world.org_a.id}", headers) == 2
        assert await self._count(client, queries, f"{ORGS}/{world.org_a.id}/members", headers) == 3
        assert await self._count(client, queries, "/api/v1/users/me", headers) == 1
