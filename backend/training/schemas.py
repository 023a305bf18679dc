from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field
from pydantic_core import PydanticCustomError

from backend.core.schemas import Multiline, Name, Schema, ShortNote, ShortText
from backend.models.enums import AgendaKind, SessionKind, TrainingDayStatus
from backend.training.policies import TrainingDayAction
from backend.training.rules import COMBINATIONS

Version = Annotated[int, Field(ge=1, le=2_147_483_647)]
Location = ShortText
LongNotes = Annotated[Multiline, Field(max_length=5000)]


def _a_valid_combination(moments: list[int]) -> list[int]:
    if tuple(moments) not in COMBINATIONS:
        raise PydanticCustomError(
            "invalid_moment_combination",
            "Moments are [1], [2], [3], [1, 2] or [2, 3]",
        )
    return moments


Moments = Annotated[
    list[int], Field(min_length=1, max_length=2), AfterValidator(_a_valid_combination)
]
# Training is planned within a sensible window: no typo can create a day in the year 20026.
PlanDate = Annotated[dt.date, Field(ge=dt.date(2000, 1, 1), le=dt.date(2100, 12, 31))]


class TrainingDayCreate(Schema):
    date: PlanDate
    moments: Moments
    location: Location = ""
    notes: LongNotes = ""


class TrainingDayUpdate(Schema):
    version: Version
    date: PlanDate | None = None
    location: Location | None = None
    notes: LongNotes | None = None


class HeldRequest(Schema):
    participant_count: Annotated[int, Field(ge=0, le=10_000)]


class CancelDayRequest(Schema):
    reason: ShortNote = ""


class TrainingDayRead(BaseModel):
    id: int
    certification_id: int
    date: dt.date
    moments: list[int]
    length: Literal["full", "half"]
    status: TrainingDayStatus
    participant_count: int | None
    location: str
    notes: str
    cancel_reason: str | None
    version: int
    # What the caller may do to the day now (backend/training/policies.py decides).
    allowed_actions: list[TrainingDayAction]


class GapWarningRead(BaseModel):
    code: Literal["reflection_gap_short"]
    days: int
    recommended: int
    other_date: dt.date


class TrainingDayResult(BaseModel):
    day: TrainingDayRead
    warnings: list[GapWarningRead]


class AgendaItemIn(Schema):
    kind: AgendaKind
    title: Name
    duration_minutes: Annotated[int, Field(ge=1, le=480)]


class AgendaItemRead(BaseModel):
    kind: AgendaKind
    title: str
    duration_minutes: int


AgendaItems = Annotated[list[AgendaItemIn], Field(max_length=30)]
Agenda = dict[str, list[AgendaItemRead]]


class SessionCreate(Schema):
    kind: SessionKind
    date: PlanDate
    notes: LongNotes = ""


class SessionUpdate(Schema):
    version: Version
    date: PlanDate | None = None
    notes: LongNotes | None = None


class SessionRead(BaseModel):
    id: int
    certification_id: int
    kind: SessionKind
    date: dt.date
    notes: str
    version: int
