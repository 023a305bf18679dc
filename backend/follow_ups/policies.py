"""Who may write, submit and review a follow-up report, and which status may follow which.

The one place these rules live (backend/core/policy.py describes the shape): the service asks
`POLICY` before it acts and `WORKFLOW` before it changes a follow-up's status.
"""

from __future__ import annotations

import enum

from backend.core.policy import Policy, Relation, Rule, Workflow, rule
from backend.models.enums import FollowUpStatus as S

R = Relation


class FollowUpAction(enum.StrEnum):
    REPORT = "follow-up:report"  # save the report as a draft
    SUBMIT = "follow-up:submit"
    ATTACH = "follow-up:attach"  # an evidence file
    REMOVE_ATTACHMENT = "follow-up:remove_attachment"
    REVIEW = "follow-up:review"  # accept, or send back as needing attention


# The working group writes while the report is due or sent back; otherwise it is with the trainer.
OPEN = frozenset({S.PENDING, S.NEEDS_ATTENTION})

WORKFLOW: Workflow[S] = Workflow(
    title="Follow-up",
    transitions={
        S.PENDING: frozenset({S.SUBMITTED}),
        S.SUBMITTED: frozenset({S.ACCEPTED, S.NEEDS_ATTENTION}),
        S.NEEDS_ATTENTION: frozenset({S.SUBMITTED}),
        S.ACCEPTED: frozenset(),
    },
    starts={
        S.PENDING: "the certificate is issued: one due at 6 months, one at 18",
    },
    labels={
        (S.PENDING, S.SUBMITTED): "the working group submits the report",
        (S.SUBMITTED, S.ACCEPTED): "the assigned trainer accepts it",
        (S.SUBMITTED, S.NEEDS_ATTENTION): "the assigned trainer says what needs attention",
        (S.NEEDS_ATTENTION, S.SUBMITTED): "the working group answers and resubmits",
    },
)

RULES: dict[FollowUpAction, Rule[S]] = {
    FollowUpAction.REPORT: rule(
        "save the report on each goal and activity", R.WORKING_GROUP, states=OPEN
    ),
    FollowUpAction.SUBMIT: rule("submit the report to the trainer", R.WORKING_GROUP, states=OPEN),
    FollowUpAction.ATTACH: rule("attach an evidence file", R.WORKING_GROUP, states=OPEN),
    FollowUpAction.REMOVE_ATTACHMENT: rule("remove an evidence file", R.WORKING_GROUP, states=OPEN),
    FollowUpAction.REVIEW: rule(
        "accept the submitted report or say what needs attention",
        R.ASSIGNED_TRAINER,
        states={S.SUBMITTED},
    ),
}

POLICY: Policy[FollowUpAction, S] = Policy(
    name="Follow-ups",
    description="The working group's reports on the approved plan, 6 and 18 months after the "
    "certificate.",
    rules=RULES,
    workflows=(WORKFLOW,),
)
