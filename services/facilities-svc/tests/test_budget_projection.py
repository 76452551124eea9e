"""Facilities' own view of budget's availability, kept from ``budget.availability_changed``
(issue #21, item 8): what a requester sees when budget cannot answer equals budget's figure.

Budget runs in-process (its own database); the events it writes to its outbox are handed to
facilities' handler table as the consumer would, in order, out of order and twice."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from sg_common.auth.dev import mint_token
from sg_common.events import EventEnvelope
from sg_common.testing import ServiceEvents
from sg_contracts.budget import BudgetAllocatedV1, BudgetAvailabilityChangedV1

from . import test_budget_gate
from .conftest import Purchasing

budget_app = test_budget_gate.budget_app  # the real budget app, in-process

BUDGET_MANAGER = {
    "Authorization": "Bearer "
    + mint_token(subject="dpg", roles=["budget.manager"], units=["DPG-BUDGET"])
}


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    return {"budget_check_enabled": True, "budget_url": "http://budget.test"}


@pytest.fixture(autouse=True)
def budget_down(app: FastAPI) -> None:
    """Budget cannot be asked (a test that needs its answer plugs the in-process app in)."""

    async def unavailable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("budget is down", request=request)

    app.state.budget_transport = httpx.MockTransport(unavailable)


class Budget:
    """The DPG acting on the in-process budget app."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    async def call(
        self,
        method: str,
        url: str,
        status: int,
        *,
        headers: dict[str, str] | None = None,
        **kw: Any,
    ) -> httpx.Response:
        transport = httpx.ASGITransport(app=self.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://budget.test") as http:
            response = await http.request(
                method, url, headers={**BUDGET_MANAGER, **(headers or {})}, **kw
            )
        assert response.status_code == status, response.text
        return response

    async def events(self) -> list[EventEnvelope]:
        """What budget published, oldest first (the types facilities consumes)."""
        wanted = ("budget.allocated", "budget.availability_changed")
        return [e for e in await ServiceEvents(self.app).published() if e.type in wanted]

    async def availability(self, unit: str) -> dict[str, Any]:
        found = await self.call("GET", f"/availability/{unit}/2026/01/T5", 200)
        result: dict[str, Any] = found.json()
        return result


async def hand_worked(budget: Budget) -> None:
    """Allocation of 100 000.00 AE / 80 000.00 CP to DESE-CN (action 01, T5, 2026); transfer of
    20 000.00 / 20 000.00 to DR-PDL; mise en réserve at 10 %: 10 000.00 / 8 000.00 frozen;
    commitment of 30 000.00 AE on DESE-CN.

    DESE-CN: AE 100 000 − 20 000 − 10 000 − 30 000 = 40 000.00 available (allocated 80 000.00,
    committed 30 000.00); CP 80 000 − 20 000 − 8 000 = 52 000.00. DR-PDL: 20 000.00 AE (a
    transfer, not an allocation: nothing frozen). Before budget published its availability,
    facilities' fallback knew only the 100 000.00 notified and showed it all available."""
    year = await budget.call("GET", "/fiscal-years/2026", 200)
    await budget.call(
        "PATCH",
        "/fiscal-years/2026",
        200,
        json={"reserve_rate_other": "0.1000"},
        headers={"If-Match": year.headers["ETag"]},
    )
    line = {"action": "01", "title": "T5"}
    await budget.call(
        "POST",
        "/allocations",
        201,
        json={
            "unit_code": "DESE-CN",
            "fiscal_year": 2026,
            **line,
            "ae": "100000.00",
            "cp": "80000.00",
            "reason": "dotation initiale",
        },
    )
    await budget.call(
        "POST",
        "/transfers",
        201,
        json={
            "fiscal_year": 2026,
            "source": {"unit_code": "DESE-CN", **line},
            "destination": {"unit_code": "DR-PDL", **line},
            "ae": "20000.00",
            "cp": "20000.00",
            "reason": "Redéploiement",
        },
    )
    await budget.call("POST", "/fiscal-years/2026/reserve", 201, json={"reason": "Mise en réserve"})
    await budget.call(
        "POST",
        "/commitments",
        201,
        json={
            "unit_code": "DESE-CN",
            "fiscal_year": 2026,
            **line,
            "ae": "30000.00",
            "description": "Marché de maintenance",
        },
    )


async def fallback(client: httpx.AsyncClient, headers: dict[str, str], unit: str) -> Any:
    """Facilities' view from budget's events only (what is shown when budget cannot answer)."""
    response = await client.get(
        "/budget-availability",
        params={"unit_code": unit, "fiscal_year": 2026, "source": "events"},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["source"] == "events"
    return body["items"]


async def test_the_fallback_shows_budgets_availability_after_transfer_reserve_and_commitment(
    app: FastAPI,
    budget_app: FastAPI,
    purchasing: Purchasing,
    service_events: ServiceEvents,
    client: httpx.AsyncClient,
) -> None:
    budget = Budget(budget_app)
    await hand_worked(budget)
    for event in await budget.events():
        assert await service_events.deliver(event) == "applied"
    [line] = await fallback(client, purchasing.requester(), "DESE-CN")
    assert (line["action"], line["title"]) == ("01", "T5")
    assert line["ae_allocated"] == "80000.00"
    assert line["cp_allocated"] == "60000.00"
    assert line["ae_committed"] == "30000.00"
    assert line["ae_awaiting_commitment"] == "0.00"
    assert line["ae_available"] == "40000.00"
    assert line["ae_available"] == (await budget.availability("DESE-CN"))["available_ae"]
    [other] = await fallback(client, purchasing.requester("DR-PDL"), "DR-PDL")
    assert other["ae_available"] == "20000.00"
    # budget's own answer, asked through its client, says the same
    app.state.budget_transport = httpx.ASGITransport(app=budget_app)
    online = await client.get(
        "/budget-availability",
        params={"unit_code": "DESE-CN", "fiscal_year": 2026},
        headers=purchasing.requester(),
    )
    assert online.json()["source"] == "budget"
    assert online.json()["items"][0]["ae_available"] == "40000.00"


async def test_out_of_order_and_repeated_snapshots_never_regress_the_figure(
    budget_app: FastAPI,
    purchasing: Purchasing,
    service_events: ServiceEvents,
    client: httpx.AsyncClient,
) -> None:
    """Delivered newest first (another partition, a replay), then all again under new event
    ids: the highest sequence of each line is kept, an older or equal one changes nothing."""
    budget = Budget(budget_app)
    await hand_worked(budget)
    events = await budget.events()
    for event in reversed(events):
        assert await service_events.deliver(event) == "applied"
    for event in events:
        assert await service_events.deliver(event.data, subject=event.subject) == "applied"
    [line] = await fallback(client, purchasing.requester(), "DESE-CN")
    assert (line["ae_allocated"], line["ae_available"]) == ("80000.00", "40000.00")


def snapshot(sequence: int, available: str, **figures: str) -> BudgetAvailabilityChangedV1:
    """A snapshot of DESE-CN's line 01/T5 of 2026 (1 000.00 allocated unless told)."""
    values = {
        "allocated_ae": "1000.00",
        "allocated_cp": "1000.00",
        "frozen_ae": "0.00",
        "frozen_cp": "0.00",
        "committed_ae": "0.00",
        "paid_cp": "0.00",
        "available_ae": available,
        "available_cp": "1000.00",
        **figures,
    }
    return BudgetAvailabilityChangedV1(
        unit_code="DESE-CN",
        fiscal_year=2026,
        action="01",
        title="T5",
        sequence=sequence,
        cause="commitment",
        **{k: Decimal(v) for k, v in values.items()},
    )


async def test_orders_awaiting_budgets_answer_are_taken_off_budgets_figure(
    purchasing: Purchasing, service_events: ServiceEvents, client: httpx.AsyncClient
) -> None:
    """Budget shows 700.00 available (300.00 committed elsewhere); an order of 2 × 500.00 HT
    = 1 200.00 TTC awaits budget's commitment: 700 − 1 200 = −500.00 (budget will refuse it)."""
    await service_events.deliver(snapshot(2, "700.00", committed_ae="300.00"), subject="line")
    await purchasing.item("PC-5", "500.00")
    await purchasing.ordered([("PC-5", 2)])
    [line] = await fallback(client, purchasing.requester(), "DESE-CN")
    assert line["ae_committed"] == "300.00"
    assert line["ae_awaiting_commitment"] == "1200.00"
    assert line["ae_available"] == "-500.00"


async def test_a_line_budget_has_not_described_yet_keeps_the_estimate_from_allocations(
    purchasing: Purchasing, service_events: ServiceEvents, client: httpx.AsyncClient
) -> None:
    """Only ``budget.allocated`` arrived for 01/T3 (its snapshot is on another partition, still
    on its way): notified 5 000.00, nothing else known; 01/T5 has its snapshot."""
    allocated = BudgetAllocatedV1(
        allocation_id="AL-3",
        unit_code="DESE-CN",
        fiscal_year=2026,
        action="01",
        title="T3",
        ae=Decimal("5000.00"),
        cp=Decimal("5000.00"),
    )
    await service_events.deliver(allocated, subject="allocation-3")
    await service_events.deliver(snapshot(1, "1000.00"), subject="line")
    lines = await fallback(client, purchasing.requester(), "DESE-CN")
    assert [(x["title"], x["ae_allocated"], x["ae_available"]) for x in lines] == [
        ("T3", "5000.00", "5000.00"),
        ("T5", "1000.00", "1000.00"),
    ]


async def test_the_projection_is_read_in_scope_and_the_source_is_checked(
    purchasing: Purchasing, service_events: ServiceEvents, client: httpx.AsyncClient
) -> None:
    await service_events.deliver(snapshot(1, "1000.00"), subject="line")
    params: dict[str, Any] = {"unit_code": "DESE-CN", "fiscal_year": 2026, "source": "events"}
    outside = await client.get(
        "/budget-availability", params=params, headers=purchasing.requester("DR-PDL")
    )
    assert outside.status_code == 404
    wrong = await client.get(
        "/budget-availability",
        params={**params, "source": "guess"},
        headers=purchasing.requester(),
    )
    assert wrong.status_code == 422
    assert wrong.headers["content-type"].startswith("application/problem+json")
