"""A deterministic benchmark dataset in PostgreSQL: 1,000 organisations and 5,000 users.

The database (`jamlik_bench` by default) is dropped and created, migrated with the real Alembic
migrations, then filled with SQLAlchemy Core bulk inserts. Every value comes from one seeded
random generator, so two runs produce the same rows. One argon2 hash serves every account.

    .venv/bin/python -m bench.seed [--postgres-url URL] [--database NAME]
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, create_engine, insert, text
from sqlalchemy.engine import make_url

from backend.cli import db_upgrade
from backend.core.config import Settings
from backend.core.security import hash_password
from backend.models import Organisation, User
from backend.models.enums import Locale, MemberRole, Role, Sector
from backend.organisations.org_number import luhn_valid, normalise_org_number

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
DEFAULT_DATABASE = "jamlik_bench"
BENCH_PASSWORD = "bench-password-0001"  # noqa: S105 - a throwaway benchmark database
ADMIN_EMAIL = "admin@bench.jamlik.se"
RANDOM_SEED = 20261123
ORGANISATIONS = 1_000
USERS = 5_000
ADMINS = 3
TRAINERS = 25
AUDITORS = 12
START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)

PLACES = [
    "Alingsås", "Borås", "Eskilstuna", "Falun", "Gävle", "Halmstad", "Jönköping", "Kalmar",
    "Karlstad", "Kiruna", "Lund", "Luleå", "Malmö", "Norrköping", "Örebro", "Östersund",
    "Skövde", "Sundsvall", "Trollhättan", "Umeå", "Uppsala", "Västerås", "Växjö", "Visby",
]  # fmt: skip
WORDS = [
    "Lika Villkor", "Framtid", "Gemenskap", "Jämlikhet", "Kunskap", "Mångfald", "Omsorg",
    "Trygghet", "Utveckling", "Välfärd", "Samverkan", "Inkludering",
]  # fmt: skip
FIRST_NAMES = [
    "Alva", "Anna", "Astrid", "Ebba", "Elsa", "Freja", "Ida", "Maja", "Sara", "Wilma",
    "Anton", "Axel", "Elias", "Erik", "Gustav", "Hugo", "Johan", "Lucas", "Noah", "Oskar",
    "Kim", "Robin", "Alex", "Charlie",
]  # fmt: skip
LAST_NAMES = [
    "Andersson", "Berg", "Ek", "Eriksson", "Holm", "Johansson", "Karlsson", "Lind",
    "Lindqvist", "Nilsson", "Nyberg", "Olsson", "Persson", "Sandberg", "Strand", "Wallin",
]  # fmt: skip
# First digit of the organisation number by legal form: 2 public bodies, 5 limited companies,
# 7 economic associations, 8 non-profit associations, 9 partnerships.
GROUP_DIGITS = {
    Sector.MUNICIPALITY: "2",
    Sector.REGION: "2",
    Sector.STATE: "2",
    Sector.PRIVATE: "5",
    Sector.NON_PROFIT: "8",
    Sector.OTHER: "79",
}
SECTOR_WEIGHTS = {
    Sector.MUNICIPALITY: 25,
    Sector.REGION: 5,
    Sector.STATE: 10,
    Sector.PRIVATE: 30,
    Sector.NON_PROFIT: 25,
    Sector.OTHER: 5,
}


@dataclass
class SeedResult:
    database_url: str  # for the app (async driver: psycopg serves both modes)
    admin_email: str
    password: str
    organisation_ids: list[int]
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def luhn_check_digit(nine_digits: str) -> str:
    """The tenth digit that makes `luhn_valid` true (weights 2,1,2,… from the left)."""
    total = 0
    for index, char in enumerate(nine_digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value // 10 + value % 10
    return str((10 - total % 10) % 10)


def org_number(rng: random.Random, sector: Sector) -> str:
    """NNNNNN-NNNN; the third digit is at least 2, which tells it apart from a personal number."""
    digits = (
        rng.choice(GROUP_DIGITS[sector])
        + str(rng.randint(0, 9))
        + str(rng.randint(2, 9))
        + "".join(str(rng.randint(0, 9)) for _ in range(6))
    )
    digits += luhn_check_digit(digits)
    assert luhn_valid(digits)
    return f"{digits[:6]}-{digits[6:]}"


def organisation_name(rng: random.Random, sector: Sector, index: int) -> str:
    place = rng.choice(PLACES)
    word = rng.choice(WORDS)
    name = {
        Sector.MUNICIPALITY: f"{place} kommun",
        Sector.REGION: f"Region {place}",
        Sector.STATE: f"Myndigheten för {word.lower()}",
        Sector.PRIVATE: f"{rng.choice(LAST_NAMES)} & {word} AB",
        Sector.NON_PROFIT: f"Föreningen {word} {place}",
        Sector.OTHER: f"Stiftelsen {word} {place}",
    }[sector]
    return f"{name} {index:04d}"


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def build_organisations(rng: random.Random, count: int) -> list[dict[str, Any]]:
    sectors = list(SECTOR_WEIGHTS)
    weights = list(SECTOR_WEIGHTS.values())
    numbers: set[str] = set()
    rows = []
    for index in range(1, count + 1):
        sector = rng.choices(sectors, weights)[0]
        number = org_number(rng, sector)
        while number in numbers:
            number = org_number(rng, sector)
        numbers.add(number)
        assert normalise_org_number(number) == number  # the app's own validation agrees
        contact = person(rng)
        stamp = START + timedelta(minutes=index)
        rows.append(
            {
                "name": organisation_name(rng, sector, index),
                "org_number": number,
                "sector": sector,
                "contact_name": contact,
                "contact_email": f"kontakt{index:04d}@org.bench.jamlik.se",
                "contact_phone": f"0{rng.randint(10, 99)}-{rng.randint(100000, 999999)}",
                "version": 1,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    return rows


def build_users(
    rng: random.Random, organisation_ids: list[int], total: int, password_hash: str
) -> list[dict[str, Any]]:
    def row(email: str, role: Role, index: int, **extra: Any) -> dict[str, Any]:
        stamp = START + timedelta(days=1, seconds=index)
        values: dict[str, Any] = {
            "email": email,
            "full_name": person(rng),
            "password_hash": password_hash,
            "role": role,
            "organisation_id": None,
            "member_role": None,
            "is_active": True,
            "locale": Locale.SV if rng.random() < 0.9 else Locale.EN,
            "last_login_at": None,
            "version": 1,
            "created_at": stamp,
            "updated_at": stamp,
        }
        values.update(extra)
        return values

    # The first admin belongs to no organisation: the benchmark logs in as them.
    rows = [row(ADMIN_EMAIL, Role.ADMIN, 0)]
    for role, count in ((Role.ADMIN, ADMINS), (Role.TRAINER, TRAINERS), (Role.AUDITOR, AUDITORS)):
        first = 2 if role is Role.ADMIN else 1
        rows += [
            row(f"{role.value}{n:02d}@bench.jamlik.se", role, n) for n in range(first, count + 1)
        ]

    members = total - len(rows)
    max_per_org = Settings.model_fields["working_group_max"].default  # 8
    # Eight seats per organisation, shuffled, the first `members` taken: never more than eight.
    seats = [org_id for org_id in organisation_ids for _ in range(max_per_org)]
    if members > len(seats):
        raise ValueError(f"{members} members do not fit {len(organisation_ids)} organisations")
    rng.shuffle(seats)
    has_lead: set[int] = set()
    for index, org_id in enumerate(sorted(seats[:members]), start=1):
        lead = org_id not in has_lead
        has_lead.add(org_id)
        draw = rng.random()
        rows.append(
            row(
                f"member{index:05d}@bench.jamlik.se",
                Role.MEMBER,
                1000 + index,
                organisation_id=org_id,
                member_role=MemberRole.LEAD if lead else MemberRole.MEMBER,
                # A few invited (no password yet) and deactivated members, as in real data.
                password_hash=None if (draw < 0.01 and not lead) else password_hash,
                is_active=not (0.01 <= draw < 0.03 and not lead),
            )
        )
    return rows


def recreate_database(postgres_url: str, database: str) -> str:
    """Drops and creates `database` on the server; returns its URL."""
    if not database.replace("_", "").isalnum():
        raise ValueError(f"unsafe database name {database!r}")
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{database}"'))
    finally:
        admin.dispose()
    return make_url(postgres_url).set(database=database).render_as_string(hide_password=False)


def seed(
    postgres_url: str = DEFAULT_POSTGRES_URL,
    database: str = DEFAULT_DATABASE,
    *,
    organisations: int = ORGANISATIONS,
    users: int = USERS,
    random_seed: int = RANDOM_SEED,
) -> SeedResult:
    started = time.perf_counter()
    url = recreate_database(postgres_url, database)
    db_upgrade(Settings(_env_file=None, database_url=url))

    rng = random.Random(random_seed)
    password_hash = hash_password(BENCH_PASSWORD)  # argon2 is slow on purpose: hash once
    org_table = cast(Table, Organisation.__table__)
    user_table = cast(Table, User.__table__)
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            org_ids = list(
                conn.execute(
                    insert(org_table).returning(org_table.c.id, sort_by_parameter_order=True),
                    build_organisations(rng, organisations),
                ).scalars()
            )
            user_rows = build_users(rng, org_ids, users, password_hash)
            conn.execute(insert(user_table), user_rows)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    finally:
        engine.dispose()

    roles = Counter(r["role"] for r in user_rows)
    per_org = Counter(r["organisation_id"] for r in user_rows if r["organisation_id"] is not None)
    return SeedResult(
        database_url=url,
        admin_email=ADMIN_EMAIL,
        password=BENCH_PASSWORD,
        organisation_ids=org_ids,
        counts={
            "organisations": len(org_ids),
            "users": len(user_rows),
            **{f"users_{role.value}": roles[role] for role in Role},
            "max_members_per_organisation": max(per_org.values(), default=0),
            "organisations_without_members": len(org_ids) - len(per_org),
        },
        seconds=round(time.perf_counter() - started, 2),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.seed", description=__doc__)
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL)
    parser.add_argument("--database", default=DEFAULT_DATABASE)
    args = parser.parse_args(argv)
    result = seed(args.postgres_url, args.database)
    print(f"seeded {result.database_url} in {result.seconds} s: {result.counts}")
    print(f"log in as {result.admin_email} / {result.password}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
