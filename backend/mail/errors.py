from __future__ import annotations

from backend.core.errors import Conflict, NotFound


class OutboxMessageNotFound(NotFound):
    code = "outbox_message_not_found"
    message = "There is no unsent mail with this id."


class MailNotFailed(Conflict):
    code = "mail_not_failed"
    message = "Only a failed mail can be retried; this one is still being sent."
