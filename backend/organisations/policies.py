"""Who may register an organisation and manage its details and working group.

The one place these rules live (backend/core/policy.py describes the shape). An organisation has
no status, so no workflow. Visibility is the repository's query: staff see every organisation, a
member only their own (another organisation is a 404 before any rule is asked).
"""

from __future__ import annotations

import enum
from typing import Any

from backend.core.policy import Policy, Relation, Rule, Subject, rule
from backend.core.principal import Principal

R = Relation


class OrganisationAction(enum.StrEnum):
    CREATE = "organisation:create"  # register a new organisation
    UPDATE = "organisation:update"  # name, sector, contact
    INVITE_MEMBER = "members:invite"
    REMOVE_MEMBER = "members:remove"


# An organisation has no states: every rule holds whatever it is.
RULES: dict[OrganisationAction, Rule[Any]] = {
    OrganisationAction.CREATE: rule("register an organisation", R.ADMIN),
    OrganisationAction.UPDATE: rule("change its name, sector or contact", R.ADMIN, R.LEAD),
    OrganisationAction.INVITE_MEMBER: rule("invite a member to its working group", R.ADMIN, R.LEAD),
    OrganisationAction.REMOVE_MEMBER: rule(
        "remove a member from its working group", R.ADMIN, R.LEAD
    ),
}

POLICY: Policy[OrganisationAction, Any] = Policy(
    name="Organisations",
    description="An organisation's details and its working group.",
    rules=RULES,
    global_actions=frozenset({OrganisationAction.CREATE}),
)


def subject(organisation_id: int) -> Subject:
    """The organisation as the rules see it: a lead leads this one, not another."""
    return Subject(organisation_id)


def allowed(principal: Principal, organisation_id: int) -> list[OrganisationAction]:
    """The read model's `allowed_actions`: what the caller may do with this organisation (the
    global `organisation:create` is listed by `GET /users/me`, not here)."""
    return [
        action
        for action in POLICY.allowed(principal, subject(organisation_id))
        if action not in POLICY.global_actions
    ]
