"""How answers are kept: counts per question, one set of texts per question, and who has answered.

No answer is ever a row of its own (ADR 0007). A question has one row of counts and, for text,
one row with its set of texts ordered by random ids. An answer, a skip included, adds to the
counts and rewrites the text set: so a question's rows always come from the same (the latest)
transaction and sit wherever that transaction put them, and neither system columns (PostgreSQL's
`xmin` and `ctid`), nor rowids, nor the order of rows or of texts tell which answers one person
gave together, or when."""

from __future__ import annotations

import functools
import json
import secrets
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    JSON,
    Select,
    String,
    bindparam,
    cast,
    exists,
    func,
    insert,
    literal,
    select,
    union_all,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession

from backend.core.errors import NotFound
from backend.live.answers import StoredAnswer
from backend.models import LiveQuestion, LiveRespondent, LiveTally, LiveTextSet
from backend.models.enums import QuestionKind
from backend.models.live_tally import CHOICE_COLUMNS

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


def _column(kind: QuestionKind, index_or_value: int) -> str:
    """The count of an option (by index) or of a scale's value (1–5 count in chose_0–chose_4)."""
    return CHOICE_COLUMNS[index_or_value - 1 if kind is QuestionKind.SCALE else index_or_value]


def _counted_in(kind: QuestionKind, answer: StoredAnswer) -> tuple[str, ...]:
    """The counts an answer adds one to."""
    if answer.skipped:
        return ("skipped",)
    chosen = [*(answer.choices or []), *([answer.value] if answer.value else [])]
    return ("answered", *(_column(kind, c) for c in chosen))


def _plus_one(columns: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(LiveTally, name) + 1 for name in columns}


# --- a question's rows -------------------------------------------------------------------------


async def prepare(db: AsyncSession, questions: list[LiveQuestion]) -> None:
    """The zero counts (and empty text sets) of new questions, in two statements whatever their
    number (a room copies a dozen from the bank)."""
    if not questions:
        return
    await db.execute(insert(LiveTally), [{"question_id": q.id} for q in questions])
    texts = [{"question_id": q.id, "entries": []} for q in questions if q.kind in TEXT_KINDS]
    if texts:
        await db.execute(insert(LiveTextSet), texts)


async def has_answers(db: AsyncSession, question_id: int) -> bool:
    return bool(await db.scalar(select(exists().where(LiveRespondent.question_id == question_id))))


# --- recording ---------------------------------------------------------------------------------


async def record(
    db: AsyncSession,
    question: LiveQuestion,
    respondent_key: str,
    answer: StoredAnswer,
) -> bool:
    """Count the answer; False (and nothing written) when this device has answered already."""
    if db.get_bind().dialect.name == "postgresql":
        statement = _postgres_record(
            _counted_in(question.kind, answer),
            texts=question.kind in TEXT_KINDS,
            adds_text=answer.text is not None,
        )
        entry = json.dumps(_entry(answer.text)) if answer.text is not None else None
        # Names of their own: a parameter named like a column would also be SET by the UPDATEs.
        params = {"the_question": question.id, "the_key": respondent_key, "the_entry": entry}
        return bool(await db.scalar(statement, params))
    first = await db.execute(
        sqlite.insert(LiveRespondent)
        .values(question_id=question.id, respondent_key=respondent_key)
        .on_conflict_do_nothing()
        .returning(LiveRespondent.question_id)
    )
    if first.scalar_one_or_none() is None:
        return False
    await db.execute(
        update(LiveTally)
        .where(LiveTally.question_id == question.id)
        .values(_plus_one(_counted_in(question.kind, answer)))
    )
    if question.kind in TEXT_KINDS:
        entries = await _locked_texts(db, question.id)
        if answer.text is not None:
            entries.append(_entry(answer.text))
        await _write_texts(db, question.id, entries)  # a skip rewrites the set too, unchanged
    return True


def _entry(text: str) -> dict[str, Any]:
    return {"id": new_text_id(), "text": text, "hidden": False}


@functools.lru_cache(maxsize=256)
def _postgres_record(columns: tuple[str, ...], *, texts: bool, adds_text: bool) -> Select[int]:
    """The same as the SQLite path in one statement: the respondent, then (only if new) the counts
    and the text set, sorted by id in SQL. Committed by itself (core.db's single-statement
    sessions), it holds the question's rows only while it runs, never across a round trip.
    Made once for each shape, with the values as parameters: building it costs more than running
    it."""
    new = (
        postgresql.insert(LiveRespondent)
        .values(question_id=bindparam("the_question"), respondent_key=bindparam("the_key"))
        .on_conflict_do_nothing()
        .returning(LiveRespondent.question_id)
        .cte("new")
    )
    counted = (
        update(LiveTally)
        .where(LiveTally.question_id.in_(select(new.c.question_id)))
        .values(_plus_one(columns))
        .returning(LiveTally.question_id)
        .cte("counted")
    )
    if not texts:
        return select(func.count()).select_from(counted)
    element = (
        func.json_array_elements(LiveTextSet.entries).table_valued("value").render_derived(name="e")
    )
    added = [cast(bindparam("the_entry", type_=String), JSON)] if adds_text else []
    entries = union_all(
        select(element.c.value.label("e")), *(select(a.label("e")) for a in added)
    ).subquery("s")
    text_set = (
        update(LiveTextSet)
        .where(LiveTextSet.question_id.in_(select(counted.c.question_id)))
        .values(
            entries=select(
                func.coalesce(
                    func.json_agg(aggregate_order_by(entries.c.e, entries.c.e.op("->>")("id"))),
                    cast(literal("[]"), JSON),
                )
            ).scalar_subquery()
        )
        .returning(LiveTextSet.question_id)
        .cte("text_set")
    )
    return select(func.count()).select_from(text_set)


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


async def count_answers(db: AsyncSession, questions: list[LiveQuestion]) -> dict[int, Tally]:
    """The counts of the questions, in one query."""
    if not questions:
        return {}
    kinds = {q.id: q.kind for q in questions}
    tallies: dict[int, Tally] = {}
    for row in await db.scalars(select(LiveTally).where(LiveTally.question_id.in_(kinds))):
        kind = kinds[row.question_id]
        keys = SCALE_VALUES if kind is QuestionKind.SCALE else range(len(CHOICE_COLUMNS))
        tallies[row.question_id] = Tally(
            answer_count=row.answered,
            skip_count=row.skipped,
            counts={k: getattr(row, _column(kind, k)) for k in keys},
        )
    return tallies


async def tally_questions(
    db: AsyncSession, questions: list[LiveQuestion], min_answers: int
) -> RoomTallies:
    """Two queries for any number of questions: the counts, then the texts of those questions
    that have reached the threshold (the others' texts are never read)."""
    out = RoomTallies(tallies=await count_answers(db, questions))
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
