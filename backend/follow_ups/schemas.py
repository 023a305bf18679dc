from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from backend.action_plans.content import ItemId, PlanContent
from backend.core.schemas import Multiline, Schema
from backend.follow_ups.policies import FollowUpAction
from backend.models.enums import ActivityStatus, Assessment, FollowUpKind, FollowUpStatus

Comment = Annotated[Multiline, Field(max_length=5000)]
Version = Annotated[int, Field(ge=0, le=2_147_483_647)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoalReport(_Strict):
    goal_id: ItemId
    current_value: Annotated[float, Field(ge=-1e12, le=1e12, allow_inf_nan=False)] | None = None
    assessment: Assessment | None = None
    comment: Comment = ""


class ActivityReport(_Strict):
    activity_id: ItemId
    status: ActivityStatus
    comment: Comment = ""


class FollowUpReport(_Strict):
    summary: Comment = ""
    goals: Annotated[list[GoalReport], Field(max_length=50)] = []
    activities: Annotated[list[ActivityReport], Field(max_length=200)] = []


class ReportSave(Schema):
    version: Version
    report: FollowUpReport


class Step(Schema):
    version: Version


class Review(Schema):
    version: Version
    outcome: Literal["accepted", "needs_attention"]
    comment: Comment = ""

    @model_validator(mode="after")
    def _say_what_needs_attention(self) -> Review:
        # The working group has to know what to fix before it can answer and resubmit.
        if self.outcome == "needs_attention" and not self.comment.strip():
            raise ValueError("say what needs attention in the comment")
        return self


class AttachmentRead(BaseModel):
    id: int
    filename: str
    content_type: str
    size: int
    uploaded_at: dt.datetime


class FollowUpSummary(BaseModel):
    id: int
    certification_id: int
    organisation_name: str
    kind: FollowUpKind
    due_on: dt.date
    status: FollowUpStatus
    overdue: bool
    submitted_at: dt.datetime | None
    reviewed_at: dt.datetime | None


class FollowUpRead(FollowUpSummary):
    version: int
    report: FollowUpReport
    review_comment: str | None
    plan: PlanContent
    attachments: list[AttachmentRead]
    editable: bool  # the same as follow-up:report in allowed_actions
    allowed_actions: list[FollowUpAction]
