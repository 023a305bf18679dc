from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from backend.certifications.policies import CertificationAction
from backend.core.schemas import Schema, ShortNote
from backend.live.policies import LiveAction
from backend.models.enums import CertificationStatus, PlanStatus
from backend.training.policies import TrainingAction

Stage = Literal["training", "planning", "review", "certified", "cancelled"]
# Typed in a text area: it may break lines.
Scope = ShortNote
TrainerIds = Annotated[
    list[Annotated[int, Field(ge=1, le=2_147_483_647)]], Field(min_length=1, max_length=10)
]


class TrainerRef(BaseModel):
    id: int
    full_name: str


class CertificationCreate(Schema):
    organisation_id: Annotated[int, Field(ge=1, le=2_147_483_647)]
    trainer_ids: TrainerIds
    group_size: Annotated[int, Field(ge=1, le=10_000)] | None = None
    scope: Scope = ""


class CertificationUpdate(Schema):
    version: Annotated[int, Field(ge=1, le=2_147_483_647)]
    trainer_ids: TrainerIds | None = None
    group_size: Annotated[int, Field(ge=1, le=10_000)] | None = None
    scope: Scope | None = None


class CancelRequest(Schema):
    reason: Annotated[ShortNote, Field(min_length=1)]


class CertificationRead(BaseModel):
    id: int
    organisation_id: int
    organisation_name: str
    status: CertificationStatus
    stage: Stage
    trainers: list[TrainerRef]
    group_size: int | None
    scope: str
    opened_at: datetime
    version: int
    moments_held: list[int]
    plan_status: PlanStatus | None
    certificate_id: int | None
    certificate_number: str | None
    # 1 for the first certification; a renewal continues in cycle 2 from the previous one.
    cycle: int
    previous_certification_id: int | None
    # What the caller may do with it now (policies.py decides; the SPA shows only these).
    # Its own, and those of the training and live rooms beneath it (plan a day, run a room).
    allowed_actions: list[CertificationAction | TrainingAction | LiveAction]


class CertificationEvent(BaseModel):
    at: datetime
    actor_name: str | None
    from_status: CertificationStatus | None
    to_status: CertificationStatus
    reason: str | None
