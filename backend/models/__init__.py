"""Every table, imported here so that Alembic and the app see the same metadata."""

from backend.models.audit_event import AuditEvent
from backend.models.auth_session import AuthSession
from backend.models.base import Base
from backend.models.login_attempt import LoginFailure
from backend.models.one_time_token import OneTimeToken
from backend.models.organisation import Organisation
from backend.models.outbox_message import OutboxMessage
from backend.models.user import User

__all__ = [
    "AuditEvent",
    "AuthSession",
    "Base",
    "LoginFailure",
    "OneTimeToken",
    "Organisation",
    "OutboxMessage",
    "User",
]
