from __future__ import annotations

from backend.core.errors import Conflict, MessageDetail


class CertificationExistsDetail(MessageDetail):
    certification_id: int


class NotATrainerDetail(MessageDetail):
    user_ids: list[int]


class CertificationExists(Conflict):
    code = "certification_exists"
    message = "The organisation already has a certification under way or issued."
    detail_model = CertificationExistsDetail


class CertificationClosed(Conflict):
    code = "certification_closed"
    message = "The certification is cancelled; its training and plan can no longer change."


class NotATrainer(Conflict):
    status_code = 400
    code = "not_a_trainer"
    message = "Only active trainers can be assigned to a certification."
    detail_model = NotATrainerDetail
