"""Training days, agendas and working sessions of a certification."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.audit.service import record
from backend.certifications import repository as certification_repo
from backend.certifications.errors import CertificationClosed
from backend.certifications.repository import CertificationAccess
from backend.core.config import Settings
from backend.core.dates import local_date
from backend.core.errors import InvalidTransition, NotFound, VersionConflict
from backend.core.principal import Principal
from backend.models import AgendaItem, AgendaTemplateItem, TrainingDay, WorkingSession
from backend.models.enums import AuditAction, SessionKind, TrainingDayStatus
from backend.training.errors import DayInFuture, TooManyWorkshops
from backend.training.policies import (
    DAY_WORKFLOW,
    DAYS,
    POLICY,
    TrainingAction,
    TrainingDayAction,
    day_actions,
    training_open,
)
from backend.training.rules import GapWarning, PlannedDay, check_day
from backend.training.schemas import (
    AgendaItemIn,
    AgendaItemRead,
    SessionCreate,
    SessionRead,
    SessionUpdate,
    TrainingDayCreate,
    TrainingDayRead,
    TrainingDayUpdate,
)

MAX_WORKSHOPS = 2


def ensure_manageable(access: CertificationAccess, action: TrainingAction) -> None:
    """403 unless the policy lets the caller take the action, then 409 certification_closed
    when the certification's status does not (a cancelled one takes no more training)."""
    POLICY.require(access.principal, action, access.subject)
    if not POLICY.in_state(action, access.certification.status):
        raise CertificationClosed()


def _ensure_day_action(access: CertificationAccess, action: TrainingDayAction) -> None:
    """As `ensure_manageable`, for an action on one of the certification's days."""
    DAYS.require(access.principal, action, access.subject)
    if not training_open(access.certification.status):
        raise CertificationClosed()


def _ensure_day_state(day: TrainingDay, action: TrainingDayAction, refusal: str) -> None:
    """409 invalid_transition, saying why, unless the day's status allows the action."""
    if not DAYS.in_state(action, day.status):
        raise InvalidTransition({"message": refusal, "from": day.status.value})


async def day_with_access(
    db: AsyncSession, principal: Principal, day_id: int
) -> tuple[TrainingDay, CertificationAccess]:
    """The day and its certification as the caller may see it; 404 when they may not."""
    day = await db.get(TrainingDay, day_id)
    if day is None:
        raise NotFound()
    return day, await certification_repo.get_visible(db, principal, day.certification_id)


async def session_with_access(
    db: AsyncSession, principal: Principal, session_id: int
) -> tuple[WorkingSession, CertificationAccess]:
    """The workshop or supervision session and its certification, as for days."""
    session = await db.get(WorkingSession, session_id)
    if session is None:
        raise NotFound()
    return session, await certification_repo.get_visible(db, principal, session.certification_id)


def day_read(day: TrainingDay, access: CertificationAccess, today: date) -> TrainingDayRead:
    """The day as the caller sees it, with what they may do to it now (`today` in Sweden)."""
    return TrainingDayRead(
        id=day.id,
        certification_id=day.certification_id,
        date=day.date,
        moments=day.moments,
        length="full" if day.last_moment > day.first_moment else "half",
        status=day.status,
        participant_count=day.participant_count,
        location=day.location,
        notes=day.notes,
        cancel_reason=day.cancel_reason,
        version=day.version,
        allowed_actions=day_actions(
            access.principal,
            access.subject,
            access.certification.status,
            day.status,
            in_future=day.date > today,
        ),
    )


async def days_of(db: AsyncSession, certification_id: int) -> list[TrainingDay]:
    return list(
        await db.scalars(
            select(TrainingDay)
            .where(TrainingDay.certification_id == certification_id)
            .order_by(TrainingDay.date, TrainingDay.id)
        )
    )


async def _check(
    db: AsyncSession, settings: Settings, certification_id: int, candidate: PlannedDay
) -> list[GapWarning]:
    existing = [
        PlannedDay(d.id, d.date, d.first_moment, d.last_moment)
        for d in await days_of(db, certification_id)
        if d.status is not TrainingDayStatus.CANCELLED
    ]
    return check_day(existing, candidate, recommended_gap_days=settings.reflection_gap_days)


