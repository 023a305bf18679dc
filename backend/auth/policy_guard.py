"""Route guards built from a domain's policy, for the actions about no one resource.

A guard is a dependency, so it answers 403 before the request's query and body are validated,
as the role guards it replaces did; actions on a resource are asked in the service instead.
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from backend.auth.permissions import CurrentPrincipal
from backend.core.errors import Forbidden
from backend.core.policy import Policy
from backend.core.principal import Principal
from backend.core.responses import raises

A = TypeVar("A", bound=enum.Enum)


def allowed_to(policy: Policy[A, Any], action: A) -> Callable[[Principal], Awaitable[Principal]]:
    """A dependency giving the caller, or 403 unless the policy allows them the action."""
    if action not in policy.global_actions:
        raise AssertionError(f"{action} is about a resource: ask the policy in the service")

    @raises(Forbidden)  # the policy is this closure's, which raised_by cannot follow
    async def guard(principal: CurrentPrincipal) -> Principal:
        policy.require(principal, action)
        return principal

    return guard
