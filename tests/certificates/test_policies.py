"""The certificate's rules and workflow, as a table: no database, no HTTP."""

from __future__ import annotations

import datetime as dt

import pytest

from backend.certificates.policies import POLICY, TARGETS, WORKFLOW, CertificateAction
from backend.certificates.service import allowed_actions, current_status
from backend.core.errors import InvalidTransition
from backend.core.policy import Subject
from backend.models import Certificate
from backend.models.enums import CertificateStatus as S
from tests.support.principals import principal

A = CertificateAction
SUBJECT = Subject(1, frozenset({5}))
TODAY = dt.date(2027, 3, 2)


def _certificate(status: S, *, valid_until=dt.date(2029, 3, 2), suspended_until=None):
    return Certificate(
        organisation_id=1,
        status=status,
        valid_until=valid_until,
        suspended_until=suspended_until,
    )


class TestWorkflow:
    def test_a_certificate_is_issued_valid(self):
        assert set(WORKFLOW.starts) == {S.VALID}

    def test_withdrawn_is_final(self):
        assert not WORKFLOW.transitions[S.WITHDRAWN]

    def test_a_withdrawn_certificate_cannot_be_restored(self):
        with pytest.raises(InvalidTransition) as raised:
            WORKFLOW.require_move(S.WITHDRAWN, S.VALID)
        detail = raised.value.detail
        assert isinstance(detail, dict)
        assert detail["from"] == "withdrawn"

    def test_each_action_is_allowed_exactly_where_its_move_is(self):
        for action, target in TARGETS.items():
            for state in S:
                assert POLICY.in_state(action, state) is WORKFLOW.can_move(state, target), (
                    action,
                    state,
                )


class TestRules:
    @pytest.mark.parametrize("role", ["admin", "auditor"])
    def test_auditors_and_admins_suspend_and_withdraw_a_valid_one(self, role):
        assert POLICY.allowed(principal(role), SUBJECT, S.VALID) == [A.SUSPEND, A.WITHDRAW]
        assert POLICY.allowed(principal(role), SUBJECT, S.SUSPENDED) == [A.RESTORE, A.WITHDRAW]

    @pytest.mark.parametrize("role", ["trainer", "lead", "member"])
    def test_no_one_else_changes_it(self, role):
        who = principal(role, organisation_id=1, user_id=5)
        for state in S:
            assert POLICY.allowed(who, SUBJECT, state) == []


class TestStatusToday:
    def test_a_suspension_past_its_last_day_is_valid_again(self):
        lapsed = _certificate(S.SUSPENDED, suspended_until=TODAY - dt.timedelta(days=1))
        assert current_status(lapsed, TODAY) is S.VALID
        assert allowed_actions(principal("auditor"), SUBJECT, lapsed, TODAY) == [
            A.SUSPEND,
            A.WITHDRAW,
        ]

    def test_a_suspension_until_today_still_holds(self):
        held = _certificate(S.SUSPENDED, suspended_until=TODAY)
        assert current_status(held, TODAY) is S.SUSPENDED

    def test_an_expired_certificate_allows_nothing(self):
        expired = _certificate(S.VALID, valid_until=TODAY - dt.timedelta(days=1))
        assert current_status(expired, TODAY) is None
        assert allowed_actions(principal("admin"), SUBJECT, expired, TODAY) == []

    def test_withdrawn_stays_withdrawn_after_its_date(self):
        gone = _certificate(S.WITHDRAWN, valid_until=TODAY - dt.timedelta(days=1))
        assert current_status(gone, TODAY) is S.WITHDRAWN
        assert allowed_actions(principal("admin"), SUBJECT, gone, TODAY) == []
