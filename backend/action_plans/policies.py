"""Who may write, submit, review and comment on the action plan, and which status may follow which.

The one place these rules live (backend/core/policy.py describes the shape). The plan's status
moves in step with the certification's (backend/certifications/policies.py): submitting, asking
for changes and approving move both.
"""

from __future__ import annotations

import enum

from backend.core.policy import Policy, Relation, Rule, Subject, Workflow, rule
from backend.core.principal import Principal
from backend.models.enums import CertificationStatus
from backend.models.enums import PlanStatus as S

R = Relation


class PlanAction(enum.StrEnum):
    EDIT = "plan:edit"  # save the whole plan
    SUBMIT = "plan:submit"
    REQUEST_CHANGES = "plan:request_changes"  # send it back with a comment
    APPROVE = "plan:approve"  # which issues the certificate
    COMMENT = "plan:comment"  # on the plan, a goal or an activity, or an answer


# Editing is open until the plan goes for review, and again when changes are asked for.
EDITABLE = frozenset({S.DRAFT, S.CHANGES_REQUESTED})

WORKFLOW: Workflow[S] = Workflow(
    title="Action plan",
    transitions={
        S.DRAFT: frozenset({S.SUBMITTED}),
        S.SUBMITTED: frozenset({S.CHANGES_REQUESTED, S.APPROVED}),
        S.CHANGES_REQUESTED: frozenset({S.SUBMITTED}),
        S.APPROVED: frozenset(),
    },
    starts={
        S.DRAFT: "an admin opens the certification: an empty plan",
        # A renewed certificate's next cycle builds on the plan as it stands, already approved.
        S.APPROVED: "the certificate is renewed: the previous cycle's plan carried over",
    },
    labels={
        (S.DRAFT, S.SUBMITTED): "the working group submits",
        (S.SUBMITTED, S.CHANGES_REQUESTED): "the assigned trainer asks for changes",
        (S.CHANGES_REQUESTED, S.SUBMITTED): "the working group resubmits",
        (S.SUBMITTED, S.APPROVED): "the assigned trainer approves: certificate issued",
    },
)

RULES: dict[PlanAction, Rule[S]] = {
    # An admin may correct the plan for the working group, but only the group submits it.
    PlanAction.EDIT: rule(
        "save the plan while it is open for editing", R.ADMIN, R.WORKING_GROUP, states=EDITABLE
    ),
    PlanAction.SUBMIT: rule("submit the plan for review", R.WORKING_GROUP, states=EDITABLE),
    PlanAction.REQUEST_CHANGES: rule(
        "send the submitted plan back with a comment", R.ASSIGNED_TRAINER, states={S.SUBMITTED}
    ),
    PlanAction.APPROVE: rule(
        "approve the submitted plan, which issues the certificate",
        R.ASSIGNED_TRAINER,
        states={S.SUBMITTED},
    ),
    PlanAction.COMMENT: rule(
        "comment on the plan, a goal or an activity, or answer a comment",
        R.ADMIN,
        R.ASSIGNED_TRAINER,
        R.WORKING_GROUP,
    ),
}

# A cancelled certification's plan takes no more steps; its comments stay open.
CLOSED_CERTIFICATION_ACTIONS = frozenset({PlanAction.COMMENT})


def allowed(
    principal: Principal, subject: Subject, plan: S, certification: CertificationStatus
) -> list[PlanAction]:
    """The plan's `allowed_actions`: by the plan's status, and none but comments once the
    certification is cancelled."""
    found = POLICY.allowed(principal, subject, plan)
    if certification is CertificationStatus.CANCELLED:
        return [a for a in found if a in CLOSED_CERTIFICATION_ACTIONS]
    return found


POLICY: Policy[PlanAction, S] = Policy(
    name="Action plans",
    description="The working group's plan: a vision, measurable goals and the activities to them.",
    rules=RULES,
    workflows=(WORKFLOW,),
)
