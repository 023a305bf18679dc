"""The certification's rules and workflow, as a table: no database, no HTTP."""

from __future__ import annotations

import pytest

from backend.certifications.policies import POLICY, WORKFLOW, CertificationAction
from backend.core.errors import InvalidTransition
from backend.core.policy import Subject
from backend.models.enums import CertificationStatus as S
from tests.support.principals import principal

A = CertificationAction
# Organisation 1's certification, with user 5 as its trainer.
POLICY_SUBJECT = Subject(1, frozenset({5}))


class TestWorkflow:
    def test_a_certificate_comes_only_from_a_submitted_plan(self):
        assert [s for s, targets in WORKFLOW.transitions.items() if S.CERTIFIED in targets] == [
            S.PLAN_SUBMITTED
        ]

    def test_certified_and_cancelled_are_final(self):
        assert not WORKFLOW.transitions[S.CERTIFIED]
        assert not WORKFLOW.transitions[S.CANCELLED]

    def test_a_new_one_starts_open_or_renewed_certified(self):
        assert set(WORKFLOW.starts) == {S.OPEN, S.CERTIFIED}

    def test_a_move_outside_the_table_is_refused_with_from_and_to(self):
        with pytest.raises(InvalidTransition) as raised:
            WORKFLOW.require_move(S.OPEN, S.CERTIFIED)
        detail = raised.value.detail
        assert isinstance(detail, dict)
        assert detail["from"] == "open"
        assert detail["to"] == "certified"

    def test_a_renewal_may_not_start_in_plan_submitted(self):
        with pytest.raises(AssertionError):
            WORKFLOW.require_start(S.PLAN_SUBMITTED)


class TestRules:
    @pytest.mark.parametrize("role", ["auditor", "trainer", "lead", "member"])
    def test_only_admins_open_change_and_cancel(self, role):
        who = principal(role, organisation_id=1, user_id=5)
        assert POLICY.allowed(who, POLICY_SUBJECT, S.OPEN) == []

    def test_an_admin_may_cancel_only_while_it_is_under_way(self):
        admin = principal("admin")
        for state in S:
            expected = state in {S.OPEN, S.PLAN_SUBMITTED, S.CHANGES_REQUESTED}
            assert POLICY.can(admin, A.CANCEL, POLICY_SUBJECT, state) is expected
