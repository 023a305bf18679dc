from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, Field

from backend.core.schemas import Email, Name, Phone, ReadSchema, Schema, ShortText
from backend.models.enums import MemberRole, Sector
from backend.organisations.org_number import normalise_org_number
from backend.organisations.policies import OrganisationAction

OrgNumber = Annotated[ShortText, AfterValidator(normalise_org_number)]


class OrganisationCreate(Schema):
    name: Name
    org_number: OrgNumber
    sector: Sector
    contact_name: Name
    contact_email: Email
    contact_phone: Phone | None = None


class OrganisationUpdate(Schema):
    version: Annotated[int, Field(ge=1, le=2_147_483_647)]
    name: Name | None = None
    sector: Sector | None = None
    contact_name: Name | None = None
    contact_email: Email | None = None
    contact_phone: Phone | None = None


class OrganisationRead(ReadSchema):
    id: int
    name: str
    org_number: str
    sector: Sector
    contact_name: str
    contact_email: str
    contact_phone: str | None
    version: int
    member_count: int
    created_at: datetime
    updated_at: datetime
    # What the caller may do with it now (policies.py decides; the SPA shows only these).
    allowed_actions: list[OrganisationAction]


class MemberInvite(Schema):
    email: Email
    full_name: Name
    member_role: MemberRole = MemberRole.MEMBER
