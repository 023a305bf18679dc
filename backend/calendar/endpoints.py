from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from pydantic import BaseModel
from sqlalchemy import delete, select

from backend.auth.permissions import CurrentPrincipal
from backend.calendar.service import Kind, events_for, to_ics
from backend.core.clock import ClockDep
from backend.core.db import SessionDep
from backend.core.deps import SettingsDep
from backend.core.errors import NotFound
from backend.core.principal import Principal
from backend.core.schemas import ObjectId, TokenText
from backend.core.security import new_random_token
from backend.models import CalendarFeed, User

router = APIRouter(tags=["calendar"])
ICS = "text/calendar; charset=utf-8"
DateParam = Annotated[dt.date | None, Query(ge=dt.date(2000, 1, 1), le=dt.date(2100, 12, 31))]


class FeedRead(BaseModel):
    url: str
    created_at: dt.datetime


class EventRead(BaseModel):
    kind: Kind
    id: int
    date: dt.date
    title: str  # in the user's language
    # Training day: its moments ("1+2"); session: workshop|supervision; follow-up: its kind.
    detail: str | None
    certification_id: int
    organisation_name: str
    status: str


def _feed_url(base_url: str, token: str) -> str:
    return f"{base_url}/api/v1/calendar/{token}.ics"


@router.get("/users/me/calendar-feed", response_model=FeedRead)
async def read_my_feed(
    principal: CurrentPrincipal, db: SessionDep, settings: SettingsDep
) -> FeedRead:
    """My calendar subscription address (404 when I have none)."""
    feed = await db.get(CalendarFeed, principal.id)
    if feed is None:
        raise NotFound()
    return FeedRead(url=_feed_url(settings.base_url, feed.token), created_at=feed.created_at)


@router.post("/users/me/calendar-feed", response_model=FeedRead)
async def rotate_my_feed(
    principal: CurrentPrincipal, db: SessionDep, settings: SettingsDep, clock: ClockDep
) -> FeedRead:
    """A new secret calendar address; the previous one stops working."""
    await db.execute(delete(CalendarFeed).where(CalendarFeed.user_id == principal.id))
    feed = CalendarFeed(user_id=principal.id, token=new_random_token(), created_at=clock.now())
    db.add(feed)
    await db.flush()
    return FeedRead(url=_feed_url(settings.base_url, feed.token), created_at=feed.created_at)


@router.delete("/users/me/calendar-feed", status_code=status.HTTP_204_NO_CONTENT)
async def revoke_my_feed(principal: CurrentPrincipal, db: SessionDep) -> Response:
    """Revoke my calendar address: it answers 404 from now on."""
    await db.execute(delete(CalendarFeed).where(CalendarFeed.user_id == principal.id))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/calendar/{token}.ics",
    response_class=Response,
    responses={200: {"content": {"text/calendar": {}}, "description": "iCalendar feed"}},
)
async def calendar_feed(
    token: TokenText, db: SessionDep, settings: SettingsDep, clock: ClockDep
) -> Response:
    """A person's calendar feed, for calendar apps (the secret address is the credential)."""
    user = await db.scalar(
        select(User)
        .join(CalendarFeed, CalendarFeed.user_id == User.id)
        .where(CalendarFeed.token == token, User.is_active.is_(True))
    )
    if user is None:
        raise NotFound()
    events = await events_for(db, Principal(user, "calendar-feed"))
    body = to_ics(
        events, name=f"Jämlik – {user.full_name}", base_url=settings.base_url, now=clock.now()
    )
    return Response(body, media_type=ICS)


@router.get("/calendar/events", response_model=list[EventRead])
async def calendar_events(
    principal: CurrentPrincipal,
    db: SessionDep,
    from_: Annotated[DateParam, Query(alias="from")] = None,
    to: DateParam = None,
) -> list[EventRead]:
    """The same dates as the feed, for the SPA's calendar view."""
    return [EventRead(**vars(e)) for e in await events_for(db, principal, start=from_, end=to)]


@router.get(
    "/calendar/events/{kind}/{event_id}.ics",
    response_class=Response,
    responses={200: {"content": {"text/calendar": {}}, "description": "One event"}},
)
async def single_event(
    kind: Kind,
    event_id: ObjectId,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> Response:
    """One training day, session, follow-up or review as an .ics file to add to a calendar."""
    events = await events_for(db, principal, only=(kind, event_id))
    if not events:
        raise NotFound()
    body = to_ics(events, name="Jämlik", base_url=settings.base_url, now=clock.now())
    return Response(
        body,
        media_type=ICS,
        headers={"Content-Disposition": f'attachment; filename="jamlik-{kind}-{event_id}.ics"'},
    )
