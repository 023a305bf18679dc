from __future__ import annotations

from typing import Any

from backend.action_plans.schemas import ApprovalRefusedDetail, PlanConflictDetail
from backend.core.errors import Conflict, VersionConflict


class PlanLocked(Conflict):
    code = "plan_locked"
    message = "The plan is submitted or approved and cannot be edited now."


class PlanConflict(VersionConflict):
    """Someone saved first: here is theirs, a merge of both, and what could not be merged."""

    detail_model = PlanConflictDetail
    body_name = "PlanConflictError"

    def __init__(self, current: Any, merged: Any, conflicts: list[dict[str, Any]]) -> None:
        super().__init__(current)
        self.detail = {
            "message": self.message,
            "current": current,
            "merged": merged,
            "conflicts": conflicts,
        }


class ApprovalRefused(Conflict):
    code = "approval_preconditions_failed"
    message = "The plan cannot be approved yet."
    detail_model = ApprovalRefusedDetail

    def __init__(self, reasons: list[dict[str, Any]]) -> None:
        super().__init__({"message": self.message, "reasons": reasons})


class CommentTargetUnknown(Conflict):
    status_code = 400
    code = "comment_target_unknown"
    message = "The goal or activity commented on is not in the plan."
