"""Demo data for `make run`: admin, trainer, auditor, two organisations with working groups."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.core.clock import Clock
from backend.core.security import hash_password
from backend.models import Organisation, User
from backend.models.enums import MemberRole, Role, Sector

DEMO_PASSWORD = "jamlik-demo"  # noqa: S105 - printed to the developer on purpose


@dataclass(frozen=True)
class DemoLogin:
    email: str
    role: str
    organisation: str | None = None


STAFF = [
    ("admin@demo.jamlik.se", "Alva Admin", Role.ADMIN),
    ("trainer@demo.jamlik.se", "Tove Utbildare", Role.TRAINER),
    ("auditor@demo.jamlik.se", "Gustav Granskare", Role.AUDITOR),
]
ORGANISATIONS = [
    (
        "Alingsås kommun",
        "212000-1512",
        Sector.MUNICIPALITY,
        [
            ("anna.lind@demo.jamlik.se", "Anna Lind", MemberRole.LEAD),
            ("erik.berg@demo.jamlik.se", "Erik Berg", MemberRole.MEMBER),
            ("sara.holm@demo.jamlik.se", "Sara Holm", MemberRole.MEMBER),
        ],
    ),
    (
        "Föreningen Lika Villkor",
        "802400-0005",
        Sector.NON_PROFIT,
        [
            ("johan.ek@demo.jamlik.se", "Johan Ek", MemberRole.LEAD),
            ("maria.nyberg@demo.jamlik.se", "Maria Nyberg", MemberRole.MEMBER),
        ],
    ),
]


def demo_logins() -> list[DemoLogin]:
    logins = [DemoLogin(email, role.value) for email, _name, role in STAFF]
    for org_name, _number, _sector, members in ORGANISATIONS:
        logins += [DemoLogin(email, f"member ({mr.value})", org_name) for email, _n, mr in members]
    return logins


async def database_is_empty(db: AsyncSession) -> bool:
    return (await db.scalar(select(func.count(User.id)))) == 0


async def seed_demo(db: AsyncSession, clock: Clock) -> None:
    """Adds the demo accounts; the caller commits. Only meant for an empty database."""
    now = clock.now()
    password_hash = hash_password(DEMO_PASSWORD)  # one hash for all: argon2 is slow on purpose

    def user(email: str, name: str, role: Role, **extra: object) -> User:
        return User(
            email=email,
            full_name=name,
            role=role,
            password_hash=password_hash,
            is_active=True,
            created_at=now,
            updated_at=now,
            **extra,
        )

    db.add_all([user(email, name, role) for email, name, role in STAFF])
    for org_name, number, sector, members in ORGANISATIONS:
        organisation = Organisation(
            name=org_name,
            org_number=number,
            sector=sector,
            contact_name=members[0][1],
            contact_email=members[0][0],
            contact_phone="0322-61 60 00",
            created_at=now,
            updated_at=now,
        )
        db.add(organisation)
        await db.flush()
        db.add_all(
            user(email, name, Role.MEMBER, organisation_id=organisation.id, member_role=mr)
            for email, name, mr in members
        )
    await db.flush()
