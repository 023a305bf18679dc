from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from backend.certificates.policies import CertificateAction
from backend.core.schemas import Schema, ShortText

PublicStatus = Literal["valid", "suspended", "withdrawn", "expired"]


class CertificateRead(BaseModel):
    id: int
    number: str
    certification_id: int
    organisation_id: int
    organisation_name: str
    scope: str
    issued_on: dt.date
    valid_until: dt.date
    issued_by_name: str | None
    plan_version: int
    status: PublicStatus
    verify_url: str
    status_reason: str | None = None
    suspended_until: dt.date | None = None
    cycle: int = 1
    # When the re-certification window opens (JAMLIK_RECERT_WINDOW_MONTHS before expiry).
    window_opens_on: dt.date
    # What the caller may do to it today (backend/certificates/policies.py decides).
    allowed_actions: list[CertificateAction]


class SuspendRequest(Schema):
    reason: Annotated[ShortText, Field(min_length=1)]
    until: Annotated[dt.date, Field(ge=dt.date(2000, 1, 1), le=dt.date(2100, 12, 31))] | None = None


class RestoreRequest(Schema):
    reason: ShortText = ""


class WithdrawRequest(Schema):
    reason: Annotated[ShortText, Field(min_length=1)]


class PublicCertificate(BaseModel):
    """What anyone holding a number may know: nothing private."""

    number: str
    organisation_name: str
    status: PublicStatus
    issued_on: dt.date
    valid_until: dt.date
