"""Who may plan a certification's training, and which status a training day may move to.

The one place these rules live (backend/core/policy.py describes the shape). A `Policy` judges one
kind of state, so there are two: `POLICY` for what is asked of a certification (its status: a
cancelled one takes no more training) and `DAYS` for a training day (its own status). A day's
actions need both, which `day_actions` combines for the read model.
"""

from __future__ import annotations

import enum

from backend.core.policy import Policy, Relation, Rule, Subject, Workflow, rule
from backend.core.principal import Principal
from backend.live.policies import LIVE, LiveAction
from backend.models.enums import CertificationStatus, TrainingDayStatus
from backend.training.rules import TRAINING_OPEN

R = Relation
# Admins and the certification's own trainers; other trainers do not see it at all.
MANAGERS = (R.ADMIN, R.ASSIGNED_TRAINER)


class TrainingAction(enum.StrEnum):
    PLAN = "training:plan"  # a new training day
    EDIT_AGENDA = "agenda:edit"  # the certification's agenda of a moment
    MANAGE_SESSIONS = "sessions:manage"  # workshops and supervision sessions
    VIEW_AGENDA_TEMPLATES = "agenda-templates:view"
    MANAGE_AGENDA_TEMPLATES = "agenda-templates:manage"


RULES: dict[TrainingAction, Rule[CertificationStatus]] = {
    TrainingAction.PLAN: rule(
        "plan a training day (a half day, or a full day of two moments)",
        *MANAGERS,
        states=TRAINING_OPEN,
    ),
    TrainingAction.EDIT_AGENDA: rule(
        "replace the agenda of a moment for this certification", *MANAGERS, states=TRAINING_OPEN
    ),
    TrainingAction.MANAGE_SESSIONS: rule(
        "add, change and remove workshops and supervision sessions",
        *MANAGERS,
        states=TRAINING_OPEN,
    ),
    TrainingAction.VIEW_AGENDA_TEMPLATES: rule(
        "read the default agenda new certifications start from", R.ADMIN, R.TRAINER, R.AUDITOR
    ),
    TrainingAction.MANAGE_AGENDA_TEMPLATES: rule(
        "replace a moment's default agenda (certifications keep theirs)", R.ADMIN
    ),
}

POLICY: Policy[TrainingAction, CertificationStatus] = Policy(
    name="Training",
    description="The three moments, the agenda and the working sessions of a certification. "
    "The state is the certification's.",
    rules=RULES,
    global_actions=frozenset(
        {TrainingAction.VIEW_AGENDA_TEMPLATES, TrainingAction.MANAGE_AGENDA_TEMPLATES}
    ),
)


class TrainingDayAction(enum.StrEnum):
    RESCHEDULE = "training-day:reschedule"  # its date, place or notes
    MARK_HELD = "training-day:mark_held"  # on or after its date, with the number who took part
    CANCEL = "training-day:cancel"  # its moments can be planned again
    OPEN_ROOM = "training-day:open_room"  # its live room, made on first use (`live:open_room`)


D = TrainingDayStatus
DAY_WORKFLOW: Workflow[TrainingDayStatus] = Workflow(
    title="Training day",
    transitions={
        D.PLANNED: frozenset({D.HELD, D.CANCELLED}),
        D.HELD: frozenset(),
        D.CANCELLED: frozenset(),
    },
    starts={
        D.PLANNED: "a trainer or admin plans it, or a renewal plans the efforts it decided on",
    },
    labels={
        (D.PLANNED, D.HELD): "the trainer records that it took place, on or after its date",
        (D.PLANNED, D.CANCELLED): "the trainer cancels it: its moments are free again",
    },
)

DAY_RULES: dict[TrainingDayAction, Rule[TrainingDayStatus]] = {
    TrainingDayAction.RESCHEDULE: rule(
        "move a planned day or change its place and notes", *MANAGERS, states={D.PLANNED}
    ),
    TrainingDayAction.MARK_HELD: rule(
        "record that the day took place, on or after its date", *MANAGERS, states={D.PLANNED}
    ),
    TrainingDayAction.CANCEL: rule("cancel a planned day", *MANAGERS, states={D.PLANNED}),
    # A held day's room stays: its evaluation is answered after the day.
    TrainingDayAction.OPEN_ROOM: rule(
        "open the day's live room, or go to it (not for a cancelled day)",
        *MANAGERS,
        states={D.PLANNED, D.HELD},
    ),
}

DAYS: Policy[TrainingDayAction, TrainingDayStatus] = Policy(
    name="Training days",
    description="One training day: the state is the day's. Its certification must take training "
    "too (`training:plan`'s states).",
    rules=DAY_RULES,
    workflows=(DAY_WORKFLOW,),
)


def training_open(status: CertificationStatus) -> bool:
    """Whether the certification's training may still change (a cancelled one's may not)."""
    return POLICY.in_state(TrainingAction.PLAN, status)


def day_actions(
    principal: Principal,
    subject: Subject,
    certification_status: CertificationStatus,
    day_status: TrainingDayStatus,
    *,
    in_future: bool,
) -> list[TrainingDayAction]:
    """A training day's `allowed_actions`: none while its certification takes no training, and
    not marking it held before its date (the service refuses that: training_day_in_future)."""
    if not training_open(certification_status):
        return []
    found = DAYS.allowed(principal, subject, day_status)
    return [a for a in found if not (in_future and a is TrainingDayAction.MARK_HELD)]


def certification_actions(
    principal: Principal, subject: Subject, status: CertificationStatus
) -> list[TrainingAction | LiveAction]:
    """The training and live actions the caller may take on this certification now, for its read
    model: whether to offer planning a day before any day exists (the global ones are left to
    `GET /users/me`)."""
    training: list[TrainingAction | LiveAction] = list(POLICY.allowed(principal, subject, status))
    return training + LIVE.allowed(principal, subject, status)
