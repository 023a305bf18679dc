"""Every rule's own sentences, the rule files' shape, and the forms table built from them."""

from __future__ import annotations

import pytest

from backend.language import CheckOptions, check, load_rules
from backend.language import forms as forms_module
from backend.language.grounds import ALL, CATEGORIES, GROUNDS
from backend.models.enums import Ground

RULES = load_rules()
# The examples run with the organisation's settings on, so rules that need one are tried too.
WITH_SETTINGS = CheckOptions(non_binary=True)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_every_example_sentence_of_a_rule_matches_it(rule):
    for sentence in rule.match:
        found = [f.rule_id for f in check(sentence, WITH_SETTINGS)]
        assert rule.id in found, f"{sentence!r} gave {found}"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_no_counter_example_of_a_rule_matches_it(rule):
    for sentence in rule.no_match:
        found = [(f.rule_id, f.text) for f in check(sentence, WITH_SETTINGS)]
        assert rule.id not in {rule_id for rule_id, _ in found}, f"{sentence!r} gave {found}"


def test_at_least_150_rules_cover_all_seven_grounds_and_the_general_categories():
    assert len(RULES) >= 150
    assert {rule.ground for rule in RULES} == set(ALL)


def test_the_seven_grounds_are_the_ones_goals_and_follow_ups_use():
    assert set(GROUNDS) == {ground.value for ground in Ground}
    assert not set(CATEGORIES) & set(GROUNDS)


def test_every_rule_explains_itself_in_both_languages_and_names_its_source():
    for rule in RULES:
        assert rule.explanation["sv"] and rule.explanation["en"], rule.id
        assert rule.source, rule.id
        assert rule.suggestions or rule.advice or rule.detector, rule.id


def test_the_forms_table_is_built_from_the_rules_as_they_are():
    """`python -m backend.language` rewrites it after a rule names a new word."""
    committed = forms_module.load()
    rebuilt = forms_module.build()
    assert {lemma: tuple(forms) for lemma, forms in rebuilt.items()} == committed
