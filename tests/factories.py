"""Builders for test data, written straight to the database (the API is what tests exercise)."""

from __future__ import annotations

import itertools
from datetime import datetime

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from backend.core.config import Settings
from backend.core.security import hash_password
from backend.models import Organisation, User
from backend.models.enums import MemberRole, Role, Sector

PASSWORD = "correct-horse-battery"
_PASSWORD_HASH = hash_password(PASSWORD)  # argon2 is slow by design: hash once per run
_sequence = itertools.count(1)
# Valid organisation numbers (Luhn check digit), enough for any test.
ORG_NUMBERS = ["556036-0793", "212000-1512", "802400-0005", "232100-0180", "212000-1488"]


def luhn_number(seed: int) -> str:
    from backend.organisations.org_number import luhn_valid

    base = f"55{seed:07d}"
    for check in range(10):
        if luhn_valid(base + str(check)):
            return f"{base[:6]}-{base[6:]}{check}"
    raise AssertionError("unreachable: one check digit always fits")


async def make_organisation(
    db: AsyncSession, now: datetime, name: str | None = None
) -> Organisation:
    n = next(_sequence)
    organisation = Organisation(
        name=name or f"Organisation {n}",
        org_number=luhn_number(n),
        sector=Sector.MUNICIPALITY,
        contact_name="Kim Kontakt",
        contact_email=f"kontakt{n}@example.se",
        contact_phone=None,
        created_at=now,
        updated_at=now,
    )
    db.add(organisation)
    await db.flush()
    return organisation


async def make_user(
    db: AsyncSession,
    now: datetime,
    role: Role,
    *,
    organisation: Organisation | None = None,
    member_role: MemberRole | None = None,
    password: str | None = PASSWORD,
    is_active: bool = True,
) -> User:
    n = next(_sequence)
    user = User(
        email=f"{role.value}{n}@example.se",
        full_name=f"{role.value.title()} {n}",
        role=role,
        password_hash=_PASSWORD_HASH
        if password == PASSWORD
        else (password and hash_password(password)),
        organisation_id=organisation.id if organisation else None,
        member_role=member_role or (MemberRole.MEMBER if role is Role.MEMBER else None),
        is_active=is_active,
        created_at=now,
        updated_at=now,
    )
    db.add(user)
    await db.flush()
    return user


async def login(client: httpx.AsyncClient, user: User, password: str = PASSWORD) -> dict[str, str]:
    """Bearer headers for the user (clears cookies so the bearer alone authenticates)."""
    response = await client.post(
        "/api/v1/auth/login", data={"username": user.email, "password": password}
    )
    assert response.status_code == 200, response.text
    client.cookies.clear()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def bearer_for(
    db: AsyncSession, settings: Settings, user: User, now: datetime
) -> dict[str, str]:
    """Headers of a fresh session, made without the login endpoint and its argon2 cost."""
    from backend.auth.service import _new_session

    issued = _new_session(db, settings, user, now)
    await db.commit()
    return {"Authorization": f"Bearer {issued.access_token}"}
