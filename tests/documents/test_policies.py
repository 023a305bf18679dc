"""The documents' rules and review workflow, as a table: no database, no HTTP."""

from __future__ import annotations

import pytest

from backend.core.policy import Subject
from backend.documents.policies import POLICY, WORKFLOW, DocumentAction, next_status
from backend.models.enums import DocumentReviewStatus as S
from tests.support.principals import principal

A = DocumentAction
# A document of organisation 1, whose certification has user 5 as its trainer.
DOCUMENT = Subject(1, frozenset({5}))


class TestWorkflow:
    def test_a_version_starts_awaiting_review(self):
        assert set(WORKFLOW.starts) == {S.AWAITING_REVIEW}

    def test_superseded_is_final_and_reachable_from_every_other_state(self):
        assert not WORKFLOW.transitions[S.SUPERSEDED]
        for state in S:
            if state is not S.SUPERSEDED:
                assert S.SUPERSEDED in WORKFLOW.transitions[state]

    def test_a_finished_review_is_reopened_into_review(self):
        assert WORKFLOW.transitions[S.REVIEWED] == {S.IN_REVIEW, S.SUPERSEDED}

    def test_reviewing_a_version_in_review_leaves_it_there(self):
        assert next_status(S.IN_REVIEW, A.REVIEW) is S.IN_REVIEW
        assert next_status(S.AWAITING_REVIEW, A.REVIEW) is S.IN_REVIEW

    def test_a_superseded_version_moves_nowhere(self):
        for action in (A.REVIEW, A.FINISH_REVIEW, A.REOPEN_REVIEW):
            assert next_status(S.SUPERSEDED, action) is None
        # Uploading onto it would leave it superseded: the rule's states refuse that instead.
        assert not POLICY.in_state(A.UPLOAD, S.SUPERSEDED)

    def test_reading_and_settings_move_nothing(self):
        assert next_status(S.IN_REVIEW, A.READ) is None
        assert next_status(S.IN_REVIEW, A.MANAGE_SETTINGS) is None

    def test_only_a_finished_review_is_reopened(self):
        assert next_status(S.REVIEWED, A.REOPEN_REVIEW) is S.IN_REVIEW
        assert [s for s in S if POLICY.in_state(A.REOPEN_REVIEW, s)] == [S.REVIEWED]


class TestRules:
    @pytest.mark.parametrize(
        ("state", "expected"),
        [
            (None, [A.READ, A.REVIEW, A.FINISH_REVIEW, A.REOPEN_REVIEW, A.MANAGE_SETTINGS]),
            (S.AWAITING_REVIEW, [A.READ, A.REVIEW, A.FINISH_REVIEW, A.MANAGE_SETTINGS]),
            (S.IN_REVIEW, [A.READ, A.REVIEW, A.FINISH_REVIEW, A.MANAGE_SETTINGS]),
            (S.REVIEWED, [A.READ, A.REOPEN_REVIEW, A.MANAGE_SETTINGS]),
            (S.SUPERSEDED, [A.READ, A.MANAGE_SETTINGS]),
        ],
    )
    def test_the_assigned_trainer_reviews_by_state(self, state, expected):
        assert POLICY.allowed(principal("trainer", user_id=5), DOCUMENT, state) == expected

    def test_the_lead_uploads_and_manages_the_settings(self):
        lead = principal("lead", organisation_id=1)
        assert POLICY.allowed(lead, DOCUMENT) == [A.READ, A.UPLOAD, A.MANAGE_SETTINGS]

    def test_a_member_uploads_onto_any_current_version(self):
        member = principal("member", organisation_id=1)
        for state in S:
            expected = [A.READ] if state is S.SUPERSEDED else [A.READ, A.UPLOAD]
            assert POLICY.allowed(member, DOCUMENT, state) == expected

    @pytest.mark.parametrize("role", ["admin", "auditor"])
    def test_admins_and_auditors_only_read(self, role):
        assert POLICY.allowed(principal(role), DOCUMENT, S.IN_REVIEW) == [A.READ]

    def test_another_trainer_and_another_organisation_may_do_nothing(self):
        assert POLICY.allowed(principal("trainer", user_id=6), DOCUMENT) == []
        assert POLICY.allowed(principal("lead", organisation_id=2), DOCUMENT) == []
