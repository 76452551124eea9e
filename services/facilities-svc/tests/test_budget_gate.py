"""Before ordering, facilities asks budget (the real budget app, in-process) through the
generated budget client: an order above budget's available AE is refused with its figures."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from asgi_lifespan import LifespanManager
from fastapi import FastAPI

from budget_svc.app import SERVICE as BUDGET
from sg_common.app import create_service_app
from sg_common.testing import create_schema_objects

from .conftest import Purchasing


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    return {"budget_check_enabled": True, "budget_url": "http://budget.test"}


@pytest.fixture
async def budget_app(tmp_path: Path) -> AsyncIterator[FastAPI]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'budget.db'}"
    await create_schema_objects(url, [BUDGET.metadata])
    settings = BUDGET.settings_class(
        _env_file=None,
        database_url=url,
        auto_migrate=False,
        events_enabled=False,
        log_json=False,
        log_level="WARNING",
    )
    app = create_service_app(BUDGET, settings)
    async with LifespanManager(app):
        yield app


async def allocate(
    budget_app: FastAPI, unit: str, ae: str, *, headers: dict[str, str] | None = None
) -> None:
    """The DPG's budget manager gives ``unit`` its AE (``headers``: their token; default a
    development one)."""
    if headers is None:
        from sg_common.auth.dev import mint_token

        token = mint_token(subject="dpg", roles=["budget.manager"], units=["DPG"])
        headers = {"Authorization": f"Bearer {token}"}
    transport = httpx.ASGITransport(app=budget_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://budget.test") as http:
        years = await http.get("/fiscal-years/2026", headers=headers)
        if years.status_code == 404:
            created = await http.post(
                "/fiscal-years",
                json={"year": 2026, "reserve_rate_t2": "0.005", "reserve_rate_other": "0.05"},
                headers=headers,
            )
            assert created.status_code == 201, created.text
        response = await http.post(
            "/allocations",
            json={
                "unit_code": unit,
                "fiscal_year": 2026,
                "action": "01",
                "title": "T5",
                "ae": ae,
                "cp": ae,
                "reason": "dotation initiale",
            },
            headers=headers,
        )
        assert response.status_code == 201, response.text


async def test_an_order_within_budgets_available_ae_goes_out(
    app: FastAPI, budget_app: FastAPI, purchasing: Purchasing
) -> None:
    app.state.budget_transport = httpx.ASGITransport(app=budget_app)
    await allocate(budget_app, "DESE-CN", "10000.00")
    await purchasing.item("PC-1", "500.00")
    order = await purchasing.ordered([("PC-1", 2)])  # 1 200 € TTC
    assert order["status"] == "awaiting_commitment"


async def test_an_order_above_budgets_available_ae_is_refused_with_its_figures(
    app: FastAPI, budget_app: FastAPI, purchasing: Purchasing
) -> None:
    app.state.budget_transport = httpx.ASGITransport(app=budget_app)
    await allocate(budget_app, "DESE-CN", "1000.00")
    await purchasing.item("PC-2", "500.00")
    requisition = await purchasing.requisition([("PC-2", 2)])
    rid = requisition["id"]
    assert (await purchasing.step(rid, "submit", headers=purchasing.requester())).status_code == 200
    assert (await purchasing.step(rid, "approve")).status_code == 200
    response = await purchasing.step(rid, "order", {})
    assert response.status_code == 409
    problem = response.json()
    assert problem["type"].endswith("/insufficient-ae")
    assert problem["requested_ae"] == "1200.00"
    assert problem["available_ae"] == "1000.00"
    after = await purchasing.client.get(f"/requisitions/{rid}", headers=purchasing.buyer)
    assert after.json()["status"] == "approved"  # nothing was ordered


async def test_when_budget_cannot_answer_the_order_still_goes_out(
    app: FastAPI, purchasing: Purchasing
) -> None:
    async def unavailable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("budget is down", request=request)

    app.state.budget_transport = httpx.MockTransport(unavailable)
    await purchasing.item("PC-3", "500.00")
    order = await purchasing.ordered([("PC-3", 1)])
    assert order["status"] == "awaiting_commitment"  # budget's Kafka answer decides


async def test_the_requester_sees_budgets_own_figures_less_pending_orders(
    app: FastAPI, budget_app: FastAPI, purchasing: Purchasing
) -> None:
    app.state.budget_transport = httpx.ASGITransport(app=budget_app)
    await allocate(budget_app, "DESE-CN", "10000.00")
    await purchasing.item("PC-4", "500.00")
    await purchasing.ordered([("PC-4", 2)])  # 1 200 € TTC awaiting budget's commitment
    response = await purchasing.client.get(
        "/budget-availability",
        params={"unit_code": "DESE-CN", "fiscal_year": 2026},
        headers=purchasing.requester(),
    )
    assert response.status_code == 200
    body = response.json()
    assert body["source"] == "budget"
    [line] = body["items"]
    assert (line["action"], line["title"]) == ("01", "T5")
    assert line["ae_allocated"] == "10000.00"
    assert line["ae_committed"] == "0.00"  # budget has not committed it yet (events are off)
    assert line["ae_awaiting_commitment"] == "1200.00"
    assert line["ae_available"] == "8800.00"


async def test_when_budget_is_down_the_view_falls_back_to_budgets_events(
    app: FastAPI, purchasing: Purchasing, service_events: Any
) -> None:
    from decimal import Decimal

    from sg_contracts.budget import BudgetAllocatedV1

    async def unavailable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("budget is down", request=request)

    app.state.budget_transport = httpx.MockTransport(unavailable)
    await service_events.deliver(
        BudgetAllocatedV1(
            allocation_id="A-9",
            unit_code="DESE-CN",
            fiscal_year=2026,
            action="01",
            title="T5",
            ae=Decimal("700.00"),
            cp=Decimal("700.00"),
        ),
        subject="DESE-CN",
    )
    response = await purchasing.client.get(
        "/budget-availability",
        params={"unit_code": "DESE-CN", "fiscal_year": 2026},
        headers=purchasing.requester(),
    )
    body = response.json()
    assert body["source"] == "events"
    assert body["items"][0]["ae_available"] == "700.00"
