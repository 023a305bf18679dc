"""Errors of the review workflow (the upload's errors are in errors.py)."""

from __future__ import annotations

from backend.core.errors import AppError, MessageDetail


class PassageDetail(MessageDetail):
    length: int  # of the version's text, in code points


class ReviewClosedDetail(MessageDetail):
    status: str  # the version's review status


class FindingsOpenDetail(MessageDetail):
    open: int


class UnknownRuleGroupDetail(MessageDetail):
    groups: list[str]


class ReviewClosed(AppError):
    """409: the version's review is not in a state that allows this (finished or superseded)."""

    status_code = 409
    code = "document_review_closed"
    detail_model = ReviewClosedDetail
    message = "The review of this version is finished or a newer version exists."


class FindingsStillOpen(AppError):
    status_code = 409
    code = "document_findings_open"
    message = "Every finding needs a decision before the review is finished."
    detail_model = FindingsOpenDetail


class ReasonRequired(AppError):
    status_code = 400
    code = "dismissal_reason_required"
    message = "Say why the finding is dismissed."


class PassageOutsideText(AppError):
    status_code = 400
    code = "passage_outside_text"
    message = "The passage is not within the document's text."
    detail_model = PassageDetail


class TermAlreadyAccepted(AppError):
    status_code = 409
    code = "term_already_accepted"
    message = "The organisation already keeps this term."


class UnknownRuleGroup(AppError):
    status_code = 400
    code = "unknown_rule_group"
    message = "No such ground or category of rules."
    detail_model = UnknownRuleGroupDetail
