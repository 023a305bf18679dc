"""The rules turned into lookup tables, so that checking a word costs a few dictionary lookups.

A word is found by its lower-case form; the last part of a compound by the word's endings
("brandmannen" ends in "mannen", a form of "man"); the first part by its beginnings
("handikapptoaletten" begins with "handikapp"). A compound part counts only when the rest of
the word is long enough to be a word itself, so "roman" is not a "man".
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from simplemma.tokenizer import TOKREGEX

from backend.language import forms as forms_module
from backend.language.rules import Rule, load_names, load_rules

# The shortest rest of a word that makes a compound: "brand|man", not "ro|man".
MIN_COMPOUND_PART = 3


@dataclass(frozen=True, slots=True)
class Hit:
    rule: Rule
    term: str


@dataclass(frozen=True, slots=True)
class Phrase:
    rule: Rule
    term: str
    # Each element: the lower-case forms a token may have there.
    elements: tuple[frozenset[str], ...]


@dataclass(frozen=True, slots=True)
class Index:
    words: dict[str, tuple[Hit, ...]]
    heads: dict[str, tuple[Hit, ...]]
    head_lengths: tuple[int, ...]
    modifiers: dict[str, tuple[Hit, ...]]
    modifier_lengths: tuple[int, ...]
    phrases: dict[str, tuple[Phrase, ...]]
    exceptions: dict[str, frozenset[str]]
    detectors: tuple[Rule, ...]
    names: dict[str, tuple[tuple[str, ...], ...]]
    law_openers: frozenset[str]


def forms_of(word: str) -> frozenset[str]:
    """The word and every inflected form simplemma knows for it, in lower case."""
    lower = word.lower()
    return frozenset({lower, *forms_module.load().get(lower, ())})


def phrase_elements(phrase: str) -> list[str]:
    return [match.group().lower() for match in TOKREGEX.finditer(phrase)]


def _table(pairs: list[tuple[str, Hit]]) -> dict[str, tuple[Hit, ...]]:
    table: defaultdict[str, list[Hit]] = defaultdict(list)
    for form, hit in pairs:
        if hit not in table[form]:
            table[form].append(hit)
    return {form: tuple(hits) for form, hits in table.items()}


@cache
def build_index() -> Index:
    words: list[tuple[str, Hit]] = []
    heads: list[tuple[str, Hit]] = []
    modifiers: list[tuple[str, Hit]] = []
    phrases: defaultdict[str, list[Phrase]] = defaultdict(list)
    exceptions: dict[str, frozenset[str]] = {}
    detectors: list[Rule] = []
    for rule in load_rules():
        for word in rule.words:
            words += [(form, Hit(rule, word.lower())) for form in forms_of(word)]
        for form in rule.forms:
            words.append((form.lower(), Hit(rule, form.lower())))
        for head in rule.heads:
            heads += [(form, Hit(rule, head.lower())) for form in forms_of(head)]
        for modifier in rule.modifiers:
            modifiers += [(form, Hit(rule, modifier.lower())) for form in forms_of(modifier)]
        for phrase in rule.phrases:
            elements = tuple(forms_of(element) for element in phrase_elements(phrase))
            for first in elements[0]:
                phrases[first].append(Phrase(rule, phrase.lower(), elements))
        exceptions[rule.id] = frozenset(
            form for exception in rule.exceptions for form in forms_of(exception)
        )
        if rule.detector:
            detectors.append(rule)
    head_table, modifier_table = _table(heads), _table(modifiers)
    names_table: defaultdict[str, list[tuple[str, ...]]] = defaultdict(list)
    names, openers = load_names()
    for name in names:
        name_words = tuple(phrase_elements(name))
        names_table[name_words[0]].append(name_words)
    return Index(
        words=_table(words),
        heads=head_table,
        head_lengths=tuple(sorted({len(form) for form in head_table}, reverse=True)),
        modifiers=modifier_table,
        modifier_lengths=tuple(sorted({len(form) for form in modifier_table}, reverse=True)),
        phrases={first: tuple(found) for first, found in phrases.items()},
        exceptions=exceptions,
        detectors=tuple(detectors),
        names={first: tuple(found) for first, found in names_table.items()},
        law_openers=frozenset(opener.lower() for opener in openers),
    )
