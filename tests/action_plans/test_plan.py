"""The action plan: versions, merging concurrent saves, history, comments, review and approval."""

from __future__ import annotations

import pytest

from tests.factories import bearer_for
from tests.helpers import activity, full_plan, goal, hold_all_moments, save_plan


@pytest.fixture
async def people(db, settings, clock, cycle):
    async def headers(user):
        return await bearer_for(db, settings, user, clock.now())

    return {
        "lead": await headers(cycle.lead_a),
        "member": await headers(cycle.member_a),
        "trainer": await headers(cycle.trainer),
        "admin": await headers(cycle.admin),
        "auditor": await headers(cycle.auditor),
    }


def _plan_url(cycle, suffix: str = "") -> str:
    return f"/api/v1/certifications/{cycle.certification_id}/plan{suffix}"


class TestSaving:
    async def test_save_moves_the_version(self, client, cycle, people):
        r = await save_plan(client, cycle.certification_id, people["lead"], 0, full_plan())
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["version"] == 1
        assert body["updated_by_name"] == cycle.lead_a.full_name
        assert body["editable"] is True
        assert body["content"]["goals"][1]["title"] == "Tillgängliga lokaler"

    async def test_trainers_and_auditors_do_not_edit(self, client, cycle, people):
        for who in ("trainer", "auditor"):
            r = await save_plan(client, cycle.certification_id, people[who], 0, full_plan())
            assert r.status_code == 403
        plan = (await client.get(_plan_url(cycle), headers=people["trainer"])).json()
        assert plan["editable"] is False

    @pytest.mark.parametrize(
        "content",
        [
            {"vision": "x", "goals": [goal("g1"), goal("g1")]},
            {"activities": [activity("a1", ["nope"])]},
            {"goals": [goal("g1", baseline="many")]},
            {"goals": [goal("g1", grounds=["height"])]},
            {"goals": [goal("g1", deadline="20270-01-01")]},
            {"vision": "nul\x00byte"},
            {"unknown": 1},
        ],
    )
    async def test_malformed_content(self, client, cycle, people, content):
        r = await save_plan(client, cycle.certification_id, people["lead"], 0, content)
        assert r.status_code == 422


class TestConcurrentEditing:
    async def test_two_members_from_the_same_version_lose_nothing(self, client, cycle, people):
        base = await save_plan(
            client,
            cycle.certification_id,
            people["lead"],
            0,
            {"vision": "Första utkast", "goals": [goal("g1")], "activities": []},
        )
        assert base.json()["version"] == 1

        # Both start from version 1. The lead adds a goal and an activity...
        lead_content = {
            "vision": "Första utkast",
            "goals": [goal("g1"), goal("g2")],
            "activities": [activity("a1", ["g2"])],
        }
        first = await save_plan(client, cycle.certification_id, people["lead"], 1, lead_content)
        assert first.status_code == 200
        assert first.json()["version"] == 2

        # ...while the member rewrites the vision, changes g1's target and adds another goal.
        member_content = {
            "vision": "Alla ska bemötas med respekt",
            "goals": [goal("g1", target=95), goal("g3")],
            "activities": [],
        }
        second = await save_plan(
            client, cycle.certification_id, people["member"], 1, member_content
        )
        assert second.status_code == 409
        detail = second.json()["detail"]
        assert second.json()["error"] == "version_conflict"
        assert detail["current"]["version"] == 2
        assert detail["conflicts"] == []
        merged = detail["merged"]
        assert merged["vision"] == "Alla ska bemötas med respekt"
        assert [g["id"] for g in merged["goals"]] == ["g1", "g2", "g3"]
        assert merged["goals"][0]["target"] == 95
        assert [a["id"] for a in merged["activities"]] == ["a1"]

        # The member accepts the merge and saves it on top of the current version.
        third = await save_plan(client, cycle.certification_id, people["member"], 2, merged)
        assert third.status_code == 200
        final = (await client.get(_plan_url(cycle), headers=people["lead"])).json()
        assert final["version"] == 3
        assert final["content"] == merged

    async def test_the_same_field_changed_twice_is_listed_and_theirs_kept(
        self, client, cycle, people
    ):
        await save_plan(
            client,
            cycle.certification_id,
            people["lead"],
            0,
            {"vision": "A", "goals": [goal("g1")]},
        )
        await save_plan(
            client,
            cycle.certification_id,
            people["lead"],
            1,
            {"vision": "B", "goals": [goal("g1")]},
        )
        r = await save_plan(
            client, cycle.certification_id, people["member"], 1, {"vision": "C", "goals": []}
        )
        detail = r.json()["detail"]
        assert detail["merged"]["vision"] == "B"
        assert {"path": "vision", "base": "A", "mine": "C", "theirs": "B"} in detail["conflicts"]
        # The member deleted g1, which the lead did not change: the deletion stands.
        assert detail["merged"]["goals"] == []

    async def test_deleting_what_the_other_changed_keeps_it(self, client, cycle, people):
        await save_plan(client, cycle.certification_id, people["lead"], 0, {"goals": [goal("g1")]})
        await save_plan(
            client, cycle.certification_id, people["lead"], 1, {"goals": [goal("g1", target=50)]}
        )
        r = await save_plan(client, cycle.certification_id, people["member"], 1, {"goals": []})
        detail = r.json()["detail"]
        assert [g["target"] for g in detail["merged"]["goals"]] == [50]
        assert detail["conflicts"][0]["path"] == "goals/g1"

    async def test_a_version_from_the_future_is_a_conflict(self, client, cycle, people):
        r = await save_plan(client, cycle.certification_id, people["lead"], 7, full_plan())
        assert r.status_code == 409
        # The same body as any stale save (PlanConflictDetail): the plan as it stands is offered.
        detail = r.json()["detail"]
        assert detail["merged"] == detail["current"]["content"]
        assert detail["conflicts"] == []


