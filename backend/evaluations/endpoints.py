"""Evaluation results for trainers, admins and auditors, as JSON and as CSV."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from backend.auth.policy_guard import allowed_to
from backend.certifications import repository as certification_repo
from backend.core.db import SessionDep
from backend.core.deps import SettingsDep
from backend.core.principal import Principal
from backend.evaluations.csv_export import results_csv
from backend.evaluations.policies import POLICY, EvaluationAction
from backend.evaluations.results import ResultFilter, evaluation_results
from backend.live.schemas import EvaluationResults

router = APIRouter(tags=["evaluations"])
Id = Annotated[int | None, Query(ge=1, le=2_147_483_647)]
Reader = Annotated[Principal, Depends(allowed_to(POLICY, EvaluationAction.VIEW))]


def result_filter(
    certification_id: Id = None,
    training_day_id: Id = None,
    moment: Annotated[int | None, Query(ge=1, le=3)] = None,
) -> ResultFilter:
    return ResultFilter(certification_id, training_day_id, moment)


Filter = Annotated[ResultFilter, Depends(result_filter)]


async def _results(
    db: SessionDep, settings: SettingsDep, principal: Principal, wanted: ResultFilter
) -> EvaluationResults:
    if wanted.certification_id is not None:  # someone else's certification is a 404
        await certification_repo.get_visible(db, principal, wanted.certification_id)
    return await evaluation_results(db, principal, wanted, settings.live_min_answers)


@router.get("/evaluation-results", response_model=EvaluationResults)
async def read_evaluation_results(
    principal: Reader, db: SessionDep, settings: SettingsDep, wanted: Filter
) -> EvaluationResults:
    """Aggregates per evaluation question across the chosen days (a day counts only once it
    has enough answers on its own)."""
    return await _results(db, settings, principal, wanted)


@router.get(
    "/evaluation-results.csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}},
)
async def export_evaluation_results(
    principal: Reader, db: SessionDep, settings: SettingsDep, wanted: Filter
) -> Response:
    """The same results as a CSV file for a spreadsheet."""
    results = await _results(db, settings, principal, wanted)
    return Response(
        results_csv(results),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="utvarderingar.csv"'},
    )
