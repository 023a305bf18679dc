from __future__ import annotations

from backend.core.errors import Conflict


class CertificationExists(Conflict):
    code = "certification_exists"
    message = "The organisation already has a certification under way or issued."


class NotATrainer(Conflict):
    status_code = 400
    code = "not_a_trainer"
    message = "Only active trainers can be assigned to a certification."
