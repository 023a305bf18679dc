"""The error responses a route declares, so the OpenAPI document lists every answer it can give.

One body shape for every error, `{"error": <code>, "detail": …}`, with the detail's shape fixed per
code: a string unless the error class names a `detail_model`; every 422 is the validation shape.
`declare_dependency_errors` gives every route the errors its code raises (read by
`raised_by` from the handler, its dependencies and everything of ours they call) and those every
route of its kind can answer (parameters: 422; a body: 413; a path id: 404; a write: a conflict
in the database). `errors(…)` and `raises(…)` name errors the reading cannot see.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Annotated, Any, Literal, TypeVar, Union

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.utils import create_model_field
from pydantic import BaseModel, Field, create_model
from starlette.routing import BaseRoute

from backend.core.errors import (
    AppError,
    Conflict,
    CsrfFailed,
    MalformedBody,
    NotFound,
    PayloadTooLarge,
    VersionConflict,
)
from backend.core.raised_errors import raised_by

F = TypeVar("F", bound=Callable[..., Any])
ERRORS_ATTRIBUTE = "__jamlik_errors__"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
DECLARED_ATTRIBUTE = "__jamlik_errors_declared__"


class ValidationIssue(BaseModel):
    loc: list[str | int]
    type: str
    msg: str


class ValidationErrorBody(BaseModel):
    """422: the request does not fit the schema or the operation; one issue per problem."""

    error: Literal["validation_error"]
    detail: list[ValidationIssue]


def _pascal(code: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[_\W]+", code) if part)


def error_model(cls: type[AppError]) -> type[BaseModel]:
    """The body of one error code, named after it (`PlanLockedError`) in the schema; a class
    whose detail is a narrower shape of its code's (a plan's merge conflict) names its own."""
    if cls.status_code == 422:
        return ValidationErrorBody
    return _model(cls.code, cls.body_name or f"{_pascal(cls.code)}Error", cls.detail_model)


@cache
def _model(code: str, name: str, detail: type[BaseModel] | None) -> type[BaseModel]:
    code_type: Any = Literal[code]  # a literal type built per code, at run time
    return create_model(name, error=(code_type, ...), detail=(detail or str, ...))


def _most_specific(classes: Iterable[type[AppError]]) -> list[type[AppError]]:
    """One class per code: where a route raises a class and its subclass of the same code (a
    version conflict and a plan's merge conflict), the subclass describes the body."""
    chosen: dict[str, type[AppError]] = {}
    for cls in sorted(classes, key=lambda c: len(c.__mro__)):
        chosen[cls.code] = cls
    return list(chosen.values())


def _body_type(classes: Iterable[type[AppError]]) -> Any:
    models = sorted({error_model(c) for c in _most_specific(classes)}, key=lambda m: m.__name__)
    if len(models) == 1:
        return models[0]
    # Told apart by `error`, so a client narrows the detail's type by the code.
    # UP007 is silenced: a Union of models known only at run time is built from a tuple; `|`
    # needs them named.
    return Annotated[Union[tuple(models)], Field(discriminator="error")]  # noqa: UP007


def _responses(classes: Iterable[type[AppError]]) -> dict[int | str, dict[str, Any]]:
    by_status: dict[int, set[type[AppError]]] = defaultdict(set)
    for cls in classes:
        by_status[cls.status_code].add(cls)
    return {
        status: {
            "model": _body_type(group),
            "description": ", ".join(sorted({c.code for c in group})),
        }
        for status, group in sorted(by_status.items())
    }


def errors(*classes: type[AppError]) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route that raises these errors itself (its dependencies add theirs).

    The classes ride along under a private key that `declare_dependency_errors` reads and removes.
    """
    return {
        status: {**entry, ERRORS_ATTRIBUTE: classes}
        for status, entry in _responses(classes).items()
    }


def raises(*classes: type[AppError]) -> Callable[[F], F]:
    """Marks a dependency with the errors it answers for every route that uses it."""

    def mark(function: F) -> F:
        setattr(function, ERRORS_ATTRIBUTE, classes)
        return function

    return mark


class _ValidationFailed(AppError):
    status_code = 422
    code = "validation_error"


def _dependency_errors(dependant: Dependant) -> set[type[AppError]]:
    found: set[type[AppError]] = set(getattr(dependant.call, ERRORS_ATTRIBUTE, ()))
    if dependant.call is not None:
        found |= raised_by(dependant.call)
    for sub in dependant.dependencies:
        found |= _dependency_errors(sub)
    return found


def _has_parameters(dependant: Dependant) -> bool:
    if dependant.path_params or dependant.query_params or dependant.body_params:
        return True
    if dependant.header_params or dependant.cookie_params:
        return True
    return any(_has_parameters(sub) for sub in dependant.dependencies)


def route_errors(route: APIRoute) -> set[type[AppError]]:
    """Every error the route can answer: its own declared ones and its dependencies'."""
    found = _dependency_errors(route.dependant)
    for entry in route.responses.values():
        found |= set(entry.get(ERRORS_ATTRIBUTE, ()))
    if _has_parameters(route.dependant):
        found.add(_ValidationFailed)
    if route.dependant.body_params:
        found |= {PayloadTooLarge, MalformedBody}
    if route.dependant.path_params:
        found.add(NotFound)
    if route.methods and route.methods <= SAFE_METHODS:
        # Reads are not checked for the CSRF token.
        found.discard(CsrfFailed)
    else:
        # A race the service could not see ends in a unique or foreign key of the database, or
        # in a versioned row changed meanwhile, which main.py answers as conflicts.
        found |= {Conflict, VersionConflict}
    return found


def _api_routes(routes: Iterable[BaseRoute]) -> Iterator[APIRoute]:
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        # An included router keeps its own routes (FastAPI builds each inclusion's effective
        # route from them lazily, on the first request or schema): declare on the originals.
        original = getattr(route, "original_router", None)
        if original is not None:
            yield from _api_routes(original.routes)


def declare_dependency_errors(app: FastAPI) -> None:
    """Rewrites every API route's error responses to the full set, before the schema is built.

    The domain routers are module-level objects that every app includes, so a route is declared
    once per process (the tests build an app per test).
    """
    for route in _api_routes(app.router.routes):
        if getattr(route, DECLARED_ATTRIBUTE, False):
            continue
        setattr(route, DECLARED_ATTRIBUTE, True)
        declared = _responses(route_errors(route))
        # Success responses stay; an error response described by hand stays only where no
        # typed one replaces it.
        kept = {
            status: entry
            for status, entry in route.responses.items()
            if ERRORS_ATTRIBUTE not in entry and int(status) not in declared
        }
        route.responses = {**kept, **declared}
        # FastAPI builds the response fields the schema is drawn from when the route is made.
        route.response_fields = {
            status: create_model_field(
                name=f"Response_{status}_{route.unique_id}",
                type_=entry["model"],
                mode="serialization",
            )
            for status, entry in route.responses.items()
            if entry.get("model")
        }
