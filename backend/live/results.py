"""Aggregates of answers, withheld below the threshold `k` so that no one can be singled out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from backend.live.schemas import LabelCount, QuestionResults, TextAnswer, WordCount
from backend.live.store import SCALE_VALUES, RoomTallies, TextEntry
from backend.models import LiveQuestion
from backend.models.enums import QuestionKind

MAX_WORDS = 50


def aggregate(
    kind: QuestionKind, options: list[str], counts: Mapping[int, int], texts: Iterable[TextEntry]
) -> QuestionResults:
    """What a question's counts and texts show; texts in the order of their random ids."""
    if kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE):
        return QuestionResults(
            distribution=[
                LabelCount(label=label, count=counts.get(i, 0)) for i, label in enumerate(options)
            ]
        )
    if kind is QuestionKind.SCALE:
        return scale_results(counts)
    ordered = sorted(texts, key=lambda t: t.id)
    if kind is QuestionKind.WORD_CLOUD:
        words = Counter(t.text for t in ordered if t.text)
        return QuestionResults(
            words=[
                WordCount(word=w, count=c)
                for w, c in sorted(words.items(), key=lambda wc: (-wc[1], wc[0]))[:MAX_WORDS]
            ]
        )
    return QuestionResults(
        texts=[TextAnswer(id=t.id, text=t.text, hidden=t.hidden) for t in ordered]
    )


def scale_results(counts: Mapping[int, int]) -> QuestionResults:
    total = sum(counts.get(v, 0) for v in SCALE_VALUES)
    mean = round(sum(v * counts.get(v, 0) for v in SCALE_VALUES) / total, 2) if total else None
    return QuestionResults(
        distribution=[LabelCount(label=str(v), count=counts.get(v, 0)) for v in SCALE_VALUES],
        mean=mean,
    )


def results_of(
    question: LiveQuestion, tallies: RoomTallies, min_answers: int
) -> QuestionResults | None:
    tally = tallies.tally(question.id)
    if tally.answer_count < min_answers:
        return None
    return aggregate(
        question.kind, question.options, tally.counts, tallies.texts.get(question.id, [])
    )
