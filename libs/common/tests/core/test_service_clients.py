"""Service-to-service call options: retries on idempotent calls only, tokens, request id."""

from __future__ import annotations

import httpx
import pytest
from starlette.requests import Request

from sg_common.auth.tokens import TokenVerifier
from sg_common.service_clients import RetryTransport, client_options
from sg_common.settings import ServiceSettings


def flaky(statuses: list[int], calls: list[str]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        status = statuses.pop(0) if statuses else 200
        return httpx.Response(status, json={"ok": status == 200})

    return httpx.MockTransport(handler)


async def test_idempotent_calls_are_retried_on_503_then_succeed() -> None:
    calls: list[str] = []
    transport = RetryTransport(flaky([503, 502], calls), attempts=3, backoff_s=0.001)
    async with httpx.AsyncClient(transport=transport, base_url="http://svc") as http:
        response = await http.get("/availability")
    assert response.status_code == 200
    assert calls == ["GET", "GET", "GET"]


async def test_non_idempotent_calls_are_never_retried() -> None:
    calls: list[str] = []
    transport = RetryTransport(flaky([503], calls), attempts=3, backoff_s=0.001)
    async with httpx.AsyncClient(transport=transport, base_url="http://svc") as http:
        response = await http.post("/commitments", json={})
    assert response.status_code == 503
    assert calls == ["POST"]


async def test_retries_stop_after_the_last_attempt() -> None:
    calls: list[str] = []

    def down(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        raise httpx.ConnectError("refused", request=request)

    transport = RetryTransport(httpx.MockTransport(down), attempts=3, backoff_s=0.001)
    async with httpx.AsyncClient(transport=transport, base_url="http://svc") as http:
        with pytest.raises(httpx.ConnectError):
            await http.get("/x")
    assert len(calls) == 3


def _request(headers: dict[str, str], request_id: str = "req-42") -> Request:
    scope = {
        "type": "http",
        "method": "GET",
        "path": "/",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "state": {"request_id": request_id},
    }
    return Request(scope)


async def test_a_service_token_in_development_carries_the_service_role() -> None:
    settings = ServiceSettings(_env_file=None, service_name="facilities")  # type: ignore[call-arg]
    options = await client_options(settings, "http://budget", request=_request({}))
    principal = await TokenVerifier(settings).verify(options["token"])
    assert "facilities.service" in principal.roles
    assert options["headers"]["X-Request-ID"] == "req-42"
    assert isinstance(options["httpx_args"]["transport"], RetryTransport)


async def test_the_callers_token_is_forwarded_when_asked() -> None:
    settings = ServiceSettings(_env_file=None, service_name="facilities")  # type: ignore[call-arg]
    request = _request({"Authorization": "Bearer caller-token"})
    options = await client_options(settings, "http://budget", request=request, forward_token=True)
    assert options["token"] == "caller-token"


async def test_outside_development_a_token_endpoint_is_required() -> None:
    from sg_common.service_clients import ServiceTokens

    settings = ServiceSettings(  # type: ignore[call-arg]
        _env_file=None,
        service_name="facilities",
        env="production",
        jwks_url="https://idp.example/certs",
        jwt_issuer="https://idp.example/realms/sg",
        secret_key="a-real-secret-of-some-length",
    )
    with pytest.raises(RuntimeError, match="SG_OIDC_TOKEN_URL"):
        await ServiceTokens().token(settings)
