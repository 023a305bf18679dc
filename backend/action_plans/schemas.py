from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from backend.action_plans.content import PlanContent
from backend.action_plans.policies import PlanAction
from backend.core.schemas import Multiline, Schema
from backend.models.enums import CommentTarget, PlanStatus, PlanVersionKind, Role

Version = Annotated[int, Field(ge=0, le=2_147_483_647)]
CommentBody = Annotated[Multiline, Field(min_length=1, max_length=5000)]


class PlanRead(BaseModel):
    id: int
    certification_id: int
    status: PlanStatus
    version: int
    content: PlanContent
    updated_at: dt.datetime | None
    updated_by_name: str | None
    editable: bool  # the same as plan:edit in allowed_actions
    allowed_actions: list[PlanAction]


class PlanSave(Schema):
    base_version: Version
    content: PlanContent


class PlanStep(Schema):
    version: Version


class ChangeRequest(Schema):
    version: Version
    comment: CommentBody


class PlanVersionSummary(BaseModel):
    version: int
    kind: PlanVersionKind
    saved_at: dt.datetime
    saved_by_name: str | None


class PlanVersionRead(PlanVersionSummary):
    content: PlanContent


class ChangeRead(BaseModel):
    kind: Literal["added", "removed", "changed"]
    path: str
    label: str
    before: Any
    after: Any


class PlanDiff(BaseModel):
    from_version: int
    to_version: int
    changes: list[ChangeRead]


class CommentCreate(Schema):
    target: CommentTarget = CommentTarget.PLAN
    target_id: Annotated[str, Field(max_length=64, pattern=r"^[A-Za-z0-9\-_]+$")] | None = None
    body: CommentBody
    reply_to_id: Annotated[int, Field(ge=1, le=2_147_483_647)] | None = None


class CommentRead(BaseModel):
    id: int
    target: CommentTarget
    target_id: str | None
    author_name: str | None
    author_role: Role | None
    body: str
    created_at: dt.datetime
    reply_to_id: int | None
    plan_version: int


class MergeConflictRead(BaseModel):
    path: str
    base: Any
    mine: Any
    theirs: Any


class PlanConflictDetail(BaseModel):
    message: str
    current: PlanRead
    merged: PlanContent
    conflicts: list[MergeConflictRead]


class PlanConflictBody(BaseModel):
    """The 409 of a stale save: someone saved first (documentation of the error body)."""

    error: Literal["version_conflict"]
    detail: PlanConflictDetail


class ApprovalRefusedDetail(BaseModel):
    message: str
    reasons: list[dict[str, Any]]


class ApprovalRefusedBody(BaseModel):
    """The 409 of an approval whose preconditions fail, every reason at once."""

    error: Literal["approval_preconditions_failed"]
    detail: ApprovalRefusedDetail
