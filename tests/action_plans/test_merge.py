"""The three-way merge of two saves from one version, as a table: no database, no HTTP."""

from __future__ import annotations

from typing import Any

from backend.action_plans.merge import Conflict, merge_plans


def _goal(goal_id: str, **fields: Any) -> dict[str, Any]:
    return {"id": goal_id, "title": "Mål", "target": 50, **fields}


def _plan(vision: str = "Lika villkor", goals=(), activities=()) -> dict[str, Any]:
    return {"vision": vision, "goals": list(goals), "activities": list(activities)}


BASE = _plan(goals=[_goal("g1"), _goal("g2")])


class TestOneSideChanges:
    def test_a_change_made_on_one_side_only_is_taken(self):
        mine = _plan(vision="Ny vision", goals=[_goal("g1"), _goal("g2")])
        theirs = _plan(goals=[_goal("g1", target=60), _goal("g2")])
        merged, conflicts = merge_plans(BASE, mine, theirs)
        assert merged["vision"] == "Ny vision"
        assert merged["goals"][0]["target"] == 60
        assert conflicts == []

    def test_the_same_change_on_both_sides_is_taken_once(self):
        both = _plan(goals=[_goal("g1", target=70), _goal("g2")])
        merged, conflicts = merge_plans(BASE, both, both)
        assert merged == both
        assert conflicts == []


class TestConflicts:
    def test_different_changes_to_one_field_keep_theirs_and_list_the_conflict(self):
        mine = _plan(goals=[_goal("g1", target=80), _goal("g2")])
        theirs = _plan(goals=[_goal("g1", target=60), _goal("g2")])
        merged, conflicts = merge_plans(BASE, mine, theirs)
        assert merged["goals"][0]["target"] == 60
        assert conflicts == [Conflict("goals/g1/target", 50, 80, 60)]

    def test_an_item_deleted_on_one_side_and_changed_on_the_other_is_kept(self):
        mine = _plan(goals=[_goal("g1")])  # I deleted g2
        theirs = _plan(goals=[_goal("g1"), _goal("g2", title="Ändrat")])
        merged, conflicts = merge_plans(BASE, mine, theirs)
        assert [g["id"] for g in merged["goals"]] == ["g1", "g2"]
        assert conflicts == [Conflict("goals/g2", _goal("g2"), None, _goal("g2", title="Ändrat"))]


class TestItems:
    def test_their_order_first_then_what_only_i_added(self):
        mine = _plan(goals=[_goal("g1"), _goal("g2"), _goal("mine")])
        theirs = _plan(goals=[_goal("g2"), _goal("g1"), _goal("theirs")])
        merged, _ = merge_plans(BASE, mine, theirs)
        assert [g["id"] for g in merged["goals"]] == ["g2", "g1", "theirs", "mine"]

    def test_an_item_deleted_on_one_side_and_untouched_on_the_other_goes(self):
        mine = _plan(goals=[_goal("g1")])
        merged, conflicts = merge_plans(BASE, mine, BASE)
        assert [g["id"] for g in merged["goals"]] == ["g1"]
        assert conflicts == []

    def test_an_activity_keeps_only_its_links_to_goals_that_remain(self):
        base = _plan(
            goals=[_goal("g1"), _goal("g2")], activities=[{"id": "a1", "goal_ids": ["g1", "g2"]}]
        )
        mine = _plan(goals=[_goal("g1")], activities=[{"id": "a1", "goal_ids": ["g1", "g2"]}])
        merged, _ = merge_plans(base, mine, base)
        assert merged["activities"] == [{"id": "a1", "goal_ids": ["g1"]}]
