"""Who may open, change and cancel a certification, and which status may follow which.

The one place these rules live (backend/core/policy.py describes the shape); the training, plan,
follow-up and re-certification domains move a certification's status only through `WORKFLOW`.
"""

from __future__ import annotations

import enum

from backend.core.policy import Policy, Relation, Rule, Workflow, rule
from backend.models.enums import CertificationStatus as S

R = Relation


class CertificationAction(enum.StrEnum):
    OPEN = "certification:open"  # a new certification for an organisation
    UPDATE = "certification:update"  # trainers, group size, scope
    CANCEL = "certification:cancel"


UNDER_WAY = frozenset({S.OPEN, S.PLAN_SUBMITTED, S.CHANGES_REQUESTED})
# A certified one still changes trainers (they review its follow-ups); a cancelled one is closed.
NOT_CANCELLED = frozenset(S) - {S.CANCELLED}

WORKFLOW: Workflow[S] = Workflow(
    title="Certification",
    transitions={
        S.OPEN: frozenset({S.PLAN_SUBMITTED, S.CANCELLED}),
        S.PLAN_SUBMITTED: frozenset({S.CHANGES_REQUESTED, S.CERTIFIED, S.CANCELLED}),
        S.CHANGES_REQUESTED: frozenset({S.PLAN_SUBMITTED, S.CANCELLED}),
        S.CERTIFIED: frozenset(),
        S.CANCELLED: frozenset(),
    },
    starts={
        S.OPEN: "an admin opens it and assigns its trainers",
        # The next cycle of a renewed certificate starts certified, with the plan carried over.
        S.CERTIFIED: "an auditor renews the previous cycle's certificate",
    },
    labels={
        (S.OPEN, S.PLAN_SUBMITTED): "the working group submits the plan",
        (S.PLAN_SUBMITTED, S.CHANGES_REQUESTED): "the assigned trainer asks for changes",
        (S.CHANGES_REQUESTED, S.PLAN_SUBMITTED): "the working group resubmits",
        (S.PLAN_SUBMITTED, S.CERTIFIED): "the assigned trainer approves: certificate issued",
        (S.OPEN, S.CANCELLED): "an admin cancels",
        (S.PLAN_SUBMITTED, S.CANCELLED): "an admin cancels",
        (S.CHANGES_REQUESTED, S.CANCELLED): "an admin cancels",
    },
)

RULES: dict[CertificationAction, Rule[S]] = {
    CertificationAction.OPEN: rule("open a certification for an organisation", R.ADMIN),
    CertificationAction.UPDATE: rule(
        "change its trainers, group size or scope", R.ADMIN, states=NOT_CANCELLED
    ),
    CertificationAction.CANCEL: rule("cancel it before it is certified", R.ADMIN, states=UNDER_WAY),
}

POLICY: Policy[CertificationAction, S] = Policy(
    name="Certifications",
    description="One cycle of one organisation, from the first training day to the certificate.",
    rules=RULES,
    workflows=(WORKFLOW,),
    global_actions=frozenset({CertificationAction.OPEN}),
)
