"""Demo data for `make run`: admin, trainer, auditor, two organisations with working groups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.action_plans import service as plans
from backend.action_plans.content import PlanContent
from backend.certifications import service as certifications
from backend.certifications.repository import get_visible
from backend.certifications.schemas import CertificationCreate
from backend.core.clock import Clock
from backend.core.config import Settings
from backend.core.dates import local_date
from backend.core.principal import Principal
from backend.core.security import hash_password
from backend.models import Organisation, User
from backend.models.enums import MemberRole, Role, Sector
from backend.training import service as training
from backend.training.schemas import TrainingDayCreate

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


async def seed_demo(db: AsyncSession, clock: Clock, settings: Settings | None = None) -> None:
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
    await _seed_certification_under_way(db, settings or Settings(), now)


async def _seed_certification_under_way(
    db: AsyncSession, settings: Settings, now: datetime
) -> None:
    """Föreningen Lika Villkor is mid-way: moments 1+2 held, moment 3 planned, a draft plan.

    Made through the services, so the demo obeys the same rules as everything else.
    Alingsås kommun is left without a certification, for opening one in the demo.
    """
    admin = Principal(await _user(db, "admin@demo.jamlik.se"), "seed")
    trainer = await _user(db, "trainer@demo.jamlik.se")
    lead = Principal(await _user(db, "johan.ek@demo.jamlik.se"), "seed")
    organisation_id = lead.user.organisation_id
    assert organisation_id is not None
    certification = await certifications.open_certification(
        db,
        admin,
        CertificationCreate(
            organisation_id=organisation_id,
            trainer_ids=[trainer.id],
            group_size=18,
            scope="Föreningens styrelse, anställda och volontärer",
        ),
        now,
    )
    as_trainer = await get_visible(db, Principal(trainer, "seed"), certification.id)
    today = local_date(now)
    day, _warnings = await training.plan_day(
        db,
        settings,
        as_trainer,
        TrainingDayCreate(
            date=today - timedelta(days=21), moments=[1, 2], location="Föreningslokalen"
        ),
        now,
    )
    await training.mark_held(db, as_trainer, day, 17, now)
    await training.plan_day(
        db,
        settings,
        as_trainer,
        TrainingDayCreate(
            date=today + timedelta(days=14), moments=[3], location="Föreningslokalen"
        ),
        now,
    )
    as_lead = await get_visible(db, lead, certification.id)
    await plans.save(db, as_lead, 0, PlanContent.model_validate(DEMO_PLAN), now)


async def _user(db: AsyncSession, email: str) -> User:
    user = await db.scalar(select(User).where(User.email == email))
    assert user is not None
    return user


DEMO_PLAN = {
    "vision": "Alla som söker sig till föreningen ska känna sig välkomna, oavsett bakgrund.",
    "goals": [
        {
            "id": "demo-goal-1",
            "title": "Fler röster i styrelsen",
            "indicator": "Andel styrelseledamöter under 30 år",
            "unit": "%",
            "baseline": 10,
            "target": 30,
            "deadline": "2027-12-31",
            "responsible": "Valberedningen",
            "grounds": ["age"],
        }
    ],
    "activities": [
        {
            "id": "demo-activity-1",
            "description": "Mentorsprogram för unga volontärer",
            "responsible": "Johan Ek",
            "start_date": None,
            "due_date": "2027-06-30",
            "status": "planned",
            "goal_ids": ["demo-goal-1"],
        }
    ],
}