def _audit_day(
    db: AsyncSession,
    access: CertificationAccess,
    day: TrainingDay,
    action: AuditAction,
    now: datetime,
    **data: object,
) -> None:
    record(
        db,
        at=now,
        action=action,
        actor_id=access.principal.id,
        object_type="training_day",
        object_id=day.id,
        organisation_id=access.certification.organisation_id,
        data={"date": day.date.isoformat(), "moments": day.moments, **data},
    )


async def plan_day(
    db: AsyncSession,
    settings: Settings,
    access: CertificationAccess,
    body: TrainingDayCreate,
    now: datetime,
) -> tuple[TrainingDay, list[GapWarning]]:
    ensure_manageable(access, TrainingAction.PLAN)
    first, last = body.moments[0], body.moments[-1]
    certification_id = access.certification.id
    warnings = await _check(
        db, settings, certification_id, PlannedDay(None, body.date, first, last)
    )
    day = TrainingDay(
        certification_id=certification_id,
        date=body.date,
        first_moment=first,
        last_moment=last,
        status=DAY_WORKFLOW.require_start(TrainingDayStatus.PLANNED),
        location=body.location,
        notes=body.notes,
        created_at=now,
        updated_at=now,
    )
    db.add(day)
    await db.flush()
    _audit_day(db, access, day, AuditAction.TRAINING_DAY_PLANNED, now)
    return day, warnings


async def reschedule_day(
    db: AsyncSession,
    settings: Settings,
    access: CertificationAccess,
    day: TrainingDay,
    body: TrainingDayUpdate,
    now: datetime,
) -> tuple[TrainingDay, list[GapWarning]]:
    _ensure_day_action(access, TrainingDayAction.RESCHEDULE)
    if body.version != day.version:
        raise VersionConflict(day_read(day, access, local_date(now)).model_dump(mode="json"))
    _ensure_day_state(day, TrainingDayAction.RESCHEDULE, "Only a planned day can be changed.")
    warnings: list[GapWarning] = []
    if body.date is not None and body.date != day.date:
        candidate = PlannedDay(day.id, body.date, day.first_moment, day.last_moment)
        warnings = await _check(db, settings, access.certification.id, candidate)
        _audit_day(
            db,
            access,
            day,
            AuditAction.TRAINING_DAY_CHANGED,
            now,
            rescheduled_to=body.date.isoformat(),
        )
        day.date = body.date
    if body.location is not None:
        day.location = body.location
    if body.notes is not None:
        day.notes = body.notes
    day.updated_at = now
    await db.flush()
    return day, warnings


async def mark_held(
    db: AsyncSession,
    access: CertificationAccess,
    day: TrainingDay,
    participant_count: int,
    now: datetime,
) -> TrainingDay:
    _ensure_day_action(access, TrainingDayAction.MARK_HELD)
    _ensure_day_state(day, TrainingDayAction.MARK_HELD, "Only a planned day can be marked as held.")
    if day.date > local_date(now):
        raise DayInFuture()
    day.status = DAY_WORKFLOW.require_move(day.status, TrainingDayStatus.HELD)
    day.participant_count = participant_count
    day.updated_at = now
    _audit_day(
        db,
        access,
        day,
        AuditAction.TRAINING_DAY_CHANGED,
        now,
        status="held",
        participant_count=participant_count,
    )
    await db.flush()
    return day


async def cancel_day(
    db: AsyncSession, access: CertificationAccess, day: TrainingDay, reason: str, now: datetime
) -> TrainingDay:
    _ensure_day_action(access, TrainingDayAction.CANCEL)
    _ensure_day_state(day, TrainingDayAction.CANCEL, "Only a planned day can be cancelled.")
    day.status = DAY_WORKFLOW.require_move(day.status, TrainingDayStatus.CANCELLED)
    day.cancel_reason = reason
    day.updated_at = now
    _audit_day(
        db, access, day, AuditAction.TRAINING_DAY_CHANGED, now, status="cancelled", reason=reason
    )
    await db.flush()
    return day


