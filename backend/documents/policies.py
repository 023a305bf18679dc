"""Who may do what with an organisation's documents, and which review state may follow which.

The one place these rules live: the service asks `can` before it acts and `next_status` before
it moves a version's review on, and the read models send `allowed_actions` from `allowed` so the
SPA shows what the server allows. Visibility (another organisation's document is a 404) is the
repository's query; these rules decide among those who can see the document.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from backend.core.principal import Principal
from backend.models.enums import DocumentReviewStatus, Role


class DocumentAction(enum.StrEnum):
    READ = "read"
    UPLOAD = "upload"  # a new document or a new version of one
    REVIEW = "review"  # decide findings, comment on passages
    FINISH_REVIEW = "finish_review"
    REOPEN_REVIEW = "reopen_review"
    MANAGE_SETTINGS = "manage_settings"  # accepted terms, the non-binary setting, rule groups


@dataclass(frozen=True)
class Party:
    """The caller and the certification the documents belong to: its organisation and trainers."""

    principal: Principal
    organisation_id: int
    trainer_ids: frozenset[int]

    @property
    def is_assigned_trainer(self) -> bool:
        return self.principal.role is Role.TRAINER and self.principal.id in self.trainer_ids

    @property
    def is_working_group(self) -> bool:
        return (
            self.principal.role is Role.MEMBER
            and self.principal.organisation_id == self.organisation_id
        )

    @property
    def is_lead(self) -> bool:
        return self.principal.leads(self.organisation_id)


S = DocumentReviewStatus
A = DocumentAction
# A version's review: checked on upload (awaiting), gone through (in review), finished
# (reviewed, which the trainer may reopen), and superseded by a newer upload from any state.
TRANSITIONS: dict[DocumentReviewStatus, frozenset[DocumentReviewStatus]] = {
    S.AWAITING_REVIEW: frozenset({S.IN_REVIEW, S.REVIEWED, S.SUPERSEDED}),
    S.IN_REVIEW: frozenset({S.REVIEWED, S.SUPERSEDED}),
    S.REVIEWED: frozenset({S.IN_REVIEW, S.SUPERSEDED}),
    S.SUPERSEDED: frozenset(),
}
# The review state an action leaves a version in.
MOVES_TO: dict[DocumentAction, DocumentReviewStatus] = {
    DocumentAction.REVIEW: S.IN_REVIEW,
    DocumentAction.FINISH_REVIEW: S.REVIEWED,
    DocumentAction.REOPEN_REVIEW: S.IN_REVIEW,
    DocumentAction.UPLOAD: S.SUPERSEDED,
}
# Actions on the review that a state allows (reading and settings do not depend on it).
STATE_ACTIONS: dict[DocumentReviewStatus, frozenset[DocumentAction]] = {
    S.AWAITING_REVIEW: frozenset(
        {DocumentAction.REVIEW, DocumentAction.FINISH_REVIEW, DocumentAction.UPLOAD}
    ),
    S.IN_REVIEW: frozenset(
        {DocumentAction.REVIEW, DocumentAction.FINISH_REVIEW, DocumentAction.UPLOAD}
    ),
    S.REVIEWED: frozenset({DocumentAction.REOPEN_REVIEW, DocumentAction.UPLOAD}),
    S.SUPERSEDED: frozenset(),
}


def may(party: Party, action: DocumentAction) -> bool:
    """Whether the caller's role allows the action, whatever the review's state."""
    role = party.principal.role
    if action is DocumentAction.READ:
        return (
            role in {Role.ADMIN, Role.AUDITOR}
            or party.is_assigned_trainer
            or (party.is_working_group)
        )
    if action is DocumentAction.UPLOAD:
        return party.is_working_group
    if action in {
        DocumentAction.REVIEW,
        DocumentAction.FINISH_REVIEW,
        DocumentAction.REOPEN_REVIEW,
    }:
        return party.is_assigned_trainer
    if action is DocumentAction.MANAGE_SETTINGS:
        return party.is_assigned_trainer or party.is_lead
    raise AssertionError(action)


def can(party: Party, action: DocumentAction, status: DocumentReviewStatus | None = None) -> bool:
    """Whether the caller may take the action now; `status` is the current version's review."""
    if not may(party, action):
        return False
    if status is None or action in {DocumentAction.READ, DocumentAction.MANAGE_SETTINGS}:
        return True
    return action in STATE_ACTIONS[status]


def next_status(
    current: DocumentReviewStatus, action: DocumentAction
) -> DocumentReviewStatus | None:
    """The state the action moves the review to, or None when the table does not allow it."""
    target = MOVES_TO.get(action)
    if target is None or (target != current and target not in TRANSITIONS[current]):
        return None
    return target


def allowed(party: Party, status: DocumentReviewStatus | None) -> list[DocumentAction]:
    """What the caller may do now, for the read model's `allowed_actions`."""
    return [action for action in DocumentAction if can(party, action, status)]
