"""What single words cannot find: a form that offers only two genders, and "han" for anyone.

Each detector reads its word lists from its rule's `params`, so the lists are data too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

from backend.language.index import forms_of
from backend.language.rules import Rule
from backend.language.tokens import Token

# (first token, end token exclusive, the term an organisation could accept)
Span = tuple[int, int, str]


@cache
def _forms(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(form for word in words for form in forms_of(word))


def _param(rule: Rule, key: str) -> frozenset[str]:
    return _forms(tuple(rule.params.get(key, ())))


def binary_options(rule: Rule, tokens: list[Token], shielded: list[bool]) -> Iterator[Span]:
    """ "Kön: ☐ Man ☐ Kvinna": a gender question whose only answers are the two binary ones."""
    triggers, fillers, escapes = (_param(rule, key) for key in ("triggers", "fillers", "escapes"))
    pairs = [tuple(_forms((word,)) for word in pair.split()) for pair in rule.params["pairs"]]
    window = int(rule.params.get("window", 12))
    for position, token in enumerate(tokens):
        if token.lower not in triggers or token.quoted:
            continue
        options: list[int] = []
        cursor = position + 1
        while cursor < len(tokens) and cursor - position <= window:
            word = tokens[cursor]
            if word.is_word and any(word.lower in side for pair in pairs for side in pair):
                options.append(cursor)
            elif word.is_word and word.lower not in fillers:
                break
            cursor += 1
        found = {tokens[option].lower for option in options}
        if not any(found & first and found & second for first, second in pairs) or _escaped(
            tokens, cursor, escapes
        ):
            continue
        yield position, options[-1] + 1, token.lower


def _escaped(tokens: list[Token], cursor: int, escapes: frozenset[str]) -> bool:
    """A third answer follows the two: "Annat", "Vill inte uppge", "Ickebinär"."""
    return any(token.lower in escapes for token in tokens[cursor : cursor + 6] if token.is_word)


def generic_pronoun(rule: Rule, tokens: list[Token], shielded: list[bool]) -> Iterator[Span]:
    """ "Om en medarbetare blir sjuk ska han …": a pronoun of one sex for anyone in a role."""
    antecedents, determiners, pronouns, joiners = (
        _param(rule, key) for key in ("antecedents", "determiners", "pronouns", "joiners")
    )
    generic_from: int | None = None
    sentence = -1
    for position, token in enumerate(tokens):
        if token.sentence != sentence:
            sentence, generic_from = token.sentence, None
        if not token.is_word or token.quoted:
            continue
        if token.capitalised and not token.starts_sentence:
            generic_from = None  # a named person: "Anna är chef och hon …"
        elif token.lower in antecedents and _determined(tokens, position, determiners):
            generic_from = position
        elif (
            generic_from is not None
            and token.lower in pronouns
            and not _paired(tokens, position, pronouns, joiners)
        ):
            yield position, position + 1, token.lower


def _determined(tokens: list[Token], position: int, determiners: frozenset[str]) -> bool:
    return any(token.lower in determiners for token in tokens[max(0, position - 2) : position])


def _paired(
    tokens: list[Token], position: int, pronouns: frozenset[str], joiners: frozenset[str]
) -> bool:
    """ "han eller hon", "hon/han": both are named, which another rule reviews."""
    for step in (1, -1):
        joiner, other = position + step, position + 2 * step
        if (
            0 <= other < len(tokens)
            and tokens[joiner].lower in joiners
            and tokens[other].lower in pronouns
        ):
            return True
    return False


Detector = Callable[[Rule, list[Token], list[bool]], Iterator[Span]]
_DETECTORS: dict[str, Detector] = {
    "binary_options": binary_options,
    "generic_pronoun": generic_pronoun,
}


def run(rule: Rule, tokens: list[Token], shielded: list[bool]) -> Iterator[Span]:
    assert rule.detector is not None
    return _DETECTORS[rule.detector](rule, tokens, shielded)
