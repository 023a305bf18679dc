"""The action plan document: a vision, measurable goals and activities linked to them."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from backend.core.schemas import Multiline, ShortText
from backend.models.enums import ActivityStatus, Ground

ItemId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9\-_]+$")]
Text = Annotated[ShortText, Field(max_length=200)]
LongText = Annotated[Multiline, Field(max_length=10_000)]
Figure = Annotated[float, Field(ge=-1e12, le=1e12, allow_inf_nan=False)]
PlanDay = Annotated[dt.date, Field(ge=dt.date(2000, 1, 1), le=dt.date(2100, 12, 31))]


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Goal(_Item):
    """A measurable goal: an indicator moving from a baseline to a target by a deadline."""

    id: ItemId
    title: Text = ""
    indicator: Text = ""
    unit: Annotated[ShortText, Field(max_length=40)] = ""
    baseline: Figure | None = None
    target: Figure | None = None
    deadline: PlanDay | None = None
    responsible: Text = ""
    grounds: Annotated[list[Ground], Field(max_length=7)] = []


class Activity(_Item):
    id: ItemId
    description: Annotated[Multiline, Field(max_length=2000)] = ""
    responsible: Text = ""
    start_date: PlanDay | None = None
    due_date: PlanDay | None = None
    status: ActivityStatus = ActivityStatus.PLANNED
    goal_ids: Annotated[list[ItemId], Field(max_length=50)] = []


class PlanContent(_Item):
    vision: LongText = ""
    goals: Annotated[list[Goal], Field(max_length=50)] = []
    activities: Annotated[list[Activity], Field(max_length=200)] = []

    @model_validator(mode="after")
    def _consistent(self) -> PlanContent:
        goal_ids = [g.id for g in self.goals]
        activity_ids = [a.id for a in self.activities]
        if len(set(goal_ids)) != len(goal_ids) or len(set(activity_ids)) != len(activity_ids):
            raise PydanticCustomError("duplicate_id", "Goal and activity ids must be unique")
        known = set(goal_ids)
        for activity in self.activities:
            if not set(activity.goal_ids) <= known:
                raise PydanticCustomError(
                    "unknown_goal", "An activity is linked to a goal that is not in the plan"
                )
        return self


EMPTY_CONTENT: dict[str, object] = PlanContent().model_dump(mode="json")
