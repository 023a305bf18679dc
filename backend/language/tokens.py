"""Words with their places in the text: simplemma's tokeniser, with offsets it does not give.

Offsets are Python string indices, that is Unicode code points, so `text[start:end]` is the
token in any client that counts code points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from simplemma.tokenizer import TOKREGEX

# A new sentence (or a form's next field) begins after these, and after a line break.
_SENTENCE_ENDS = frozenset(".!?…:;•▪·☐□■☑☒✓*")
# Quotation marks as Swedish texts use them: ”…” with one sign, and the others people paste.
_QUOTES = frozenset('"”“«»„')
_QUOTE_OR_PARAGRAPH = re.compile('\n[ \t]*\n|["”“«»„]')


@dataclass(slots=True)
class Token:
    text: str
    lower: str
    start: int
    end: int
    is_word: bool
    # First word of a sentence, line, list item or form field: a capital there says nothing.
    starts_sentence: bool
    sentence: int
    quoted: bool = False

    @property
    def capitalised(self) -> bool:
        """A capital initial followed by small letters: a name, unless the sentence begins.
        An acronym opening a compound ("CP-skadad", "HBTQ-frågor") is not a name."""
        first = self.text.split("-", 1)[0]
        return first[:1].isupper() and first[1:] != first[1:].upper()


def tokenise(text: str) -> list[Token]:
    """Every token of the text in order, with sentence numbers and quotation marked."""
    tokens: list[Token] = []
    sentence = 0
    new_sentence = True
    previous_end = 0
    for match in TOKREGEX.finditer(text):
        start, end = match.span()
        word = match.group()
        if "\n" in text[previous_end:start]:
            if not new_sentence:
                sentence += 1
            new_sentence = True
        is_word = word[0].isalnum()
        # A required field's star belongs to the form, not the word: "Kön*".
        lower = word.lower().rstrip("*") if is_word else word
        tokens.append(Token(word, lower, start, end, is_word, new_sentence and is_word, sentence))
        if is_word:
            new_sentence = False
        elif word[0] in _SENTENCE_ENDS:
            if not new_sentence:
                sentence += 1
            new_sentence = True
        previous_end = end
    _mark_quoted(text, tokens)
    return tokens


def _mark_quoted(text: str, tokens: list[Token]) -> None:
    """Tokens between a pair of quotation marks in one paragraph are someone else's words."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _QUOTE_OR_PARAGRAPH.finditer(text):
        if mark.group()[0] not in _QUOTES:
            opened = None
        elif opened is None:
            opened = mark.start()
        else:
            spans.append((opened, mark.start()))
            opened = None
    if not spans:
        return
    span_index = 0
    for token in tokens:
        while span_index < len(spans) and spans[span_index][1] < token.start:
            span_index += 1
        if span_index == len(spans):
            break
        low, high = spans[span_index]
        token.quoted = low < token.start and token.end <= high
