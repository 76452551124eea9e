"""The app factory: every service is a :class:`ServiceDefinition` turned into a FastAPI app.

``create_service_app(definition, settings)`` wires, once for all services: settings built at
call time, the database (migrated and loaded with reference data at start), the org tree, token
verification, the event runtime (outbox relay and consumer), problem+json errors, request ids,
logs, metrics, CORS, the body limit, health endpoints and a clean OpenAPI document (stable
``<tag>-<function>`` operationIds, one schema per model, problem responses on every route).
The lifespan opens these in order and closes them in reverse.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Collection, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any

import structlog
from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from opentelemetry.sdk.trace import TracerProvider
from prometheus_client import CONTENT_TYPE_LATEST, Gauge, generate_latest
from sqlalchemy import MetaData
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.api.exports import (
    EXPORT_FORMAT_SCHEMA,
    ExportMiddleware,
    declare_export,
    export_format_schema,
)
from sg_common.api.methods import MethodNotAllowedMiddleware
from sg_common.api.routing import guard_included_routers
from sg_common.audit.capture import POLICY_KEY, AuditPolicy, append_pending
from sg_common.auth import TokenVerifier
from sg_common.auth.permissions import (
    AUTHORIZING,
    PermissionTable,
    document_operation,
    operation_id,
    operations,
)
from sg_common.db import REFERENCE_DATA_LOCK_KEY, Database, lock_for_transaction
from sg_common.documents import models as _document_tables  # noqa: F401  (shared tables)
from sg_common.errors import (
    PROBLEM_MEDIA_TYPE,
    Problem,
    ValidationIssue,
    install_error_handlers,
    problem_response,
    problem_responses,
)
from sg_common.idempotency import IdempotencyMiddleware, idempotency_settings_kwargs
from sg_common.inputs import ExactNumbersMiddleware
from sg_common.notifications.models import NotificationCheck
from sg_common.observability import (
    BodyLimitMiddleware,
    Metrics,
    RequestContextMiddleware,
    configure_logging,
)
from sg_common.org import OrgTree, sync_org_units
from sg_common.service_clients import ServiceTokens
from sg_common.settings import ServiceSettings
from sg_common.tracing import build_tracer_provider, instrument_app

log = structlog.get_logger("sg_common.app")

ReferenceLoader = Callable[[AsyncSession], Awaitable[Any]]
EventHandler = Callable[..., Awaitable[None]]

#: Problems any authenticated route can answer; routes add their own (404, 409, 412, 428...).
COMMON_PROBLEMS = (400, 401, 403, 413, 422, 500)


@dataclass(frozen=True)
class ServiceDefinition:
    """What makes a service: its name, domain routers, tables, migrations and event handlers."""

    name: str
    title: str
    description: str
    settings_class: type[ServiceSettings]
    metadata: MetaData
    migrations_dir: Path
    routers: Sequence[APIRouter] = ()
    event_handlers: Mapping[str, EventHandler] = field(default_factory=dict)
    reference_data: Sequence[ReferenceLoader] = ()
    openapi_tags: Sequence[dict[str, Any]] = ()
    version: str = "0.1.0"
    #: Who may perform each operation of ``routers`` (``sg_common.auth.permissions``).
    permissions: PermissionTable | None = None
    #: Columns whose values the audit trail masks (personal or confidential data), per table;
    #: ``"*"`` masks every column of the table (sg_common.audit, docs/audit.md).
    audit_redacted: Mapping[str, Collection[str]] = field(default_factory=dict)
    #: The service's periodic notification checks (deadlines approaching in its own data), run
    #: by ``sg-notify digest SERVICE`` before the e-mail digest (sg_common.notifications).
    notification_checks: Sequence[NotificationCheck] = ()
    #: French headings of the columns of the service's exports, per item field name (over
    #: ``sg_common.api.exports.COMMON_LABELS``), and the lists' French file names per path.
    column_labels: Mapping[str, str] = field(default_factory=dict)
    export_names: Mapping[str, str] = field(default_factory=dict)


def create_service_app(
    definition: ServiceDefinition,
    settings: ServiceSettings | None = None,
    *,
    org_tree: OrgTree | None = None,
    tracer_provider: TracerProvider | None = None,
) -> FastAPI:
    """Build the FastAPI app of a service. Nothing is opened until the lifespan starts.

    ``tracer_provider`` overrides the one built from settings (tests pass an in-memory one).
    """
    settings = settings or definition.settings_class()
    tree = org_tree or OrgTree.default()
    metrics = Metrics(definition.name)
    tracing = tracer_provider or build_tracer_provider(settings)
    lifespan = _lifespan(
        definition, settings, tree, metrics, tracing, owned=tracer_provider is None
    )

    app = FastAPI(
        title=definition.title,
        description=definition.description,
        version=definition.version,
        lifespan=lifespan,
        generate_unique_id_function=operation_id,
        separate_input_output_schemas=False,
        openapi_tags=[*definition.openapi_tags, *_PLATFORM_TAGS],
        responses={},
        # FastAPI's own OpenTelemetry hooks off: tracing is ``sg_common.tracing``'s (spans only
        # when an exporter is configured). Left on, FastAPI asks the global providers on every
        # request whether to trace it (environment lookups included) to learn it should not.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.settings = settings
    app.state.service = definition
    app.state.org_tree = tree
    app.state.permissions = definition.permissions
    app.state.column_labels = definition.column_labels
    app.state.export_names = definition.export_names
    app.state.token_verifier = TokenVerifier(settings)
    app.state.service_tokens = ServiceTokens()  # this service's own token, cached
    app.state.metrics = metrics
    app.state.events = None
    if settings.events_enabled:
        _install_broker_gauge(app, metrics, definition.name)

    install_error_handlers(app)
    _install_middleware(app, settings, metrics)

    from sg_common.api.org import router as org_router

    routers = [_platform_router(), org_router, *definition.routers]
    app.include_router(routers[0])
    for router in routers[1:]:
        app.include_router(router, responses=problem_responses(*COMMON_PROBLEMS))
    guard_included_routers(app)  # a request skips the routers whose paths it cannot match
    _check_operation_ids(routers)
    _check_permissions(definition)
    _install_openapi(app)
    app.state.tracer_provider = tracing
    if tracing is not None:
        instrument_app(app, tracing)
    return app


def _lifespan(
    definition: ServiceDefinition,
    settings: ServiceSettings,
    tree: OrgTree,
    metrics: Metrics,
    tracing: TracerProvider | None,
    *,
    owned: bool,
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """The service's lifespan: its database opened (migrated, reference data loaded), its
    event runtime started; everything closed at the end (``tracing`` too when ``owned``)."""
    audit_policy = AuditPolicy.of(definition.metadata, definition.audit_redacted)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(level=settings.log_level, json=settings.log_json)
        database = Database(
            settings.effective_database_url,
            echo=settings.db_echo,
            pool_size=settings.db_pool_size,
            sqlite_busy_timeout_ms=settings.sqlite_busy_timeout_ms,
        )
        # every write transaction appends its changes to the audit trail (sg_common.audit)
        database.write_session_info[POLICY_KEY] = audit_policy
        database.add_last_write_hook(append_pending)
        runtime: Any = None
        try:
            await _prepare_database(definition, settings, database, tree)
            app.state.database = database
            if settings.events_enabled:
                from sg_common.events.runtime import EventRuntime

                runtime = EventRuntime(
                    settings,
                    database,
                    definition.event_handlers,
                    registry=metrics.registry,
                    tracer_provider=tracing,
                    org_tree=tree,
                )
                await runtime.start()
            app.state.events = runtime
            log.info(
                "service_started",
                service=definition.name,
                url=settings.effective_public_url,
                database=database.url.split("@")[-1],
                events=settings.events_enabled,
            )
            yield
        finally:
            if runtime is not None:
                await runtime.stop()
            await database.dispose()
            if tracing is not None and owned:
                tracing.shutdown()  # flushes the batch exporter
            log.info("service_stopped", service=definition.name)

    return lifespan


async def _prepare_database(
    definition: ServiceDefinition, settings: ServiceSettings, database: Database, tree: OrgTree
) -> None:
    """Migrate (when ``auto_migrate``), then load the organisation and the reference data."""
    if settings.auto_migrate:
        from sg_common.migrations import upgrade

        await asyncio.to_thread(upgrade, definition.migrations_dir, settings.effective_database_url)
    async with database.transaction() as session:
        await lock_for_transaction(session, REFERENCE_DATA_LOCK_KEY)
        await sync_org_units(session, tree)
        for loader in definition.reference_data:
            await loader(session)


def _install_middleware(app: FastAPI, settings: ServiceSettings, metrics: Metrics) -> None:
    # Innermost first: a list's export (it calls the list page after page), JSON numbers read
    # exactly, the 405 rewrite, then Idempotency-Key (it stores the final answer), then the body
    # limit (it bounds what Idempotency-Key reads).
    app.add_middleware(ExportMiddleware)
    app.add_middleware(ExactNumbersMiddleware)
    app.add_middleware(MethodNotAllowedMiddleware)
    app.add_middleware(IdempotencyMiddleware, **idempotency_settings_kwargs(settings))
    app.add_middleware(
        BodyLimitMiddleware,
        max_bytes=settings.max_body_bytes,
        upload_max_bytes=settings.documents_max_bytes,
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["*"],
            allow_headers=["*"],
            expose_headers=["ETag", "X-Request-ID", "Location", "Link"],
        )
    app.add_middleware(RequestContextMiddleware, metrics=metrics)


_PLATFORM_TAGS = [
    {"name": "health", "description": "Liveness, readiness and metrics."},
    {"name": "org", "description": "INSEE's organisation (units, as of a date)."},
]


def _platform_router() -> APIRouter:
    router = APIRouter(tags=["health"])

    @router.get("/health/live", summary="Liveness: the process answers")
    async def live() -> dict[str, str]:
        return {"status": "ok"}

    @router.get(
        "/health/ready",
        summary="Readiness: database, outbox relay and consumer",
        responses={503: {"description": "Not ready", "model": Problem}},
    )
    async def ready(request: Request) -> Response:
        # Ready while the database answers. A broker outage degrades the service (reported here
        # and by sg_broker_connected) but does not take it out of its Service: writes go to the
        # outbox and leave when Kafka is back. (No docstring: it would change the OpenAPI text.)
        checks: dict[str, Any] = {}
        database: Database | None = getattr(request.app.state, "database", None)
        try:
            if database is None:
                raise RuntimeError("database not opened")
            await database.ping()
            checks["database"] = {"status": "ok"}
        except Exception as exc:  # a readiness probe reports, never raises
            checks["database"] = {"status": "error", "error": type(exc).__name__}
        settings: ServiceSettings = request.app.state.settings
        if settings.events_enabled:
            checks["broker"] = broker_check(request.app)
        degraded = [name for name, check in checks.items() if check["status"] == "degraded"]
        if checks["database"]["status"] == "ok":
            return JSONResponse({"status": "ready", "degraded": degraded, "checks": checks})
        return problem_response(
            503,
            detail="the database is not reachable",
            instance=request.url.path,
            checks=checks,
        )

    @router.get("/metrics", summary="Prometheus metrics", response_class=Response)
    async def metrics(request: Request) -> Response:
        registry = request.app.state.metrics.registry
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return router


def broker_check(app: FastAPI) -> dict[str, Any]:
    """``ok`` when the relay is connected and the consumer runs, else ``degraded``."""
    runtime = app.state.events
    if runtime is None:
        return {"status": "degraded", "error": "not started"}
    health = dict(runtime.health())
    return {"status": "ok" if health.pop("ready", False) else "degraded", **health}


def _install_broker_gauge(app: FastAPI, metrics: Metrics, service: str) -> None:
    gauge = Gauge(
        "sg_broker_connected",
        "1 when the outbox relay is connected to the broker (and the consumer runs), else 0",
        ["service"],
        registry=metrics.registry,
    )
    gauge.labels(service).set_function(lambda: 1.0 if broker_check(app)["status"] == "ok" else 0.0)


def _check_operation_ids(routers: list[APIRouter]) -> None:
    """One operationId, one path. Read from the routers (included without prefix nor tags, so
    their paths and tags are the app's): reading the app's routes would make FastAPI prepare
    every route at build instead of at first use, most of an app's cost (issue #23 part 4)."""
    seen: dict[str, str] = {}
    for key, path, route in operations(routers):
        for method in sorted(route.methods or ()):
            where = f"{method} {path}"
            if key in seen and not seen[key].endswith(f" {path}"):
                raise RuntimeError(f"duplicate operationId {key}: {seen[key]} and {where}")
            seen[key] = where


def _uses(dependant: Any, calls: Collection[Any]) -> bool:
    return dependant.call in calls or any(_uses(sub, calls) for sub in dependant.dependencies)


def _check_permissions(definition: ServiceDefinition) -> None:
    """Every operation (documented route) of the service's routers is in its permission table
    and authorises through it, and the table names no operation that does not exist."""
    table = definition.permissions
    if table is None:
        return
    seen: set[str] = set()
    for key, _, route in operations(definition.routers):
        seen.add(key)
        if key not in table:
            raise RuntimeError(f"{definition.name}: operation {key} is not in PERMISSIONS")
        if not _uses(route.dependant, AUTHORIZING):
            raise RuntimeError(f"{definition.name}: operation {key} does not use authorize")
    if stale := sorted(set(table) - seen):
        raise RuntimeError(f"{definition.name}: PERMISSIONS names unknown operations {stale}")


#: What a cursor looks like: base64url (unpadded) of the JSON array of the last row's sort keys.
CURSOR_PATTERN = "^[A-Za-z0-9_-]*$"


def _declare_preconditions_and_cursor(operation: dict[str, Any]) -> None:
    """State in the document what the server enforces itself (to answer 428, 400, not 422).

    ``If-Match`` is declared optional to FastAPI so a missing header is a 428 problem, but it is
    required: the document says so, with the 412 and 428 answers. A cursor is opaque, but its
    alphabet is known (base64url): the document gives the pattern (a mismatch is a 400).
    """
    exports = False
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "header" and parameter.get("name") == "If-Match":
            parameter["required"] = True
            # An empty or blank If-Match is a missing one (428): the document says so.
            parameter["schema"] = {
                "type": "string",
                "title": "If-Match",
                "minLength": 1,
                "pattern": "\\S",
            }
            responses = operation.setdefault("responses", {})
            for code in (412, 428):
                responses.setdefault(str(code), {"description": HTTPStatus(code).phrase})
        elif parameter.get("in") == "query" and parameter.get("name") == "cursor":
            for option in parameter.get("schema", {}).get("anyOf", [parameter.get("schema", {})]):
                if option.get("type") == "string":
                    option["pattern"] = CURSOR_PATTERN
        elif parameter.get("in") == "query" and parameter.get("name") == "sort":
            # A list (sg_common.api.Sort): its next page is also in RFC 8288's Link header,
            # and it exports as a file (sg_common.api.exports).
            exports = True
            ok = operation.get("responses", {}).get("200")
            if ok is not None:
                ok.setdefault("headers", {})["Link"] = {
                    "description": (
                        'RFC 8288: `<URL of the next page>; rel="next"` while there is a next '
                        "page (the request's URL with `cursor` set to `next_cursor`); absent on "
                        "the last page."
                    ),
                    "schema": {"type": "string"},
                }
    if exports:
        declare_export(operation)


def _declare_idempotency_key(operation: dict[str, Any]) -> None:
    """Every POST honours ``Idempotency-Key`` (sg_common.idempotency): say so, with its answers."""
    operation.setdefault("parameters", []).append(
        {
            "name": "Idempotency-Key",
            "in": "header",
            "required": False,
            "description": (
                "A key of your choosing (1 to 255 visible ASCII characters, e.g. a UUID) that "
                "makes the request safe to send again: a replay with the same key and body gets "
                "the first answer (with Idempotent-Replayed: true) and changes nothing; the same "
                "key with another request is a 422. Kept 24 hours per caller."
            ),
            "schema": {"type": "string", "pattern": "^[\\x21-\\x7e]{1,255}$"},
        }
    )
    responses = operation.setdefault("responses", {})
    for code in (409, 422):
        responses.setdefault(str(code), {"description": HTTPStatus(code).phrase})


def _install_openapi(app: FastAPI) -> None:
    """Problem schemas in components; FastAPI's default 422 replaced by the problem; each
    operation's permissions from the service's table."""
    permissions: Mapping[str, Any] = getattr(app.state, "permissions", None) or {}

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
            tags=app.openapi_tags,
            separate_input_output_schemas=False,
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["Problem"] = Problem.model_json_schema(
            ref_template="#/components/schemas/{model}"
        )
        components["Problem"].pop("$defs", None)
        components["Problem"]["properties"]["errors"] = {
            "anyOf": [
                {"type": "array", "items": {"$ref": "#/components/schemas/ValidationIssue"}},
                {"type": "null"},
            ],
            "title": "Errors",
        }
        components["ValidationIssue"] = ValidationIssue.model_json_schema()
        components[EXPORT_FORMAT_SCHEMA] = export_format_schema()
        problem_ref = {"schema": {"$ref": "#/components/schemas/Problem"}}
        for path_item in schema.get("paths", {}).values():
            for method, operation in path_item.items():
                permission = permissions.get(operation.get("operationId", ""))
                if permission is not None:
                    document_operation(operation, permission, method)
                _declare_preconditions_and_cursor(operation)
                if method == "post":
                    _declare_idempotency_key(operation)
                responses = operation.get("responses", {})
                for code, response in responses.items():
                    if code.isdigit() and int(code) >= 400:
                        response["content"] = {PROBLEM_MEDIA_TYPE: problem_ref}
        components.pop("HTTPValidationError", None)
        components.pop("ValidationError", None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
