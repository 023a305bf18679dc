"""Organisation queries, always scoped to what the caller may see."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import Label

from backend.core.errors import NotFound
from backend.core.principal import Principal
from backend.models import Organisation, User
from backend.models.enums import Role, Sector


def holds_a_seat(organisation_id: int | SQLColumnExpression[int]) -> ColumnElement[bool]:
    """Who counts towards a working group's size: active and invited members, not deactivated."""
    return and_(
        User.organisation_id == organisation_id,
        User.role == Role.MEMBER,
        User.is_active.is_(True),
    )


def _member_count() -> Label[int]:
    """Active and invited members, as a correlated subquery: one query for a whole page."""
    return (
        select(func.count(User.id))
        .where(holds_a_seat(Organisation.id))
        .correlate(Organisation)
        .scalar_subquery()
        .label("member_count")
    )


def visible_organisations(principal: Principal) -> Select[Organisation, int]:
    """Staff see every organisation; a member sees their own and no other."""
    stmt = select(Organisation, _member_count())
    if not principal.is_staff:
        stmt = stmt.where(Organisation.id == principal.organisation_id)
    return stmt


def organisation_list(
    principal: Principal, q: str | None, sector: Sector | None
) -> Select[Organisation, int]:
    stmt = visible_organisations(principal).order_by(Organisation.name, Organisation.id)
    if q:
        needle = q.lower()
        stmt = stmt.where(
            func.lower(Organisation.name).contains(needle, autoescape=True)
            | Organisation.org_number.contains(needle, autoescape=True)
        )
    if sector is not None:
        stmt = stmt.where(Organisation.sector == sector)
    return stmt


async def get_visible(
    db: AsyncSession, principal: Principal, organisation_id: int
) -> tuple[Organisation, int]:
    """The organisation and its member count, or 404 when it does not exist or is not yours."""
    row = (
        await db.execute(visible_organisations(principal).where(Organisation.id == organisation_id))
    ).one_or_none()
    if row is None:
        raise NotFound()
    return row[0], int(row[1])


async def members_of(db: AsyncSession, organisation_id: int) -> list[User]:
    return list(
        await db.scalars(
            select(User).where(holds_a_seat(organisation_id)).order_by(User.full_name, User.id)
        )
    )
