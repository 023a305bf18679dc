"""Page parameters and a paginator that costs exactly two queries whatever the page size."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel
from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

MAX_PAGE_SIZE = 100


@dataclass(frozen=True)
class PageParams:
    page: int
    page_size: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


def page_params(
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 25,
) -> PageParams:
    return PageParams(page=page, page_size=page_size)


PageDep = Annotated[PageParams, Depends(page_params)]


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    page: int
    page_size: int


async def _count(session: AsyncSession, stmt: Select[*tuple[Any, ...]]) -> int:
    total = await session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
    return int(total or 0)


async def paginate(
    session: AsyncSession, stmt: Select[*tuple[Any, ...]], params: PageParams
) -> tuple[list[Any], int]:
    """One page of a single-entity select, and the total."""
    rows = await session.scalars(stmt.limit(params.page_size).offset(params.offset))
    return list(rows), await _count(session, stmt)


async def paginate_rows(
    session: AsyncSession, stmt: Select[*tuple[Any, ...]], params: PageParams
) -> tuple[list[Any], int]:
    """One page of a multi-column select (rows as tuples), and the total."""
    rows = await session.execute(stmt.limit(params.page_size).offset(params.offset))
    return [tuple(row) for row in rows], await _count(session, stmt)
