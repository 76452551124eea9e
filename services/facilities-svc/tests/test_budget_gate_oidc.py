"""facilities → budget through the generated budget client with a service token from a real
OpenID Connect provider (the dev IdP): client credentials of ``facilities-svc``, verified by
budget through SG_OIDC_ISSUER; the token is fetched once and reused until shortly before it
expires."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from asgi_lifespan import LifespanManager
from fastapi import FastAPI
from pydantic import SecretStr

from budget_svc.app import SERVICE as BUDGET
from sg_common.app import create_service_app
from sg_common.service_clients import REFRESH_MARGIN_S, ServiceTokens
from sg_common.testing import create_schema_objects
from sg_common.testing.oidc import DevIdp

from .conftest import Purchasing
from .test_budget_gate import allocate as allocate_as


@pytest.fixture
def settings_overrides(oidc_provider: DevIdp) -> dict[str, Any]:
    client_id, secret = oidc_provider.service_client("facilities")
    return {
        "budget_check_enabled": True,
        "budget_url": "http://budget.test",
        "oidc_token_url": oidc_provider.token_url,
        "oidc_client_id": client_id,
        "oidc_client_secret": secret,
    }


@pytest.fixture
async def budget_app(tmp_path: Path, oidc_provider: DevIdp) -> AsyncIterator[FastAPI]:
    """budget-svc in-process, trusting only the provider's tokens."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'budget.db'}"
    await create_schema_objects(url, [BUDGET.metadata])
    settings = BUDGET.settings_class(
        _env_file=None,
        database_url=url,
        auto_migrate=False,
        events_enabled=False,
        log_json=False,
        log_level="WARNING",
        **oidc_provider.settings_for("budget"),
    )
    app = create_service_app(BUDGET, settings)
    async with LifespanManager(app):
        yield app


class CountingTransport(httpx.AsyncBaseTransport):
    """The real network, with a count of the requests (here: to the token endpoint)."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.paths: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


async def allocate(budget_app: FastAPI, idp: DevIdp, unit: str, ae: str) -> None:
    """Claire (budget.manager, logged in at the provider) gives the unit its AE."""
    headers = {"Authorization": f"Bearer {idp.user_token('claire.dpg').access_token}"}
    await allocate_as(budget_app, unit, ae, headers=headers)


async def test_facilities_asks_budget_with_a_provider_token_fetched_once_until_it_expires(
    app: FastAPI, budget_app: FastAPI, purchasing: Purchasing, oidc_provider: DevIdp
) -> None:
    import time

    counting = CountingTransport()
    clock = Clock(time.time())
    app.state.service_tokens = ServiceTokens(transport=counting, clock=clock)
    app.state.budget_transport = httpx.ASGITransport(app=budget_app)
    issued_before = oidc_provider.tokens_issued("facilities-svc")
    await allocate(budget_app, oidc_provider, "DESE-CN", "1500.00")
    await purchasing.item("PC-O1", "500.00")

    # budget answered with its figures: it accepted facilities' provider-issued token
    requisition = await purchasing.requisition([("PC-O1", 3)])  # 1 800 € TTC
    rid = requisition["id"]
    assert (await purchasing.step(rid, "submit", headers=purchasing.requester())).status_code == 200
    assert (await purchasing.step(rid, "approve")).status_code == 200
    refused = await purchasing.step(rid, "order", {})
    assert refused.status_code == 409, refused.text
    assert refused.json()["available_ae"] == "1500.00"

    for _ in range(3):
        order = await purchasing.ordered([("PC-O1", 1)])  # 600 € TTC each: the 3rd is short
        assert order["status"] == "awaiting_commitment"
    assert counting.paths == ["/token"]  # 4 calls to budget, 1 token request
    assert oidc_provider.tokens_issued("facilities-svc") == issued_before + 1

    clock.now += 300 - REFRESH_MARGIN_S + 1  # the provider's tokens live 300 s
    await purchasing.ordered([("PC-O1", 1)])
    assert counting.paths == ["/token", "/token"]
    assert oidc_provider.tokens_issued("facilities-svc") == issued_before + 2


@pytest.mark.usefixtures("oidc_provider")
async def test_a_refused_client_secret_is_handled_like_budget_unreachable(
    app: FastAPI, purchasing: Purchasing
) -> None:
    settings = app.state.settings.model_copy(update={"oidc_client_secret": SecretStr("wrong")})
    app.state.settings = settings
    calls: list[str] = []

    def budget(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return httpx.Response(500)

    app.state.budget_transport = httpx.MockTransport(budget)
    await purchasing.item("PC-O2", "500.00")
    order = await purchasing.ordered([("PC-O2", 1)])
    assert order["status"] == "awaiting_commitment"  # budget's Kafka answer decides
    assert calls == []  # no token (401 at the provider), no call
