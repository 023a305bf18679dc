from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel

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


class PublicCertificate(BaseModel):
    """What anyone holding a number may know: nothing private."""

    number: str
    organisation_name: str
    status: PublicStatus
    issued_on: dt.date
    valid_until: dt.date
