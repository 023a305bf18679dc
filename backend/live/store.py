"""How answers are kept: counts per question, one set of texts per question, and who has answered.

No answer is ever a row of its own (ADR 0007). A closed answer adds one to some of its
question's counts; a text joins its question's set, ordered by random ids; and every answer,
a skip included, rewrites *all* of its question's rows. So the rows of a question always come
from the same (the latest) transaction and sit wherever that transaction put them: neither
system columns (PostgreSQL's `xmin` and `ctid`), nor rowids, nor the order of rows or of texts
tell which answers one person gave together, or when."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, delete, exists, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from backend.core.errors import NotFound
from backend.live.answers import CHOICE_KINDS, StoredAnswer
from backend.models import LiveQuestion, LiveRespondent, LiveTally, LiveTextSet
from backend.models.enums import QuestionKind

# The counts every question has; choices count under the option's index, scales under the value.
ANSWERED = -1
SKIPPED = -2
SCALE_VALUES = range(1, 6)
TEXT_KINDS = frozenset({QuestionKind.WORD_CLOUD, QuestionKind.OPEN_TEXT})


@dataclass(frozen=True)
class TextEntry:
    id: str
    text: str
    hidden: bool


@dataclass
class Tally:
    answer_count: int = 0
    skip_count: int = 0
    # Option index (choice questions) or value (scales) → how many chose it.
    counts: dict[int, int] = field(default_factory=dict)


@dataclass
class RoomTallies:
    tallies: dict[int, Tally] = field(default_factory=dict)
    texts: dict[int, list[TextEntry]] = field(default_factory=dict)

    def tally(self, question_id: int) -> Tally:
        return self.tallies.get(question_id, Tally())


def new_text_id() -> str:
    """Random, so that the order of texts says nothing about when they came."""
    return secrets.token_hex(16)


def buckets(kind: QuestionKind, options: list[str]) -> list[int]:
    if kind in CHOICE_KINDS:
        values: list[int] = list(range(len(options)))
    elif kind is QuestionKind.SCALE:
        values = list(SCALE_VALUES)
    else:
        values = []
    return [SKIPPED, ANSWERED, *values]


def _hits(answer: StoredAnswer) -> list[int]:
    if answer.skipped:
        return [SKIPPED]
    return [ANSWERED, *(answer.choices or []), *([answer.value] if answer.value else [])]


# --- a question's rows -------------------------------------------------------------------------


async def prepare(db: AsyncSession, questions: list[LiveQuestion]) -> None:
    """The empty counts (and text sets) of new questions, in two statements whatever their number
    (a room copies a dozen from the bank)."""
    if not questions:
        return
    await db.execute(
        insert(LiveTally),
        [
            {"question_id": q.id, "bucket": bucket, "count": 0}
            for q in questions
            for bucket in buckets(q.kind, q.options)
        ],
    )
    texts = [{"question_id": q.id, "entries": []} for q in questions if q.kind in TEXT_KINDS]
    if texts:
        await db.execute(insert(LiveTextSet), texts)


async def reset(db: AsyncSession, question: LiveQuestion) -> None:
    """Counts made anew for changed options; only allowed before anyone has answered."""
    await db.execute(delete(LiveTally).where(LiveTally.question_id == question.id))
    await db.execute(delete(LiveTextSet).where(LiveTextSet.question_id == question.id))
    await prepare(db, [question])


async def has_answers(db: AsyncSession, question_id: int) -> bool:
    return bool(await db.scalar(select(exists().where(LiveRespondent.question_id == question_id))))


# --- recording ---------------------------------------------------------------------------------


async def record(
    db: AsyncSession, question: LiveQuestion, respondent_key: str, answer: StoredAnswer
) -> bool:
    """Count the answer; False (and nothing written) when this device has answered already."""
    dialect = postgresql if db.get_bind().dialect.name == "postgresql" else sqlite
    first = await db.execute(
        dialect.insert(LiveRespondent)
        .values(question_id=question.id, respondent_key=respondent_key)
        .on_conflict_do_nothing()
        .returning(LiveRespondent.question_id)
    )
    if first.scalar_one_or_none() is None:
        return False
    hits = _hits(answer)
    # All of the question's counts, not only those that grow: no row is left dated by this answer
    # while the others are not.
    await db.execute(
        update(LiveTally)
        .where(LiveTally.question_id == question.id)
        .values(count=LiveTally.count + case((LiveTally.bucket.in_(hits), 1), else_=0))
    )
    if question.kind in TEXT_KINDS:
        entries = await _locked_texts(db, question.id)
        if answer.text is not None:
            entries.append({"id": new_text_id(), "text": answer.text, "hidden": False})
        await _write_texts(db, question.id, entries)  # a skip rewrites the set too, unchanged
    return True


async def _locked_texts(db: AsyncSession, question_id: int) -> list[dict[str, Any]]:
    # FOR UPDATE: two answers at once must not both append to the same old list (on SQLite the
    # transaction holds the write lock already).
    entries = await db.scalar(
        select(LiveTextSet.entries).where(LiveTextSet.question_id == question_id).with_for_update()
    )
    if entries is None:
        raise NotFound()
    return list(entries)


async def _write_texts(db: AsyncSession, question_id: int, entries: list[dict[str, Any]]) -> None:
    entries.sort(key=lambda e: str(e["id"]))
    await db.execute(
        update(LiveTextSet).where(LiveTextSet.question_id == question_id).values(entries=entries)
    )


async def set_text_hidden(db: AsyncSession, question_id: int, text_id: str, hidden: bool) -> None:
    entries = await _locked_texts(db, question_id)
    entry = next((e for e in entries if e["id"] == text_id), None)
    if entry is None:
        raise NotFound()
    entry["hidden"] = hidden
    await _write_texts(db, question_id, entries)


# --- reading -----------------------------------------------------------------------------------


async def count_answers(db: AsyncSession, question_ids: list[int]) -> dict[int, Tally]:
    """Every count of the questions, in one query."""
    tallies: dict[int, Tally] = {}
    if not question_ids:
        return tallies
    for question_id, bucket, count in await db.execute(
        select(LiveTally.question_id, LiveTally.bucket, LiveTally.count).where(
            LiveTally.question_id.in_(question_ids)
        )
    ):
        tally = tallies.setdefault(question_id, Tally())
        if bucket == ANSWERED:
            tally.answer_count = count
        elif bucket == SKIPPED:
            tally.skip_count = count
        else:
            tally.counts[bucket] = count
    return tallies


async def tally_questions(
    db: AsyncSession, question_ids: list[int], min_answers: int
) -> RoomTallies:
    """Two queries for any number of questions: the counts, then the texts of those questions
    that have reached the threshold (the others' texts are never read)."""
    out = RoomTallies(tallies=await count_answers(db, question_ids))
    shown = [q for q, t in out.tallies.items() if t.answer_count >= min_answers]
    if shown:
        for question_id, entries in await db.execute(
            select(LiveTextSet.question_id, LiveTextSet.entries).where(
                LiveTextSet.question_id.in_(shown)
            )
        ):
            out.texts[question_id] = [
                TextEntry(id=e["id"], text=e["text"], hidden=bool(e["hidden"])) for e in entries
            ]
    return out
