"""Check a text: the findings, each with its place, its rule, what to write instead and why."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from backend.language import detectors
from backend.language.index import MIN_COMPOUND_PART, Hit, Index, build_index
from backend.language.rules import Rule, Severity
from backend.language.tokens import Token, tokenise

# When two findings cover the same words, the more specific one is kept: phrases and detectors
# over single words, whole words over compound parts, and among equals the stronger severity
# ("Zigenarkvinnan" is first of all an outdated name for Roma, and only then a gendered word).
_PHRASE, _DETECTOR, _WORD, _COMPOUND = 0, 0, 1, 2
_SEVERITY_ORDER = {"avoid": 0, "consider": 1}


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """An organisation's settings, which a review records beside its findings."""

    non_binary: bool = False
    # Terms the organisation has decided to keep (lower case, a lemma or the exact text).
    accepted_terms: frozenset[str] = frozenset()
    # Grounds or categories whose rules are turned off.
    disabled_groups: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str
    ground: str
    severity: Severity
    start: int
    end: int
    text: str
    term: str
    suggestions: tuple[str, ...]
    advice: tuple[str, ...]
    explanation: dict[str, str] = field(compare=False)
    source: str = field(compare=False)


@dataclass(slots=True)
class _Candidate:
    start: int  # token indices, end exclusive
    end: int
    rule: Rule
    term: str
    rank: int


def check(text: str, options: CheckOptions | None = None) -> list[Finding]:
    """Every finding in the text, in order, at most one for any word."""
    options = options or CheckOptions()
    index = build_index()
    tokens = tokenise(text)
    shielded = _shielded(tokens, index)
    candidates: list[_Candidate] = []
    for position, token in enumerate(tokens):
        if not token.is_word or shielded[position]:
            continue
        candidates += _phrases_at(tokens, position, index, shielded)
        candidates += _words_at(token, position, index)
    for rule in index.detectors:
        candidates += [
            _Candidate(start, end, rule, term, _DETECTOR)
            for start, end, term in detectors.run(rule, tokens, shielded)
        ]
    active = [c for c in candidates if _applies(c, tokens, text, options)]
    return [_finding(c, tokens, text) for c in _without_overlaps(active)]


def _words_at(token: Token, position: int, index: Index) -> list[_Candidate]:
    lower = token.lower
    found: list[_Candidate] = []
    # The whole word first, then each part of a hyphenated one ("handikapp-wc"), in order, so
    # the same text always gives the same finding.
    parts = [lower, *(part for part in lower.split("-") if part != lower)]
    for part in dict.fromkeys(parts):
        found += [
            _Candidate(position, position + 1, hit.rule, hit.term, _WORD)
            for hit in index.words.get(part, ())
            if not _excepted(hit, lower, index)
        ]
    word = lower.replace("-", "")
    for length in index.head_lengths:
        if len(word) - length >= MIN_COMPOUND_PART:
            found += [
                _Candidate(position, position + 1, hit.rule, hit.term, _COMPOUND)
                for hit in index.heads.get(word[-length:], ())
                if not _excepted(hit, word, index)
            ]
    for length in index.modifier_lengths:
        if len(word) - length >= MIN_COMPOUND_PART:
            found += [
                _Candidate(position, position + 1, hit.rule, hit.term, _COMPOUND)
                for hit in index.modifiers.get(word[:length], ())
                if not _excepted(hit, word, index)
            ]
    return found


def _excepted(hit: Hit, word: str, index: Index) -> bool:
    """The word is one of the rule's exceptions, or a compound ending in one."""
    exceptions = index.exceptions[hit.rule.id]
    if not exceptions:
        return False
    return word in exceptions or any(
        word.endswith(exception) and len(word) - len(exception) >= MIN_COMPOUND_PART
        for exception in exceptions
    )


def _phrases_at(
    tokens: list[Token], position: int, index: Index, shielded: list[bool]
) -> list[_Candidate]:
    found: list[_Candidate] = []
    for phrase in index.phrases.get(tokens[position].lower, ()):
        end = position + len(phrase.elements)
        if end > len(tokens) or any(shielded[position:end]):
            continue
        if all(
            tokens[position + offset].lower in element
            for offset, element in enumerate(phrase.elements)
        ):
            found.append(_Candidate(position, end, phrase.rule, phrase.term, _PHRASE))
    return found


