from __future__ import annotations

from datetime import datetime
from typing import Any

from backend.core.schemas import ReadSchema
from backend.models.enums import AuditAction


class AuditEventRead(ReadSchema):
    id: int
    occurred_at: datetime
    actor_id: int | None
    action: AuditAction
    object_type: str
    object_id: str | None
    organisation_id: int | None
    data: dict[str, Any]
