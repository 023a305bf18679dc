"""The string types of core.schemas: what one line and several lines may hold."""

from __future__ import annotations

import datetime
from typing import Annotated

import pytest
from pydantic import Field, TypeAdapter, ValidationError

from backend.core.schemas import (
    LoginName,
    LoginPassword,
    Multiline,
    Name,
    Password,
    Schema,
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


class _Body(Schema):
    version: Annotated[int, Field(ge=1)]
    notify_by_mail: bool = True
    group_size: int | None = None
    on: datetime.date | None = None


class TestRequestBodiesTakeNumbersAndBooleansOnlyAsSuch:
    @pytest.mark.parametrize(
        "data",
        [
            {"version": "200"},
            {"version": 2.0},
            {"version": True},
            {"version": 1, "notify_by_mail": 0},
            {"version": 1, "notify_by_mail": "true"},
            {"version": 1, "group_size": "8"},
        ],
    )
    def test_a_coercible_value_of_another_type_is_refused(self, data):
        with pytest.raises(ValidationError) as raised:
            _Body.model_validate(data)
        assert {e["type"] for e in raised.value.errors()} <= {"int_type", "bool_type"}

    def test_numbers_booleans_and_dates_as_json_sends_them_are_taken(self):
        body = _Body.model_validate(
            {"version": 2, "notify_by_mail": False, "group_size": None, "on": "2027-01-31"}
        )
        assert (body.version, body.notify_by_mail, body.on) == (
            2,
            False,
            datetime.date(2027, 1, 31),
        )
