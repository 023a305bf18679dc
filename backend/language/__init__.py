"""A Swedish inclusive-language checker: a pure library, no database and no HTTP.

`check(text, options)` returns the findings; the rules are data under `rules/`.
"""

from backend.language.checker import CheckOptions, Finding, check, replacements
from backend.language.rules import Rule, load_rules, rules_by_id

__all__ = [
    "CheckOptions",
    "Finding",
    "Rule",
    "check",
    "load_rules",
    "replacements",
    "rules_by_id",
]
