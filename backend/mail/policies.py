"""Who may see the outbox and retry a failed mail, and how an outbox message moves.

The one place these rules live (backend/core/policy.py describes the shape). A message's state is
not a column: it is sent once `sent_at` is set, failed once `failed_at` is, pending before. The
dispatcher (dispatcher.py) moves it from pending; only an admin's retry moves it back.
"""

from __future__ import annotations

import enum

from backend.core.policy import Policy, Relation, Rule, Workflow, rule
from backend.models import OutboxMessage

R = Relation


class MessageState(enum.StrEnum):
    # The admin's view (schemas.OutboxStatus) shows the first two: a sent mail leaves the outbox.
    PENDING = "pending"
    FAILED = "failed"
    SENT = "sent"


S = MessageState


class OutboxAction(enum.StrEnum):
    MANAGE = "outbox:manage"  # see unsent mail with its reasons, send a failed one again


WORKFLOW: Workflow[S] = Workflow(
    title="Outbox message",
    transitions={
        S.PENDING: frozenset({S.SENT, S.FAILED}),
        S.FAILED: frozenset({S.PENDING}),
        S.SENT: frozenset(),
    },
    starts={S.PENDING: "a change that mails someone writes it, in the change's own transaction"},
    labels={
        (S.PENDING, S.SENT): "the dispatcher sends it",
        (S.PENDING, S.FAILED): "the server refuses it for good, or every attempt failed",
        (S.FAILED, S.PENDING): "an admin retries it",
    },
)

RULES: dict[OutboxAction, Rule[S]] = {
    OutboxAction.MANAGE: rule(
        "see unsent mail and why it failed, send a failed mail again", R.ADMIN
    ),
}

POLICY: Policy[OutboxAction, S] = Policy(
    name="Mail",
    description="The outbox: every mail is written there first and sent after the commit.",
    rules=RULES,
    workflows=(WORKFLOW,),
    global_actions=frozenset({OutboxAction.MANAGE}),
)


def state_of(message: OutboxMessage) -> MessageState:
    if message.sent_at is not None:
        return S.SENT
    return S.PENDING if message.failed_at is None else S.FAILED
