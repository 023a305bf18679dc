"""Routes declare every error they can answer, with one typed body per code."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI
from pydantic import BaseModel

from backend.core.errors import (
    AppError,
    Conflict,
    Forbidden,
    VersionConflict,
    app_error_response,
)
from backend.core.responses import declare_dependency_errors, errors, raises


class Locked(Conflict):
    code = "thing_locked"
    message = "Locked."


class NarrowDetail(BaseModel):
    message: str
    current: dict[str, int]
    merged: dict[str, int]


class MergeConflict(VersionConflict):
    detail_model = NarrowDetail
    body_name = "MergeConflictError"


class OutOfRange(AppError):
    status_code = 422
    code = "out_of_range"
    message = "Out of range."
    loc = ("body", "n")


@raises(Forbidden)
async def guard() -> None:
    return None


def _schema() -> dict[str, Any]:
    app = FastAPI()

    @app.put("/things/{thing_id}", responses=errors(Locked, VersionConflict, MergeConflict))
    async def save(thing_id: int, n: Annotated[int, Body()], _: None = Depends(guard)) -> None:
        """Save a thing."""

    @app.get("/health")
    async def health() -> dict[str, str]:
        """Nothing can go wrong."""
        return {}

    declare_dependency_errors(app)
    return app.openapi()


class TestDeclaredErrors:
    def test_a_route_lists_its_own_its_dependencies_and_its_parameters_errors(self):
        responses = _schema()["paths"]["/things/{thing_id}"]["put"]["responses"]
        assert set(responses) == {"200", "400", "403", "404", "409", "413", "422"}
        # A write also answers the database's own conflicts (main.py's handlers).
        assert responses["409"]["description"] == "conflict, thing_locked, version_conflict"
        assert responses["403"]["description"] == "forbidden"

    def test_a_route_without_parameters_or_dependencies_declares_no_error(self):
        assert set(_schema()["paths"]["/health"]["get"]["responses"]) == {"200"}

    def test_one_status_with_several_codes_is_a_union_told_apart_by_the_code(self):
        schema = _schema()
        body = schema["paths"]["/things/{thing_id}"]["put"]["responses"]["409"]["content"]
        union = body["application/json"]["schema"]
        assert union["discriminator"]["propertyName"] == "error"
        refs = {item["$ref"].rsplit("/", 1)[1] for item in union["oneOf"]}
        # The subclass describes the version conflict's body on this route.
        assert refs == {"ConflictError", "MergeConflictError", "ThingLockedError"}
        merge = schema["components"]["schemas"]["MergeConflictError"]
        assert merge["properties"]["error"]["const"] == "version_conflict"
        assert schema["components"]["schemas"]["ThingLockedError"]["properties"]["detail"] == {
            "type": "string",
            "title": "Detail",
        }

    def test_every_422_has_the_validation_shape(self):
        schema = _schema()
        body = schema["paths"]["/things/{thing_id}"]["put"]["responses"]["422"]["content"]
        assert body["application/json"]["schema"]["$ref"].endswith("/ValidationErrorBody")


class TestRendering:
    def test_a_services_422_reads_like_the_schemas_own(self):
        response = app_error_response(OutOfRange())
        assert response.status_code == 422
        assert response.body == (
            b'{"error":"validation_error","detail":'
            b'[{"loc":["body","n"],"type":"out_of_range","msg":"Out of range."}]}'
        )

    def test_other_errors_keep_their_code_and_detail(self):
        response = app_error_response(Locked())
        assert response.body == b'{"error":"thing_locked","detail":"Locked."}'
