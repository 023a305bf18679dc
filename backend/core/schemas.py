"""Schema base and the string types every payload uses, so no field takes unbounded or NUL text."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path
from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, StringConstraints
from pydantic_core import PydanticCustomError


def _refuse_control_characters(value: str) -> str:
    # PostgreSQL cannot store NUL in text, and no human writes other C0 controls in a form field.
    if any(ord(ch) < 32 and ch not in "\t\n\r" for ch in value):
        raise PydanticCustomError("control_characters", "Control characters are not allowed")
    return value


def _lower(value: str) -> str:
    return value.lower()


# Free text of several lines (tabs and line breaks allowed, other control characters not);
# always used with a Field(max_length=...).
Multiline = Annotated[str, AfterValidator(_refuse_control_characters)]


# For types of one's own: text without control characters.
NoControlCharacters = AfterValidator(_refuse_control_characters)


Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(_refuse_control_characters),
]
ShortText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=200),
    AfterValidator(_refuse_control_characters),
]
SearchText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=100),
    AfterValidator(_refuse_control_characters),
]
LoginName = Annotated[
    str,
    StringConstraints(min_length=1, max_length=254),
    AfterValidator(_refuse_control_characters),
]
Phone = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=40, pattern=r"^[0-9+()\- ]*$"),
]
Email = Annotated[
    EmailStr,
    StringConstraints(max_length=254),
    AfterValidator(_lower),
]
# Long enough to resist guessing, bounded so argon2 never hashes a megabyte.
Password = Annotated[str, StringConstraints(min_length=10, max_length=128)]
TokenText = Annotated[str, StringConstraints(min_length=10, max_length=128, pattern=r"^[\w\-]+$")]


class Schema(BaseModel):
    model_config = ConfigDict(from_attributes=True, extra="forbid")


class ReadSchema(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# Database ids are 32-bit: a larger number in a path is a 422, never a driver error.
ObjectId = Annotated[int, Path(ge=1, le=2_147_483_647)]
