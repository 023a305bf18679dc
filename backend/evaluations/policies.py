"""Who may read the evaluation results of training days.

The one place this rule lives (backend/core/policy.py describes the shape). Which days' results a
reader gets is visibility, not a rule: a trainer's query holds only the certifications they are
assigned to (backend/evaluations/results.py), a certification they do not see is a 404.
"""

from __future__ import annotations

import enum

from backend.core.policy import Policy, Relation, Rule, rule

R = Relation


class EvaluationAction(enum.StrEnum):
    VIEW = "evaluations:view"  # the aggregates, as JSON or as a CSV file


RULES: dict[EvaluationAction, Rule[enum.Enum]] = {
    EvaluationAction.VIEW: rule(
        "read evaluation results across training days (trainers: of their certifications)",
        R.ADMIN,
        R.TRAINER,
        R.AUDITOR,
    ),
}

# The results have no state of their own: `enum.Enum` stands for "none".
POLICY: Policy[EvaluationAction, enum.Enum] = Policy(
    name="Evaluations",
    description="The participants' anonymous evaluations of the training days, aggregated and "
    "withheld below the threshold of answers.",
    rules=RULES,
    global_actions=frozenset({EvaluationAction.VIEW}),
)
