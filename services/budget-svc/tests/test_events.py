"""purchase.ordered → commitment recorded or rejected; purchase.cancelled → commitment cancelled."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx

from sg_common.events import EventEnvelope
from sg_common.testing import ServiceEvents
from sg_contracts.facilities import PurchaseCancelledV1, PurchaseOrderedV1


async def test_order_within_ae_is_committed_and_answered_once(
    budget: Any,
    service_events: ServiceEvents,
    client: httpx.AsyncClient,
    make_order: Callable[..., PurchaseOrderedV1],
) -> None:
    await budget.allocate("DR-BRE", "1000.00", "1000.00")
    envelope = EventEnvelope.new(make_order("PO-1", "600.00"), subject="PO-1")
    assert await service_events.deliver(envelope) == "applied"
    assert await service_events.deliver(envelope) == "duplicate"
    [recorded] = await service_events.published("budget.commitment_recorded")
    assert recorded.data.purchase_order_id == "PO-1"  # type: ignore[attr-defined]
    assert recorded.data.ae == Decimal("600.00")  # type: ignore[attr-defined]
    assert recorded.subject == "PO-1"
    assert (await budget.availability())["committed_ae"] == "600.00"
    listed = await client.get(
        "/commitments", params={"purchase_order_id": "PO-1"}, headers=budget.manager
    )
    assert listed.json()["items"][0]["source"] == "purchase_order"
    # the same order again under another event id: no second commitment
    assert await service_events.deliver(make_order("PO-1", "600.00"), subject="PO-1") == "applied"
    assert len(await service_events.published("budget.commitment_recorded")) == 1


async def test_order_above_available_ae_is_rejected_with_the_reason(
    budget: Any, service_events: ServiceEvents, make_order: Callable[..., PurchaseOrderedV1]
) -> None:
    await budget.allocate("DR-BRE", "1000.00", "1000.00")
    assert await service_events.deliver(make_order("PO-2", "1000.01"), subject="PO-2") == "applied"
    [rejected] = await service_events.published("budget.commitment_rejected")
    data = rejected.data
    assert data.purchase_order_id == "PO-2"  # type: ignore[attr-defined]
    assert data.requested_ae == Decimal("1000.01")  # type: ignore[attr-defined]
    assert data.available_ae == Decimal("1000.00")  # type: ignore[attr-defined]
    assert data.reason.startswith("insufficient-ae")  # type: ignore[attr-defined]
    assert await service_events.published("budget.commitment_recorded") == []
    assert (await budget.availability())["committed_ae"] == "0.00"


async def test_order_on_a_closed_year_or_without_allocation_is_rejected(
    service_events: ServiceEvents, make_order: Callable[..., PurchaseOrderedV1]
) -> None:
    await service_events.deliver(make_order("PO-3", "10.00", fiscal_year=2025), subject="PO-3")
    await service_events.deliver(make_order("PO-4", "10.00", unit="DR-NOR"), subject="PO-4")
    rejected = await service_events.published("budget.commitment_rejected")
    reasons = {e.data.purchase_order_id: e.data.reason for e in rejected}  # type: ignore[attr-defined]
    assert reasons["PO-3"].startswith("fiscal-year-closed")
    assert reasons["PO-4"].startswith("insufficient-ae")


async def test_cancelled_order_releases_its_ae(
    budget: Any, service_events: ServiceEvents, make_order: Callable[..., PurchaseOrderedV1]
) -> None:
    await budget.allocate("DR-BRE", "1000.00", "1000.00")
    await service_events.deliver(make_order("PO-5", "700.00"), subject="PO-5")
    cancel = PurchaseCancelledV1(
        order_id="PO-5", unit_code="DR-BRE", reason="Fournisseur défaillant"
    )
    assert await service_events.deliver(cancel, subject="PO-5") == "applied"
    assert (await budget.availability())["available_ae"] == "1000.00"
    unknown = PurchaseCancelledV1(order_id="PO-X", unit_code="DR-BRE", reason="Jamais commandée")
    assert await service_events.deliver(unknown, subject="PO-X") == "applied"
