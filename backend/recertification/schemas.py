from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from backend.certificates.schemas import CertificateRead
from backend.core.schemas import Multiline, Schema, ShortText
from backend.documents.schemas import DocumentReviewSummary
from backend.live.schemas import EvaluationResults
from backend.models.enums import FollowUpKind, FollowUpStatus, ReviewOutcome
from backend.recertification.policies import RecertificationAction

Day = Annotated[dt.date, Field(ge=dt.date(2000, 1, 1), le=dt.date(2100, 12, 31))]
Notes = Annotated[Multiline, Field(max_length=5000)]
UserId = Annotated[int, Field(ge=1, le=2_147_483_647)]


class Effort(Schema):
    """A targeted effort (punktinsats): a moment to repeat and/or a topic, on a day if known."""

    moment: Annotated[int, Field(ge=1, le=3)] | None = None
    topic: Annotated[ShortText, Field(max_length=200)] = ""
    date: Day | None = None


class ReviewCreate(Schema):
    scheduled_on: Day
    auditor_id: UserId | None = None
    notes: Notes = ""


class ReviewUpdate(Schema):
    version: Annotated[int, Field(ge=1, le=2_147_483_647)]
    scheduled_on: Day | None = None
    auditor_id: UserId | None = None
    notes: Notes | None = None


class Decision(Schema):
    version: Annotated[int, Field(ge=1, le=2_147_483_647)]
    outcome: ReviewOutcome
    notes: Notes = ""
    efforts: Annotated[list[Effort], Field(max_length=10, default_factory=list)]


class GoalReportLine(BaseModel):
    kind: FollowUpKind
    current_value: float | None
    assessment: str | None
    comment: str


class GoalProgress(BaseModel):
    id: str
    title: str
    indicator: str
    unit: str
    baseline: float | None
    target: float | None
    deadline: dt.date | None
    reports: list[GoalReportLine]


class FollowUpLine(BaseModel):
    kind: FollowUpKind
    due_on: dt.date
    status: FollowUpStatus
    overdue: bool


class DecisionBasis(BaseModel):
    goals: list[GoalProgress]
    follow_ups: list[FollowUpLine]
    # The cycle's evaluation results (k applies as everywhere); null for the working group.
    evaluations: EvaluationResults | None
    # The review of the organisation's documents in the cycle.
    documents: DocumentReviewSummary


class ReviewSummary(BaseModel):
    id: int
    scheduled_on: dt.date
    auditor_name: str | None
    outcome: ReviewOutcome | None


class ReviewRead(BaseModel):
    id: int
    certificate_id: int
    certification_id: int
    organisation_name: str
    scheduled_on: dt.date
    auditor_id: int | None
    auditor_name: str | None
    notes: str
    outcome: ReviewOutcome | None
    efforts: list[Effort]
    decided_at: dt.datetime | None
    next_certification_id: int | None
    version: int
    # What the caller may do with it now (policies.py decides; the SPA shows only these).
    allowed_actions: list[RecertificationAction]
    basis: DecisionBasis


class DecisionResult(BaseModel):
    review: ReviewRead
    certificate: CertificateRead | None
    next_certification_id: int | None


class RecertItem(BaseModel):
    certificate: CertificateRead
    organisation_id: int
    organisation_name: str
    window_opens_on: dt.date
    review: ReviewSummary | None
    # `review:book` while the caller may book its review now.
    allowed_actions: list[RecertificationAction]


Window = Literal["open", "expiring", "all"]
