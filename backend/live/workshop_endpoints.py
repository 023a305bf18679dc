"""Exercise results as input for a workshop: trainers attach, the working group reads."""

from __future__ import annotations

from fastapi import APIRouter, Response, status

from backend.auth.permissions import CurrentPrincipal
from backend.core.clock import ClockDep
from backend.core.db import SessionDep
from backend.core.deps import SettingsDep
from backend.core.schemas import ObjectId
from backend.live import workshop_inputs
from backend.live.schemas import ExerciseCandidate, WorkshopInputCreate, WorkshopInputRead
from backend.training.service import session_with_access

router = APIRouter(tags=["live"])


@router.get(
    "/working-sessions/{session_id}/exercise-results", response_model=list[WorkshopInputRead]
)
async def list_exercise_results(
    session_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> list[WorkshopInputRead]:
    """The aggregated exercise results attached to this workshop."""
    await session_with_access(db, principal, session_id)
    return [workshop_inputs.input_read(i) for i in await workshop_inputs.inputs_of(db, session_id)]


@router.get(
    "/working-sessions/{session_id}/exercise-candidates", response_model=list[ExerciseCandidate]
)
async def list_exercise_candidates(
    session_id: ObjectId, principal: CurrentPrincipal, db: SessionDep, settings: SettingsDep
) -> list[ExerciseCandidate]:
    """The certification's moment 2 and 3 exercises (not free text) and whether each has enough
    answers to be attached to this workshop."""
    session, access = await session_with_access(db, principal, session_id)
    return await workshop_inputs.candidates(db, settings, session, access)


@router.post(
    "/working-sessions/{session_id}/exercise-results",
    response_model=WorkshopInputRead,
    status_code=status.HTTP_201_CREATED,
)
async def attach_exercise_results(
    session_id: ObjectId,
    body: WorkshopInputCreate,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> WorkshopInputRead:
    """Attach a moment 2 or 3 exercise's aggregated results (not free text) to the workshop."""
    session, access = await session_with_access(db, principal, session_id)
    item = await workshop_inputs.attach(
        db, settings, principal, session, access, body.question_id, clock.now()
    )
    return workshop_inputs.input_read(item)


@router.delete("/exercise-results/{result_id}", status_code=status.HTTP_204_NO_CONTENT)
async def detach_exercise_results(
    result_id: ObjectId, principal: CurrentPrincipal, db: SessionDep
) -> Response:
    """Remove attached results from a workshop."""
    await workshop_inputs.detach(db, principal, result_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
