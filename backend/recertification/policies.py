"""Who may see the re-certification work and schedule, assign and decide reviews, and how a
review moves from scheduled to decided.

The one place these rules live (backend/core/policy.py describes the shape). A review is seen by
whoever sees its certification (the repository's query: a 404 otherwise); its status is not a
column but whether it has an outcome. A renewal starts the next cycle certified through the
certification's own workflow (backend/certifications/policies.py).
"""

from __future__ import annotations

import enum

from backend.core.policy import Policy, Relation, Rule, Subject, Workflow, rule
from backend.core.principal import Principal
from backend.models import RecertReview

R = Relation


class ReviewStatus(enum.StrEnum):
    SCHEDULED = "scheduled"  # no outcome yet: it may still move, change auditor or notes
    DECIDED = "decided"  # renewed (with or without efforts) or not renewed: final


S = ReviewStatus


class RecertificationAction(enum.StrEnum):
    VIEW = "recertification:view"  # the list of certificates due for re-certification
    BOOK = "review:book"  # a certificate's review, once its window is open and none is booked
    SCHEDULE = "review:schedule"  # schedule a review, or move or annotate a scheduled one
    ASSIGN = "review:assign"  # name the auditor who holds it
    DECIDE = "review:decide"


WORKFLOW: Workflow[S] = Workflow(
    title="Re-certification review",
    transitions={
        S.SCHEDULED: frozenset({S.DECIDED}),
        S.DECIDED: frozenset(),
    },
    starts={S.SCHEDULED: "an auditor or admin schedules it once the window is open"},
    labels={
        (S.SCHEDULED, S.DECIDED): "an auditor or admin decides: renewed (the next cycle starts"
        " certified) or not renewed",
    },
)

RULES: dict[RecertificationAction, Rule[S]] = {
    RecertificationAction.VIEW: rule(
        "see the certificates whose re-certification is due", R.ADMIN, R.AUDITOR
    ),
    # Asked of a certificate, not of a review: no review exists yet (`book_actions`).
    RecertificationAction.BOOK: rule(
        "book a certificate's review once its window is open and no review is undecided",
        R.ADMIN,
        R.AUDITOR,
    ),
    RecertificationAction.SCHEDULE: rule(
        "schedule a review, move it or change its notes", R.ADMIN, R.AUDITOR, states={S.SCHEDULED}
    ),
    # The SPA offers the choice to admins only (an auditor schedules for themselves), but the
    # API has always taken an auditor from either.
    RecertificationAction.ASSIGN: rule(
        "name the auditor who holds the review", R.ADMIN, R.AUDITOR, states={S.SCHEDULED}
    ),
    RecertificationAction.DECIDE: rule(
        "decide the review: renewed, renewed with efforts, or not",
        R.ADMIN,
        R.AUDITOR,
        states={S.SCHEDULED},
    ),
}

POLICY: Policy[RecertificationAction, S] = Policy(
    name="Re-certification",
    description="Reviewing a certificate before its three years end, and renewing it.",
    rules=RULES,
    workflows=(WORKFLOW,),
    global_actions=frozenset({RecertificationAction.VIEW}),
)

# Actions on a certificate due for review, listed by the re-certification list, not by a review.
CERTIFICATE_ACTIONS = frozenset({RecertificationAction.BOOK})


def status_of(review: RecertReview) -> ReviewStatus:
    return S.SCHEDULED if review.outcome is None else S.DECIDED


def allowed(
    principal: Principal, subject: Subject, review: RecertReview
) -> list[RecertificationAction]:
    """The review's `allowed_actions` (the global `recertification:view` is listed by
    `GET /users/me`, not here)."""
    return [
        action
        for action in POLICY.allowed(principal, subject, status_of(review))
        if action not in CERTIFICATE_ACTIONS
    ]


def book_actions(
    principal: Principal, *, window_open: bool, undecided: bool
) -> list[RecertificationAction]:
    """A listed certificate's `allowed_actions`: booking its review while the window is open
    (the service refuses otherwise: 409 window_closed) and none is undecided (409
    review_exists)."""
    if not window_open or undecided or not POLICY.may(principal, RecertificationAction.BOOK):
        return []
    return [RecertificationAction.BOOK]
