"""Evaluation answers aggregated per question of the bank across the chosen days.

A day contributes to a question's aggregate only when that day alone has reached the threshold:
otherwise the difference between two aggregates (with and without the small day) would reveal
what the few people of that day answered."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.core.principal import Principal
from backend.evaluations.policies import POLICY, EvaluationAction
from backend.live.results import aggregate
from backend.live.schemas import (
    EvaluationQuestionResult,
    EvaluationResults,
    LabelCount,
    QuestionResults,
)
from backend.live.store import TextEntry, tally_questions
from backend.models import CertificationTrainer, LiveQuestion, LiveRoom, TrainingDay
from backend.models.enums import QuestionKind, QuestionPurpose, Role


@dataclass(frozen=True)
class ResultFilter:
    certification_id: int | None = None
    training_day_id: int | None = None
    moment: int | None = None


@dataclass
class _Group:
    key: str
    prompt: str
    kind: QuestionKind
    options: list[str]
    days: set[int] = field(default_factory=set)
    answer_count: int = 0
    skip_count: int = 0
    # Every answer, also of days below the threshold: only a count, shown for withheld questions.
    answers_so_far: int = 0
    skips_so_far: int = 0
    counts: Counter[int] = field(default_factory=Counter)
    texts: list[TextEntry] = field(default_factory=list)


async def evaluation_results(
    db: AsyncSession, principal: Principal, wanted: ResultFilter, min_answers: int
) -> EvaluationResults:
    """Four queries whatever the number of days: questions, counts, answers."""
    POLICY.require(principal, EvaluationAction.VIEW)
    stmt = (
        select(LiveQuestion, TrainingDay.id, TrainingDay.date)
        .join(LiveRoom, LiveRoom.id == LiveQuestion.room_id)
        .join(TrainingDay, TrainingDay.id == LiveRoom.training_day_id)
        .where(LiveQuestion.purpose == QuestionPurpose.EVALUATION)
        .order_by(LiveQuestion.position, LiveQuestion.id)
    )
    if principal.role is Role.TRAINER:  # visibility: a trainer reads their certifications' days
        stmt = stmt.where(
            exists().where(
                CertificationTrainer.certification_id == TrainingDay.certification_id,
                CertificationTrainer.user_id == principal.id,
            )
        )
    if wanted.certification_id is not None:
        stmt = stmt.where(TrainingDay.certification_id == wanted.certification_id)
    if wanted.training_day_id is not None:
        stmt = stmt.where(TrainingDay.id == wanted.training_day_id)
    if wanted.moment is not None:
        stmt = stmt.where(
            TrainingDay.first_moment <= wanted.moment, TrainingDay.last_moment >= wanted.moment
        )
    questions = [(q, day_id, date) for q, day_id, date in await db.execute(stmt)]
    tallies = await tally_questions(db, [q for q, _, _ in questions], min_answers)

    groups: dict[str, _Group] = {}
    for question, day_id, _date in questions:
        key = _group_key(question)
        group = groups.setdefault(
            key, _Group(key, question.prompt, question.kind, question.options)
        )
        tally = tallies.tally(question.id)
        group.answers_so_far += tally.answer_count
        group.skips_so_far += tally.skip_count
        if tally.answer_count < min_answers:
            continue
        group.days.add(day_id)
        group.answer_count += tally.answer_count
        group.skip_count += tally.skip_count
        group.counts.update(tally.counts)
        group.texts.extend(t for t in tallies.texts.get(question.id, []) if not t.hidden)
    all_days = {day_id: date for _, day_id, date in questions}
    return EvaluationResults(
        min_answers=min_answers,
        days=len(all_days),
        day_dates=sorted(set(all_days.values())),
        questions=[_result(group) for group in groups.values()],
    )


def _group_key(question: LiveQuestion) -> str:
    """A bank question across days; a question written for one day by its prompt and kind."""
    if question.template_id is not None:
        return f"template-{question.template_id}"
    digest = hashlib.sha256(f"{question.kind}:{question.prompt}".encode()).hexdigest()
    return f"prompt-{digest[:16]}"


def _result(group: _Group) -> EvaluationQuestionResult:
    withheld = not group.days
    results = QuestionResults()
    if not withheld:
        results = aggregate(group.kind, group.options, group.counts, group.texts)
    words = [LabelCount(label=w.word, count=w.count) for w in results.words]
    return EvaluationQuestionResult(
        key=group.key,
        prompt=group.prompt,
        kind=group.kind,
        days=len(group.days),
        # A withheld question still says how many have answered, like the presenter does.
        answer_count=group.answers_so_far if withheld else group.answer_count,
        skip_count=group.skips_so_far if withheld else group.skip_count,
        withheld=withheld,
        mean=results.mean,
        distribution=results.distribution or words,
        texts=[t.text for t in results.texts],
    )
