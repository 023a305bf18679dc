"""Typed errors with stable codes, and the handlers that render every error the same way."""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)


class AppError(Exception):
    status_code = 400
    code = "bad_request"
    message = "The request cannot be carried out."
    # The shape of `detail` when it is not the message string, for the OpenAPI contract.
    detail_model: ClassVar[type[BaseModel] | None] = None
    # The schema name of the body, where a class narrows the detail of its parent's code.
    body_name: ClassVar[str | None] = None
    # Where a 422 raised by a service points, in the validation shape every 422 has.
    loc: ClassVar[tuple[str | int, ...]] = ("body",)

    def __init__(self, detail: Any = None, *, headers: dict[str, str] | None = None) -> None:
        self.detail = detail if detail is not None else self.message
        self.headers = headers
        super().__init__(str(self.detail))


class NotAuthenticated(AppError):
    status_code = 401
    code = "not_authenticated"
    message = "Log in to continue."


class TokenInvalid(NotAuthenticated):
    code = "token_invalid"
    message = "The access token is invalid or has expired."


class SessionRevoked(NotAuthenticated):
    code = "session_revoked"
    message = "The session has ended. Log in again."


class InvalidCredentials(NotAuthenticated):
    code = "invalid_credentials"
    message = "Wrong email address or password."


class Forbidden(AppError):
    status_code = 403
    code = "forbidden"
    message = "You may not do this."


class CsrfFailed(Forbidden):
    code = "csrf_failed"
    message = "The CSRF token is missing or wrong."


class NotFound(AppError):
    status_code = 404
    code = "not_found"
    message = "Not found."


class Conflict(AppError):
    status_code = 409
    code = "conflict"
    message = "The request conflicts with the current state."


class MessageDetail(BaseModel):
    message: str


class VersionConflictDetail(MessageDetail):
    # The object as it stands now, in the shape of the route's read model (null where a race
    # was caught by the database and the object was not read again).
    current: dict[str, Any] | None


class TransitionDetail(MessageDetail):
    from_: str = Field(alias="from")
    # Absent where the refused step changes no status (moving a training day's date).
    to: str | None = None


class VersionConflict(Conflict):
    code = "version_conflict"
    message = "Someone else saved a newer version."
    detail_model: ClassVar[type[BaseModel] | None] = VersionConflictDetail

    def __init__(self, current: Any) -> None:
        super().__init__({"message": self.message, "current": current})


class InvalidTransition(Conflict):
    """A status change the workflow's table does not have; detail names `from` and `to`."""

    code = "invalid_transition"
    message = "This step is not possible in the current state."
    detail_model = TransitionDetail


class TooManyAttempts(AppError):
    status_code = 429
    code = "too_many_attempts"
    message = "Too many attempts. Wait a while and try again."


class MalformedBody(AppError):
    """A body that cannot be parsed at all (not UTF-8, not JSON, a broken form): FastAPI's own
    400, rendered as every error is."""

    code = "bad_request"
    message = "There was an error parsing the body"


class PayloadTooLarge(AppError):
    status_code = 413
    code = "payload_too_large"
    message = "The request body is too large."


def error_body(code: str, detail: Any) -> dict[str, Any]:
    return {"error": code, "detail": detail}


def _validation_detail(exc: RequestValidationError) -> list[dict[str, Any]]:
    # The offending input is not echoed back: it may be a megabyte long or hold a password.
    return [
        {"loc": list(err.get("loc", ())), "type": err.get("type"), "msg": err.get("msg")}
        for err in exc.errors()
    ]


# The test suite sets this: an error whose body breaks its own declared schema then fails the test
# that provoked it, instead of reaching a client as a contract the OpenAPI document does not keep.
CHECK_BODIES = False


def _checked(exc: AppError, body: dict[str, Any]) -> dict[str, Any]:
    if CHECK_BODIES:
        from backend.core.responses import error_model  # the schema side imports this module

        try:
            error_model(type(exc)).model_validate(body)
        except ValidationError as problem:
            raise AssertionError(f"{type(exc).__name__} breaks its schema: {problem}") from None
    return body


def app_error_response(exc: AppError) -> JSONResponse:
    if exc.status_code == 422:
        # One shape for every 422: the service's own refusals read like the schema's.
        issue = {"loc": list(exc.loc), "type": exc.code, "msg": str(exc.detail)}
        return JSONResponse(error_body("validation_error", [issue]), 422, headers=exc.headers)
    return JSONResponse(
        _checked(exc, error_body(exc.code, exc.detail)),
        status_code=exc.status_code,
        headers=exc.headers,
    )


_HTTP_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AppError)
    async def _app_error(_request: Request, exc: AppError) -> JSONResponse:
        return app_error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(error_body("validation_error", _validation_detail(exc)), 422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        return JSONResponse(
            error_body(code, exc.detail), status_code=exc.status_code, headers=exc.headers
        )

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return JSONResponse(error_body("internal_error", "Something went wrong."), 500)
