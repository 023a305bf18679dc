"""The follow-up's rules and workflow, as a table: no database, no HTTP."""

from __future__ import annotations

import pytest

from backend.core.errors import InvalidTransition
from backend.core.policy import Subject
from backend.follow_ups.policies import POLICY, WORKFLOW, FollowUpAction
from backend.models.enums import FollowUpStatus as S
from tests.support.principals import principal

A = FollowUpAction
# A follow-up of organisation 1's certification, with user 5 as its trainer.
FOLLOW_UP = Subject(1, frozenset({5}))
GROUP_WRITES = [A.REPORT, A.SUBMIT, A.ATTACH, A.REMOVE_ATTACHMENT]


class TestWorkflow:
    def test_a_report_is_accepted_only_after_a_submission(self):
        assert [s for s, targets in WORKFLOW.transitions.items() if S.ACCEPTED in targets] == [
            S.SUBMITTED
        ]

    def test_a_report_sent_back_is_resubmitted(self):
        assert WORKFLOW.transitions[S.NEEDS_ATTENTION] == {S.SUBMITTED}

    def test_accepted_is_final(self):
        assert not WORKFLOW.transitions[S.ACCEPTED]

    def test_a_follow_up_starts_pending(self):
        assert set(WORKFLOW.starts) == {S.PENDING}
        with pytest.raises(AssertionError):
            WORKFLOW.require_start(S.SUBMITTED)

    def test_a_pending_report_cannot_be_accepted(self):
        with pytest.raises(InvalidTransition) as raised:
            WORKFLOW.require_move(S.PENDING, S.ACCEPTED)
        assert raised.value.detail == {
            "message": InvalidTransition.message,
            "from": "pending",
            "to": "accepted",
        }


class TestRules:
    @pytest.mark.parametrize("role", ["lead", "member"])
    def test_the_working_group_writes_while_the_report_is_open(self, role):
        group = principal(role, organisation_id=1)
        for state in S:
            expected = GROUP_WRITES if state in {S.PENDING, S.NEEDS_ATTENTION} else []
            assert POLICY.allowed(group, FOLLOW_UP, state) == expected

    def test_the_assigned_trainer_reviews_only_a_submitted_report(self):
        trainer = principal("trainer", user_id=5)
        for state in S:
            expected = [A.REVIEW] if state is S.SUBMITTED else []
            assert POLICY.allowed(trainer, FOLLOW_UP, state) == expected

    @pytest.mark.parametrize("role", ["admin", "auditor"])
    def test_admins_and_auditors_only_read(self, role):
        assert POLICY.allowed(principal(role), FOLLOW_UP, S.SUBMITTED) == []

    def test_another_trainer_may_not_review(self):
        assert not POLICY.may(principal("trainer", user_id=6), A.REVIEW, FOLLOW_UP)

    def test_another_organisation_may_not_write(self):
        other = principal("lead", organisation_id=2)
        assert POLICY.allowed(other, FOLLOW_UP, S.PENDING) == []
