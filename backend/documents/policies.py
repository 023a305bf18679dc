"""Who may do what with an organisation's documents, and which review state may follow which.

The one place these rules live (backend/core/policy.py describes the shape): the service asks
`POLICY` before it acts and `next_status` before it moves a version's review on, and the read
models send `allowed_actions` from `POLICY.allowed` so the SPA shows what the server allows. A
document's subject is its organisation and the trainers of its certification (for the language
settings, the trainers of any of the organisation's certifications). Visibility (another
organisation's document is a 404) is the repository's query.
"""

from __future__ import annotations

import enum

from backend.core.policy import Policy, Relation, Rule, Workflow, rule
from backend.models.enums import DocumentReviewStatus as S

R = Relation


class DocumentAction(enum.StrEnum):
    # Not namespaced like the other domains' actions: the SPA and the generated client use these.
    READ = "read"
    UPLOAD = "upload"  # a new document or a new version of one
    REVIEW = "review"  # decide findings, comment on passages
    FINISH_REVIEW = "finish_review"
    REOPEN_REVIEW = "reopen_review"
    MANAGE_SETTINGS = "manage_settings"  # accepted terms, the non-binary setting, rule groups


# A version's review: checked on upload (awaiting), gone through (in review), finished
# (reviewed, which the trainer may reopen), and superseded by a newer upload from any state.
WORKFLOW: Workflow[S] = Workflow(
    title="Document version review",
    transitions={
        S.AWAITING_REVIEW: frozenset({S.IN_REVIEW, S.REVIEWED, S.SUPERSEDED}),
        S.IN_REVIEW: frozenset({S.REVIEWED, S.SUPERSEDED}),
        S.REVIEWED: frozenset({S.IN_REVIEW, S.SUPERSEDED}),
        S.SUPERSEDED: frozenset(),
    },
    starts={
        S.AWAITING_REVIEW: "the working group uploads it or submits the plan; checked on arrival",
    },
    labels={
        (S.AWAITING_REVIEW, S.IN_REVIEW): "the assigned trainer decides a finding or comments",
        (S.AWAITING_REVIEW, S.REVIEWED): "the assigned trainer finishes the review",
        (S.AWAITING_REVIEW, S.SUPERSEDED): "a newer version is uploaded",
        (S.IN_REVIEW, S.REVIEWED): "the assigned trainer finishes the review",
        (S.IN_REVIEW, S.SUPERSEDED): "a newer version is uploaded",
        (S.REVIEWED, S.IN_REVIEW): "the assigned trainer reopens the review",
        (S.REVIEWED, S.SUPERSEDED): "a newer version is uploaded",
    },
)

UNDER_REVIEW = frozenset({S.AWAITING_REVIEW, S.IN_REVIEW})
CURRENT = frozenset({S.AWAITING_REVIEW, S.IN_REVIEW, S.REVIEWED})

# In the enum's order: `allowed_actions` lists them in this order.
RULES: dict[DocumentAction, Rule[S]] = {
    DocumentAction.READ: rule(
        "read documents, versions and findings",
        R.ADMIN,
        R.AUDITOR,
        R.ASSIGNED_TRAINER,
        R.WORKING_GROUP,
    ),
    # A superseded version is history: a new version is uploaded onto the current one.
    DocumentAction.UPLOAD: rule(
        "upload a document, or a new version of one", R.WORKING_GROUP, states=CURRENT
    ),
    DocumentAction.REVIEW: rule(
        "decide findings and comment on passages", R.ASSIGNED_TRAINER, states=UNDER_REVIEW
    ),
    DocumentAction.FINISH_REVIEW: rule(
        "finish the review of a version", R.ASSIGNED_TRAINER, states=UNDER_REVIEW
    ),
    DocumentAction.REOPEN_REVIEW: rule(
        "reopen a finished review", R.ASSIGNED_TRAINER, states={S.REVIEWED}
    ),
    DocumentAction.MANAGE_SETTINGS: rule(
        "change the organisation's language settings and accepted terms",
        R.ASSIGNED_TRAINER,
        R.LEAD,
    ),
}

POLICY: Policy[DocumentAction, S] = Policy(
    name="Documents",
    description="The organisation's documents and their language review, version by version.",
    rules=RULES,
    workflows=(WORKFLOW,),
)

# The review state an action leaves a version in.
MOVES_TO: dict[DocumentAction, S] = {
    DocumentAction.REVIEW: S.IN_REVIEW,
    DocumentAction.FINISH_REVIEW: S.REVIEWED,
    DocumentAction.REOPEN_REVIEW: S.IN_REVIEW,
    DocumentAction.UPLOAD: S.SUPERSEDED,
}


def next_status(current: S, action: DocumentAction) -> S | None:
    """The state the action moves the review to, or None when the workflow does not allow it.
    Reviewing a version already in review leaves it there: staying is not a move."""
    target = MOVES_TO.get(action)
    if target is None or (target is not current and not WORKFLOW.can_move(current, target)):
        return None
    return target
