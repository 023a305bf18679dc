"""The rules: data files under `rules/`, read and checked once.

A rule says what to look for (words in any inflection, the first or last part of a compound,
phrases, or one of the detectors in `detectors.py`), what it concerns, how sure we are
(`avoid` or `consider`), what to write instead, why, and whose guidance says so. Every rule
carries sentences that must and must not match; the test suite runs them all.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

from backend.language.grounds import ALL

Severity = Literal["avoid", "consider"]
SEVERITIES: tuple[Severity, ...] = ("avoid", "consider")
# Settings an organisation turns on; a rule that requires one is silent without it.
SETTINGS = frozenset({"non_binary"})
DETECTORS = frozenset({"binary_options", "generic_pronoun"})

_KEYS = {
    "id", "ground", "severity", "words", "heads", "modifiers", "phrases", "forms", "except",
    "requires", "detector", "params", "suggestions", "explanation", "source", "match", "no_match",
    "not_after", "not_before", "advice",
}  # fmt: skip


class RuleError(ValueError):
    """A rule file that does not say what a rule must say."""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    ground: str
    severity: Severity
    # Words that can stand in place of the match, as they are.
    suggestions: tuple[str, ...]
    explanation: dict[str, str]
    source: str
    match: tuple[str, ...]
    no_match: tuple[str, ...]
    # What to do instead when no word can simply take the match's place ("beskriv kraven").
    advice: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()
    # The word right before or after the match (punctuation skipped) that makes it another
    # sense: "mellan pojkar och flickor" compares, "handikapp 0–18" is golf. "<number>" is
    # any number.
    not_after: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    requires: str | None = None
    detector: str | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def lemmas(self) -> set[str]:
        """Every word whose inflections the rule needs to know."""
        found = {*self.words, *self.heads, *self.modifiers, *self.exceptions}
        for phrase in self.phrases:
            found.update(phrase.lower().split())
        for value in self.params.values():
            if isinstance(value, list):
                for item in value:
                    found.update(str(item).lower().split())
        return {word.lower() for word in found}


def _strings(raw: dict[str, Any], key: str, rule_id: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise RuleError(f"{rule_id}: {key} must be a list of non-empty strings")
    return tuple(value)


def _rule(raw: dict[str, Any], source_file: str) -> Rule:
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise RuleError(f"{source_file}: a rule without an id")
    unknown = set(raw) - _KEYS
    if unknown:
        raise RuleError(f"{rule_id}: unknown keys {sorted(unknown)}")
    if raw.get("ground") not in ALL:
        raise RuleError(f"{rule_id}: ground {raw.get('ground')!r} is not a ground or category")
    if raw.get("severity") not in SEVERITIES:
        raise RuleError(f"{rule_id}: severity must be one of {SEVERITIES}")
    explanation = raw.get("explanation")
    if not isinstance(explanation, dict) or not all(explanation.get(k) for k in ("sv", "en")):
        raise RuleError(f"{rule_id}: an explanation in sv and en")
    if not isinstance(raw.get("source"), str) or not raw["source"]:
        raise RuleError(f"{rule_id}: the public guidance it rests on (source)")
    requires = raw.get("requires")
    if requires is not None and requires not in SETTINGS:
        raise RuleError(f"{rule_id}: requires {requires!r} is not a setting")
    detector = raw.get("detector")
    if detector is not None and detector not in DETECTORS:
        raise RuleError(f"{rule_id}: detector {detector!r} does not exist")
    rule = Rule(
        id=rule_id,
        ground=raw["ground"],
        severity=raw["severity"],
        suggestions=_strings(raw, "suggestions", rule_id),
        advice=_strings(raw, "advice", rule_id),
        explanation={"sv": explanation["sv"].strip(), "en": explanation["en"].strip()},
        source=raw["source"],
        match=_strings(raw, "match", rule_id),
        no_match=_strings(raw, "no_match", rule_id),
        words=_strings(raw, "words", rule_id),
        heads=_strings(raw, "heads", rule_id),
        modifiers=_strings(raw, "modifiers", rule_id),
        phrases=_strings(raw, "phrases", rule_id),
        forms=_strings(raw, "forms", rule_id),
        exceptions=_strings(raw, "except", rule_id),
        not_after=tuple(word.lower() for word in _strings(raw, "not_after", rule_id)),
        not_before=tuple(word.lower() for word in _strings(raw, "not_before", rule_id)),
        requires=requires,
        detector=detector,
        params=dict(raw.get("params", {})),
    )
    if not (rule.words or rule.heads or rule.modifiers or rule.phrases or rule.detector):
        raise RuleError(f"{rule_id}: nothing to look for")
    if not (rule.suggestions or rule.advice or rule.detector):
        raise RuleError(f"{rule_id}: a suggestion or advice")
    if not rule.match or not rule.no_match:
        raise RuleError(f"{rule_id}: at least one sentence that matches and one that does not")
    return rule


@cache
def load_rules() -> tuple[Rule, ...]:
    """Every rule of every file under `rules/`, in file and then file order."""
    rules: list[Rule] = []
    folder = resources.files("backend.language") / "rules"
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if not entry.name.endswith(".toml") or entry.name == "names.toml":
            continue
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
        rules.extend(_rule(raw, entry.name) for raw in data.get("rule", []))
    ids = [rule.id for rule in rules]
    duplicates = {rule_id for rule_id in ids if ids.count(rule_id) > 1}
    if duplicates:
        raise RuleError(f"rule ids used twice: {sorted(duplicates)}")
    return tuple(rules)


@cache
def load_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Names never flagged (laws, organisations, historical bodies), and the words that open a
    law's title: everything after "lagen om" up to the clause's end is the law's name."""
    data = tomllib.loads(
        (resources.files("backend.language") / "rules" / "names.toml").read_text(encoding="utf-8")
    )
    return tuple(data["names"]), tuple(data["law_openers"])


@cache
def rules_by_id() -> dict[str, Rule]:
    return {rule.id: rule for rule in load_rules()}
