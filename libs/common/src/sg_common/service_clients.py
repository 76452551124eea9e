"""Calls between services, through the generated clients (``clients/<name>-client``).

``client_options(settings, base_url, request=...)`` gives the keyword arguments of a generated
``AuthenticatedClient``:

* a timeout (``SG_SERVICE_CALL_TIMEOUT_S``);
* retries with backoff on idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) when the connection
  fails or the callee answers 502/503/504 — never on POST or PATCH;
* the caller's ``X-Request-ID`` (and W3C ``traceparent``) propagated;
* a token: the caller's own when the call acts for the caller (``forward_token=True``), else the
  service's token — in development a dev JWT with role ``<service>.service``; elsewhere one
  obtained with the OAuth2 client-credentials grant (``SG_OIDC_TOKEN_URL``,
  ``SG_OIDC_CLIENT_ID``, ``SG_OIDC_CLIENT_SECRET``), cached until shortly before it expires.

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
from typing import Any

import httpx
import structlog
from fastapi import Request

from sg_common.events.envelope import current_traceparent
from sg_common.settings import ServiceSettings

log = structlog.get_logger("sg_common.service_clients")

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({502, 503, 504})


class RetryTransport(httpx.AsyncBaseTransport):
    """Retries idempotent requests on connection errors and 502/503/504, with backoff."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        attempts: int = 3,
        backoff_s: float = 0.1,
    ) -> None:
        self.inner = inner or httpx.AsyncHTTPTransport()
        self.attempts = attempts
        self.backoff_s = backoff_s

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        tries = self.attempts if request.method in IDEMPOTENT else 1
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


class ServiceTokens:
    """This service's own bearer token (dev JWT, or OAuth2 client credentials), cached."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[str, float]] = {}
        self._lock = asyncio.Lock()

    async def token(self, settings: ServiceSettings) -> str:
        key = f"{settings.service_name}@{settings.oidc_token_url}"
        cached = self._cache.get(key)
        if cached and cached[1] - 30 > time.time():
            return cached[0]
        async with self._lock:
            cached = self._cache.get(key)
            if cached and cached[1] - 30 > time.time():
                return cached[0]
            token, expires_at = await self._fetch(settings)
            self._cache[key] = (token, expires_at)
            return token

    async def _fetch(self, settings: ServiceSettings) -> tuple[str, float]:
        if settings.oidc_token_url is None:
            if not settings.is_development:
                raise RuntimeError("SG_OIDC_TOKEN_URL is required for service calls outside dev")
            from sg_common.auth.dev import mint_token

            ttl = 900
            token = mint_token(
                subject=f"{settings.service_name}-svc",
                roles=[f"{settings.service_name}.service"],
                units=["SG"],
                ttl_seconds=ttl,
            )
            return token, time.time() + ttl
        secret = (
            settings.oidc_client_secret.get_secret_value() if settings.oidc_client_secret else ""
        )
        async with httpx.AsyncClient(timeout=settings.service_call_timeout_s) as http:
            response = await http.post(
                settings.oidc_token_url,
                data={
                    "grant_type": "client_credentials",
                    "client_id": settings.oidc_client_id or f"{settings.service_name}-svc",
                    "client_secret": secret,
                },
            )
            response.raise_for_status()
            body = response.json()
        return str(body["access_token"]), time.time() + float(body.get("expires_in", 300))


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
    """Keyword arguments for a generated ``AuthenticatedClient`` calling another service."""
    token = _bearer(request) if forward_token else None
    if token is None:
        token = await service_tokens.token(settings)
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
            "transport": RetryTransport(transport, attempts=settings.service_call_attempts)
        },
    }
