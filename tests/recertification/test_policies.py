"""The re-certification rules and the review's workflow, as a table: no database, no HTTP."""

from __future__ import annotations

import pytest

from backend.core.errors import InvalidTransition
from backend.core.policy import Subject
from backend.models import RecertReview
from backend.models.enums import ReviewOutcome
from backend.recertification.policies import (
    POLICY,
    WORKFLOW,
    RecertificationAction,
    allowed,
    book_actions,
    status_of,
)
from backend.recertification.policies import ReviewStatus as S
from tests.support.principals import principal

A = RecertificationAction
# A review of organisation 1's certificate, whose certification has user 5 as its trainer.
CERTIFICATION = Subject(1, frozenset({5}))
ON_A_REVIEW = [A.SCHEDULE, A.ASSIGN, A.DECIDE]


def _review(outcome: ReviewOutcome | None = None) -> RecertReview:
    return RecertReview(outcome=outcome)


class TestWorkflow:
    def test_a_review_starts_scheduled_and_a_decision_is_final(self):
        assert set(WORKFLOW.starts) == {S.SCHEDULED}
        assert WORKFLOW.transitions[S.SCHEDULED] == {S.DECIDED}
        assert not WORKFLOW.transitions[S.DECIDED]

    def test_deciding_twice_is_refused(self):
        with pytest.raises(InvalidTransition):
            WORKFLOW.require_move(S.DECIDED, S.DECIDED)

    def test_the_status_is_whether_it_has_an_outcome(self):
        assert status_of(_review()) is S.SCHEDULED
        for outcome in ReviewOutcome:
            assert status_of(_review(outcome)) is S.DECIDED


class TestRules:
    @pytest.mark.parametrize("role", ["admin", "auditor"])
    def test_admins_and_auditors_schedule_assign_and_decide(self, role):
        who = principal(role)
        assert POLICY.may(who, A.VIEW)
        assert allowed(who, CERTIFICATION, _review()) == ON_A_REVIEW

    @pytest.mark.parametrize("role", ["trainer", "lead", "member"])
    def test_those_who_only_see_the_certification_read_the_review(self, role):
        who = principal(role, organisation_id=1, user_id=5)
        assert not POLICY.may(who, A.VIEW)
        assert allowed(who, CERTIFICATION, _review()) == []

    @pytest.mark.parametrize("role", ["admin", "auditor"])
    def test_a_certificate_is_booked_once_its_window_opens_and_none_is_undecided(self, role):
        who = principal(role)
        assert book_actions(who, window_open=True, undecided=False) == [A.BOOK]
        assert book_actions(who, window_open=False, undecided=False) == []
        assert book_actions(who, window_open=True, undecided=True) == []

    def test_only_by_admins_and_auditors(self):
        who = principal("trainer", user_id=5)
        assert book_actions(who, window_open=True, undecided=False) == []

    def test_a_decided_review_changes_no_more(self):
        decided = _review(ReviewOutcome.NOT_RENEWED)
        assert allowed(principal("auditor"), CERTIFICATION, decided) == []
        for action in ON_A_REVIEW:
            assert not POLICY.in_state(action, S.DECIDED)

    def test_the_list_is_listed_by_users_me_not_on_a_review(self):
        assert POLICY.allowed_globally(principal("auditor")) == [A.VIEW]
