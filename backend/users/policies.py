"""Who may manage accounts, and how an account's status moves: invited, active, deactivated.

The one place these rules live (backend/core/policy.py describes the shape). A member joins and
leaves through their organisation (`members:invite`, `members:remove` in
backend/organisations/policies.py); staff accounts only through an admin. The status is not a
column: it follows from the password (none until the invitation is accepted) and `is_active`.
"""

from __future__ import annotations

import enum

from backend.core.policy import Policy, Relation, Rule, Workflow, rule
from backend.core.principal import Principal
from backend.models.enums import UserStatus as S
from backend.users.errors import CannotChangeOwnAccount

R = Relation


class UserAction(enum.StrEnum):
    MANAGE = "users:manage"  # list and read every account, invite staff
    UPDATE = "users:update"  # rename
    CHANGE_ACCESS = "users:change_access"  # change a staff role, deactivate or reactivate
    # The trainer's overview of their certifications: a page of its own, no resource of its own.
    VIEW_DASHBOARD = "dashboard:view"


DEACTIVATED_BY = "an admin deactivates it, or an admin or lead removes the member from the group"

WORKFLOW: Workflow[S] = Workflow(
    title="Account",
    transitions={
        S.INVITED: frozenset({S.ACTIVE, S.DEACTIVATED}),
        S.ACTIVE: frozenset({S.DEACTIVATED}),
        # Reactivated, the account is as it was: invited still when no password was ever chosen.
        S.DEACTIVATED: frozenset({S.INVITED, S.ACTIVE}),
    },
    starts={
        S.INVITED: "an admin invites staff, or an admin or lead invites a member",
        S.ACTIVE: "an operator creates it with a password (jamlik create-user)",
    },
    labels={
        (S.INVITED, S.ACTIVE): "they accept the invitation and choose a password",
        (S.INVITED, S.DEACTIVATED): DEACTIVATED_BY,
        (S.ACTIVE, S.DEACTIVATED): DEACTIVATED_BY,
        (S.DEACTIVATED, S.INVITED): "an admin reactivates it before a password was chosen",
        (S.DEACTIVATED, S.ACTIVE): "an admin reactivates it",
    },
)

# Accounts are managed by admins alone. One exception depends on which account it is (`allowed`,
# `require_change_access`): nobody changes their own access, so an admin cannot lock the
# scheme out of its last admin account by mistake.
RULES: dict[UserAction, Rule[S]] = {
    UserAction.MANAGE: rule("list and read every account, invite staff", R.ADMIN),
    UserAction.UPDATE: rule("rename an account", R.ADMIN),
    UserAction.CHANGE_ACCESS: rule(
        "change a staff role, deactivate or reactivate an account (not one's own: 409"
        " cannot_change_own_account)",
        R.ADMIN,
    ),
    UserAction.VIEW_DASHBOARD: rule("open the overview of one's own certifications", R.TRAINER),
}

POLICY: Policy[UserAction, S] = Policy(
    name="Accounts",
    description="Staff and working-group accounts; the caller's own account is theirs to change.",
    rules=RULES,
    workflows=(WORKFLOW,),
    global_actions=frozenset({UserAction.MANAGE, UserAction.VIEW_DASHBOARD}),
)


def _own_access(principal: Principal, account_id: int, action: UserAction) -> bool:
    return action is UserAction.CHANGE_ACCESS and account_id == principal.id


def allowed(principal: Principal, account_id: int) -> list[UserAction]:
    """An account's `allowed_actions` in the admin's views: what the caller may do with it (the
    global actions are listed by `GET /users/me`, not here)."""
    return [
        action
        for action in POLICY.allowed(principal)
        if not _own_access(principal, account_id, action)
    ]


def require_change_access(principal: Principal, account_id: int) -> None:
    """403 for who may not change accounts' access; 409 for one's own account."""
    POLICY.require(principal, UserAction.CHANGE_ACCESS)
    if _own_access(principal, account_id, UserAction.CHANGE_ACCESS):
        raise CannotChangeOwnAccount()
