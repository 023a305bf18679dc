"""Every domain's policy is well formed, and the docs drawn from the policies are current."""

from __future__ import annotations

import enum
from typing import Any

import pytest

from backend import policy_docs
from backend.core.policy import Policy, Workflow
from backend.policies import ALL

WORKFLOWS = [(p.name, w) for p in ALL for w in p.workflows]


def _name(policy: Policy[Any, Any]) -> str:
    return policy.name


@pytest.mark.parametrize("policy", ALL, ids=_name)
class TestPolicy:
    def test_every_action_has_exactly_one_rule(self, policy: Policy[enum.Enum, enum.Enum]):
        actions = type(next(iter(policy.rules)))
        assert set(policy.rules) == set(actions)

    def test_every_rule_allows_someone_and_says_what_it_is(self, policy):
        for action, rule in policy.rules.items():
            assert rule.who, action
            assert rule.summary.strip(), action
            assert rule.states is None or rule.states, action


@pytest.mark.parametrize(("_policy", "workflow"), WORKFLOWS, ids=[w.title for _p, w in WORKFLOWS])
class TestWorkflow:
    def test_every_state_has_a_row_and_moves_only_to_states(
        self, _policy, workflow: Workflow[enum.Enum]
    ):
        states = set(type(next(iter(workflow.transitions))))
        assert set(workflow.transitions) == states
        for targets in workflow.transitions.values():
            assert targets <= states
        assert set(workflow.starts) <= states and workflow.starts

    def test_every_state_can_be_reached_from_a_start(self, _policy, workflow: Workflow[enum.Enum]):
        seen = set(workflow.starts)
        frontier = list(seen)
        while frontier:
            for target in workflow.transitions[frontier.pop()]:
                if target not in seen:
                    seen.add(target)
                    frontier.append(target)
        assert seen == set(workflow.transitions)

    def test_no_state_moves_to_itself(self, _policy, workflow: Workflow[enum.Enum]):
        for state, targets in workflow.transitions.items():
            assert state not in targets

    def test_every_move_has_a_label(self, _policy, workflow: Workflow[enum.Enum]):
        for state, targets in workflow.transitions.items():
            for target in targets:
                assert workflow.labels.get((state, target)), (state, target)


def test_the_generated_docs_are_current():
    stale = policy_docs.stale()
    assert not stale, f"run `make docs` and commit: {[p.name for p in stale]} are stale"
