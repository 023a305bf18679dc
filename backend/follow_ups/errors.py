from __future__ import annotations

from backend.core.errors import Conflict, MessageDetail


class AttachmentLimits(MessageDetail):
    max_bytes: int
    allowed_types: list[str]
    max_files: int


class TypeMismatchDetail(MessageDetail):
    declared_type: str
    detected_type: str


class UnknownPlanItemDetail(MessageDetail):
    ids: list[str]


class FollowUpLocked(Conflict):
    code = "follow_up_locked"
    message = "The report is submitted or accepted and cannot be edited now."


class UnknownPlanItem(Conflict):
    status_code = 400
    code = "unknown_plan_item"
    message = "The report names a goal or activity that is not in the approved plan."
    detail_model = UnknownPlanItemDetail


class AttachmentRefused(Conflict):
    status_code = 400
    code = "attachment_refused"
    message = "The file is too large, of a type we do not keep, or one too many."
    detail_model = AttachmentLimits


class AttachmentTypeMismatch(Conflict):
    status_code = 400
    code = "attachment_type_mismatch"
    message = "The file's content is not of the type it was sent as."
    detail_model = TypeMismatchDetail

    def __init__(self, declared_type: str, detected_type: str) -> None:
        super().__init__(
            {
                "message": self.message,
                "declared_type": declared_type,
                "detected_type": detected_type,
            }
        )
