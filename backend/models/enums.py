"""Enumerations shared by models, schemas and the frontend (through the OpenAPI schema)."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    ADMIN = "admin"
    TRAINER = "trainer"
    AUDITOR = "auditor"
    MEMBER = "member"


STAFF_ROLES = frozenset({Role.ADMIN, Role.TRAINER, Role.AUDITOR})


class MemberRole(enum.StrEnum):
    LEAD = "lead"
    MEMBER = "member"


class UserStatus(enum.StrEnum):
    INVITED = "invited"  # has not yet chosen a password
    ACTIVE = "active"
    DEACTIVATED = "deactivated"


class Sector(enum.StrEnum):
    MUNICIPALITY = "municipality"
    REGION = "region"
    STATE = "state"
    PRIVATE = "private"
    NON_PROFIT = "non_profit"
    OTHER = "other"


class Locale(enum.StrEnum):
    SV = "sv"
    EN = "en"


class TokenPurpose(enum.StrEnum):
    INVITATION = "invitation"
    PASSWORD_RESET = "password_reset"


class AuditAction(enum.StrEnum):
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGIN_THROTTLED = "login_throttled"
    LOGOUT = "logout"
    PASSWORD_CHANGED = "password_changed"
    PASSWORD_RESET_REQUESTED = "password_reset_requested"
    PASSWORD_RESET = "password_reset"
    INVITATION_SENT = "invitation_sent"
    INVITATION_ACCEPTED = "invitation_accepted"
    ROLE_CHANGED = "role_changed"
    USER_DEACTIVATED = "user_deactivated"
    USER_REACTIVATED = "user_reactivated"
    MEMBER_REMOVED = "member_removed"
    ORGANISATION_CREATED = "organisation_created"
    ORGANISATION_UPDATED = "organisation_updated"
