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
    REFRESH_TOKEN_REUSED = (
        "refresh_token_reused"  # a rotated refresh token came back: session ended
    )
    PASSWORD_CHANGED = "password_changed"
    PASSWORD_RESET_REQUESTED = "password_reset_requested"
    PASSWORD_RESET = "password_reset"
    INVITATION_SENT = "invitation_sent"
    INVITATION_ACCEPTED = "invitation_accepted"
    USER_CREATED = "user_created"  # with a password, by an operator (jamlik create-user)
    ROLE_CHANGED = "role_changed"
    USER_DEACTIVATED = "user_deactivated"
    USER_REACTIVATED = "user_reactivated"
    MEMBER_REMOVED = "member_removed"
    ORGANISATION_CREATED = "organisation_created"
    ORGANISATION_UPDATED = "organisation_updated"
    CERTIFICATION_OPENED = "certification_opened"
    CERTIFICATION_UPDATED = "certification_updated"
    CERTIFICATION_TRANSITION = "certification_transition"
    TRAINING_DAY_PLANNED = "training_day_planned"
    TRAINING_DAY_CHANGED = "training_day_changed"
    PLAN_SUBMITTED = "plan_submitted"
    PLAN_CHANGES_REQUESTED = "plan_changes_requested"
    PLAN_APPROVED = "plan_approved"
    CERTIFICATE_ISSUED = "certificate_issued"
    FOLLOW_UP_SUBMITTED = "follow_up_submitted"
    FOLLOW_UP_REVIEWED = "follow_up_reviewed"
    CERTIFICATE_SUSPENDED = "certificate_suspended"
    CERTIFICATE_RESTORED = "certificate_restored"
    CERTIFICATE_WITHDRAWN = "certificate_withdrawn"
    REVIEW_SCHEDULED = "review_scheduled"
    REVIEW_UPDATED = "review_updated"
    REVIEW_DECIDED = "review_decided"
    MAIL_RETRIED = "mail_retried"
    DOCUMENT_UPLOADED = "document_uploaded"  # a new document or a new version
    DOCUMENT_FINDING_DECIDED = "document_finding_decided"
    DOCUMENT_REVIEW_FINISHED = "document_review_finished"
    DOCUMENT_REVIEW_REOPENED = "document_review_reopened"
    LANGUAGE_SETTINGS_CHANGED = "language_settings_changed"


class CertificationStatus(enum.StrEnum):
    OPEN = "open"  # training and plan writing under way
    PLAN_SUBMITTED = "plan_submitted"
    CHANGES_REQUESTED = "changes_requested"
    CERTIFIED = "certified"
    CANCELLED = "cancelled"


class TrainingDayStatus(enum.StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class AgendaKind(enum.StrEnum):
    LECTURE = "lecture"
    EXERCISE = "exercise"
    DISCUSSION = "discussion"


class SessionKind(enum.StrEnum):
    WORKSHOP = "workshop"
    SUPERVISION = "supervision"


class PlanStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"


class PlanVersionKind(enum.StrEnum):
    SAVED = "saved"
    SUBMITTED = "submitted"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"


class CommentTarget(enum.StrEnum):
    PLAN = "plan"
    GOAL = "goal"
    ACTIVITY = "activity"


class CertificateStatus(enum.StrEnum):
    """Stored states; "expired" is derived from the dates, never stored."""

    VALID = "valid"
    SUSPENDED = "suspended"
    WITHDRAWN = "withdrawn"


class Ground(enum.StrEnum):
    """The seven grounds of discrimination in the Swedish Discrimination Act."""

    SEX = "sex"
    TRANSGENDER_IDENTITY = "transgender_identity"
    ETHNICITY = "ethnicity"
    RELIGION = "religion"
    DISABILITY = "disability"
    SEXUAL_ORIENTATION = "sexual_orientation"
    AGE = "age"


class ActivityStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class FollowUpKind(enum.StrEnum):
    SIX_MONTHS = "six_months"
    EIGHTEEN_MONTHS = "eighteen_months"


class FollowUpStatus(enum.StrEnum):
    PENDING = "pending"  # due, not yet reported
    SUBMITTED = "submitted"
    NEEDS_ATTENTION = "needs_attention"  # the trainer asked for more; the group answers
    ACCEPTED = "accepted"


class Assessment(enum.StrEnum):
    """The scale of the follow-up report (Plug In's final report): I stor / viss / liten
    utsträckning, Inte alls, Vet ej."""

    LARGE_EXTENT = "large_extent"
    SOME_EXTENT = "some_extent"
    SMALL_EXTENT = "small_extent"
    NOT_AT_ALL = "not_at_all"
    DONT_KNOW = "dont_know"


class ReviewOutcome(enum.StrEnum):
    RENEWED = "renewed"
    RENEWED_WITH_EFFORTS = "renewed_with_efforts"  # punktinsatser in the next cycle
    NOT_RENEWED = "not_renewed"


class QuestionPurpose(enum.StrEnum):
    EXERCISE = "exercise"
    EVALUATION = "evaluation"


class QuestionKind(enum.StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    SCALE = "scale"  # 1–5; options hold the two end labels
    WORD_CLOUD = "word_cloud"
    OPEN_TEXT = "open_text"


class QuestionState(enum.StrEnum):
    PENDING = "pending"
    OPEN = "open"  # takes answers
    CLOSED = "closed"


class RoomStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class DocumentKind(enum.StrEnum):
    POLICY = "policy"
    JOB_AD = "job_ad"
    FORM = "form"
    WEB_TEXT = "web_text"
    PLAN = "plan"
    OTHER = "other"


class DocumentReviewStatus(enum.StrEnum):
    """A version's review: checked on upload, gone through by the trainer, finished."""

    AWAITING_REVIEW = "awaiting_review"
    IN_REVIEW = "in_review"
    REVIEWED = "reviewed"
    # A newer version was uploaded; its review carries this one's decisions forward.
    SUPERSEDED = "superseded"


class FindingStatus(enum.StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"
