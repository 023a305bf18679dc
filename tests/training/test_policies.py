"""Training's rules and the training day's workflow, as a table: no database, no HTTP."""

from __future__ import annotations

import pytest

from backend.core.errors import InvalidTransition
from backend.core.policy import Subject
from backend.live.policies import LiveAction
from backend.models.enums import CertificationStatus as C
from backend.models.enums import TrainingDayStatus as D
from backend.training.policies import (
    DAY_WORKFLOW,
    DAYS,
    POLICY,
    TrainingAction,
    TrainingDayAction,
    certification_actions,
    day_actions,
)
from tests.support.principals import principal

A = TrainingAction
# Organisation 1's certification, with user 5 as its trainer.
SUBJECT = Subject(1, frozenset({5}))
ADMIN = principal("admin")
TRAINER = principal("trainer", user_id=5)
OTHER_TRAINER = principal("trainer", user_id=6)
ON_THE_CERTIFICATION = [A.PLAN, A.EDIT_AGENDA, A.MANAGE_SESSIONS]
# The day's own moves; its live room is not one (`test_a_day_has_a_live_room…`).
MOVES = [a for a in TrainingDayAction if a is not TrainingDayAction.OPEN_ROOM]


class TestDayWorkflow:
    def test_only_a_planned_day_moves(self):
        assert DAY_WORKFLOW.transitions[D.PLANNED] == {D.HELD, D.CANCELLED}
        assert not DAY_WORKFLOW.transitions[D.HELD]
        assert not DAY_WORKFLOW.transitions[D.CANCELLED]

    def test_a_new_day_is_planned(self):
        assert set(DAY_WORKFLOW.starts) == {D.PLANNED}
        with pytest.raises(AssertionError):
            DAY_WORKFLOW.require_start(D.HELD)

    def test_a_held_day_cannot_be_cancelled(self):
        with pytest.raises(InvalidTransition) as raised:
            DAY_WORKFLOW.require_move(D.HELD, D.CANCELLED)
        detail = raised.value.detail
        assert isinstance(detail, dict)
        assert detail["from"] == "held"
        assert detail["to"] == "cancelled"

    def test_the_day_rules_follow_the_workflow(self):
        for state in D:
            moves = bool(DAY_WORKFLOW.transitions[state])
            for action in MOVES:
                assert DAYS.in_state(action, state) is moves, (action, state)

    def test_a_day_has_a_live_room_unless_it_is_cancelled(self):
        for state in D:
            opens = DAYS.in_state(TrainingDayAction.OPEN_ROOM, state)
            assert opens is (state is not D.CANCELLED), state


class TestRules:
    @pytest.mark.parametrize("who", [ADMIN, TRAINER], ids=["admin", "assigned trainer"])
    def test_admins_and_assigned_trainers_manage_the_training(self, who):
        assert [a for a in ON_THE_CERTIFICATION if POLICY.may(who, a, SUBJECT)] == (
            ON_THE_CERTIFICATION
        )
        assert DAYS.allowed(who, SUBJECT, D.PLANNED) == list(TrainingDayAction)

    @pytest.mark.parametrize("role", ["auditor", "lead", "member"])
    def test_no_one_else_does(self, role):
        who = principal(role, organisation_id=1, user_id=5)
        assert not any(POLICY.may(who, a, SUBJECT) for a in ON_THE_CERTIFICATION)
        assert DAYS.allowed(who, SUBJECT, D.PLANNED) == []

    def test_nor_a_trainer_of_another_certification(self):
        assert not any(POLICY.may(OTHER_TRAINER, a, SUBJECT) for a in ON_THE_CERTIFICATION)

    def test_a_cancelled_certification_takes_no_more_training(self):
        for state in C:
            for action in ON_THE_CERTIFICATION:
                assert POLICY.can(ADMIN, action, SUBJECT, state) is (state is not C.CANCELLED)

    def test_a_certified_cycle_still_takes_training(self):
        assert POLICY.can(TRAINER, A.PLAN, SUBJECT, C.CERTIFIED)

    def test_staff_read_the_agenda_templates_and_admins_change_them(self):
        for role in ("admin", "auditor", "trainer"):
            assert POLICY.may(principal(role), A.VIEW_AGENDA_TEMPLATES)
        assert not POLICY.may(principal("member", organisation_id=1), A.VIEW_AGENDA_TEMPLATES)
        assert POLICY.allowed_globally(ADMIN) == [
            a for a in A if a in {A.VIEW_AGENDA_TEMPLATES, A.MANAGE_AGENDA_TEMPLATES}
        ]
        assert POLICY.allowed_globally(TRAINER) == [A.VIEW_AGENDA_TEMPLATES]


class TestReadModelActions:
    def test_a_planned_day_of_an_open_certification(self):
        assert day_actions(TRAINER, SUBJECT, C.OPEN, D.PLANNED, in_future=False) == list(
            TrainingDayAction
        )

    def test_a_day_to_come_is_not_yet_offered_as_held(self):
        found = day_actions(TRAINER, SUBJECT, C.OPEN, D.PLANNED, in_future=True)
        assert TrainingDayAction.MARK_HELD not in found
        assert TrainingDayAction.RESCHEDULE in found

    def test_only_its_live_room_on_a_held_day_nothing_on_a_cancelled_certification(self):
        held = day_actions(TRAINER, SUBJECT, C.OPEN, D.HELD, in_future=False)
        assert held == [TrainingDayAction.OPEN_ROOM]
        assert day_actions(TRAINER, SUBJECT, C.OPEN, D.CANCELLED, in_future=False) == []
        assert day_actions(ADMIN, SUBJECT, C.CANCELLED, D.PLANNED, in_future=False) == []

    def test_the_certification_tells_the_trainer_to_plan_and_run(self):
        assert certification_actions(TRAINER, SUBJECT, C.OPEN) == [
            A.PLAN,
            A.EDIT_AGENDA,
            A.MANAGE_SESSIONS,
            LiveAction.RUN,
            LiveAction.OPEN_ROOM,
            LiveAction.ATTACH_RESULTS,
        ]

    def test_a_cancelled_one_only_its_existing_rooms(self):
        # Results are no longer attached to its workshops: it is closed (certification_closed).
        assert certification_actions(ADMIN, SUBJECT, C.CANCELLED) == [LiveAction.RUN]

    @pytest.mark.parametrize("role", ["auditor", "lead", "member"])
    def test_the_others_get_none_and_no_global_action_slips_in(self, role):
        who = principal(role, organisation_id=1)
        assert certification_actions(who, SUBJECT, C.OPEN) == []
