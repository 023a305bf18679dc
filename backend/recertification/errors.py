from __future__ import annotations

from backend.core.errors import Conflict, MessageDetail


class ReviewExistsDetail(MessageDetail):
    review_id: int


class WindowClosedDetail(MessageDetail):
    opens_on: str  # ISO date


class ReviewExists(Conflict):
    code = "review_exists"
    message = "The certificate already has a review that has not been decided."
    detail_model = ReviewExistsDetail


class WindowClosed(Conflict):
    code = "recert_window_closed"
    message = "The re-certification window of this certificate is not open."
    detail_model = WindowClosedDetail


class NotAnAuditor(Conflict):
    status_code = 400
    code = "not_an_auditor"
    message = "Reviews are held by active auditors."


class ReviewDecided(Conflict):
    code = "review_decided"
    message = "The review has been decided and can no longer change."


class EffortsRequired(Conflict):
    status_code = 400
    code = "efforts_required"
    message = "Renewal with targeted efforts names at least one effort."
