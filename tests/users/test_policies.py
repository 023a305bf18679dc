"""The account rules and lifecycle, and the caller's global actions: no database, no HTTP."""

from __future__ import annotations

import enum
from collections.abc import Iterable

import pytest

from backend.core.errors import Forbidden, InvalidTransition
from backend.models.enums import UserStatus as S
from backend.policies import ALL
from backend.users.errors import CannotChangeOwnAccount
from backend.users.me import global_actions
from backend.users.policies import (
    POLICY,
    WORKFLOW,
    UserAction,
    allowed,
    require_change_access,
)
from tests.support.principals import principal

A = UserAction
ROLES = ["admin", "auditor", "trainer", "lead", "member"]
ADMINS = {
    "organisation:create",
    "users:manage",
    "recertification:view",
    "outbox:manage",
    "audit:read",
}
TRAINERS = {"dashboard:view"}


def _strings(actions: Iterable[enum.Enum]) -> set[str]:
    """The actions as the API sends them: every policy's actions are a StrEnum."""
    return {action.value for action in actions}


class TestWorkflow:
    def test_an_account_starts_invited_or_created_with_a_password(self):
        assert set(WORKFLOW.starts) == {S.INVITED, S.ACTIVE}

    def test_a_password_is_chosen_only_once(self):
        assert S.INVITED not in WORKFLOW.transitions[S.ACTIVE]

    def test_reactivation_returns_the_account_to_where_it_was(self):
        assert WORKFLOW.transitions[S.DEACTIVATED] == {S.INVITED, S.ACTIVE}

    def test_a_move_outside_the_table_is_refused(self):
        with pytest.raises(InvalidTransition):
            WORKFLOW.require_move(S.ACTIVE, S.INVITED)


class TestRules:
    def test_only_admins_manage_accounts(self):
        assert allowed(principal("admin"), 2) == [A.UPDATE, A.CHANGE_ACCESS]
        for role in ROLES[1:]:
            who = principal(role, organisation_id=1)
            assert not POLICY.may(who, A.MANAGE), role
            assert allowed(who, 2) == [], role

    def test_an_admin_renames_their_own_account_but_keeps_its_access(self):
        admin = principal("admin", user_id=7)
        assert allowed(admin, 7) == [A.UPDATE]
        with pytest.raises(CannotChangeOwnAccount):
            require_change_access(admin, 7)
        require_change_access(admin, 8)

    def test_changing_access_is_refused_before_it_is_asked_whose_account_it_is(self):
        with pytest.raises(Forbidden):
            require_change_access(principal("auditor", user_id=7), 7)

    def test_the_overview_is_the_trainers(self):
        for role in ROLES:
            who = principal(role, organisation_id=1)
            assert POLICY.may(who, A.VIEW_DASHBOARD) is (role == "trainer"), role


class TestGlobalActions:
    """`GET /users/me`'s `allowed_actions`: every registered policy's global actions."""

    @pytest.mark.parametrize("role", ROLES)
    def test_only_global_actions_the_caller_may_take(self, role):
        who = principal(role, organisation_id=1)
        found = global_actions(who)
        expected = {a for p in ALL for a in p.allowed_globally(who)}
        assert set(found) == expected
        assert len(found) == len(expected)

    def test_in_the_policies_order_every_time(self):
        found = global_actions(principal("admin"))
        order = [a for p in ALL for a in p.rules]
        assert found == sorted(found, key=order.index)

    def test_an_admin_a_trainer_and_a_member(self):
        admin = _strings(global_actions(principal("admin")))
        assert admin >= ADMINS
        assert "dashboard:view" not in admin
        assert "organisation:update" not in admin  # about one organisation: its read model's
        trainer = _strings(global_actions(principal("trainer")))
        assert "dashboard:view" in trainer
        assert not trainer & ADMINS
        assert not set(global_actions(principal("lead", organisation_id=1))) & (ADMINS | TRAINERS)
