"""The live rules and the room's and question's workflows, as tables: no database, no HTTP."""

from __future__ import annotations

import pytest

from backend.core.policy import Subject
from backend.live.policies import (
    LIVE,
    QUESTION_WORKFLOW,
    QUESTIONS,
    ROOM_WORKFLOW,
    ROOMS,
    LiveAction,
    QuestionAction,
    RoomAction,
    runner_actions,
)
from backend.models.enums import CertificationStatus as C
from backend.models.enums import QuestionState as Q
from backend.models.enums import RoomStatus
from tests.support.principals import principal

# Organisation 1's certification, with user 5 as its trainer.
SUBJECT = Subject(1, frozenset({5}))
ADMIN = principal("admin")
TRAINER = principal("trainer", user_id=5)
OTHERS = [
    principal("trainer", user_id=6),
    principal("auditor"),
    principal("lead", organisation_id=1),
    principal("member", organisation_id=1),
]


class TestWorkflows:
    def test_a_room_opens_and_may_be_ended_and_opened_again(self):
        assert set(ROOM_WORKFLOW.starts) == {RoomStatus.OPEN}
        assert ROOM_WORKFLOW.can_move(RoomStatus.OPEN, RoomStatus.CLOSED)
        assert ROOM_WORKFLOW.can_move(RoomStatus.CLOSED, RoomStatus.OPEN)

    def test_a_question_starts_pending_and_never_goes_back(self):
        assert set(QUESTION_WORKFLOW.starts) == {Q.PENDING}
        assert not any(Q.PENDING in targets for targets in QUESTION_WORKFLOW.transitions.values())

    def test_only_an_open_question_closes(self):
        assert [
            s for s, targets in QUESTION_WORKFLOW.transitions.items() if Q.CLOSED in targets
        ] == [Q.OPEN]

    def test_the_question_rules_follow_its_workflow(self):
        for state in Q:
            assert QUESTIONS.in_state(QuestionAction.OPEN, state) is QUESTION_WORKFLOW.can_move(
                state, Q.OPEN
            )
            assert QUESTIONS.in_state(QuestionAction.CLOSE, state) is QUESTION_WORKFLOW.can_move(
                state, Q.CLOSED
            )

    def test_the_room_rules_follow_its_workflow(self):
        for state in RoomStatus:
            assert ROOMS.in_state(RoomAction.CLOSE, state) is ROOM_WORKFLOW.can_move(
                state, RoomStatus.CLOSED
            )
            assert ROOMS.in_state(RoomAction.REOPEN, state) is ROOM_WORKFLOW.can_move(
                state, RoomStatus.OPEN
            )
        # Nothing goes on the projector, nor is added to it, once the session has ended.
        for action in (RoomAction.OPEN_QUESTION, RoomAction.SHOW_QUESTION, RoomAction.ADD_QUESTION):
            assert ROOMS.in_state(action, RoomStatus.OPEN)
            assert not ROOMS.in_state(action, RoomStatus.CLOSED)


class TestRules:
    @pytest.mark.parametrize("who", [ADMIN, TRAINER], ids=["admin", "assigned trainer"])
    def test_admins_and_assigned_trainers_run_rooms(self, who):
        on_the_certification = [
            a for a in LIVE.allowed(who, SUBJECT, C.OPEN) if a not in LIVE.global_actions
        ]
        assert on_the_certification == [
            LiveAction.RUN,
            LiveAction.OPEN_ROOM,
            LiveAction.ATTACH_RESULTS,
        ]
        assert ROOMS.allowed(who, SUBJECT, RoomStatus.OPEN) == [
            RoomAction.OPEN_QUESTION,
            RoomAction.SHOW_QUESTION,
            RoomAction.ADD_QUESTION,
            RoomAction.CLOSE,
        ]
        assert QUESTIONS.allowed(who, SUBJECT, Q.PENDING) == [QuestionAction.OPEN]

    @pytest.mark.parametrize("who", OTHERS, ids=["other trainer", "auditor", "lead", "member"])
    def test_no_one_else_sees_a_room(self, who):
        assert not LIVE.may(who, LiveAction.RUN, SUBJECT)
        assert not LIVE.may(who, LiveAction.ATTACH_RESULTS, SUBJECT)
        assert ROOMS.allowed(who, SUBJECT, RoomStatus.OPEN) == []
        assert QUESTIONS.allowed(who, SUBJECT, Q.PENDING) == []

    def test_no_room_opens_for_a_cancelled_certification(self):
        assert not LIVE.can(ADMIN, LiveAction.OPEN_ROOM, SUBJECT, C.CANCELLED)
        assert LIVE.can(ADMIN, LiveAction.RUN, SUBJECT, C.CANCELLED)

    def test_trainers_read_the_bank_and_admins_edit_it(self):
        assert LIVE.allowed_globally(principal("trainer")) == [LiveAction.VIEW_QUESTION_BANK]
        assert set(LIVE.allowed_globally(ADMIN)) == {
            LiveAction.VIEW_QUESTION_BANK,
            LiveAction.MANAGE_QUESTION_BANK,
        }
        assert LIVE.allowed_globally(principal("auditor")) == []


class TestTheSharedStream:
    """The presenter's stream sends one room to every viewer, with `runner_actions`: right only
    while every room and question rule allows exactly those whom `live:run` lets see the room."""

    def test_every_room_and_question_rule_allows_exactly_the_runners(self):
        runners = LIVE.rules[LiveAction.RUN].who
        for policy in (ROOMS, QUESTIONS):
            for action, rule in policy.rules.items():
                assert rule.who == runners, action

    @pytest.mark.parametrize("who", [ADMIN, TRAINER], ids=["admin", "assigned trainer"])
    def test_runner_actions_are_what_each_runner_is_allowed(self, who):
        for status in RoomStatus:
            assert runner_actions(ROOMS, status) == ROOMS.allowed(who, SUBJECT, status)
        for state in Q:
            assert runner_actions(QUESTIONS, state) == QUESTIONS.allowed(who, SUBJECT, state)
