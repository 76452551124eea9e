"""RFC 9457 problem details: one exception family and the handlers that render it.

Every error leaving a service is ``application/problem+json`` with ``type``, ``title``,
``status``, ``detail``, ``instance`` and, for validation, ``errors``. Domain rules raise a
subclass of :class:`ProblemError` whose ``type`` names the rule
(``https://sg-suite.insee.fr/problems/fungibility-violation``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from http import HTTPStatus
from typing import Any, ClassVar

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_BASE_URI = "https://sg-suite.insee.fr/problems/"

log = structlog.get_logger("sg_common.errors")


def problem_type(slug: str) -> str:
    """Absolute type URI of a problem slug."""
    return slug if slug.startswith(("http://", "https://", "about:")) else PROBLEM_BASE_URI + slug


class ValidationIssue(BaseModel):
    """One invalid field of a request."""

    loc: list[str | int] = Field(description="Where the error is: body, query, path, header.")
    msg: str
    type: str


class Problem(BaseModel):
    """RFC 9457 problem details."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "example": {
                "type": "https://sg-suite.insee.fr/problems/not-found",
                "title": "Not Found",
                "status": 404,
                "detail": "allocation 42 does not exist",
                "instance": "/allocations/42",
            }
        },
    )

    type: str = Field(default="about:blank", description="URI naming the problem type (the rule).")
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[ValidationIssue] | None = None


