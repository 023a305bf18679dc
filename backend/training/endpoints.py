from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response, status

from backend.auth.permissions import CurrentPrincipal
from backend.auth.policy_guard import allowed_to
from backend.certifications import repository as certification_repo
from backend.certifications.repository import CertificationAccess
from backend.core.clock import ClockDep
from backend.core.dates import local_date
from backend.core.db import SessionDep
from backend.core.deps import SettingsDep
from backend.core.principal import Principal
from backend.core.schemas import ObjectId
from backend.models import TrainingDay
from backend.training import service
from backend.training.policies import POLICY, TrainingAction
from backend.training.rules import GapWarning
from backend.training.schemas import (
    AgendaItemRead,
    AgendaItems,
    CancelDayRequest,
    GapWarningRead,
    HeldRequest,
    SessionCreate,
    SessionRead,
    SessionUpdate,
    TrainingDayCreate,
    TrainingDayRead,
    TrainingDayResult,
    TrainingDayUpdate,
)

router = APIRouter(tags=["training"])
Moment = Annotated[int, Path(ge=1, le=3)]
Agenda = dict[str, list[AgendaItemRead]]
TemplateReader = Annotated[
    Principal, Depends(allowed_to(POLICY, TrainingAction.VIEW_AGENDA_TEMPLATES))
]
TemplateEditor = Annotated[
    Principal, Depends(allowed_to(POLICY, TrainingAction.MANAGE_AGENDA_TEMPLATES))
]


def _result(
    day: TrainingDay, access: CertificationAccess, warnings: list[GapWarning], now: datetime
) -> TrainingDayResult:
    return TrainingDayResult(
        day=service.day_read(day, access, local_date(now)),
        warnings=[
            GapWarningRead(
                code=w.code, days=w.days, recommended=w.recommended, other_date=w.other_date
            )
            for w in warnings
        ],
    )


@router.get(
    "/certifications/{certification_id}/training-days", response_model=list[TrainingDayRead]
)
async def list_training_days(
    certification_id: ObjectId, principal: CurrentPrincipal, db: SessionDep, clock: ClockDep
) -> list[TrainingDayRead]:
    """The certification's training days, by date (cancelled ones included)."""
    access = await certification_repo.get_visible(db, principal, certification_id)
    today = local_date(clock.now())
    days = await service.days_of(db, certification_id)
    return [service.day_read(d, access, today) for d in days]


@router.post(
    "/certifications/{certification_id}/training-days",
    response_model=TrainingDayResult,
    status_code=status.HTTP_201_CREATED,
)
async def plan_training_day(
    certification_id: ObjectId,
    body: TrainingDayCreate,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> TrainingDayResult:
    """Plan a half day (one moment) or a full day (1+2 or 2+3); warns when days come too close."""
    access = await certification_repo.get_visible(db, principal, certification_id, for_update=True)
    day, warnings = await service.plan_day(db, settings, access, body, clock.now())
    return _result(day, access, warnings, clock.now())


@router.patch("/training-days/{day_id}", response_model=TrainingDayResult)
async def reschedule_training_day(
    day_id: ObjectId,
    body: TrainingDayUpdate,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> TrainingDayResult:
    """Move a planned day or change its place and notes; send the version you read."""
    day, access = await service.day_with_access(db, principal, day_id)
    day, warnings = await service.reschedule_day(db, settings, access, day, body, clock.now())
    return _result(day, access, warnings, clock.now())


@router.post("/training-days/{day_id}/held", response_model=TrainingDayRead)
async def mark_training_day_held(
    day_id: ObjectId,
    body: HeldRequest,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
) -> TrainingDayRead:
    """Record that the day took place, with how many took part."""
    day, access = await service.day_with_access(db, principal, day_id)
    day = await service.mark_held(db, access, day, body.participant_count, clock.now())
    return service.day_read(day, access, local_date(clock.now()))


@router.post("/training-days/{day_id}/cancel", response_model=TrainingDayRead)
async def cancel_training_day(
    day_id: ObjectId,
    body: CancelDayRequest,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
) -> TrainingDayRead:
    """Cancel a planned day; its moments can be planned again."""
    day, access = await service.day_with_access(db, principal, day_id)
    day = await service.cancel_day(db, access, day, body.reason, clock.now())
    return service.day_read(day, access, local_date(clock.now()))


@router.get("/certifications/{certification_id}/agenda", response_model=Agenda)
async def read_agenda(
    certification_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> Agenda:
    """The agenda of each moment for this certification."""
    await certification_repo.get_visible(db, principal, certification_id)
    return await service.agenda_of(db, certification_id)


@router.put("/certifications/{certification_id}/agenda/{moment}", response_model=Agenda)
async def replace_agenda(
    certification_id: ObjectId,
    moment: Moment,
    body: AgendaItems,
    principal: CurrentPrincipal,
    db: SessionDep,
) -> Agenda:
    """Replace one moment's agenda for this certification (its trainers and admins)."""
    access = await certification_repo.get_visible(db, principal, certification_id)
    await service.replace_agenda(db, access, moment, body)
    return await service.agenda_of(db, certification_id)


@router.get("/agenda-templates", response_model=Agenda)
async def read_agenda_templates(_reader: TemplateReader, db: SessionDep) -> Agenda:
    """The default agenda per moment that new certifications start from."""
    return await service.templates(db)


@router.put("/agenda-templates/{moment}", response_model=Agenda)
async def replace_agenda_template(
    moment: Moment, body: AgendaItems, _editor: TemplateEditor, db: SessionDep
) -> Agenda:
    """Replace a moment's default agenda (admins); existing certifications keep theirs."""
    await service.replace_template(db, moment, body)
    return await service.templates(db)


@router.get("/certifications/{certification_id}/sessions", response_model=list[SessionRead])
async def list_sessions(
    certification_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> list[SessionRead]:
    """Workshops with the working group and remote-supervision sessions."""
    await certification_repo.get_visible(db, principal, certification_id)
    return [
        SessionRead.model_validate(s, from_attributes=True)
        for s in await service.sessions_of(db, certification_id)
    ]


@router.post(
    "/certifications/{certification_id}/sessions",
    response_model=SessionRead,
    status_code=status.HTTP_201_CREATED,
)
async def add_session(
    certification_id: ObjectId,
    body: SessionCreate,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
) -> SessionRead:
    """Add a workshop (one or two per certification) or a supervision session."""
    access = await certification_repo.get_visible(db, principal, certification_id, for_update=True)
    session = await service.add_session(db, access, body, clock.now())
    return SessionRead.model_validate(session, from_attributes=True)


@router.patch("/sessions/{session_id}", response_model=SessionRead)
async def update_session(
    session_id: ObjectId,
    body: SessionUpdate,
    principal: CurrentPrincipal,
    db: SessionDep,
    clock: ClockDep,
) -> SessionRead:
    """Change a session's date or notes; send the version you read."""
    session, access = await service.session_with_access(db, principal, session_id)
    session = await service.update_session(db, access, session, body, clock.now())
    return SessionRead.model_validate(session, from_attributes=True)


@router.delete("/sessions/{session_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_session(
    session_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> Response:
    """Remove a session."""
    session, access = await service.session_with_access(db, principal, session_id)
    await service.delete_session(db, access, session)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