class TestOnACancelledCertification:
    async def test_the_plan_can_no_longer_be_saved_and_offers_only_comments(
        self, client, cycle, people
    ):
        r = await client.post(
            f"/api/v1/certifications/{cycle.certification_id}/cancel",
            json={"reason": "Avtalet sades upp"},
            headers=people["admin"],
        )
        assert r.status_code == 200
        r = await save_plan(client, cycle.certification_id, people["lead"], 0, full_plan())
        assert r.status_code == 409
        assert r.json()["error"] == "certification_closed"
        plan = (await client.get(_plan_url(cycle), headers=people["lead"])).json()
        assert plan["allowed_actions"] == ["plan:comment"]
        assert plan["editable"] is False


class TestHistory:
    async def test_versions_and_diff(self, client, cycle, people):
        await save_plan(client, cycle.certification_id, people["lead"], 0, full_plan())
        changed = full_plan()
        changed["goals"][0]["target"] = 90
        changed["goals"].pop()
        changed["activities"] = [a for a in changed["activities"] if "g2" not in a["goal_ids"]]
        await save_plan(client, cycle.certification_id, people["member"], 1, changed)
        versions = (await client.get(_plan_url(cycle, "/versions"), headers=people["lead"])).json()
        assert [(v["version"], v["kind"]) for v in versions] == [(2, "saved"), (1, "saved")]
        assert versions[0]["saved_by_name"] == cycle.member_a.full_name
        one = (await client.get(_plan_url(cycle, "/versions/1"), headers=people["trainer"])).json()
        assert len(one["content"]["goals"]) == 2
        diff = (
            await client.get(_plan_url(cycle, "/diff?from=1&to=2"), headers=people["trainer"])
        ).json()
        kinds = {(c["kind"], c["path"]) for c in diff["changes"]}
        assert ("changed", "goals/g1/target") in kinds
        assert ("removed", "goals/g2") in kinds
        assert ("removed", "activities/a2") in kinds
        target = next(c for c in diff["changes"] if c["path"] == "goals/g1/target")
        assert (target["before"], target["after"], target["label"]) == (80, 90, "Mål g1")
        assert (
            await client.get(_plan_url(cycle, "/versions/9"), headers=people["lead"])
        ).status_code == 404


