"""What a rule is about: one of the seven grounds of diskrimineringslagen or a general category.

The seven codes are the ones the rest of Jämlik uses for goals and follow-ups
(`backend.models.enums.Ground`); a test keeps them equal. The library does not import the
models package, so that it stays usable without a database.
"""

from __future__ import annotations

GROUNDS: dict[str, dict[str, str]] = {
    "sex": {"sv": "Kön", "en": "Sex"},
    "transgender_identity": {
        "sv": "Könsöverskridande identitet eller uttryck",
        "en": "Transgender identity or expression",
    },
    "ethnicity": {"sv": "Etnisk tillhörighet", "en": "Ethnicity"},
    "religion": {
        "sv": "Religion eller annan trosuppfattning",
        "en": "Religion or other belief",
    },
    "disability": {"sv": "Funktionsnedsättning", "en": "Disability"},
    "sexual_orientation": {"sv": "Sexuell läggning", "en": "Sexual orientation"},
    "age": {"sv": "Ålder", "en": "Age"},
}

# Norms the law does not name but the scheme reviews for: who a text assumes its reader is.
CATEGORIES: dict[str, dict[str, str]] = {
    "family_forms": {"sv": "Familjeformer", "en": "Family forms"},
    "us_and_them": {"sv": "Vi och dom", "en": "Us and them"},
    "binary_gender": {"sv": "Binära könsalternativ", "en": "Binary gender options"},
}

ALL: dict[str, dict[str, str]] = {**GROUNDS, **CATEGORIES}
