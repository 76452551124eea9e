"""Calls between services, through the generated clients (``clients/<name>-client``).

``client_options(settings, base_url, request=...)`` gives the keyword arguments of a generated
``AuthenticatedClient``:

* a timeout (``SG_SERVICE_CALL_TIMEOUT_S``);
* retries with backoff on idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) when the connection
  fails or the callee answers 502/503/504; a POST gets an ``Idempotency-Key`` (a UUID, unless the
  caller set one) and is retried too, with the same key, so the callee applies it once
  (:mod:`sg_common.idempotency`); never a PATCH;
* the caller's ``X-Request-ID`` (and W3C ``traceparent``) propagated;
* a guard: no call while the calling task holds a database transaction open
  (:func:`sg_common.db.open_transaction`) — the transaction would stay open (locks, on SQLite
  the database's write lock, a pooled connection) for as long as the callee takes, up to the
  timeout times the attempts. In development (and tests) such a call is refused with
  :class:`CallInTransactionError` before anything is sent; elsewhere it is logged
  (``service_call_in_transaction``, error) and counted (``sg_service_calls_in_transaction``)
  but goes ahead, so that a path the tests missed slows down instead of failing;
* a token: the caller's own when the call acts for the caller (``forward_token=True``), else the
  service's token, obtained with the OAuth2 client-credentials grant (``SG_OIDC_CLIENT_ID``,
  ``SG_OIDC_CLIENT_SECRET``; the endpoint is ``SG_OIDC_TOKEN_URL``, else the token endpoint of
  ``SG_OIDC_ISSUER``'s discovery document) and cached until shortly before it expires — or, in
  development with neither set, a dev JWT with role ``<service>.service``. When no token can be
  had, ``ServiceTokenError``: the caller handles it like the callee being unreachable.

Example (facilities asking budget for availability)::

    from budget_client import AuthenticatedClient
    from budget_client.api.availability import availability_get_availability

    async with AuthenticatedClient(**await client_options(settings, settings.budget_url,
                                                         request=request)) as budget:
        figures = await availability_get_availability.asyncio(..., client=budget)
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx
import structlog
from fastapi import Request

from sg_common.db import open_transaction
from sg_common.events.envelope import current_traceparent
from sg_common.settings import ServiceSettings

log = structlog.get_logger("sg_common.service_clients")

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({502, 503, 504})


class CallInTransactionError(RuntimeError):
    """A call to another service while the calling task holds a database transaction open
    (refused in development and tests: read, close the transaction, call, then write)."""


class TransactionGuard:
    """Checks that no database transaction is open when a call to another service starts."""

    def __init__(self, settings: ServiceSettings, *, metrics: Any = None) -> None:
        self.strict = settings.is_development
        self.service = settings.service_name
        self.metrics = metrics

    def check(self, target: str, *, stage: str) -> None:
        held = open_transaction()
        if held is None:
            return
        log.error("service_call_in_transaction", target=target, transaction=held, stage=stage)
        counter = getattr(self.metrics, "calls_in_transaction", None)
        if counter is not None:
            counter.labels(service=self.service, stage=stage).inc()
        if self.strict:
            raise CallInTransactionError(
                f"call to {target} while a {held} is open: close the transaction before "
                "calling another service (CONVENTIONS.md, a call to another service)"
            )


class RetryTransport(httpx.AsyncBaseTransport):
    """Retries idempotent requests on connection errors and 502/503/504, with backoff; with a
    ``guard``, first checks that no database transaction is open."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        attempts: int = 3,
        backoff_s: float = 0.1,
        guard: TransactionGuard | None = None,
    ) -> None:
        self.inner = inner or httpx.AsyncHTTPTransport()
        self.attempts = attempts
        self.backoff_s = backoff_s
        self.guard = guard

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.guard is not None:
            self.guard.check(f"{request.method} {request.url}", stage="request")
        if request.method == "POST" and "idempotency-key" not in request.headers:
            request.headers["Idempotency-Key"] = str(uuid.uuid4())
        retryable = request.method in IDEMPOTENT or request.method == "POST"
        tries = self.attempts if retryable else 1
        delay = self.backoff_s
        for attempt in range(1, tries + 1):
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as exc:
                if attempt == tries:
                    raise
                log.warning("service_call_retry", url=str(request.url), error=repr(exc))
            else:
                if response.status_code not in RETRY_STATUSES or attempt == tries:
                    return response
                await response.aclose()
                log.warning("service_call_retry", url=str(request.url), status=response.status_code)
            await asyncio.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    async def aclose(self) -> None:
        await self.inner.aclose()


class ServiceTokenError(RuntimeError):
    """This service could not get its own token: no token endpoint configured outside
    development, the endpoint unreachable, or the endpoint refusing the client (4xx/5xx).

    Callers treat it like the callee being unreachable (never a 500): see facilities'
    ``purchases/budget_gate.py``.
    """


#: A cached service token is renewed this many seconds before it expires (half its lifetime
#: for tokens shorter than twice that).
REFRESH_MARGIN_S = 30.0


def _refresh_at(now: float, expires_in: float) -> float:
    return now + expires_in - min(REFRESH_MARGIN_S, expires_in / 2)