def _agenda_shape(rows: list[tuple[int, AgendaItemRead]]) -> dict[str, list[AgendaItemRead]]:
    agenda: dict[str, list[AgendaItemRead]] = {"1": [], "2": [], "3": []}
    for moment, item in rows:
        agenda[str(moment)].append(item)
    return agenda


async def agenda_of(db: AsyncSession, certification_id: int) -> dict[str, list[AgendaItemRead]]:
    items = await db.scalars(
        select(AgendaItem)
        .where(AgendaItem.certification_id == certification_id)
        .order_by(AgendaItem.moment, AgendaItem.position)
    )
    return _agenda_shape(
        [(i.moment, AgendaItemRead.model_validate(i, from_attributes=True)) for i in items]
    )


async def templates(db: AsyncSession) -> dict[str, list[AgendaItemRead]]:
    items = await db.scalars(
        select(AgendaTemplateItem).order_by(AgendaTemplateItem.moment, AgendaTemplateItem.position)
    )
    return _agenda_shape(
        [(i.moment, AgendaItemRead.model_validate(i, from_attributes=True)) for i in items]
    )


async def replace_agenda(
    db: AsyncSession, access: CertificationAccess, moment: int, items: list[AgendaItemIn]
) -> None:
    ensure_manageable(access, TrainingAction.EDIT_AGENDA)
    certification_id = access.certification.id
    await db.execute(
        delete(AgendaItem).where(
            AgendaItem.certification_id == certification_id, AgendaItem.moment == moment
        )
    )
    db.add_all(
        AgendaItem(
            certification_id=certification_id, moment=moment, position=position, **item.model_dump()
        )
        for position, item in enumerate(items)
    )
    await db.flush()


async def replace_template(db: AsyncSession, moment: int, items: list[AgendaItemIn]) -> None:
    await db.execute(delete(AgendaTemplateItem).where(AgendaTemplateItem.moment == moment))
    db.add_all(
        AgendaTemplateItem(moment=moment, position=position, **item.model_dump())
        for position, item in enumerate(items)
    )
    await db.flush()


async def sessions_of(db: AsyncSession, certification_id: int) -> list[WorkingSession]:
    return list(
        await db.scalars(
            select(WorkingSession)
            .where(WorkingSession.certification_id == certification_id)
            .order_by(WorkingSession.date, WorkingSession.id)
        )
    )


async def add_session(
    db: AsyncSession, access: CertificationAccess, body: SessionCreate, now: datetime
) -> WorkingSession:
    ensure_manageable(access, TrainingAction.MANAGE_SESSIONS)
    if body.kind is SessionKind.WORKSHOP:
        workshops = await db.scalar(
            select(func.count(WorkingSession.id)).where(
                WorkingSession.certification_id == access.certification.id,
                WorkingSession.kind == SessionKind.WORKSHOP,
            )
        )
        if (workshops or 0) >= MAX_WORKSHOPS:
            raise TooManyWorkshops()
    session = WorkingSession(
        certification_id=access.certification.id,
        kind=body.kind,
        date=body.date,
        notes=body.notes,
        created_by_id=access.principal.id,
        created_at=now,
        updated_at=now,
    )
    db.add(session)
    await db.flush()
    return session


async def update_session(
    db: AsyncSession,
    access: CertificationAccess,
    session: WorkingSession,
    body: SessionUpdate,
    now: datetime,
) -> WorkingSession:
    ensure_manageable(access, TrainingAction.MANAGE_SESSIONS)
    if body.version != session.version:
        raise VersionConflict(
            SessionRead.model_validate(session, from_attributes=True).model_dump(mode="json")
        )
    if body.date is not None:
        session.date = body.date
    if body.notes is not None:
        session.notes = body.notes
    session.updated_at = now
    await db.flush()
    return session


async def delete_session(
    db: AsyncSession, access: CertificationAccess, session: WorkingSession
) -> None:
    ensure_manageable(access, TrainingAction.MANAGE_SESSIONS)
    await db.delete(session)
