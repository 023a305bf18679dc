"""Answers as aggregates: counts per question, one text set per question and the respondents,
instead of a row per answer that let one submission's answers be linked (ADR 0007).

The downgrade rebuilds rows from the aggregates: counts, texts and skips come back exactly, but a
multiple-choice answer's combination of options cannot (that is the point of the change).

Revision ID: 3f6c1a7d2b90
Revises: 09690c8411c5
Create Date: 2026-12-03 09:10:00.000000
"""

import secrets
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "3f6c1a7d2b90"
down_revision: str | None = "09690c8411c5"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ANSWERED, SKIPPED = -1, -2
CHOICE_KINDS = ("single_choice", "multiple_choice")
TEXT_KINDS = ("word_cloud", "open_text")

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
    sa.column("bucket", sa.SmallInteger),
    sa.column("count", sa.Integer),
)
text_sets = sa.table(
    "live_text_sets", sa.column("question_id", sa.Integer), sa.column("entries", sa.JSON)
)
respondents = sa.table(
    "live_respondents", sa.column("question_id", sa.Integer), sa.column("respondent_key", sa.String)
)


def _buckets(kind: str, options: list[str]) -> list[int]:
    if kind in CHOICE_KINDS:
        return [SKIPPED, ANSWERED, *range(len(options))]
    if kind == "scale":
        return [SKIPPED, ANSWERED, *range(1, 6)]
    return [SKIPPED, ANSWERED]


def upgrade() -> None:
    op.create_table(
        "live_tallies",
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("bucket", sa.SmallInteger(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["live_questions.id"],
            name=op.f("fk_live_tallies_question_id_live_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("question_id", "bucket", name=op.f("pk_live_tallies")),
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
        counts = dict.fromkeys(_buckets(question.kind, question.options), 0)
        for row in rows:
            hits = [SKIPPED] if row.skipped else [ANSWERED, *(row.choices or [])]
            if not row.skipped and row.value is not None:
                hits.append(row.value)
            for bucket in hits:
                if bucket in counts:
                    counts[bucket] += 1
        conn.execute(
            sa.insert(tallies),
            [{"question_id": question.id, "bucket": b, "count": c} for b, c in counts.items()],
        )
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
    counts: dict[int, dict[int, int]] = {}
    for question_id, bucket, count in conn.execute(sa.select(tallies)):
        counts.setdefault(question_id, {})[bucket] = count
    texts = dict(conn.execute(sa.select(text_sets.c.question_id, text_sets.c.entries)).all())
    keys: dict[int, list[str]] = {}
    for question_id, key in conn.execute(sa.select(respondents)):
        keys.setdefault(question_id, []).append(key)
    for question in conn.execute(sa.select(questions)).all():
        mine = counts.get(question.id, {})
        answered = mine.get(ANSWERED, 0)
        rows: list[dict[str, Any]] = []
        if question.kind in TEXT_KINDS:
            entries = texts.get(question.id) or []
            rows = [{"id": e["id"], "text": e["text"], "hidden": e["hidden"]} for e in entries]
        elif question.kind == "scale":
            rows = [{"value": v} for v in range(1, 6) for _ in range(mine.get(v, 0))]
        else:
            # Each option's count spread over the answers in turn: counts exact, combinations not.
            chosen: list[list[int]] = [[] for _ in range(answered)]
            turn = 0
            for option in range(len(question.options)):
                for _ in range(mine.get(option, 0)):
                    if answered:
                        chosen[turn % answered].append(option)
                        turn += 1
            rows = [{"choices": sorted(c)} for c in chosen if c]
        rows += [{"skipped": True} for _ in range(mine.get(SKIPPED, 0))]
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
