"""Outside development, facilities needs a service token to ask budget; when it cannot get one
(no token endpoint configured, the endpoint down or refusing it), the order is treated exactly
like "budget unreachable": it goes out and budget's commitment answer over Kafka decides.
Never a 500."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from sg_common.auth.dev import mint_token
from sg_common.events.broker import free_port
from sg_common.settings import DEV_JWKS_FILE

from .conftest import Purchasing

ISSUER = "https://idp.test/realms/sg"


@pytest.fixture
def production_like(tmp_path: Path) -> dict[str, Any]:
    """Production settings that still verify the test's tokens (a copy of the dev JWKS, which
    the insecure-settings check does not recognise, and a non-development issuer)."""
    jwks = tmp_path / "jwks.json"
    shutil.copy(DEV_JWKS_FILE, jwks)
    return {
        "env": "production",
        "secret_key": "a-production-secret-for-this-test",
        "jwks_file": jwks,
        "jwt_issuer": ISSUER,
        "budget_check_enabled": True,
        "budget_url": "http://budget.test",
    }


@pytest.fixture
def token() -> Any:
    """The plugin's token factory, for this module's (non-development) issuer."""

    def make(roles: Any = (), units: Any = (), sub: str = "tester", **kwargs: Any) -> str:
        return mint_token(subject=sub, roles=roles, units=units, issuer=ISSUER, **kwargs)

    return make


def budget_never_called(calls: list[str]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return httpx.Response(500)

    return httpx.MockTransport(handler)


class TestWithoutATokenEndpoint:
    @pytest.fixture
    def settings_overrides(self, production_like: dict[str, Any]) -> dict[str, Any]:
        return production_like  # SG_OIDC_TOKEN_URL unset

    async def test_the_order_goes_out_as_if_budget_were_unreachable(
        self, app: FastAPI, purchasing: Purchasing
    ) -> None:
        calls: list[str] = []
        app.state.budget_transport = budget_never_called(calls)
        await purchasing.item("PC-T1", "500.00")
        order = await purchasing.ordered([("PC-T1", 1)])
        assert order["status"] == "awaiting_commitment"
        assert calls == []  # no token, no call

    async def test_the_availability_view_falls_back_to_budgets_events(
        self, app: FastAPI, purchasing: Purchasing
    ) -> None:
        app.state.budget_transport = budget_never_called([])
        response = await purchasing.client.get(
            "/budget-availability",
            params={"unit_code": "DESE-CN", "fiscal_year": 2026},
            headers=purchasing.requester(),
        )
        assert response.status_code == 200, response.text
        assert response.json()["source"] == "events"


class TestWithTheTokenEndpointDown:
    @pytest.fixture
    def settings_overrides(self, production_like: dict[str, Any]) -> dict[str, Any]:
        closed = free_port()  # nothing listens there
        return {
            **production_like,
            "oidc_token_url": f"http://127.0.0.1:{closed}/token",
            "oidc_client_id": "facilities-svc",
            "oidc_client_secret": "secret",
        }

    async def test_the_order_goes_out_as_if_budget_were_unreachable(
        self, app: FastAPI, purchasing: Purchasing
    ) -> None:
        calls: list[str] = []
        app.state.budget_transport = budget_never_called(calls)
        await purchasing.item("PC-T2", "500.00")
        order = await purchasing.ordered([("PC-T2", 1)])
        assert order["status"] == "awaiting_commitment"
        assert calls == []
