"""What an answer must look like for each kind of question, and its normalised stored form."""

from __future__ import annotations

import re
from dataclasses import dataclass

from backend.live.errors import AnswerInvalid, OptionsInvalid
from backend.live.schemas import AnswerFields
from backend.models.enums import QuestionKind

WORD_CLOUD_MAX_CHARS = 40
WORD_CLOUD_MAX_WORDS = 3
CHOICE_KINDS = frozenset({QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE})


@dataclass(frozen=True)
class StoredAnswer:
    skipped: bool
    choices: list[int] | None = None
    value: int | None = None
    text: str | None = None


def check_options(kind: QuestionKind, options: list[str]) -> None:
    if kind in CHOICE_KINDS:
        valid = 2 <= len(options) <= 10 and len(set(options)) == len(options)
    elif kind is QuestionKind.SCALE:
        valid = len(options) in (0, 2)  # the labels of 1 and 5, or none
    else:
        valid = not options
    if not valid:
        raise OptionsInvalid()


def normalise_word(text: str) -> str:
    """Word-cloud entries count together whatever their case, spacing or trailing punctuation."""
    words = re.sub(r"[^\w\s\-]", " ", text).split()
    return " ".join(words).lower()


def stored_answer(kind: QuestionKind, options: list[str], fields: AnswerFields) -> StoredAnswer:
    """The answer as it will be stored, or AnswerInvalid when its shape does not fit the kind."""
    given = {
        name for name in ("choice", "choices", "value", "text") if getattr(fields, name) is not None
    }
    if fields.skipped:
        if given:
            raise AnswerInvalid("A skipped answer carries nothing else.")
        return StoredAnswer(skipped=True)
    if kind is QuestionKind.SINGLE_CHOICE and given == {"choice"}:
        assert fields.choice is not None
        if fields.choice < len(options):
            return StoredAnswer(skipped=False, choices=[fields.choice])
    elif kind is QuestionKind.MULTIPLE_CHOICE and given == {"choices"}:
        choices = sorted(set(fields.choices or []))
        if choices and len(choices) == len(fields.choices or []) and choices[-1] < len(options):
            return StoredAnswer(skipped=False, choices=choices)
    elif kind is QuestionKind.SCALE and given == {"value"}:
        return StoredAnswer(skipped=False, value=fields.value)
    elif kind is QuestionKind.WORD_CLOUD and given == {"text"}:
        word = normalise_word(fields.text or "")
        if word and len(word) <= WORD_CLOUD_MAX_CHARS and len(word.split()) <= WORD_CLOUD_MAX_WORDS:
            return StoredAnswer(skipped=False, text=word)
    elif kind is QuestionKind.OPEN_TEXT and given == {"text"}:
        text = (fields.text or "").strip()
        if text:
            return StoredAnswer(skipped=False, text=text)
    raise AnswerInvalid(f"A {kind.value} question takes {_expected(kind)}.")


def _expected(kind: QuestionKind) -> str:
    return {
        QuestionKind.SINGLE_CHOICE: "`choice`, the index of one option",
        QuestionKind.MULTIPLE_CHOICE: "`choices`, distinct indexes of options",
        QuestionKind.SCALE: "`value` from 1 to 5",
        QuestionKind.WORD_CLOUD: f"`text`, 1–{WORD_CLOUD_MAX_WORDS} words",
        QuestionKind.OPEN_TEXT: "`text`",
    }[kind]
