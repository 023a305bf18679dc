"""The action plan's rules and workflow, as a table: no database, no HTTP."""

from __future__ import annotations

import pytest

from backend.action_plans.policies import POLICY, WORKFLOW, PlanAction, allowed
from backend.core.errors import InvalidTransition
from backend.core.policy import Subject
from backend.models.enums import CertificationStatus
from backend.models.enums import PlanStatus as S
from tests.support.principals import principal

A = PlanAction
# Organisation 1's certification, with user 5 as its trainer.
PLAN = Subject(1, frozenset({5}))


class TestWorkflow:
    def test_an_approved_plan_comes_only_from_a_submitted_one(self):
        assert [s for s, targets in WORKFLOW.transitions.items() if S.APPROVED in targets] == [
            S.SUBMITTED
        ]

    def test_changes_are_asked_for_only_on_a_submitted_plan(self):
        assert [
            s for s, targets in WORKFLOW.transitions.items() if S.CHANGES_REQUESTED in targets
        ] == [S.SUBMITTED]

    def test_approved_is_final(self):
        assert not WORKFLOW.transitions[S.APPROVED]

    def test_a_plan_starts_as_a_draft_or_renewed_approved(self):
        assert set(WORKFLOW.starts) == {S.DRAFT, S.APPROVED}
        assert WORKFLOW.require_start(S.APPROVED) is S.APPROVED

    def test_a_plan_never_starts_submitted(self):
        with pytest.raises(AssertionError):
            WORKFLOW.require_start(S.SUBMITTED)

    def test_a_draft_cannot_be_approved(self):
        with pytest.raises(InvalidTransition) as raised:
            WORKFLOW.require_move(S.DRAFT, S.APPROVED)
        detail = raised.value.detail
        assert isinstance(detail, dict)
        assert detail["from"] == "draft"
        assert detail["to"] == "approved"


class TestRules:
    @pytest.mark.parametrize("role", ["lead", "member"])
    def test_the_working_group_edits_and_submits_while_editable(self, role):
        group = principal(role, organisation_id=1)
        for state in S:
            editable = state in {S.DRAFT, S.CHANGES_REQUESTED}
            assert POLICY.can(group, A.EDIT, PLAN, state) is editable
            assert POLICY.can(group, A.SUBMIT, PLAN, state) is editable

    def test_an_admin_edits_but_does_not_submit(self):
        admin = principal("admin")
        assert POLICY.allowed(admin, PLAN, S.DRAFT) == [A.EDIT, A.COMMENT]

    def test_the_assigned_trainer_reviews_a_submitted_plan(self):
        trainer = principal("trainer", user_id=5)
        assert POLICY.allowed(trainer, PLAN, S.SUBMITTED) == [
            A.REQUEST_CHANGES,
            A.APPROVE,
            A.COMMENT,
        ]
        assert POLICY.allowed(trainer, PLAN, S.DRAFT) == [A.COMMENT]

    def test_another_trainer_may_do_nothing(self):
        assert POLICY.allowed(principal("trainer", user_id=6), PLAN, S.SUBMITTED) == []

    def test_an_auditor_only_reads(self):
        assert POLICY.allowed(principal("auditor"), PLAN, S.DRAFT) == []

    def test_another_organisation_may_do_nothing(self):
        assert POLICY.allowed(principal("lead", organisation_id=2), PLAN, S.DRAFT) == []

    def test_the_locked_state_is_told_apart_from_the_caller(self):
        # A state refusal is the service's 409 plan_locked; a refused caller is 403.
        assert not POLICY.in_state(A.EDIT, S.SUBMITTED)
        assert POLICY.may(principal("member", organisation_id=1), A.EDIT, PLAN)


class TestOnACancelledCertification:
    def test_the_plan_takes_no_more_steps_but_comments_stay_open(self):
        lead = principal("lead", organisation_id=1)
        subject = Subject(1, frozenset({5}))
        open_cert = allowed(lead, subject, S.DRAFT, CertificationStatus.OPEN)
        assert {PlanAction.EDIT, PlanAction.SUBMIT, PlanAction.COMMENT} <= set(open_cert)
        assert allowed(lead, subject, S.DRAFT, CertificationStatus.CANCELLED) == [
            PlanAction.COMMENT
        ]
