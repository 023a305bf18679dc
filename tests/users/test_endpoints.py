"""User administration by admins, and a user's own profile."""

from __future__ import annotations

from backend.models.enums import Role
from tests.factories import login, make_user
from tests.helpers import latest_token_sent_to

USERS = "/api/v1/users"


class TestAdministration:
    async def test_list_filter_and_search(self, client, world):
        headers = await login(client, world.admin)
        r = await client.get(USERS, headers=headers)
        assert r.json()["total"] == 6
        # The admin's own account: renamed, but its role and activity are not theirs to change.
        actions = {u["id"]: u["allowed_actions"] for u in r.json()["items"]}
        assert actions.pop(world.admin.id) == ["users:update"]
        assert {tuple(a) for a in actions.values()} == {("users:update", "users:change_access")}
        r = await client.get(USERS, params={"role": "trainer"}, headers=headers)
        assert [u["id"] for u in r.json()["items"]] == [world.trainer.id]
        r = await client.get(USERS, params={"q": world.auditor.email[:8].upper()}, headers=headers)
        assert world.auditor.id in [u["id"] for u in r.json()["items"]]

    async def test_invite_staff_and_accept(self, client, world, db):
        headers = await login(client, world.admin)
        r = await client.post(
            USERS,
            json={
                "email": "ny.utbildare@example.se",
                "full_name": "Ny Utbildare",
                "role": "trainer",
            },
            headers=headers,
        )
        assert r.status_code == 201
        assert r.json()["status"] == "invited"
        token = await latest_token_sent_to(db, "ny.utbildare@example.se")
        r = await client.post(
            "/api/v1/auth/invitations/accept",
            json={"token": token, "full_name": "Ny Utbildare", "password": "ett-bra-losenord"},
        )
        assert r.status_code == 200

    async def test_members_are_not_invited_here(self, client, world):
        r = await client.post(
            USERS,
            json={"email": "m@example.se", "full_name": "M", "role": "member"},
            headers=await login(client, world.admin),
        )
        assert r.status_code == 400
        assert r.json()["error"] == "invalid_role_change"

    async def test_staff_member_swap_refused(self, client, world):
        r = await client.patch(
            f"{USERS}/{world.member_a.id}",
            json={"role": "trainer"},
            headers=await login(client, world.admin),
        )
        assert r.status_code == 400

    async def test_admin_cannot_lock_themselves_out(self, client, world):
        headers = await login(client, world.admin)
        r = await client.patch(
            f"{USERS}/{world.admin.id}", json={"is_active": False}, headers=headers
        )
        assert r.status_code == 409
        assert r.json()["error"] == "cannot_change_own_account"

    async def test_reactivation(self, client, world):
        headers = await login(client, world.admin)
        await client.patch(
            f"{USERS}/{world.trainer.id}", json={"is_active": False}, headers=headers
        )
        r = await client.patch(
            f"{USERS}/{world.trainer.id}", json={"is_active": True}, headers=headers
        )
        assert r.json()["status"] == "active"
        await login(client, world.trainer)

    async def test_reactivating_a_member_into_a_full_working_group_is_refused(
        self, client, world, db, clock
    ):
        """Issue 9 #3: reactivation seated a member without the working-group limit (8), so a
        group could grow past it by deactivating, inviting and reactivating."""
        former = await make_user(
            db, clock.now(), Role.MEMBER, organisation=world.org_a, is_active=False
        )
        for _ in range(6):  # lead_a, member_a and six more: the group is full
            await make_user(db, clock.now(), Role.MEMBER, organisation=world.org_a)
        await db.commit()
        headers = await login(client, world.admin)
        r = await client.patch(f"{USERS}/{former.id}", json={"is_active": True}, headers=headers)
        assert r.status_code == 409, r.text
        assert r.json()["error"] == "working_group_full"
        organisation = await client.get(f"/api/v1/organisations/{world.org_a.id}", headers=headers)
        assert organisation.json()["member_count"] == 8
        # With a seat free again, the same reactivation goes through.
        r = await client.delete(
            f"/api/v1/organisations/{world.org_a.id}/members/{world.member_a.id}", headers=headers
        )
        assert r.status_code == 204
        r = await client.patch(f"{USERS}/{former.id}", json={"is_active": True}, headers=headers)
        assert r.status_code == 200, r.text
        assert r.json()["status"] == "active"

    async def test_unknown_user(self, client, world):
        r = await client.get(f"{USERS}/999999", headers=await login(client, world.admin))
        assert r.status_code == 404


class TestProfile:
    async def test_change_locale_and_name(self, client, world):
        headers = await login(client, world.member_a)
        r = await client.patch(
            f"{USERS}/me", json={"locale": "en", "full_name": "Mia"}, headers=headers
        )
        assert r.status_code == 200
        assert r.json()["locale"] == "en"
        assert (await client.get(f"{USERS}/me", headers=headers)).json()["full_name"] == "Mia"
        # The caller's own read model: a member manages nothing beyond their organisation.
        assert not {"users:manage", "organisation:create"} & set(r.json()["allowed_actions"])

    async def test_my_global_actions(self, client, world):
        admin = (await client.get(f"{USERS}/me", headers=await login(client, world.admin))).json()
        assert {"organisation:create", "users:manage", "outbox:manage", "audit:read"} <= set(
            admin["allowed_actions"]
        )
        trainer = await client.get(f"{USERS}/me", headers=await login(client, world.trainer))
        assert "dashboard:view" in trainer.json()["allowed_actions"]
        assert "users:manage" not in trainer.json()["allowed_actions"]
        auditor = await client.get(f"{USERS}/me", headers=await login(client, world.auditor))
        assert "recertification:view" in auditor.json()["allowed_actions"]

    async def test_unknown_locale(self, client, world):
        headers = await login(client, world.member_a)
        r = await client.patch(f"{USERS}/me", json={"locale": "de"}, headers=headers)
        assert r.status_code == 422
