"""Every domain's policy, in the order docs/permissions.md and the state diagrams show them."""

from __future__ import annotations

from typing import Any

from backend.action_plans.policies import POLICY as ACTION_PLANS
from backend.audit.policies import POLICY as AUDIT_LOG
from backend.certificates.policies import POLICY as CERTIFICATES
from backend.certifications.policies import POLICY as CERTIFICATIONS
from backend.core.policy import Policy
from backend.documents.policies import POLICY as DOCUMENTS
from backend.evaluations.policies import POLICY as EVALUATIONS
from backend.follow_ups.policies import POLICY as FOLLOW_UPS
from backend.live.policies import LIVE, QUESTIONS, ROOMS
from backend.mail.policies import POLICY as MAIL
from backend.organisations.policies import POLICY as ORGANISATIONS
from backend.recertification.policies import POLICY as RECERTIFICATION
from backend.training.policies import DAYS as TRAINING_DAYS
from backend.training.policies import POLICY as TRAINING
from backend.users.policies import POLICY as USERS

ALL: tuple[Policy[Any, Any], ...] = (
    ORGANISATIONS,
    USERS,
    CERTIFICATIONS,
    TRAINING,
    TRAINING_DAYS,
    LIVE,
    ROOMS,
    QUESTIONS,
    EVALUATIONS,
    ACTION_PLANS,
    CERTIFICATES,
    FOLLOW_UPS,
    DOCUMENTS,
    RECERTIFICATION,
    MAIL,
    AUDIT_LOG,
)