class ServiceTokens:
    """This service's own bearer token (dev JWT, or OAuth2 client credentials), cached until
    shortly before it expires (``REFRESH_MARGIN_S``). One per app (``app.state.service_tokens``).

    ``transport`` (tests: count or fake the token requests) and ``clock`` (epoch seconds) are
    injectable.
    """

    def __init__(
        self,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        # (service, token endpoint or issuer, client id) -> (token, when to renew it)
        self._cache: dict[tuple[str, str | None, str | None], tuple[str, float]] = {}
        self._lock = asyncio.Lock()
        self.transport = transport
        self.clock = clock

    def _fresh(self, key: tuple[str, str | None, str | None]) -> str | None:
        cached = self._cache.get(key)
        if cached and cached[1] > self.clock():
            return cached[0]
        return None

    async def token(self, settings: ServiceSettings) -> str:
        """The service's token; raises :class:`ServiceTokenError` when none can be had."""
        key = (
            settings.service_name,
            settings.oidc_token_url or settings.oidc_issuer,
            settings.oidc_client_id,
        )
        token = self._fresh(key)
        if token is not None:
            return token
        async with self._lock:
            token = self._fresh(key)
            if token is not None:
                return token
            token, refresh_at = await self._fetch(settings)
            self._cache[key] = (token, refresh_at)
            return token

    def clear(self) -> None:
        self._cache.clear()

    async def _token_url(self, settings: ServiceSettings) -> str | None:
        """``SG_OIDC_TOKEN_URL``, else the token endpoint of ``SG_OIDC_ISSUER``'s discovery."""
        if settings.oidc_token_url or not settings.oidc_issuer:
            return settings.oidc_token_url
        from sg_common.auth.discovery import DiscoveryError, oidc_discovery

        try:
            metadata = await oidc_discovery.metadata(settings.oidc_issuer)
        except DiscoveryError as exc:
            raise ServiceTokenError(str(exc)) from exc
        if metadata.token_endpoint is None:
            raise ServiceTokenError(f"the issuer {settings.oidc_issuer} has no token endpoint")
        return metadata.token_endpoint

    async def _fetch(self, settings: ServiceSettings) -> tuple[str, float]:
        token_url = await self._token_url(settings)
        if token_url is None:
            if not settings.is_development:
                raise ServiceTokenError(
                    "SG_OIDC_TOKEN_URL (or SG_OIDC_ISSUER) is required for service calls "
                    "outside development"
                )
            from sg_common.auth.dev import mint_token

            ttl = 900
            token = mint_token(
                subject=f"{settings.service_name}-svc",
                roles=[f"{settings.service_name}.service"],
                units=["SG"],
                ttl_seconds=ttl,
            )
            return token, _refresh_at(self.clock(), ttl)
        return await self._client_credentials(settings, token_url)

    async def _client_credentials(
        self, settings: ServiceSettings, token_url: str
    ) -> tuple[str, float]:
        secret = (
            settings.oidc_client_secret.get_secret_value() if settings.oidc_client_secret else ""
        )
        client_id = settings.oidc_client_id or f"{settings.service_name}-svc"
        try:
            async with httpx.AsyncClient(
                timeout=settings.service_call_timeout_s, transport=self.transport
            ) as http:
                response = await http.post(
                    token_url,
                    data={"grant_type": "client_credentials"},
                    # client_secret_basic: id and secret form-encoded first (RFC 6749 2.3.1)
                    auth=(quote(client_id, safe=""), quote(secret, safe="")),
                )
        except httpx.HTTPError as exc:
            log.warning("service_token_unavailable", url=token_url, error=repr(exc))
            raise ServiceTokenError(f"the token endpoint {token_url} is unreachable") from exc
        if response.status_code != 200:
            log.warning(
                "service_token_refused",
                url=token_url,
                status=response.status_code,
                body=response.text[:300],
            )
            raise ServiceTokenError(
                f"the token endpoint {token_url} answered {response.status_code} "
                f"for client {client_id}"
            )
        try:
            body = response.json()
            token = body["access_token"]
            expires_in = float(body.get("expires_in", 300))
        except (ValueError, KeyError, TypeError) as exc:
            raise ServiceTokenError(f"the token endpoint {token_url} answered no token") from exc
        if not isinstance(token, str) or not token:
            raise ServiceTokenError(f"the token endpoint {token_url} answered no token")
        return token, _refresh_at(self.clock(), expires_in)


service_tokens = ServiceTokens()


def _bearer(request: Request | None) -> str | None:
    if request is None:
        return None
    value = request.headers.get("authorization", "")
    return value[7:] if value.lower().startswith("bearer ") else None


async def client_options(
    settings: ServiceSettings,
    base_url: str,
    *,
    request: Request | None = None,
    forward_token: bool = False,
    transport: httpx.AsyncBaseTransport | None = None,
) -> dict[str, Any]:
    """Keyword arguments for a generated ``AuthenticatedClient`` calling another service.

    Raises :class:`ServiceTokenError` when the service's own token cannot be had: handle it
    like the callee being unreachable; in development, :class:`CallInTransactionError` when a
    database transaction is open (a defect of the caller: never caught).
    """
    app = request.scope.get("app") if request is not None else None
    guard = TransactionGuard(
        settings, metrics=getattr(getattr(app, "state", None), "metrics", None)
    )
    guard.check(base_url, stage="options")
    token = _bearer(request) if forward_token else None
    if token is None:
        tokens = getattr(getattr(app, "state", None), "service_tokens", None)
        token = await (tokens if isinstance(tokens, ServiceTokens) else service_tokens).token(
            settings
        )
    headers: dict[str, str] = {}
    if request is not None and getattr(request.state, "request_id", None):
        headers["X-Request-ID"] = request.state.request_id
    from sg_common.tracing import active_traceparent

    traceparent = active_traceparent() or current_traceparent.get()
    if traceparent:
        headers["traceparent"] = traceparent
    return {
        "base_url": base_url,
        "token": token,
        "timeout": httpx.Timeout(settings.service_call_timeout_s),
        "headers": headers,
        "raise_on_unexpected_status": False,
        "httpx_args": {
            "transport": RetryTransport(
                transport, attempts=settings.service_call_attempts, guard=guard
            )
        },
    }
