"""The shape every domain's `policies.py` takes: who may take which action, in which state.

A domain declares its rules as data (a `Policy`): for each action, the relations to the resource
that allow it and the states it may be taken in; for each workflow, its transitions. Services ask
`require`/`can` before acting and `move` before changing a status; read models send `allowed` as
`allowed_actions`; `backend.policy_docs` writes docs/permissions.md and the state diagrams from
the same tables. Visibility is not here: a resource the caller may not see is a 404 from the
repository's query before any rule is asked.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from backend.core.errors import Forbidden, InvalidTransition
from backend.core.principal import Principal
from backend.models.enums import Role


class Relation(enum.StrEnum):
    """What the caller is to the resource; a rule allows an action to some of these."""

    ADMIN = "admin"
    AUDITOR = "auditor"
    ASSIGNED_TRAINER = "assigned_trainer"  # a trainer of this certification
    TRAINER = "trainer"  # any trainer, assigned or not
    LEAD = "lead"  # the lead of the resource's organisation
    WORKING_GROUP = "working_group"  # any member of the resource's organisation, lead or not
    SIGNED_IN = "signed_in"  # anyone with an account


# The order of the columns in docs/permissions.md, with their headings.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("admin", "admin"),
    ("auditor", "auditor"),
    ("assigned_trainer", "assigned trainer"),
    ("other_trainer", "other trainer"),
    ("lead", "lead"),
    ("member", "member"),
)


@dataclass(frozen=True)
class Subject:
    """The resource as the rules see it: whose it is and which trainers it has."""

    organisation_id: int | None = None
    trainer_ids: frozenset[int] = frozenset()


GLOBAL = Subject()


def relations(principal: Principal, subject: Subject) -> frozenset[Relation]:
    """Every relation the caller has to the subject."""
    found = {Relation.SIGNED_IN}
    role = principal.role
    if role is Role.ADMIN:
        found.add(Relation.ADMIN)
    elif role is Role.AUDITOR:
        found.add(Relation.AUDITOR)
    elif role is Role.TRAINER:
        found.add(Relation.TRAINER)
        if principal.id in subject.trainer_ids:
            found.add(Relation.ASSIGNED_TRAINER)
    elif (
        role is Role.MEMBER
        and subject.organisation_id is not None
        and principal.organisation_id == subject.organisation_id
    ):
        found.add(Relation.WORKING_GROUP)
        if principal.leads(subject.organisation_id):
            found.add(Relation.LEAD)
    return frozenset(found)


# A typical caller for each column of the generated table: which relations they hold.
COLUMN_RELATIONS: dict[str, frozenset[Relation]] = {
    "admin": frozenset({Relation.SIGNED_IN, Relation.ADMIN}),
    "auditor": frozenset({Relation.SIGNED_IN, Relation.AUDITOR}),
    "assigned_trainer": frozenset(
        {Relation.SIGNED_IN, Relation.TRAINER, Relation.ASSIGNED_TRAINER}
    ),
    "other_trainer": frozenset({Relation.SIGNED_IN, Relation.TRAINER}),
    "lead": frozenset({Relation.SIGNED_IN, Relation.WORKING_GROUP, Relation.LEAD}),
    "member": frozenset({Relation.SIGNED_IN, Relation.WORKING_GROUP}),
}

A = TypeVar("A", bound=enum.Enum)
S = TypeVar("S", bound=enum.Enum)


@dataclass(frozen=True)
class Rule(Generic[S]):
    """Who may take an action (any one of `who`) and, for a stateful resource, in which states."""

    who: frozenset[Relation]
    summary: str
    states: frozenset[S] | None = None  # None: the state does not matter


def rule(summary: str, *who: Relation, states: Iterable[S] | None = None) -> Rule[S]:
    return Rule(frozenset(who), summary, None if states is None else frozenset(states))


@dataclass(frozen=True)
class Workflow(Generic[S]):
    """A status field's states and the moves between them, drawn as a state diagram."""

    title: str
    transitions: Mapping[S, frozenset[S]]
    # The states a new resource may start in, and how it comes to start there.
    starts: Mapping[S, str]
    # Why each move happens, for the diagram's edge labels.
    labels: Mapping[tuple[S, S], str] = field(default_factory=dict)

    def can_move(self, current: S, target: S) -> bool:
        return target in self.transitions[current]

    def require_move(self, current: S, target: S) -> S:
        """The target, or 409 invalid_transition when the table has no such move."""
        if not self.can_move(current, target):
            raise InvalidTransition(
                {"message": InvalidTransition.message, "from": current.value, "to": target.value}
            )
        return target

    def require_start(self, state: S) -> S:
        """The state a new resource is created in; only the table's starting states."""
        if state not in self.starts:
            raise AssertionError(f"{self.title}: a new one cannot start in {state}")
        return state


@dataclass(frozen=True)
class Policy(Generic[A, S]):
    """A domain's rules: one `Rule` per action, and its workflows."""

    name: str  # the domain, as the generated docs title it
    description: str
    rules: Mapping[A, Rule[S]]
    workflows: tuple[Workflow[S], ...] = ()
    # Actions about no one resource (open a certification, manage accounts): the caller's
    # `GET /users/me` lists those allowed, since no read model of a resource can.
    global_actions: frozenset[A] = frozenset()

    def may(self, principal: Principal, action: A, subject: Subject = GLOBAL) -> bool:
        """Whether the caller's relation to the subject allows the action, whatever its state."""
        return bool(self.rules[action].who & relations(principal, subject))

    def can(
        self, principal: Principal, action: A, subject: Subject = GLOBAL, state: S | None = None
    ) -> bool:
        """Whether the caller may take the action now."""
        if not self.may(principal, action, subject):
            return False
        allowed_states = self.rules[action].states
        return allowed_states is None or state is None or state in allowed_states

    def in_state(self, action: A, state: S) -> bool:
        """Whether the state allows the action at all, whoever asks."""
        allowed_states = self.rules[action].states
        return allowed_states is None or state in allowed_states

    def require(self, principal: Principal, action: A, subject: Subject = GLOBAL) -> None:
        """403 unless the caller's relation allows the action (the state is the service's 409)."""
        if not self.may(principal, action, subject):
            raise Forbidden()

    def allowed(
        self, principal: Principal, subject: Subject = GLOBAL, state: S | None = None
    ) -> list[A]:
        """What the caller may do with the resource now: its read model's `allowed_actions` (the
        global actions are the caller's own read model's)."""
        return [
            action
            for action in self.rules
            if action not in self.global_actions and self.can(principal, action, subject, state)
        ]

    def allowed_globally(self, principal: Principal) -> list[A]:
        """The global actions the caller may take, in the rules' order."""
        return [
            action
            for action in self.rules
            if action in self.global_actions and self.may(principal, action)
        ]