class ProblemError(Exception):
    """An error that renders as a problem. Subclass it per rule; set the class attributes."""

    status: ClassVar[int] = 400
    type_slug: ClassVar[str] = "bad-request"
    title: ClassVar[str] = "Bad Request"

    def __init__(
        self,
        detail: str | None = None,
        *,
        type_slug: str | None = None,
        title: str | None = None,
        extra: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        if type_slug is not None:
            self.type_slug = type_slug  # type: ignore[misc]
        if title is not None:
            self.title = title  # type: ignore[misc]
        self.extra = dict(extra or {})
        self.headers = dict(headers or {})

    def to_problem(self, instance: str | None = None) -> dict[str, Any]:
        """The RFC 9457 body: the members it defines, then the extensions (``extra``).

        An extension never replaces a member the RFC defines (``status`` is the HTTP status
        code, ``type`` the problem's URI...): name a record's own state otherwise.
        """
        standard: dict[str, Any] = {
            "type": problem_type(self.type_slug),
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
            "instance": instance,
        }
        return {**self.extra, **standard}


class BadRequest(ProblemError):
    status = 400
    type_slug = "bad-request"
    title = "Bad Request"


class Unauthorized(ProblemError):
    status = 401
    type_slug = "unauthorized"
    title = "Unauthorized"

    def __init__(self, detail: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": 'Bearer realm="sg-suite"'})
        super().__init__(detail, **kwargs)


class Forbidden(ProblemError):
    status = 403
    type_slug = "forbidden"
    title = "Forbidden"


class NotFound(ProblemError):
    status = 404
    type_slug = "not-found"
    title = "Not Found"


class Conflict(ProblemError):
    status = 409
    type_slug = "conflict"
    title = "Conflict"


class PreconditionFailed(ProblemError):
    status = 412
    type_slug = "precondition-failed"
    title = "Precondition Failed"


class PayloadTooLarge(ProblemError):
    status = 413
    type_slug = "payload-too-large"
    title = "Payload Too Large"


class UnprocessableEntity(ProblemError):
    """A well-formed request that breaks a rule (unknown org unit, closed unit, ...)."""

    status = 422
    type_slug = "unprocessable"
    title = "Unprocessable Content"


class PreconditionRequired(ProblemError):
    status = 428
    type_slug = "precondition-required"
    title = "Precondition Required"


class BusinessRuleViolation(Conflict):
    """A domain rule refused the change (409). Subclasses set ``type_slug`` to the rule name."""

    type_slug = "business-rule-violation"
    title = "Business rule violated"


_STATUS_SLUGS: dict[int, str] = {
    400: "bad-request",
    401: "unauthorized",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    406: "not-acceptable",
    409: "conflict",
    412: "precondition-failed",
    413: "payload-too-large",
    415: "unsupported-media-type",
    422: "validation-error",
    428: "precondition-required",
    429: "too-many-requests",
    500: "internal-error",
    503: "service-unavailable",
}


def problem_response(
    status: int,
    *,
    detail: str | None = None,
    type_slug: str | None = None,
    title: str | None = None,
    instance: str | None = None,
    headers: Mapping[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    """Build a problem+json response."""
    body: dict[str, Any] = {
        "type": problem_type(type_slug or _STATUS_SLUGS.get(status, "about:blank")),
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": instance,
    }
    body.update({k: v for k, v in extra.items() if v is not None})
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def _instance(request: Request) -> str:
    return request.url.path


async def _problem_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProblemError)
    return JSONResponse(
        exc.to_problem(_instance(request)),
        status_code=exc.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=exc.headers or None,
    )


async def _http_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else None
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"no resource at {request.url.path}"
    if exc.status_code == 405 and detail == "Method Not Allowed":
        detail = f"{request.method} is not allowed on {request.url.path}"
    return problem_response(
        exc.status_code,
        detail=detail,
        instance=_instance(request),
        headers=getattr(exc, "headers", None),
    )


def _jsonable_loc(loc: Iterable[Any]) -> list[str | int]:
    return [part if isinstance(part, int) else str(part) for part in loc]


async def _validation_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    issues = [
        {
            "loc": _jsonable_loc(e.get("loc", ())),
            "msg": str(e.get("msg", "")),
            "type": e.get("type", ""),
        }
        for e in exc.errors()
    ]
    return problem_response(
        422,
        detail=f"{len(issues)} invalid field(s) in the request",
        title="Request validation failed",
        instance=_instance(request),
        errors=issues,
    )


async def _unhandled_error_handler(request: Request, exc: Exception) -> JSONResponse:  # noqa: ARG001 (Starlette's exception handler signature)
    request_id = getattr(request.state, "request_id", None)
    log.exception("unhandled_error", path=request.url.path, request_id=request_id)
    return problem_response(
        500,
        detail="an internal error occurred; quote the request id to support",
        instance=_instance(request),
        request_id=request_id,
        # ServerErrorMiddleware answers outside the request-id middleware: echo the id here.
        headers={"X-Request-ID": request_id} if request_id else None,
    )


async def _integrity_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """A unique or foreign-key constraint the service did not check first — in practice two
    requests racing for the same value: a 409 the client can retry, never a 500."""
    request_id = getattr(request.state, "request_id", None)
    log.warning(
        "integrity_conflict",
        path=request.url.path,
        request_id=request_id,
        error=str(getattr(exc, "orig", exc))[:300],
    )
    return problem_response(
        409,
        type_slug="concurrent-conflict",
        title="Conflicting write",
        detail="another request wrote conflicting data at the same time (a value that must be "
        "unique, or a record that changed); reload and retry",
        instance=_instance(request),
    )


async def _value_out_of_range_handler(request: Request, exc: Exception) -> JSONResponse:
    """A number the database cannot store (e.g. an id beyond 64 bits): the client's input."""
    log.info("value_out_of_range", path=request.url.path, error=str(exc)[:200])
    return problem_response(
        422,
        type_slug="value-out-of-range",
        title="A value is out of range",
        detail="a number or value in the request is outside what can be stored (ids and "
        "amounts must fit in 64 bits)",
        instance=_instance(request),
    )


def install_error_handlers(app: FastAPI) -> None:
    """Render every error of ``app`` as problem+json."""
    from sqlalchemy.exc import DataError, IntegrityError

    app.add_exception_handler(ProblemError, _problem_error_handler)
    app.add_exception_handler(IntegrityError, _integrity_error_handler)
    # SQLite: OverflowError binding a huge int; PostgreSQL: DataError (numeric out of range...)
    app.add_exception_handler(OverflowError, _value_out_of_range_handler)
    app.add_exception_handler(DataError, _value_out_of_range_handler)
    app.add_exception_handler(StarletteHTTPException, _http_error_handler)
    app.add_exception_handler(RequestValidationError, _validation_error_handler)
    app.add_exception_handler(Exception, _unhandled_error_handler)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the given problem statuses, to declare on routes."""
    return {
        status: {
            "model": Problem,
            "description": HTTPStatus(status).phrase,
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }
