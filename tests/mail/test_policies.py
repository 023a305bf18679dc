"""The outbox's rule and a message's workflow, as a table: no database, no HTTP."""

from __future__ import annotations

import datetime as dt

import pytest

from backend.core.errors import InvalidTransition
from backend.mail.policies import POLICY, WORKFLOW, OutboxAction, state_of
from backend.mail.policies import MessageState as S
from backend.mail.transitions import REASON_LENGTH, mark_failed, mark_sent
from backend.models import OutboxMessage
from tests.support.principals import principal

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


class TestWorkflow:
    def test_a_message_starts_pending_and_sent_is_final(self):
        assert set(WORKFLOW.starts) == {S.PENDING}
        assert not WORKFLOW.transitions[S.SENT]

    def test_only_a_failed_message_is_retried(self):
        assert [s for s, targets in WORKFLOW.transitions.items() if S.PENDING in targets] == [
            S.FAILED
        ]
        with pytest.raises(InvalidTransition):
            WORKFLOW.require_move(S.SENT, S.PENDING)

    def test_the_state_follows_from_the_timestamps(self):
        assert state_of(OutboxMessage()) is S.PENDING
        assert state_of(OutboxMessage(failed_at=NOW)) is S.FAILED
        assert state_of(OutboxMessage(sent_at=NOW)) is S.SENT


class TestRules:
    def test_only_admins_manage_the_outbox(self):
        assert POLICY.allowed_globally(principal("admin")) == [OutboxAction.MANAGE]
        for role in ("auditor", "trainer", "lead", "member"):
            assert POLICY.allowed_globally(principal(role, organisation_id=1)) == [], role


class TestTransitions:
    """The dispatcher's writes of a message's state go through the table."""

    def test_a_pending_message_is_sent_or_failed(self):
        sent = OutboxMessage(last_error="earlier")
        mark_sent(sent, NOW)
        assert (state_of(sent), sent.last_error) == (S.SENT, None)
        failed = OutboxMessage()
        mark_failed(failed, NOW, "x" * 600)
        assert state_of(failed) is S.FAILED
        assert failed.last_error == "x" * REASON_LENGTH

    def test_a_sent_message_stays_sent(self):
        for move in (lambda m: mark_sent(m, NOW), lambda m: mark_failed(m, NOW, "late")):
            message = OutboxMessage(sent_at=NOW)
            with pytest.raises(InvalidTransition):
                move(message)
            assert message.failed_at is None
