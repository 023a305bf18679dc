"""Who may suspend, restore and withdraw a certificate, and which status may follow which.

The one place these rules live (backend/core/policy.py describes the shape). The stored status
is valid, suspended or withdrawn; "expired" is derived from the date (past `valid_until`) and no
move leaves it, and a suspension with an end date is valid again after its last day without a
move (backend/certificates/service.py: `current_status`).
"""

from __future__ import annotations

import enum

from backend.core.policy import Policy, Relation, Rule, Workflow, rule
from backend.models.enums import CertificateStatus as S

R = Relation


class CertificateAction(enum.StrEnum):
    SUSPEND = "certificate:suspend"  # for a reason, and perhaps until a date
    RESTORE = "certificate:restore"  # end a suspension before its date
    WITHDRAW = "certificate:withdraw"  # for good


WORKFLOW: Workflow[S] = Workflow(
    title="Certificate",
    transitions={
        S.VALID: frozenset({S.SUSPENDED, S.WITHDRAWN}),
        S.SUSPENDED: frozenset({S.VALID, S.WITHDRAWN}),
        S.WITHDRAWN: frozenset(),
    },
    starts={
        S.VALID: "the assigned trainer approves the plan, or an auditor renews the certificate",
    },
    labels={
        (S.VALID, S.SUSPENDED): "an auditor or admin suspends it, for a reason",
        (S.SUSPENDED, S.VALID): "an auditor or admin restores it (or its end date passes)",
        (S.VALID, S.WITHDRAWN): "an auditor or admin withdraws it for good",
        (S.SUSPENDED, S.WITHDRAWN): "an auditor or admin withdraws it for good",
    },
)

# The status each action moves a certificate to.
TARGETS: dict[CertificateAction, S] = {
    CertificateAction.SUSPEND: S.SUSPENDED,
    CertificateAction.RESTORE: S.VALID,
    CertificateAction.WITHDRAW: S.WITHDRAWN,
}

RULES: dict[CertificateAction, Rule[S]] = {
    CertificateAction.SUSPEND: rule(
        "suspend a valid certificate, for a reason and perhaps until a date",
        R.ADMIN,
        R.AUDITOR,
        states={S.VALID},
    ),
    CertificateAction.RESTORE: rule(
        "end a suspension before its date", R.ADMIN, R.AUDITOR, states={S.SUSPENDED}
    ),
    CertificateAction.WITHDRAW: rule(
        "withdraw a certificate for good", R.ADMIN, R.AUDITOR, states={S.VALID, S.SUSPENDED}
    ),
}

POLICY: Policy[CertificateAction, S] = Policy(
    name="Certificates",
    description="The certificate a certification's approved plan earns, valid for 36 months. "
    "The state is the certificate's as it stands today; an expired one allows nothing.",
    rules=RULES,
    workflows=(WORKFLOW,),
)
