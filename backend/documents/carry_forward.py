"""A new version keeps the decisions already taken, so nobody reviews the same thing twice.

Two findings are the same when they come from the same rule in the same normalised context: the
flagged words and up to three words either side, in lower case, with punctuation and spacing
ignored. Editing elsewhere in the document, moving a paragraph or fixing a typo two sentences
away changes nothing. When the context did change, a finding of the same rule on the same words
that is the only one of its kind in both versions is still the same finding.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

_WORD = re.compile(r"\w+")
CONTEXT_WORDS = 3
MAX_KEY_LENGTH = 400


def context_key(text: str, start: int, end: int) -> str:
    """The flagged words and their neighbours, normalised: what carries a decision forward."""
    before = _WORD.findall(text[max(0, start - 80) : start].lower())[-CONTEXT_WORDS:]
    flagged = _WORD.findall(text[start:end].lower())
    after = _WORD.findall(text[end : end + 80].lower())[:CONTEXT_WORDS]
    return " ".join([*before, "[", *flagged, "]", *after])[:MAX_KEY_LENGTH]


class Comparable(Protocol):
    @property
    def rule_id(self) -> str: ...
    @property
    def context_key(self) -> str: ...
    @property
    def text(self) -> str: ...


Old = TypeVar("Old", bound=Comparable)
New = TypeVar("New", bound=Comparable)


@dataclass(frozen=True)
class Comparison(Generic[Old, New]):
    """How a later version's findings relate to an earlier one's."""

    remaining: list[tuple[Old, New]]  # (earlier, later): the same finding
    resolved: list[Old]  # no longer occurs
    new: list[New]  # did not occur before


def compare(earlier: Sequence[Old], later: Sequence[New]) -> Comparison[Old, New]:
    pairs: dict[int, int] = {}  # index in later -> index in earlier
    by_context: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    for index, before in enumerate(earlier):
        by_context[before.rule_id, before.context_key].append(index)
    for index, after in enumerate(later):
        candidates = by_context.get((after.rule_id, after.context_key))
        if candidates:
            pairs[index] = candidates.pop(0)
    # Second chance: the only finding of a rule on the same words, on both sides.
    taken = set(pairs.values())
    old_by_words = _unique_by_words(earlier, skip=taken)
    new_by_words = _unique_by_words(later, skip=set(pairs))
    for key, index in new_by_words.items():
        if key in old_by_words:
            pairs[index] = old_by_words[key]
    taken = set(pairs.values())
    return Comparison(
        remaining=[(earlier[old], later[new]) for new, old in sorted(pairs.items())],
        resolved=[finding for index, finding in enumerate(earlier) if index not in taken],
        new=[finding for index, finding in enumerate(later) if index not in pairs],
    )


def _unique_by_words(findings: Sequence[Comparable], skip: set[int]) -> dict[tuple[str, str], int]:
    groups: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    for index, finding in enumerate(findings):
        if index not in skip:
            groups[finding.rule_id, finding.text.lower()].append(index)
    return {key: group[0] for key, group in groups.items() if len(group) == 1}
