"""Logs, request ids, metrics and the request body limit (pure ASGI middleware).

* structlog renders JSON lines (or coloured console lines in development when ``log_json`` is
  off); every line of a request carries its ``request_id``.
* ``X-Request-ID`` is read from the request (or generated) and returned on the response.
* Prometheus: requests by route template, method and status; a latency histogram by route.
* Bodies above ``max_body_bytes`` are refused with a 413 problem before the app reads them.
"""

from __future__ import annotations

import logging
import re
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sg_common.audit.context import acting
from sg_common.errors import PROBLEM_MEDIA_TYPE
from sg_common.events.envelope import current_traceparent

REQUEST_ID_HEADER = "x-request-id"
_REQUEST_ID_OK = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_REQUEST_ID_KEY = REQUEST_ID_HEADER.encode()
#: Probes and scrapes: counted, not logged.
_QUIET_ROUTES = frozenset({"/metrics", "/health/live", "/health/ready"})


def configure_logging(*, level: str = "INFO", json: bool = True) -> None:
    """Configure structlog and the standard library's root logger once per process."""
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer: Any = (
        structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer(colors=False)
    )
    structlog.configure(
        processors=[*shared, structlog.processors.format_exc_info, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=False,
    )
    logging.basicConfig(level=level.upper(), stream=sys.stderr, format="%(message)s")


class Metrics:
    """HTTP metrics of one app, in its own registry (tests build many apps in one process)."""

    def __init__(self, service: str, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry(auto_describe=True)
        self.service = service
        self.requests = Counter(
            "sg_http_requests",
            "HTTP requests by route template, method and status",
            ["service", "route", "method", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "sg_http_request_duration_seconds",
            "HTTP request latency by route template and method",
            ["service", "route", "method"],
            buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
            registry=self.registry,
        )
        self.calls_in_transaction = Counter(
            "sg_service_calls_in_transaction",
            "Calls to another service made while a database transaction was open (a defect: "
            "refused in development, logged and counted elsewhere)",
            ["service", "stage"],
            registry=self.registry,
        )


def _route_template(scope: Scope) -> str:
    matched = scope.get("route")
    if matched is not None and hasattr(matched, "path"):
        return str(matched.path)
    app = scope.get("app")
    router = getattr(app, "router", None)
    for route in getattr(router, "routes", ()):
        match, _ = route.matches(scope)
        if match is Match.FULL:
            return str(getattr(route, "path", scope["path"]))
    return "<unmatched>"


_TRACEPARENT_OK = re.compile(rb"^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$")


class RequestContextMiddleware:
    """Request id, access log and metrics around every HTTP request."""

    def __init__(self, app: ASGIApp, *, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics
        self.log = structlog.get_logger("sg_common.access")
        self._children: dict[tuple[str, str, int], tuple[Any, Any]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = parent = None
        for name, value in scope.get("headers") or ():
            if name == _REQUEST_ID_KEY:
                incoming = value
            elif name == b"traceparent":
                parent = value
        candidate = incoming.decode("latin-1") if incoming else ""
        request_id = candidate if _REQUEST_ID_OK.match(candidate) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        structlog.contextvars.bind_contextvars(request_id=request_id)
        # W3C trace context of the caller, continued by the events this request publishes
        # (when OpenTelemetry is on, its server span supersedes this).
        trace_token = current_traceparent.set(
            parent.decode("latin-1") if parent and _TRACEPARENT_OK.match(parent) else None
        )
        start = time.perf_counter()
        status_holder = {"status": 500}
        echoed = (_REQUEST_ID_KEY, request_id.encode())

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                message["headers"] = [*message.get("headers", ()), echoed]
            await send(message)

        try:
            with acting(request_id=request_id):  # the actor is noted once the token is verified
                await self.app(scope, receive, send_wrapper)
        finally:
            current_traceparent.reset(trace_token)
            elapsed = time.perf_counter() - start
            route = _route_template(scope)
            method = scope.get("method", "")
            if route not in _QUIET_ROUTES:
                self.log.info(
                    "request",
                    method=method,
                    path=scope.get("path"),
                    status=status_holder["status"],
                    duration_ms=round(elapsed * 1000, 2),
                )
            counted, timed = self._series(route, method, status_holder["status"])
            counted.inc()
            timed.observe(elapsed)
            structlog.contextvars.unbind_contextvars("request_id")

    def _series(self, route: str, method: str, status: int) -> tuple[Any, Any]:
        """The request counter and latency histogram of this route, method and status, looked
        up once (``labels()`` checks and locks on every call)."""
        key = (route, method, status)
        series = self._children.get(key)
        if series is None:
            series = self._children[key] = (
                self.metrics.requests.labels(self.metrics.service, route, method, str(status)),
                self.metrics.latency.labels(self.metrics.service, route, method),
            )
        return series


#: Room for a multipart upload's boundaries and part headers besides the file itself.
UPLOAD_ENVELOPE_BYTES = 65_536


class BodyLimitMiddleware:
    """Refuse request bodies larger than ``max_bytes`` with a 413 problem."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, upload_max_bytes: int = 0) -> None:
        self.app = app
        self.max_bytes = max_bytes
        # A document upload (``POST .../attachments``, multipart) may carry a file up to the
        # documents' own limit, plus room for the multipart envelope; the route then answers
        # 413 ``document-too-large`` when the file itself is over its limit.
        self.upload_max_bytes = max(max_bytes, upload_max_bytes + UPLOAD_ENVELOPE_BYTES)

    def _limit(self, scope: Scope) -> int:
        if scope.get("method") == "POST" and str(scope.get("path", "")).endswith("/attachments"):
            return self.upload_max_bytes
        return self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        max_bytes = self._limit(scope)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > max_bytes:
            await self._refuse(scope, send)
            return
        if b"transfer-encoding" not in headers:
            # No body, or one framed by the length just checked: the server reads no more than
            # it declares (RFC 9112, 6.3). Only a chunked body has to be counted as it comes.
            await self.app(scope, receive, send)
            return
        exchange = _LimitedExchange(
            receive, send, max_bytes, refuse=lambda: self._refuse(scope, send)
        )
        try:
            await self.app(scope, exchange.receive, exchange.send)
        except _BodyTooLarge:
            if not exchange.response_started:
                await self._refuse(scope, send)
        except Exception:
            if exchange.refused and not exchange.response_started:
                await self._refuse(scope, send)
            else:
                raise

    async def _refuse(self, scope: Scope, send: Send) -> None:
        import json

        body = json.dumps(
            {
                "type": "https://sg-suite.insee.fr/problems/payload-too-large",
                "title": "Payload Too Large",
                "status": 413,
                "detail": f"request body exceeds {self._limit(scope)} bytes",
                "instance": scope.get("path"),
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class _LimitedExchange:
    """One request through ``BodyLimitMiddleware``: its body counted as the app receives it (past
    ``max_bytes``: ``_BodyTooLarge``), and the app's own answer to that overflow replaced by the
    413 (``refuse``)."""

    def __init__(
        self,
        receive: Receive,
        send: Send,
        max_bytes: int,
        *,
        refuse: Callable[[], Awaitable[None]],
    ) -> None:
        self._receive, self._send, self._refuse = receive, send, refuse
        self.max_bytes = max_bytes
        self.received = 0
        self.refused = False
        self.response_started = False
        self.superseded = False

    async def receive(self) -> Message:
        message = await self._receive()
        if message["type"] == "http.request":
            self.received += len(message.get("body", b""))
            if self.received > self.max_bytes:
                self.refused = True
                raise _BodyTooLarge
        return message

    async def send(self, message: Message) -> None:
        if self.superseded:
            return
        if message["type"] == "http.response.start":
            if self.refused:
                # The app caught the overflow while parsing and answered itself (FastAPI: a
                # 400 "error parsing the body"); the client's fault is the size: a 413.
                self.superseded = True
                await self._refuse()
                self.response_started = True
                return
            self.response_started = True
        await self._send(message)


class _BodyTooLarge(Exception):
    pass
