"""The dates a person should have in their calendar: training days, workshops and supervision,
follow-up due dates and scheduled re-certification reviews of the certifications they may see."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.certifications.repository import visible_certifications
from backend.core.principal import Principal
from backend.models import FollowUp, RecertReview, TrainingDay, WorkingSession
from backend.models.enums import Locale, TrainingDayStatus

Kind = Literal["training-day", "session", "follow-up", "review"]
KINDS: tuple[Kind, ...] = ("training-day", "session", "follow-up", "review")


@dataclass(frozen=True)
class CalendarEvent:
    kind: Kind
    id: int
    date: dt.date
    title: str
    detail: str | None
    certification_id: int
    organisation_name: str
    status: str


# Titles in the person's language (their profile's), for the feed and the single .ics alike.
TITLES: dict[Locale, dict[str, str]] = {
    Locale.SV: {
        "training-day": "Utbildning, moment {moments}",
        "workshop": "Workshop med arbetsgruppen",
        "supervision": "Handledning på distans",
        "follow-up": "Uppföljning ({months} månader) ska lämnas in",
        "review": "Omcertifieringsgranskning",
    },
    Locale.EN: {
        "training-day": "Training, moment {moments}",
        "workshop": "Workshop with the working group",
        "supervision": "Remote supervision",
        "follow-up": "Follow-up report ({months} months) due",
        "review": "Re-certification review",
    },
}


def _detail(row: object) -> str | None:
    """What distinguishes events of one kind, for clients that word titles themselves: the
    moments of a training day, the kind of a session or of a follow-up."""
    if isinstance(row, TrainingDay):
        return "+".join(str(m) for m in row.moments)
    if isinstance(row, WorkingSession | FollowUp):
        return row.kind.value
    return None


def _title(kind: Kind, row: object, locale: Locale) -> str:
    texts = TITLES[locale]
    if isinstance(row, TrainingDay):
        return texts["training-day"].format(moments=_detail(row))
    if isinstance(row, WorkingSession):
        return texts[row.kind.value]
    if isinstance(row, FollowUp):
        return texts["follow-up"].format(months=6 if row.kind.value == "six_months" else 18)
    return texts["review"]


async def events_for(
    db: AsyncSession,
    principal: Principal,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    only: tuple[Kind, int] | None = None,
) -> list[CalendarEvent]:
    """Four queries, one per kind, limited to what the principal may see."""
    visible = visible_certifications(principal).subquery()
    # kind → (table, its date column, an extra condition); each has certification_id and id.
    sources: dict[Kind, tuple[Any, Any, Any]] = {
        "training-day": (
            TrainingDay,
            TrainingDay.date,
            TrainingDay.status != TrainingDayStatus.CANCELLED,
        ),
        "session": (WorkingSession, WorkingSession.date, None),
        "follow-up": (FollowUp, FollowUp.due_on, None),
        "review": (RecertReview, RecertReview.scheduled_on, None),
    }
    events: list[CalendarEvent] = []
    for kind, (model, date_column, condition) in sources.items():
        if only is not None and only[0] != kind:
            continue
        stmt = select(model, visible.c.name).join(visible, visible.c.id == model.certification_id)
        if condition is not None:
            stmt = stmt.where(condition)
        if start is not None:
            stmt = stmt.where(date_column >= start)
        if end is not None:
            stmt = stmt.where(date_column <= end)
        if only is not None:
            stmt = stmt.where(model.id == only[1])
        for row, organisation_name in await db.execute(stmt):
            day = getattr(row, date_column.key)
            status = getattr(row, "status", None) or getattr(row, "outcome", None) or "planned"
            events.append(
                CalendarEvent(
                    kind=kind,
                    id=row.id,
                    date=day,
                    title=_title(kind, row, principal.user.locale),
                    detail=_detail(row),
                    certification_id=row.certification_id,
                    organisation_name=organisation_name,
                    status=str(getattr(status, "value", status)),
                )
            )
    return sorted(events, key=lambda e: (e.date, e.kind, e.id))


def to_ics(events: list[CalendarEvent], *, name: str, base_url: str, now: dt.datetime) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Jämlik//jamlik.se//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    # Every event is a whole Swedish day; the zone tells calendar apps how to show it.
    calendar.add("x-wr-timezone", "Europe/Stockholm")
    for item in events:
        event = Event()
        event.add("uid", f"{item.kind}-{item.id}@jamlik.se")
        event.add("summary", f"{item.title} – {item.organisation_name}")
        event.add("dtstart", item.date)
        event.add("dtend", item.date + dt.timedelta(days=1))
        event.add("dtstamp", now)
        event.add("url", f"{base_url}/certifications/{item.certification_id}")
        event.add("categories", [item.kind])
        calendar.add_component(event)
    return bytes(calendar.to_ical())
