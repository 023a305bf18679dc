"""Who may run live rooms and edit the question bank, and how rooms and their questions move.

The one place these rules live (backend/core/policy.py describes the shape). A `Policy` judges one
kind of state, so there are three: `LIVE` for what is asked of a certification (its status limits
opening a room), `ROOMS` for a room (open or ended) and `QUESTIONS` for a question of a room.
Participants need no rule: the room's code is their key, and what they may answer is the room's
and the question's state (backend/live/participation.py).
"""

from __future__ import annotations

import enum
from typing import TypeVar

from backend.core.policy import Policy, Relation, Rule, Workflow, rule
from backend.models.enums import CertificationStatus, QuestionState, RoomStatus
from backend.training.rules import TRAINING_OPEN

R = Relation
A = TypeVar("A", bound=enum.Enum)
S = TypeVar("S", bound=enum.Enum)
# Rooms are the trainers' tool: the working group sees the certification, not its rooms.
RUNNERS = (R.ADMIN, R.ASSIGNED_TRAINER)


class LiveAction(enum.StrEnum):
    RUN = "live:run"  # see a training day's room and present it
    OPEN_ROOM = "live:open_room"  # for a training day, with the bank's questions
    ATTACH_RESULTS = "live:attach_results"  # exercise results as input for a workshop
    VIEW_QUESTION_BANK = "question-bank:view"
    MANAGE_QUESTION_BANK = "question-bank:manage"


LIVE_RULES: dict[LiveAction, Rule[CertificationStatus]] = {
    LiveAction.RUN: rule(
        "see a training day's live room and present it: questions, projector, evaluation link",
        *RUNNERS,
    ),
    LiveAction.OPEN_ROOM: rule(
        "open a training day's live room (not for a cancelled day)",
        *RUNNERS,
        states=TRAINING_OPEN,
    ),
    LiveAction.ATTACH_RESULTS: rule(
        "attach a moment 2 or 3 exercise's aggregated results to a workshop, or remove them",
        *RUNNERS,
        states=TRAINING_OPEN,
    ),
    LiveAction.VIEW_QUESTION_BANK: rule(
        "read the question bank: exercises per moment and the evaluation", R.ADMIN, R.TRAINER
    ),
    LiveAction.MANAGE_QUESTION_BANK: rule("add, change and remove bank questions", R.ADMIN),
}

LIVE: Policy[LiveAction, CertificationStatus] = Policy(
    name="Live exercises",
    description="A training day's live room and the question bank its questions are copied from. "
    "The state is the certification's.",
    rules=LIVE_RULES,
    global_actions=frozenset({LiveAction.VIEW_QUESTION_BANK, LiveAction.MANAGE_QUESTION_BANK}),
)


class RoomAction(enum.StrEnum):
    OPEN_QUESTION = "live-room:open_question"  # put one on the projector, taking answers
    SHOW_QUESTION = "live-room:show_question"  # put one on the projector without opening it
    ADD_QUESTION = "live-room:add_question"  # one of the trainer's own, beside the bank's
    CLOSE = "live-room:close"  # end the live session
    REOPEN = "live-room:reopen"  # after "end" by mistake


ROOM_WORKFLOW: Workflow[RoomStatus] = Workflow(
    title="Live room",
    transitions={
        RoomStatus.OPEN: frozenset({RoomStatus.CLOSED}),
        RoomStatus.CLOSED: frozenset({RoomStatus.OPEN}),
    },
    starts={RoomStatus.OPEN: "a trainer or admin opens the training day's room"},
    labels={
        (RoomStatus.OPEN, RoomStatus.CLOSED): "the trainer ends the session: open questions close",
        (RoomStatus.CLOSED, RoomStatus.OPEN): "the trainer opens it again; no question reopens",
    },
)

ROOM_RULES: dict[RoomAction, Rule[RoomStatus]] = {
    RoomAction.OPEN_QUESTION: rule(
        "open a question for answers while the session runs", *RUNNERS, states={RoomStatus.OPEN}
    ),
    RoomAction.SHOW_QUESTION: rule(
        "put a question on the projector while the session runs", *RUNNERS, states={RoomStatus.OPEN}
    ),
    RoomAction.ADD_QUESTION: rule(
        "add a question of one's own while the session runs", *RUNNERS, states={RoomStatus.OPEN}
    ),
    RoomAction.CLOSE: rule("end the live session", *RUNNERS, states={RoomStatus.OPEN}),
    RoomAction.REOPEN: rule("open an ended session again", *RUNNERS, states={RoomStatus.CLOSED}),
}

ROOMS: Policy[RoomAction, RoomStatus] = Policy(
    name="Live rooms",
    description="One training day's room: the state is the room's. Seeing it takes `live:run`.",
    rules=ROOM_RULES,
    workflows=(ROOM_WORKFLOW,),
)


class QuestionAction(enum.StrEnum):
    OPEN = "live-question:open"  # take answers (the question open before it closes)
    CLOSE = "live-question:close"  # stop taking answers; the results stay


QUESTION_WORKFLOW: Workflow[QuestionState] = Workflow(
    title="Live question",
    transitions={
        QuestionState.PENDING: frozenset({QuestionState.OPEN}),
        QuestionState.OPEN: frozenset({QuestionState.CLOSED}),
        QuestionState.CLOSED: frozenset({QuestionState.OPEN}),
    },
    starts={
        QuestionState.PENDING: "the room opens with the bank's questions, or the trainer adds one"
    },
    labels={
        (QuestionState.PENDING, QuestionState.OPEN): "the trainer opens it for answers",
        (
            QuestionState.OPEN,
            QuestionState.CLOSED,
        ): "the trainer closes it, opens another, or ends the session",
        (QuestionState.CLOSED, QuestionState.OPEN): "the trainer opens it again",
    },
)

QUESTION_RULES: dict[QuestionAction, Rule[QuestionState]] = {
    QuestionAction.OPEN: rule(
        "open it for answers (while the room's session runs)",
        *RUNNERS,
        states={QuestionState.PENDING, QuestionState.CLOSED},
    ),
    QuestionAction.CLOSE: rule("stop taking answers", *RUNNERS, states={QuestionState.OPEN}),
}

QUESTIONS: Policy[QuestionAction, QuestionState] = Policy(
    name="Live questions",
    description="A question of a live room: the state is the question's. Adapting or removing "
    "one (while nobody has answered it) takes `live:run`.",
    rules=QUESTION_RULES,
    workflows=(QUESTION_WORKFLOW,),
)


def runner_actions(policy: Policy[A, S], state: S) -> list[A]:
    """What anyone who may run the room may do in this state. The presenter's stream is one
    payload for all who watch it, each of whom `live:run` admitted; every room and question rule
    allows exactly those (tests/live/test_policies.py holds it), so this is their `allowed`."""
    return [action for action in policy.rules if policy.in_state(action, state)]
