"""Every table, imported here so that Alembic and the app see the same metadata."""

from backend.models.action_plan import ActionPlan, ActionPlanVersion, PlanComment
from backend.models.agenda import AgendaItem, AgendaTemplateItem
from backend.models.audit_event import AuditEvent
from backend.models.auth_session import AuthSession
from backend.models.base import Base
from backend.models.calendar_feed import CalendarFeed
from backend.models.certificate import Certificate
from backend.models.certification import Certification, CertificationTrainer
from backend.models.document import Document, DocumentVersion
from backend.models.document_finding import DocumentComment, DocumentFinding
from backend.models.follow_up import FollowUp, FollowUpAttachment
from backend.models.language_settings import AcceptedTerm, LanguageSettings
from backend.models.live_question import LiveQuestion
from backend.models.live_respondent import LiveRespondent
from backend.models.live_room import LiveRoom
from backend.models.live_tally import LiveTally
from backend.models.live_text_set import LiveTextSet
from backend.models.login_attempt import LoginFailure
from backend.models.notification import Notification
from backend.models.one_time_token import OneTimeToken
from backend.models.organisation import Organisation
from backend.models.outbox_message import OutboxMessage
from backend.models.question_template import QuestionTemplate
from backend.models.rate_limit import RateLimit
from backend.models.recert_review import RecertReview
from backend.models.retired_refresh_token import RetiredRefreshToken
from backend.models.training_day import TrainingDay
from backend.models.user import User
from backend.models.working_session import WorkingSession
from backend.models.workshop_input import WorkshopInput

__all__ = [
    "AcceptedTerm",
    "ActionPlan",
    "ActionPlanVersion",
    "AgendaItem",
    "AgendaTemplateItem",
    "AuditEvent",
    "AuthSession",
    "Base",
    "CalendarFeed",
    "Certificate",
    "Certification",
    "CertificationTrainer",
    "Document",
    "DocumentComment",
    "DocumentFinding",
    "DocumentVersion",
    "FollowUp",
    "FollowUpAttachment",
    "LanguageSettings",
    "LiveQuestion",
    "LiveRespondent",
    "LiveRoom",
    "LiveTally",
    "LiveTextSet",
    "LoginFailure",
    "Notification",
    "OneTimeToken",
    "Organisation",
    "OutboxMessage",
    "PlanComment",
    "QuestionTemplate",
    "RateLimit",
    "RecertReview",
    "RetiredRefreshToken",
    "TrainingDay",
    "User",
    "WorkingSession",
    "WorkshopInput",
]
