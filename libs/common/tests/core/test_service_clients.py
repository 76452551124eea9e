"""Service-to-service call options: retries on idempotent calls only, tokens, request id."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.requests import Request

from sg_common.auth.tokens import TokenVerifier
from sg_common.db import Database, open_transaction
from sg_common.service_clients import CallInTransactionError, RetryTransport, client_options
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
        response = await http.patch("/forecasts/1", json={})
    assert response.status_code == 503
    assert calls == ["PATCH"]


async def test_a_post_carries_an_idempotency_key_and_its_retries_the_same_one() -> None:
    keys: list[str | None] = []
    statuses = [503]

    def handler(request: httpx.Request) -> httpx.Response:
        keys.append(request.headers.get("Idempotency-Key"))
        return httpx.Response(statuses.pop(0) if statuses else 201)

    transport = RetryTransport(httpx.MockTransport(handler), attempts=3, backoff_s=0.001)
    async with httpx.AsyncClient(transport=transport, base_url="http://svc") as http:
        response = await http.post("/commitments", json={})
        mine = await http.post("/commitments", json={}, headers={"Idempotency-Key": "mine"})
    assert response.status_code == 201
    assert mine.status_code == 201
    first, retry, chosen = keys
    assert first is not None
    assert retry == first  # the retry is the same request: the callee applies it once
    assert chosen == "mine"  # a caller's own key is kept


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
    settings = ServiceSettings(_env_file=None, service_name="facilities")
    options = await client_options(settings, "http://budget", request=_request({}))
    principal = await TokenVerifier(settings).verify(options["token"])
    assert "facilities.service" in principal.roles
    assert options["headers"]["X-Request-ID"] == "req-42"
    assert isinstance(options["httpx_args"]["transport"], RetryTransport)


async def test_the_callers_token_is_forwarded_when_asked() -> None:
    settings = ServiceSettings(_env_file=None, service_name="facilities")
    request = _request({"Authorization": "Bearer caller-token"})
    options = await client_options(settings, "http://budget", request=request, forward_token=True)
    assert options["token"] == "caller-token"


async def test_outside_development_a_token_endpoint_is_required() -> None:
    from sg_common.service_clients import ServiceTokenError, ServiceTokens

    settings = ServiceSettings(
        _env_file=None,
        service_name="facilities",
        env="production",
        jwks_url="https://idp.example/certs",
        jwt_issuer="https://idp.example/realms/sg",
        secret_key="a-real-secret-of-some-length",
    )
    with pytest.raises(ServiceTokenError, match="SG_OIDC_TOKEN_URL"):
        await ServiceTokens().token(settings)


def _production(**overrides: Any) -> ServiceSettings:
    values: dict[str, Any] = {
        "service_name": "facilities",
        "env": "production",
        "jwks_url": "https://idp.example/certs",
        "jwt_issuer": "https://idp.example/realms/sg",
        "secret_key": "a-real-secret-of-some-length",
        "oidc_token_url": "https://idp.example/token",
        "oidc_client_id": "facilities-svc",
        "oidc_client_secret": "s3cret/+=",
    }
    values.update(overrides)
    return ServiceSettings(_env_file=None, **values)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


async def test_a_client_credentials_token_is_cached_until_shortly_before_it_expires() -> None:
    from sg_common.service_clients import REFRESH_MARGIN_S, ServiceTokens

    seen: list[httpx.Request] = []

    def endpoint(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"access_token": f"t{len(seen)}", "expires_in": 300})

    clock = FakeClock()
    tokens = ServiceTokens(transport=httpx.MockTransport(endpoint), clock=clock)
    settings = _production()
    assert [await tokens.token(settings) for _ in range(5)] == ["t1"] * 5
    assert len(seen) == 1
    assert seen[0].content == b"grant_type=client_credentials"
    # client_secret_basic, id and secret form-encoded first (RFC 6749 2.3.1)
    assert (
        seen[0].headers["authorization"]
        == httpx.BasicAuth("facilities-svc", "s3cret%2F%2B%3D")._auth_header
    )
    clock.now += 300 - REFRESH_MARGIN_S - 1
    assert await tokens.token(settings) == "t1"
    clock.now += 2  # within the margin: renewed before it expires
    assert await tokens.token(settings) == "t2"
    assert len(seen) == 2


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(401, json={"error": "invalid_client"}),
        httpx.Response(503, text="down"),
        httpx.Response(200, json={"token_type": "Bearer"}),
        httpx.Response(200, text="<html>"),
    ],
    ids=["401", "503", "no-token", "not-json"],
)
async def test_a_refusing_or_broken_token_endpoint_is_a_service_token_error(
    answer: httpx.Response,
) -> None:
    from sg_common.service_clients import ServiceTokenError, ServiceTokens

    tokens = ServiceTokens(transport=httpx.MockTransport(lambda _: answer))
    with pytest.raises(ServiceTokenError):
        await tokens.token(_production())


async def test_an_unreachable_token_endpoint_is_a_service_token_error() -> None:
    from sg_common.service_clients import ServiceTokenError, ServiceTokens

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    tokens = ServiceTokens(transport=httpx.MockTransport(down))
    with pytest.raises(ServiceTokenError, match="unreachable"):
        await tokens.token(_production())


async def test_a_short_lived_token_is_renewed_at_half_its_lifetime() -> None:
    from sg_common.service_clients import ServiceTokens

    count: list[int] = []

    def endpoint(request: httpx.Request) -> httpx.Response:  # noqa: ARG001 (httpx.MockTransport's handler signature)
        count.append(1)
        return httpx.Response(200, json={"access_token": f"t{len(count)}", "expires_in": 20})

    clock = FakeClock()
    tokens = ServiceTokens(transport=httpx.MockTransport(endpoint), clock=clock)
    assert await tokens.token(_production()) == "t1"
    clock.now += 9
    assert await tokens.token(_production()) == "t1"  # not refetched on every call
    clock.now += 2
    assert await tokens.token(_production()) == "t2"


# no call while a database transaction is open ------------------------------------------------
@pytest.fixture
async def database(tmp_path: Path) -> AsyncIterator[Database]:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'caller.db'}")
    try:
        yield db
    finally:
        await db.dispose()


def _answering(calls: list[str]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(200, json={"ok": True})

    return httpx.MockTransport(handler)


async def _call(options: dict[str, Any]) -> httpx.Response:
    transport = options["httpx_args"]["transport"]
    async with httpx.AsyncClient(transport=transport, base_url=options["base_url"]) as http:
        return await http.get("/availability")


@pytest.mark.parametrize("write", [True, False], ids=["write", "read"])
async def test_in_development_a_call_inside_a_transaction_is_refused(
    database: Database, write: bool
) -> None:
    settings = ServiceSettings(_env_file=None, service_name="facilities")
    calls: list[str] = []
    async with database.transaction(write=write):
        with pytest.raises(CallInTransactionError, match=f"{'write' if write else 'read'} trans"):
            await client_options(settings, "http://budget", transport=_answering(calls))
    assert open_transaction() is None
    options = await client_options(settings, "http://budget", transport=_answering(calls))
    assert (await _call(options)).status_code == 200  # outside a transaction: it goes
    assert calls == ["GET"]


async def test_options_taken_outside_cannot_be_used_inside_a_transaction(
    database: Database,
) -> None:
    settings = ServiceSettings(_env_file=None, service_name="facilities")
    calls: list[str] = []
    options = await client_options(settings, "http://budget", transport=_answering(calls))
    async with database.transaction():
        with pytest.raises(CallInTransactionError):
            await _call(options)
    assert calls == []  # refused before anything was sent
    assert (await _call(options)).status_code == 200
    assert calls == ["GET"]


async def test_in_production_a_call_inside_a_transaction_is_logged_counted_and_goes(
    database: Database,
) -> None:
    from types import SimpleNamespace

    from sg_common.observability import Metrics

    metrics = Metrics("facilities")
    request = _request({"Authorization": "Bearer caller-token"})
    request.scope["app"] = SimpleNamespace(state=SimpleNamespace(metrics=metrics))
    calls: list[str] = []
    async with database.transaction():
        options = await client_options(
            _production(),
            "http://budget",
            request=request,
            forward_token=True,
            transport=_answering(calls),
        )
        assert (await _call(options)).status_code == 200
    assert calls == ["GET"]
    for stage in ("options", "request"):
        counted = metrics.registry.get_sample_value(
            "sg_service_calls_in_transaction_total", {"service": "facilities", "stage": stage}
        )
        assert counted == 1.0
