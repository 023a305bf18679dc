"""Every domain's policy, in the order docs/permissions.md and the state diagrams show them."""

from __future__ import annotations

from typing import Any

from backend.certifications.policies import POLICY as CERTIFICATIONS
from backend.core.policy import Policy

ALL: tuple[Policy[Any, Any], ...] = (CERTIFICATIONS,)
