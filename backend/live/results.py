"""Aggregates of answers, withheld below the threshold `k` so that no one can be singled out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.live.schemas import LabelCount, QuestionResults, TextAnswer, WordCount
from backend.models import LiveAnswer, LiveQuestion
from backend.models.enums import QuestionKind

SCALE = range(1, 6)
MAX_WORDS = 50


@dataclass
class Tally:
    answer_count: int = 0
    skip_count: int = 0


@dataclass
class AnswerRow:
    id: str
    choices: list[int] | None
    value: int | None
    text: str | None
    hidden: bool


@dataclass
class RoomTallies:
    tallies: dict[int, Tally] = field(default_factory=dict)
    rows: dict[int, list[AnswerRow]] = field(default_factory=dict)

    def tally(self, question_id: int) -> Tally:
        return self.tallies.get(question_id, Tally())


async def count_answers(db: AsyncSession, question_ids: Sequence[int]) -> dict[int, Tally]:
    """Answers and skips per question, in one query."""
    tallies: dict[int, Tally] = {}
    if not question_ids:
        return tallies
    for question_id, skipped, count in await db.execute(
        select(LiveAnswer.question_id, LiveAnswer.skipped, func.count())
        .where(LiveAnswer.question_id.in_(question_ids))
        .group_by(LiveAnswer.question_id, LiveAnswer.skipped)
    ):
        tally = tallies.setdefault(question_id, Tally())
        if skipped:
            tally.skip_count = count
        else:
            tally.answer_count = count
    return tallies


async def tally_questions(
    db: AsyncSession, question_ids: Sequence[int], min_answers: int
) -> RoomTallies:
    """Two queries for any number of questions: the counts, then the answers of those questions
    that have reached the threshold (the others' answers are never read)."""
    out = RoomTallies(tallies=await count_answers(db, question_ids))
    shown = [q for q, t in out.tallies.items() if t.answer_count >= min_answers]
    if shown:
        # Ordered by the random id: a random order that stays put as answers arrive.
        for question_id, answer_id, choices, value, text, hidden in await db.execute(
            select(
                LiveAnswer.question_id,
                LiveAnswer.id,
                LiveAnswer.choices,
                LiveAnswer.value,
                LiveAnswer.text,
                LiveAnswer.hidden,
            )
            .where(LiveAnswer.question_id.in_(shown), LiveAnswer.skipped.is_(False))
            .order_by(LiveAnswer.id)
        ):
            row = AnswerRow(answer_id, choices, value, text, hidden)
            out.rows.setdefault(question_id, []).append(row)
    return out


def aggregate(kind: QuestionKind, options: list[str], rows: Iterable[AnswerRow]) -> QuestionResults:
    rows = list(rows)
    if kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE):
        counts = Counter(i for r in rows for i in r.choices or [])
        return QuestionResults(
            distribution=[
                LabelCount(label=label, count=counts[i]) for i, label in enumerate(options)
            ]
        )
    if kind is QuestionKind.SCALE:
        return scale_results([r.value for r in rows if r.value is not None])
    if kind is QuestionKind.WORD_CLOUD:
        words = Counter(r.text for r in rows if r.text)
        return QuestionResults(
            words=[
                WordCount(word=w, count=c)
                for w, c in sorted(words.items(), key=lambda wc: (-wc[1], wc[0]))[:MAX_WORDS]
            ]
        )
    return QuestionResults(
        texts=[TextAnswer(id=r.id, text=r.text or "", hidden=r.hidden) for r in rows]
    )


def scale_results(values: Sequence[int]) -> QuestionResults:
    counts = Counter(values)
    mean = round(sum(values) / len(values), 2) if values else None
    return QuestionResults(
        distribution=[LabelCount(label=str(v), count=counts[v]) for v in SCALE], mean=mean
    )


def results_of(
    question: LiveQuestion, tallies: RoomTallies, min_answers: int
) -> QuestionResults | None:
    if tallies.tally(question.id).answer_count < min_answers:
        return None
    return aggregate(question.kind, question.options, tallies.rows.get(question.id, []))
