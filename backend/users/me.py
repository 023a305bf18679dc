"""The caller's own read model: their account, and every action about no one resource that they
may take (open a certification, manage accounts...), for the SPA's menus and start page.

The actions come from every policy registered in backend/policies.py, so a domain that registers
its policy is listed here without a change to this module.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Union

from backend.core.principal import Principal
from backend.policies import ALL
from backend.users.schemas import UserRead


def _action_types() -> tuple[type[enum.Enum], ...]:
    """Each registered policy's Action enum, once each, in ALL's order."""
    return tuple(dict.fromkeys(type(next(iter(policy.rules))) for policy in ALL))


if TYPE_CHECKING:
    GlobalAction = enum.Enum
else:
    # A union of the Action enums: the schema (and the generated TypeScript) is a union of their
    # literal strings, not `string`.
    GlobalAction = Union[_action_types()]  # noqa: UP007 - built from a tuple, `|` cannot be


class MeRead(UserRead):
    # What the caller may do beyond any one resource (a resource's own read model lists the rest).
    allowed_actions: list[GlobalAction]


def global_actions(principal: Principal) -> list[GlobalAction]:
    """Policy by policy in ALL's order, each in its rules' order."""
    return [action for policy in ALL for action in policy.allowed_globally(principal)]


def read_me(principal: Principal) -> MeRead:
    account = UserRead.model_validate(principal.user).model_dump()
    return MeRead(**account, allowed_actions=global_actions(principal))
