"""Who may read the audit log (backend/core/policy.py describes the shape).

Every domain writes to the log (service.py); reading it whole is the admins'. A certification's
own status history (`GET /certifications/{id}/events`) is read by whoever sees the certification.
"""

from __future__ import annotations

import enum
from typing import Any

from backend.core.policy import Policy, Relation, Rule, rule


class AuditLogAction(enum.StrEnum):
    READ = "audit:read"


# The log has no states: the rule holds whatever it holds.
RULES: dict[AuditLogAction, Rule[Any]] = {
    AuditLogAction.READ: rule("read the whole audit log, newest first", Relation.ADMIN),
}

POLICY: Policy[AuditLogAction, Any] = Policy(
    name="Audit log",
    description="Logins, account changes and every status change, with who and when.",
    rules=RULES,
    global_actions=frozenset({AuditLogAction.READ}),
)
