"""Every event facilities publishes or consumes, over the real broker."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from sg_common.events.broker import EmbeddedBroker
from sg_common.events.store import InboxMessage
from sg_common.events.testing import read_topic, wait_for
from sg_common.testing import broker_settings, produce
from sg_common.testing.plugin import AuthFactory
from sg_contracts.budget import (
    BudgetAllocatedV1,
    BudgetCommitmentRecordedV1,
    BudgetCommitmentRejectedV1,
)
from sg_contracts.hr import AgentAssignedV1, AgentLeftV1
from sg_contracts.production import ImprovementProposedV1

from .conftest import Purchasing
from .test_budget_projection import snapshot

pytestmark = [pytest.mark.broker, pytest.mark.sqlite_only, pytest.mark.usefixtures("frozen_clock")]


@pytest.fixture
def settings_overrides(fresh_broker: EmbeddedBroker) -> dict[str, Any]:
    return broker_settings(fresh_broker, budget_check_enabled=False)  # budget is not running


async def _on_topic(broker: EmbeddedBroker, event_type: str, needle: str) -> bool:
    records = await read_topic(broker.bootstrap, "sg.facilities.events")
    return any(
        dict(r.headers).get("ce_type") == event_type.encode() and needle.encode() in r.value
        for r in records
    )


async def test_purchase_budget_receipt_and_cancel_over_the_broker(
    app: FastAPI, client: httpx.AsyncClient, fresh_broker: EmbeddedBroker, purchasing: Purchasing
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="app events ready")
    await purchasing.item("LAPTOP", "850.00")
    confirmed = await purchasing.ordered([("LAPTOP", 4)])
    rejected = await purchasing.ordered([("LAPTOP", 50)])
    cancelled = await purchasing.ordered([("LAPTOP", 1)])
    for order in (confirmed, rejected, cancelled):
        await wait_for(
            lambda o=order: _on_topic(fresh_broker, "purchase.ordered", o["order_id"]),
            timeout=30,
            what="purchase.ordered on the topic",
        )

    await produce(
        fresh_broker,
        BudgetCommitmentRecordedV1(
            commitment_id="EJ-77",
            purchase_order_id=confirmed["order_id"],
            unit_code="DESE-CN",
            fiscal_year=2026,
            action="01",
            title="T5",
            ae=Decimal("4080.00"),
        ),
        subject=confirmed["order_id"],
    )
    await produce(
        fresh_broker,
        BudgetCommitmentRejectedV1(
            purchase_order_id=rejected["order_id"],
            unit_code="DESE-CN",
            reason="AE insuffisantes",
            requested_ae=Decimal("51000.00"),
            available_ae=Decimal("20000.00"),
        ),
        subject=rejected["order_id"],
    )

    async def status_of(order: dict[str, Any], expected: str) -> bool:
        got = await client.get(f"/requisitions/{order['id']}", headers=purchasing.buyer)
        return bool(got.json()["status"] == expected)

    await wait_for(lambda: status_of(confirmed, "confirmed"), timeout=30, what="confirmed")
    await wait_for(lambda: status_of(rejected, "rejected"), timeout=30, what="rejected")
    got = (await client.get(f"/requisitions/{rejected['id']}", headers=purchasing.buyer)).json()
    assert "AE insuffisantes" in got["rejection_reason"]

    line_id = confirmed["lines"][0]["id"]
    response = await client.post(
        f"/requisitions/{confirmed['id']}/receipts",
        json={"lines": [{"line_id": line_id, "quantity": 4}]},
        headers=purchasing.requester(),
    )
    assert response.status_code == 201, response.text
    await wait_for(
        lambda: _on_topic(fresh_broker, "purchase.received", confirmed["order_id"]),
        timeout=30,
        what="purchase.received on the topic",
    )
    response = await purchasing.step(cancelled["id"], "cancel", {"reason": "Plus nécessaire"})
    assert response.status_code == 200, response.text
    await wait_for(
        lambda: _on_topic(fresh_broker, "purchase.cancelled", "Plus nécessaire"),
        timeout=30,
        what="purchase.cancelled on the topic",
    )


async def test_feeds_from_budget_hr_and_production_over_the_broker(
    app: FastAPI, client: httpx.AsyncClient, fresh_broker: EmbeddedBroker, auth: AuthFactory
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="app events ready")
    manager = auth(roles=["facilities.manager"], units=["DSG"])
    await produce(
        fresh_broker,
        BudgetAllocatedV1(
            allocation_id="AL-9",
            unit_code="DESE-CN",
            fiscal_year=2026,
            action="01",
            title="T3",
            ae=Decimal("12000.00"),
            cp=Decimal("9000.00"),
        ),
        subject="AL-9",
    )
    await produce(
        fresh_broker,
        AgentAssignedV1(
            assignment_id="AS-1",
            agent_id="AG-1",
            unit_code="DESE-CN",
            start_date=date(2026, 3, 1),
            quotite=Decimal("1.00"),
        ),
        subject="AG-1",
    )
    await produce(
        fresh_broker,
        ImprovementProposedV1(
            proposal_id="PR-1",
            title="Éclairage du parking",
            description="Trop sombre",
            site="Montrouge",
            unit_code="DOMP-CT",
        ),
        subject="PR-1",
    )

    async def seen(url: str, count: int, params: dict[str, Any] | None = None) -> bool:
        response = await client.get(url, params=params, headers=manager)
        body = response.json()
        items = body["items"] if isinstance(body, dict) else body
        return len(items) == count

    await wait_for(
        lambda: seen("/budget-availability", 1, {"unit_code": "DESE-CN", "fiscal_year": 2026}),
        timeout=30,
        what="budget.allocated applied",
    )
    await wait_for(lambda: seen("/occupants", 1), timeout=30, what="agent.assigned applied")
    await wait_for(lambda: seen("/register-entries", 1), timeout=30, what="proposal applied")
    await produce(
        fresh_broker,
        AgentLeftV1(agent_id="AG-1", unit_code="DESE-CN", left_on=date(2026, 3, 15)),
        subject="AG-1",
    )
    await wait_for(lambda: seen("/occupants", 0), timeout=30, what="agent.left applied")


async def test_budgets_line_snapshots_over_the_broker(
    app: FastAPI, client: httpx.AsyncClient, fresh_broker: EmbeddedBroker, auth: AuthFactory
) -> None:
    """Two snapshots of a line, the newer first (as after a replay): the newer one is kept."""
    await wait_for(lambda: app.state.events.health()["ready"], what="app events ready")
    manager = auth(roles=["facilities.manager"], units=["DSG"])
    key = "line/DESE-CN/2026/01/T5"
    await produce(fresh_broker, snapshot(2, "600.00", committed_ae="400.00"), subject=key)
    older = await produce(fresh_broker, snapshot(1, "1000.00"), subject=key)

    async def handled() -> bool:
        async with app.state.database.transaction(write=False) as session:
            found = await session.get(InboxMessage, ("facilities", older.id))
        return found is not None

    await wait_for(handled, timeout=30, what="both snapshots consumed")
    response = await client.get(
        "/budget-availability",
        params={"unit_code": "DESE-CN", "fiscal_year": 2026, "source": "events"},
        headers=manager,
    )
    [line] = response.json()["items"]
    assert (line["ae_committed"], line["ae_available"]) == ("400.00", "600.00")
