"""The term a dismissal keeps for the organisation."""

from __future__ import annotations

from backend.language.index import forms_of


def kept_term(text: str, term: str) -> str:
    """What a dismissal keeps: the word's lemma when the flagged text is a form of it ("männen"
    keeps "man"), otherwise the flagged words themselves: dismissing "brandman", found by its last
    part, keeps "brandman", not every word ending in -man."""
    flagged = text.lower()
    return term if flagged in forms_of(term) else flagged
