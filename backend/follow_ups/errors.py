from __future__ import annotations

from backend.core.errors import Conflict


class FollowUpLocked(Conflict):
    code = "follow_up_locked"
    message = "The report is submitted or accepted and cannot be edited now."


class UnknownPlanItem(Conflict):
    status_code = 400
    code = "unknown_plan_item"
    message = "The report names a goal or activity that is not in the approved plan."


class AttachmentRefused(Conflict):
    status_code = 400
    code = "attachment_refused"
    message = "The file is too large, of a type we do not keep, or one too many."