def _shielded(tokens: list[Token], index: Index) -> list[bool]:
    """Words nobody should rewrite: quotations, the names of laws, organisations and bodies,
    and names written with a capital in the middle of a sentence."""
    shielded = [
        token.quoted or (token.capitalised and not token.starts_sentence) for token in tokens
    ]
    for position, token in enumerate(tokens):
        for name in index.names.get(token.lower, ()):
            end = position + len(name)
            if end <= len(tokens) and all(
                _is_name_word(tokens[position + offset].lower, element)
                for offset, element in enumerate(name)
            ):
                shielded[position:end] = [True] * len(name)
        if token.lower in index.law_openers:
            _shield_law_title(tokens, position, shielded)
    return shielded


def _is_name_word(word: str, element: str) -> bool:
    # A name in the genitive is still the name: "Handikappombudsmannens".
    return word == element or word == element + "s"


def _shield_law_title(tokens: list[Token], position: int, shielded: list[bool]) -> None:
    """ "lagen (1993:387) om stöd och service till vissa funktionshindrade": the title runs from
    "om" to the end of the clause."""
    cursor = position + 1
    if cursor < len(tokens) and tokens[cursor].text == "(":
        while cursor < len(tokens) and tokens[cursor].text != ")":
            cursor += 1
        cursor += 1
    if cursor >= len(tokens) or tokens[cursor].lower != "om":
        return
    sentence = tokens[position].sentence
    while (
        cursor < len(tokens)
        and tokens[cursor].sentence == sentence
        and tokens[cursor].text not in {",", "(", ";", "–", "—"}
    ):
        shielded[cursor] = True
        cursor += 1


def _applies(candidate: _Candidate, tokens: list[Token], text: str, options: CheckOptions) -> bool:
    rule = candidate.rule
    if rule.not_after and _neighbour_is(tokens, candidate.start, -1, rule.not_after):
        return False
    if rule.not_before and _neighbour_is(tokens, candidate.end - 1, 1, rule.not_before):
        return False
    if rule.requires == "non_binary" and not options.non_binary:
        return False
    if rule.ground in options.disabled_groups:
        return False
    if options.accepted_terms:
        matched = text[tokens[candidate.start].start : tokens[candidate.end - 1].end].lower()
        if candidate.term in options.accepted_terms or matched in options.accepted_terms:
            return False
    return True


def _neighbour_is(tokens: list[Token], position: int, step: int, words: tuple[str, ...]) -> bool:
    """Whether the nearest word before (step -1) or after (step 1) is one of `words`."""
    cursor = position + step
    while 0 <= cursor < len(tokens) and not tokens[cursor].is_word:
        cursor += step
    if not 0 <= cursor < len(tokens):
        return False
    word = tokens[cursor].lower
    return word in words or ("<number>" in words and word[0].isdigit())


def _without_overlaps(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    ordered = sorted(
        candidates,
        key=lambda c: (c.rank, _SEVERITY_ORDER[c.rule.severity], -(c.end - c.start), c.start),
    )
    taken: list[_Candidate] = []
    covered: set[int] = set()
    for candidate in ordered:
        span = range(candidate.start, candidate.end)
        if covered.isdisjoint(span):
            taken.append(candidate)
            covered.update(span)
    return sorted(taken, key=lambda c: c.start)


def replacements(suggestions: tuple[str, ...], matched: str, term: str) -> tuple[str, ...]:
    """The suggestions as words that can take the match's place. "-person" replaces a compound's
    last part ("brandman" → "brandperson"), which only works on the uninflected word: on
    "brandmännen" it is left out and the explanation says the rest."""
    found: list[str] = []
    for suggestion in suggestions:
        if not suggestion.startswith("-"):
            found.append(suggestion)
        elif matched.lower().endswith(term) and len(matched) > len(term):
            found.append(matched[: len(matched) - len(term)] + suggestion[1:])
    return tuple(dict.fromkeys(found))


def _finding(candidate: _Candidate, tokens: list[Token], text: str) -> Finding:
    start, end = tokens[candidate.start].start, tokens[candidate.end - 1].end
    rule = candidate.rule
    return Finding(
        rule_id=rule.id,
        ground=rule.ground,
        severity=rule.severity,
        start=start,
        end=end,
        text=text[start:end],
        term=candidate.term,
        suggestions=replacements(rule.suggestions, text[start:end], candidate.term),
        advice=rule.advice,
        explanation=rule.explanation,
        source=rule.source,
    )
