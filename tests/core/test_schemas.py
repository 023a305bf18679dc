"""The string types of core.schemas: what one line and several lines may hold."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError

from backend.core.schemas import (
    LoginName,
    LoginPassword,
    Multiline,
    Name,
    Password,
    SearchText,
    ShortNote,
    ShortText,
)

ONE_LINE = [Name, ShortText, SearchText, LoginName]
EVERY_TEXT = [*ONE_LINE, Multiline, ShortNote, Password, LoginPassword]


def _errors(kind, value: str) -> list[str]:
    try:
        TypeAdapter(kind).validate_python(value)
    except ValidationError as exc:
        return [error["type"] for error in exc.errors()]
    return []


class TestLoneSurrogates:
    @pytest.mark.parametrize("kind", EVERY_TEXT)
    @pytest.mark.parametrize("value", ["a\ud800bcdefghijk", "\udfff" * 12, "abcdefghij\udc80"])
    def test_no_text_type_takes_a_lone_surrogate(self, kind, value):
        """No driver can encode a lone surrogate: every text type refuses it."""
        assert _errors(kind, value)

    @pytest.mark.parametrize("kind", EVERY_TEXT)
    def test_a_surrogate_pair_is_an_ordinary_character(self, kind):
        # "😀" arrives from JSON as "\ud83d\ude00" and is decoded to one character.
        assert _errors(kind, "Glad 😀 hälsning") == []


class TestOneLine:
    @pytest.mark.parametrize("kind", ONE_LINE)
    @pytest.mark.parametrize(
        "value",
        [
            "Anna\r\nBcc: evil@example.com",
            "Anna\nAndersson",
            "Anna\rAndersson",
            "Anna\tAndersson",
            "Anna\x00",
            "Anna\x1b[31m",
            "Anna\x7f",
            "Anna\x85Andersson",  # NEL, a C1 line break
            "Anna\u2028Andersson",  # LINE SEPARATOR
            "Anna\u2029Andersson",  # PARAGRAPH SEPARATOR
        ],
    )
    def test_line_breaks_tabs_and_controls_are_refused(self, kind, value):
        """A name with "\\r\\nBcc: …" once reached a mail subject and broke the whole mail round."""
        assert _errors(kind, value) == ["control_characters"]

    @pytest.mark.parametrize("kind", ONE_LINE)
    def test_names_of_every_script_are_one_line(self, kind):
        for value in ("Čearru Ŋuorra-Đuoddar", "Łódź gmina", "مدينة", "Anna\u200dMaria"):
            assert _errors(kind, value) == []


class TestSeveralLines:
    @pytest.mark.parametrize("kind", [Multiline, ShortNote])
    def test_line_breaks_and_tabs_are_kept(self, kind):
        assert TypeAdapter(kind).validate_python("Rad 1\n\tRad 2") == "Rad 1\n\tRad 2"

    @pytest.mark.parametrize("kind", [Multiline, ShortNote])
    def test_carriage_returns_become_line_feeds(self, kind):
        assert TypeAdapter(kind).validate_python("a\r\nb\rc\n") == (
            "a\nb\nc\n" if kind is Multiline else "a\nb\nc"
        )

    @pytest.mark.parametrize("kind", [Multiline, ShortNote])
    @pytest.mark.parametrize("value", ["a\x00b", "a\x0bb", "a\x1bb", "a\x7fb", "a\x9bb"])
    def test_other_controls_are_refused(self, kind, value):
        assert _errors(kind, value) == ["control_characters"]
