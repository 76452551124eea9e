"""Budget envelopes: each dotation notified by budget once, visible in scope only."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from sg_common.events import EventEnvelope
from sg_common.events.broker import EmbeddedBroker
from sg_common.events.testing import wait_for
from sg_common.testing import ServiceEvents, broker_settings, produce
from sg_contracts.budget import BudgetAllocatedV1

Headers = dict[str, str]


def dotation(allocation_id: str, unit: str, ae: str = "12000.00") -> BudgetAllocatedV1:
    return BudgetAllocatedV1(
        allocation_id=allocation_id,
        unit_code=unit,
        fiscal_year=2026,
        action="09",
        title="T3",
        ae=Decimal(ae),
        cp=Decimal("8000.00"),
    )


async def test_a_dotation_becomes_an_envelope_once(
    client: httpx.AsyncClient, service_events: ServiceEvents, planner: Headers
) -> None:
    envelope = EventEnvelope.new(dotation("AL-1", "CNI-NANTES"), subject="CNI-NANTES")
    assert await service_events.deliver(envelope) == "applied"
    assert await service_events.deliver(envelope) == "duplicate"
    # the same allocation id under a new event id is not counted twice either
    assert await service_events.deliver(dotation("AL-1", "CNI-NANTES"), subject="X") == "applied"
    await service_events.deliver(dotation("AL-2", "DR-BRE", "300.00"), subject="DR-BRE")

    response = await client.get(
        "/budget-envelopes", params={"unit_code": "CNI-NANTES"}, headers=planner
    )
    assert response.status_code == 200
    [item] = response.json()["items"]
    assert item["allocation_id"] == "AL-1"
    assert item["ae"] == "12000.00"
    assert item["cp"] == "8000.00"
    assert (item["fiscal_year"], item["action"], item["title"]) == (2026, "09", "T3")


async def test_envelopes_follow_the_callers_scope(
    client: httpx.AsyncClient,
    service_events: ServiceEvents,
    tech_bre: Headers,
    tech_ara: Headers,
    outsider: Headers,
) -> None:
    await service_events.deliver(dotation("AL-3", "DR-BRE"), subject="DR-BRE")
    mine = await client.get("/budget-envelopes", headers=tech_bre)
    assert [i["unit_code"] for i in mine.json()["items"]] == ["DR-BRE"]
    other = await client.get("/budget-envelopes", headers=tech_ara)
    assert other.json()["items"] == []
    refused = await client.get("/budget-envelopes", headers=outsider)
    assert refused.status_code == 403


@pytest.fixture
def settings_overrides(request: pytest.FixtureRequest) -> dict[str, Any]:
    if "fresh_broker" in request.fixturenames:
        return broker_settings(request.getfixturevalue("fresh_broker"))
    return {}


@pytest.mark.broker
@pytest.mark.sqlite_only
async def test_budget_allocated_over_the_broker(
    app: FastAPI, client: httpx.AsyncClient, fresh_broker: EmbeddedBroker, planner: Headers
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="it-svc events ready")
    await produce(fresh_broker, dotation("AL-9", "CNI-METZ"), subject="CNI-METZ")

    async def arrived() -> bool:
        response = await client.get(
            "/budget-envelopes", params={"unit_code": "CNI-METZ"}, headers=planner
        )
        return len(response.json()["items"]) == 1

    await wait_for(arrived, timeout=30, what="envelope from the broker")
