"""Answers as aggregates: one row of counts per question, one text set per question and the
respondents, instead of a row per answer that let one submission's answers be linked (ADR 0007).

The downgrade rebuilds rows from the aggregates: counts, texts and skips come back exactly, but a
multiple-choice answer's combination of options cannot (that is the point of the change).

Revision ID: 3f6c1a7d2b90
Revises: 09690c8411c5
Create Date: 2026-12-03 09:10:00.000000
"""

import secrets
from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "3f6c1a7d2b90"
down_revision: str | None = "09690c8411c5"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXT_KINDS = ("word_cloud", "open_text")
CHOICES = [f"chose_{i}" for i in range(10)]  # options by index; a scale's 1–5 in chose_0–chose_4

questions = sa.table(
    "live_questions",
    sa.column("id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("options", sa.JSON),
)
answers = sa.table(
    "live_answers",
    sa.column("id", sa.String),
    sa.column("question_id", sa.Integer),
    sa.column("respondent_key", sa.String),
    sa.column("skipped", sa.Boolean),
    sa.column("choices", sa.JSON),
    sa.column("value", sa.Integer),
    sa.column("text", sa.Text),
    sa.column("hidden", sa.Boolean),
)
tallies = sa.table(
    "live_tallies",
    sa.column("question_id", sa.Integer),
    sa.column("answered", sa.Integer),
    sa.column("skipped", sa.Integer),
    *(sa.column(name, sa.Integer) for name in CHOICES),
)
text_sets = sa.table(
    "live_text_sets", sa.column("question_id", sa.Integer), sa.column("entries", sa.JSON)
)
respondents = sa.table(
    "live_respondents", sa.column("question_id", sa.Integer), sa.column("respondent_key", sa.String)
)


def _column(kind: str, index_or_value: int) -> str:
    return CHOICES[index_or_value - 1 if kind == "scale" else index_or_value]


def upgrade() -> None:
    op.create_table(
        "live_tallies",
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in CHOICES),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["live_questions.id"],
            name=op.f("fk_live_tallies_question_id_live_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("question_id", name=op.f("pk_live_tallies")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "live_text_sets",
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("entries", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["live_questions.id"],
            name=op.f("fk_live_text_sets_question_id_live_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("question_id", name=op.f("pk_live_text_sets")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "live_respondents",
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("respondent_key", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["live_questions.id"],
            name=op.f("fk_live_respondents_question_id_live_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("question_id", "respondent_key", name=op.f("pk_live_respondents")),
        sqlite_with_rowid=False,
    )
    _aggregate_existing_answers(op.get_bind())
    with op.batch_alter_table("live_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_live_answers_question_id"))
    op.drop_table("live_answers")


def _aggregate_existing_answers(conn: sa.Connection) -> None:
    rows_by_question: dict[int, list[Any]] = {}
    for row in conn.execute(sa.select(answers)):
        rows_by_question.setdefault(row.question_id, []).append(row)
    for question in conn.execute(sa.select(questions)).all():
        rows = rows_by_question.get(question.id, [])
        counts = dict.fromkeys(["answered", "skipped", *CHOICES], 0)
        for row in rows:
            if row.skipped:
                counts["skipped"] += 1
                continue
            counts["answered"] += 1
            chosen = [*(row.choices or []), *([row.value] if row.value is not None else [])]
            for index_or_value in chosen:
                counts[_column(question.kind, index_or_value)] += 1
        conn.execute(sa.insert(tallies).values(question_id=question.id, **counts))
        if question.kind in TEXT_KINDS:
            entries = sorted(
                (
                    {"id": row.id, "text": row.text, "hidden": bool(row.hidden)}
                    for row in rows
                    if not row.skipped and row.text
                ),
                key=lambda e: e["id"],
            )
            conn.execute(sa.insert(text_sets).values(question_id=question.id, entries=entries))
        if rows:
            conn.execute(
                sa.insert(respondents),
                [{"question_id": question.id, "respondent_key": r.respondent_key} for r in rows],
            )


def downgrade() -> None:
    op.create_table(
        "live_answers",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("respondent_key", sa.String(length=64), nullable=False),
        sa.Column("skipped", sa.Boolean(), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=True),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["live_questions.id"],
            name=op.f("fk_live_answers_question_id_live_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_answers")),
        sa.UniqueConstraint(
            "question_id", "respondent_key", name=op.f("uq_live_answers_question_id")
        ),
    )
    with op.batch_alter_table("live_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_live_answers_question_id"), ["question_id"], unique=False
        )
    _rows_from_aggregates(op.get_bind())
    op.drop_table("live_respondents")
    op.drop_table("live_text_sets")
    op.drop_table("live_tallies")


def _rows_from_aggregates(conn: sa.Connection) -> None:
    counts: dict[int, Mapping[str, int]] = {
        row.question_id: dict(row._mapping) for row in conn.execute(sa.select(tallies))
    }
    texts = dict(conn.execute(sa.select(text_sets.c.question_id, text_sets.c.entries)).all())
    keys: dict[int, list[str]] = {}
    for question_id, key in conn.execute(sa.select(respondents)):
        keys.setdefault(question_id, []).append(key)
    for question in conn.execute(sa.select(questions)).all():
        mine: Mapping[str, int] = counts.get(question.id, {})
        answered = mine.get("answered", 0)
        rows: list[dict[str, Any]] = []
        if question.kind in TEXT_KINDS:
            entries = texts.get(question.id) or []
            rows = [{"id": e["id"], "text": e["text"], "hidden": e["hidden"]} for e in entries]
        elif question.kind == "scale":
            rows = [
                {"value": v} for v in range(1, 6) for _ in range(mine.get(_column("scale", v), 0))
            ]
        else:
            # Each option's count spread over the answers in turn: counts exact, combinations not.
            chosen: list[list[int]] = [[] for _ in range(answered)]
            turn = 0
            for option in range(len(question.options)):
                for _ in range(mine.get(_column(question.kind, option), 0)):
                    if answered:
                        chosen[turn % answered].append(option)
                        turn += 1
            rows = [{"choices": sorted(c)} for c in chosen if c]
        rows += [{"skipped": True} for _ in range(mine.get("skipped", 0))]
        available = keys.get(question.id, [])
        for i, row in enumerate(rows):
            conn.execute(
                sa.insert(answers).values(
                    id=row.get("id") or secrets.token_hex(16),
                    question_id=question.id,
                    respondent_key=available[i] if i < len(available) else secrets.token_hex(32),
                    skipped=row.get("skipped", False),
                    choices=row.get("choices"),
                    value=row.get("value"),
                    text=row.get("text"),
                    hidden=row.get("hidden", False),
                )
            )
