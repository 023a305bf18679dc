from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from backend.core.schemas import Multiline, Name, Schema, ShortText
from backend.documents.policies import DocumentAction
from backend.models.enums import DocumentKind, DocumentReviewStatus, FindingStatus

# Pasted text: the same bound as the language check, longer texts are uploaded as files.
MAX_PASTED_CHARACTERS = 100_000


class PastedDocument(Schema):
    title: Name
    kind: DocumentKind
    text: Annotated[Multiline, Field(min_length=1, max_length=MAX_PASTED_CHARACTERS)]


class StatusCounts(BaseModel):
    open: int
    accepted: int
    dismissed: int


class ReviewCounts(BaseModel):
    """A version's findings by status and by ground, and those of earlier versions it resolved."""

    by_status: StatusCounts
    by_ground: dict[str, StatusCounts]
    resolved: int


class DocumentSummary(BaseModel):
    id: int
    title: str
    kind: DocumentKind
    current_version: int
    current_version_id: int
    file_name: str
    status: DocumentReviewStatus
    uploaded_at: datetime
    counts: ReviewCounts
    allowed_actions: list[DocumentAction]


class DocumentList(BaseModel):
    items: list[DocumentSummary]
    # What the caller may do with this certification's documents (upload a new one).
    allowed_actions: list[DocumentAction]
    totals: ReviewCounts


class VersionSummary(BaseModel):
    id: int
    number: int
    file_name: str
    format: str
    size: int
    words: int
    status: DocumentReviewStatus
    uploaded_at: datetime
    reviewed_at: datetime | None
    counts: ReviewCounts


class DocumentRead(BaseModel):
    id: int
    certification_id: int
    organisation_id: int
    title: str
    kind: DocumentKind
    current_version: int
    versions: list[VersionSummary]
    allowed_actions: list[DocumentAction]


class BlockRead(BaseModel):
    kind: str
    start: int
    end: int
    page: int | None
    anchor: str


class DocumentFindingRead(BaseModel):
    id: int
    rule_id: str
    ground: str
    severity: str
    start: int
    end: int
    text: str
    term: str
    suggestions: list[str]
    advice: list[str]
    explanation: str
    source: str
    status: FindingStatus
    # What a dismissal with accept_term adds to the organisation's accepted terms.
    kept_term: str
    note: str
    chosen_suggestion: str | None
    decided_at: datetime | None
    # Decided on an earlier version and carried to this one.
    carried: bool


class PassageCommentRead(BaseModel):
    id: int
    start: int
    end: int
    quote: str
    body: str
    author_name: str | None
    created_at: datetime


class VersionRead(BaseModel):
    id: int
    document_id: int
    document_title: str
    number: int
    file_name: str
    format: str
    status: DocumentReviewStatus
    uploaded_at: datetime
    reviewed_at: datetime | None
    review_summary: str
    text: str
    blocks: list[BlockRead]
    findings: list[DocumentFindingRead]
    comments: list[PassageCommentRead]
    # The organisation's settings the check ran with: why something was not flagged.
    settings: dict[str, Any]
    counts: ReviewCounts
    allowed_actions: list[DocumentAction]


class FindingDecision(Schema):
    decision: Literal["accept", "dismiss", "reopen"]
    note: Annotated[Multiline, Field(max_length=2000)] = ""
    suggestion: ShortText | None = None
    # On a dismissal: keep the term from now on, in every document of the organisation.
    accept_term: bool = False


class PassageCommentCreate(Schema):
    start: Annotated[int, Field(ge=0, le=50_000_000)]
    end: Annotated[int, Field(ge=1, le=50_000_000)]
    body: Annotated[Multiline, Field(min_length=1, max_length=4000)]


class ReviewFinish(Schema):
    summary: Annotated[Multiline, Field(max_length=4000)] = ""


class VersionComparison(BaseModel):
    """Findings of `from_version` no longer in `to_version`, new in it, and in both."""

    from_version: int
    to_version: int
    resolved: list[DocumentFindingRead]
    new: list[DocumentFindingRead]
    remaining: list[DocumentFindingRead]


class LanguageSettingsRead(BaseModel):
    organisation_id: int
    non_binary: bool
    disabled_groups: list[str]
    accepted_terms: list[AcceptedTermRead]
    # Grounds and categories a group may turn off, with their names.
    groups: dict[str, dict[str, str]]
    allowed_actions: list[DocumentAction]


class LanguageSettingsUpdate(Schema):
    non_binary: bool
    disabled_groups: Annotated[list[Annotated[str, Field(max_length=40)]], Field(max_length=20)]


class AcceptedTermRead(BaseModel):
    id: int
    term: str
    reason: str
    created_at: datetime


class AcceptedTermCreate(Schema):
    term: Name
    reason: Annotated[Multiline, Field(min_length=1, max_length=1000)]


LanguageSettingsRead.model_rebuild()


class DocumentReviewSummary(BaseModel):
    """Where a certification's document review stands: for the auditor's basis and overviews."""

    documents: int
    # Documents whose current version the trainer has finished reviewing.
    reviewed: int
    findings_open: int
    findings_accepted: int
    findings_dismissed: int
    # Findings of earlier versions that a later version no longer has.
    findings_resolved: int
