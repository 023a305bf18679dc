"""Schema base and the string types every payload uses: bounded, storable (no NUL, no lone
surrogate), and either one line or several."""

from __future__ import annotations

import re
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from fastapi import Path
from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, Strict, StringConstraints
from pydantic_core import PydanticCustomError

# A lone surrogate (JSON's "\ud800" escape decodes to one) is not text: no database driver can
# encode it. C0 and C1 controls (NUL cannot be stored in PostgreSQL text, the others no human
# types in a form) and, on one line, the line and paragraph separators.
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROLS_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _refuse_lone_surrogates(value: str) -> str:
    if _SURROGATES.search(value):
        raise PydanticCustomError("invalid_unicode", "Text must be valid Unicode")
    return value


def _one_line(value: str) -> str:
    # One-line text ends up in mail subjects, headers, file names and PDFs: a line break there
    # is a header injection or a broken layout, so CR, LF and tab are refused like any control.
    _refuse_lone_surrogates(value)
    if _CONTROLS.search(value):
        raise PydanticCustomError(
            "control_characters", "Line breaks, tabs and control characters are not allowed"
        )
    return value


def _lines(value: str) -> str:
    # Line breaks and tabs are kept; CR LF (a form post, a Windows client) and a lone CR become
    # LF, so stored text has one kind of line break whatever sent it.
    _refuse_lone_surrogates(value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROLS_BUT_LINES.search(value):
        raise PydanticCustomError("control_characters", "Control characters are not allowed")
    return value


def _lower(value: str) -> str:
    return value.lower()


# For types of one's own. Every string type of a request uses one of these two (or a pattern
# that admits neither a control character nor a surrogate); tests/test_bad_input.py sends a lone
# surrogate to every string of every request body.
SingleLine = AfterValidator(_one_line)
MultipleLines = AfterValidator(_lines)
ValidUnicode = AfterValidator(_refuse_lone_surrogates)

# Free text of several lines (tabs and line breaks allowed, other control characters not);
# always used with a Field(max_length=...).
Multiline = Annotated[str, MultipleLines]

# Names, titles and other one-line text: no line break, tab or other control character.
Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200), SingleLine
]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200), SingleLine]
# A short remark typed in a text area (a reason, a scope): it may break lines.
ShortNote = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200), MultipleLines]
SearchText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=100), SingleLine]
LoginName = Annotated[str, StringConstraints(min_length=1, max_length=254), SingleLine]
Phone = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=40, pattern=r"^[0-9+()\- ]*$"),
]
Email = Annotated[
    EmailStr,
    StringConstraints(max_length=254),
    AfterValidator(_lower),
]
# Long enough to resist guessing, bounded so argon2 never hashes a megabyte. Any character a
# keyboard makes is allowed; a lone surrogate cannot be hashed (it has no UTF-8).
Password = Annotated[str, StringConstraints(min_length=10, max_length=128), ValidUnicode]
# The password typed at login: whatever length an older rule allowed.
LoginPassword = Annotated[str, StringConstraints(min_length=1, max_length=128), ValidUnicode]
TokenText = Annotated[str, StringConstraints(min_length=10, max_length=128, pattern=r"^[\w\-]+$")]


_NOT_COERCED = frozenset({int, bool})


def _is_int_or_bool(annotation: Any) -> bool:
    """int or bool, optional or not: the types a client could be surprised to see coerced."""
    if annotation in _NOT_COERCED:
        return True
    args = [a for a in get_args(annotation) if a is not type(None)]
    return get_origin(annotation) in {Union, UnionType} and bool(args) and set(args) <= _NOT_COERCED


class Schema(BaseModel):
    """A request body: unknown fields refused, and integers and booleans taken only as such
    (`"200"` is not a version and `0` is not `false`), while dates and enums still come as text."""

    model_config = ConfigDict(from_attributes=True, extra="forbid")

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        loose = [
            field
            for field in cls.__pydantic_fields__.values()
            if _is_int_or_bool(field.annotation)
            and not any(isinstance(m, Strict) for m in field.metadata)
        ]
        for field in loose:
            field.metadata.append(Strict())
        if loose:
            cls.model_rebuild(force=True)


class ReadSchema(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# Database ids are 32-bit: a larger number in a path is a 422, never a driver error.
ObjectId = Annotated[int, Path(ge=1, le=2_147_483_647)]
