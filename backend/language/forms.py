"""Every inflected form of the words the rules name, taken from simplemma's Swedish dictionary.

simplemma maps about 960,000 Swedish forms to their lemmas. Loading that table costs a worker
1.5 s and much memory, and the checker needs only the few thousand forms of the words its rules
name, so `python -m backend.language` inverts the table once for those lemmas and writes
`forms.json`; a test fails when the file no longer matches the rules. At run time a word is
found by a dictionary lookup of its lower-case form.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from importlib import resources
from pathlib import Path

from backend.language.rules import load_names, load_rules

FORMS_FILE = "forms.json"


def wanted_lemmas() -> set[str]:
    """The lemmas of every rule, exception and name, one word at a time."""
    lemmas: set[str] = set()
    for rule in load_rules():
        lemmas |= rule.lemmas()
    names, openers = load_names()
    for text in (*names, *openers):
        lemmas.update(text.lower().split())
    return {lemma for lemma in lemmas if lemma.isalpha()}


def build() -> dict[str, list[str]]:
    """simplemma's forms of each wanted lemma (the lemma itself included)."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    dictionary = DefaultDictionaryFactory().get_dictionary("sv")
    wanted = wanted_lemmas()
    forms: dict[str, set[str]] = {lemma: {lemma} for lemma in wanted}
    for form, lemma in dictionary.items():
        key = lemma.lower()
        if key in forms and form.isalpha():
            forms[key].add(form.lower())
    return {lemma: sorted(forms[lemma]) for lemma in sorted(forms)}


@cache
def load() -> dict[str, tuple[str, ...]]:
    """lemma → its forms, as written by `build`."""
    text = (resources.files("backend.language") / FORMS_FILE).read_text(encoding="utf-8")
    return {lemma: tuple(forms) for lemma, forms in json.loads(text).items()}


def render(forms: dict[str, list[str]]) -> str:
    return json.dumps(forms, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main() -> None:
    target = Path(__file__).with_name(FORMS_FILE)
    target.write_text(render(build()), encoding="utf-8")
    sys.stdout.write(f"wrote {target}\n")
