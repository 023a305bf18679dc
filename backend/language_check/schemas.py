from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from backend.core.schemas import Multiline, Schema
from backend.models.enums import Locale

# 100 KB of UTF-8: a long policy document pasted whole. Longer texts are uploaded as documents.
MAX_TEXT_BYTES = 100_000


class CheckRequest(Schema):
    text: Annotated[Multiline, Field(max_length=MAX_TEXT_BYTES)]
    locale: Locale = Locale.SV
    # Whose settings apply (accepted terms, the non-binary setting, rule groups turned off):
    # this organisation's, or by default the caller's own.
    organisation_id: Annotated[int | None, Field(ge=1, le=2_147_483_647)] = None


class LanguageFinding(BaseModel):
    rule_id: str
    ground: str
    severity: Literal["avoid", "consider"]
    # Unicode code points into the text sent: text[start:end] is the match.
    start: int
    end: int
    text: str
    term: str
    # Words that can replace text[start:end] as they are; `advice` says what to do otherwise.
    suggestions: list[str]
    advice: list[str]
    explanation: str
    source: str


class CheckResult(BaseModel):
    findings: list[LanguageFinding]
