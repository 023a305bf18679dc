"""The server's settings and rules the SPA needs, public: none of them is a secret."""

from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import APIRouter, Header, Response, status

from backend.client_settings.schemas import ClientSettings
from backend.core.config import Settings
from backend.core.deps import SettingsDep
from backend.documents.filetypes import MAX_FILE_BYTES
from backend.follow_ups.service import MAX_ATTACHMENT_BYTES
from backend.training.rules import COMBINATIONS, moment_plans

router = APIRouter(tags=["settings"])
# The values change only when the server restarts with other settings: a browser may keep them a
# while, and asks again with the ETag (a 304 costs nothing) once they may be stale.
CACHE_CONTROL = "public, max-age=300"


def client_settings(settings: Settings) -> ClientSettings:
    return ClientSettings(
        working_group_min=settings.working_group_min,
        working_group_max=settings.working_group_max,
        min_answers=settings.live_min_answers,
        day_moments=[list(moments) for moments in COMBINATIONS],
        moment_combinations=[[list(day) for day in plan] for plan in moment_plans()],
        max_attachment_bytes=MAX_ATTACHMENT_BYTES,
        max_document_bytes=MAX_FILE_BYTES,
    )


def etag(body: ClientSettings) -> str:
    return '"' + hashlib.sha256(body.model_dump_json().encode()).hexdigest()[:32] + '"'


def _matches(if_none_match: str | None, tag: str) -> bool:
    if if_none_match is None:
        return False
    tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
    return "*" in tags or tag in tags


@router.get(
    "/settings",
    response_model=ClientSettings,
    responses={304: {"description": "Not modified: the `If-None-Match` ETag is current"}},
)
async def read_client_settings(
    settings: SettingsDep,
    response: Response,
    if_none_match: Annotated[str | None, Header()] = None,
) -> ClientSettings | Response:
    """The server's settings and rules the SPA needs (no login: nothing here is secret)."""
    body = client_settings(settings)
    headers = {"Cache-Control": CACHE_CONTROL, "ETag": etag(body)}
    if _matches(if_none_match, headers["ETag"]):
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
    response.headers.update(headers)
    return body
