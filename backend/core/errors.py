"""Typed errors with stable codes, and the handlers that render every error the same way."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)


class AppError(Exception):
    status_code = 400
    code = "bad_request"
    message = "The request cannot be carried out."

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


class VersionConflict(Conflict):
    code = "version_conflict"
    message = "Someone else saved a newer version."

    def __init__(self, current: Any) -> None:
        super().__init__({"message": self.message, "current": current})


class InvalidTransition(Conflict):
    """A status change the workflow's table does not have; detail names `from` and `to`."""

    code = "invalid_transition"
    message = "This step is not possible in the current state."


class TooManyAttempts(AppError):
    status_code = 429
    code = "too_many_attempts"
    message = "Too many attempts. Wait a while and try again."


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


def app_error_response(exc: AppError) -> JSONResponse:
    return JSONResponse(
        error_body(exc.code, exc.detail), status_code=exc.status_code, headers=exc.headers
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