class TestReview:
    async def _submitted(self, client, cycle, people):
        await hold_all_moments(client, cycle.certification_id, people["trainer"])
        await save_plan(client, cycle.certification_id, people["lead"], 0, full_plan())
        r = await client.post(
            _plan_url(cycle, "/submit"), json={"version": 1}, headers=people["member"]
        )
        assert r.status_code == 200, r.text
        assert r.json()["status"] == "submitted"
        return r.json()

    async def test_submit_locks_and_request_changes_unlocks(self, client, cycle, people):
        await self._submitted(client, cycle, people)
        locked = await save_plan(client, cycle.certification_id, people["lead"], 1, full_plan())
        assert locked.status_code == 409
        assert locked.json()["error"] == "plan_locked"
        assert (
            await client.post(
                _plan_url(cycle, "/request-changes"),
                json={"version": 1, "comment": "x"},
                headers=people["lead"],
            )
        ).status_code == 403
        r = await client.post(
            _plan_url(cycle, "/request-changes"),
            json={"version": 1, "comment": "Mål 2 behöver ett tydligare utgångsvärde"},
            headers=people["trainer"],
        )
        assert r.status_code == 200
        assert r.json()["status"] == "changes_requested"
        fixed = full_plan()
        fixed["goals"][1]["baseline"] = 3
        assert (
            await save_plan(client, cycle.certification_id, people["lead"], 1, fixed)
        ).status_code == 200
        r = await client.post(
            _plan_url(cycle, "/submit"), json={"version": 2}, headers=people["lead"]
        )
        assert r.status_code == 200
        diff = (
            await client.get(
                _plan_url(cycle, "/diff?from=last_submitted"), headers=people["trainer"]
            )
        ).json()
        assert (diff["from_version"], diff["to_version"]) == (1, 2)
        assert [c["path"] for c in diff["changes"]] == ["goals/g2/baseline"]
        cert = (
            await client.get(
                f"/api/v1/certifications/{cycle.certification_id}", headers=people["trainer"]
            )
        ).json()
        assert cert["stage"] == "review"

    async def test_comments_on_goals_and_answers(self, client, cycle, people):
        await self._submitted(client, cycle, people)
        url = _plan_url(cycle, "/comments")
        r = await client.post(
            url,
            json={"target": "goal", "target_id": "g2", "body": "Hur mäts detta?"},
            headers=people["trainer"],
        )
        assert r.status_code == 201
        question = r.json()
        r = await client.post(
            url,
            json={
                "target": "goal",
                "target_id": "g2",
                "body": "Via enkäten.",
                "reply_to_id": question["id"],
            },
            headers=people["member"],
        )
        assert r.status_code == 201
        bad = await client.post(
            url, json={"target": "goal", "target_id": "zz", "body": "?"}, headers=people["trainer"]
        )
        assert bad.json()["error"] == "comment_target_unknown"
        assert (
            await client.post(url, json={"body": "?"}, headers=people["auditor"])
        ).status_code == 403
        thread = (await client.get(url, headers=people["lead"])).json()["items"]
        assert [(c["author_role"], c["reply_to_id"]) for c in thread] == [
            ("member", question["id"]),
            ("trainer", None),
        ]

    async def test_approval_preconditions_each_reported(self, client, cycle, people, db):
        from backend.models import User

        thin_plan = {"vision": "", "goals": [goal("g1", baseline=None, deadline=None)]}
        await save_plan(client, cycle.certification_id, people["lead"], 0, thin_plan)
        await client.post(_plan_url(cycle, "/submit"), json={"version": 1}, headers=people["lead"])
        member2 = await db.get(User, cycle.member2_a.id)
        member2.is_active = False
        await db.commit()
        r = await client.post(
            _plan_url(cycle, "/approve"), json={"version": 1}, headers=people["trainer"]
        )
        assert r.status_code == 409
        assert r.json()["error"] == "approval_preconditions_failed"
        reasons = {reason["code"]: reason for reason in r.json()["detail"]["reasons"]}
        assert reasons["moments_not_held"]["missing"] == [1, 2, 3]
        assert reasons["working_group_size"]["count"] == 2
        assert reasons["goal_incomplete"]["missing"] == ["baseline", "deadline"]
        assert "vision_missing" in reasons
        plan = (await client.get(_plan_url(cycle), headers=people["lead"])).json()
        assert plan["status"] == "submitted"

    async def test_approval_freezes_the_plan_and_issues_the_certificate(
        self, client, cycle, people
    ):
        await self._submitted(client, cycle, people)
        assert (
            await client.post(
                _plan_url(cycle, "/approve"), json={"version": 1}, headers=people["admin"]
            )
        ).status_code == 403
        r = await client.post(
            _plan_url(cycle, "/approve"), json={"version": 1}, headers=people["trainer"]
        )
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["plan"]["status"] == "approved"
        assert body["plan"]["editable"] is False
        certificate = body["certificate"]
        assert certificate["organisation_name"] == "Alfa kommun"
        assert certificate["issued_on"] == "2026-03-02"
        assert certificate["valid_until"] == "2029-03-02"
        assert certificate["status"] == "valid"
        assert certificate["issued_by_name"] == cycle.trainer.full_name
        assert certificate["verify_url"] == f"http://jamlik.test/verify/{certificate['number']}"

        frozen = await save_plan(
            client, cycle.certification_id, people["lead"], 1, {"vision": "ändrad"}
        )
        assert frozen.json()["error"] == "plan_locked"
        again = await client.post(
            _plan_url(cycle, "/approve"), json={"version": 1}, headers=people["trainer"]
        )
        assert again.json()["error"] == "invalid_transition"
        cert = (
            await client.get(
                f"/api/v1/certifications/{cycle.certification_id}", headers=people["lead"]
            )
        ).json()
        assert (cert["status"], cert["stage"], cert["certificate_number"]) == (
            "certified",
            "certified",
            certificate["number"],
        )
        events = (
            await client.get(
                f"/api/v1/certifications/{cycle.certification_id}/events", headers=people["lead"]
            )
        ).json()
        assert [e["to_status"] for e in events] == ["open", "plan_submitted", "certified"]
        assert events[-1]["actor_name"] == cycle.trainer.full_name

    async def test_stale_step_versions(self, client, cycle, people):
        await save_plan(client, cycle.certification_id, people["lead"], 0, full_plan())
        r = await client.post(
            _plan_url(cycle, "/submit"), json={"version": 0}, headers=people["lead"]
        )
        assert r.json()["error"] == "version_conflict"
