"""Events of the spending chain: purchase.received certifies service fait (once per receipt),
and the purchase-to-payment flow where availability, ledger, CPF worklist and execution agree."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from sg_common.errors import ProblemError
from sg_common.events import EventEnvelope
from sg_common.testing import ServiceEvents
from sg_contracts.facilities import (
    PurchaseCancelledV1,
    PurchaseOrderedV1,
    PurchaseReceivedV1,
)

pytestmark = pytest.mark.usefixtures("frozen_clock")


async def test_purchase_to_payment_over_events_and_http(
    client: httpx.AsyncClient,
    budget: Any,
    chain: Any,
    service_events: ServiceEvents,
    make_order: Callable[..., PurchaseOrderedV1],
    make_receipt: Callable[..., PurchaseReceivedV1],
) -> None:
    await budget.allocate("DR-BRE", "5000.00", "4000.00")
    assert await service_events.deliver(make_order("PO-7", "1200.00"), subject="PO-7") == "applied"
    [commitment] = (
        await client.get(
            "/commitments", params={"purchase_order_id": "PO-7"}, headers=budget.manager
        )
    ).json()["items"]
    # partial receipt, then the rest; the same receipt twice (another event id) counts once
    first = EventEnvelope.new(make_receipt("PO-7", "R-1", "480.00"), subject="PO-7")
    assert await service_events.deliver(first) == "applied"
    assert await service_events.deliver(first) == "duplicate"
    assert (
        await service_events.deliver(make_receipt("PO-7", "R-1", "480.00"), subject="PO-7")
        == "applied"
    )
    assert (
        await service_events.deliver(make_receipt("PO-7", "R-2", "720.00"), subject="PO-7")
        == "applied"
    )
    done = (
        await client.get(
            "/service-done", params={"commitment_id": commitment["id"]}, headers=budget.manager
        )
    ).json()["items"]
    assert [(d["amount"], d["source"], d["receipt_id"], d["certified_on"]) for d in done] == [
        ("480.00", "receipt", "R-1", "2026-03-12"),
        ("720.00", "receipt", "R-2", "2026-03-12"),
    ]
    published = await service_events.published("budget.service_done")
    assert [e.data.purchase_order_id for e in published] == ["PO-7", "PO-7"]  # type: ignore[attr-defined]
    assert [e.subject for e in published] == ["PO-7", "PO-7"]
    # invoice → payment request (ordonnateur) → payment (CPF)
    on_time = await chain.invoice_and_pay(commitment["id"], "1200.00", received_on="2026-03-13")
    assert on_time.status_code == 201, on_time.text
    availability = await budget.availability()
    assert (
        availability["committed_ae"],
        availability["paid_cp"],
        availability["available_cp"],
    ) == (
        "1200.00",
        "1200.00",
        "2800.00",
    )
    movements = (
        await client.get(
            "/ledger/movements", params={"commitment_id": commitment["id"]}, headers=budget.manager
        )
    ).json()["items"]
    assert sorted((m["kind"], m["committed_ae"], m["paid_cp"]) for m in movements) == [
        ("commitment", "1200.00", "0.00"),
        ("payment", "0.00", "1200.00"),
    ]
    paid = (
        await client.get("/invoices", params={"status": "paid"}, headers=chain.accountant)
    ).json()
    assert [i["amount_ttc"] for i in paid["items"]] == ["1200.00"]
    execution = (
        await client.get(
            "/execution/monthly",
            params={"fiscal_year": 2026, "unit_code": "DR-BRE", "action": "08", "title": "T3"},
            headers=budget.manager,
        )
    ).json()
    [group] = execution
    march = group["months"][2]
    assert (march["ae_consumed"], march["cp_consumed"], march["cp_to_pay"]) == (
        "1200.00",
        "1200.00",
        "0.00",
    )
    [paid_event] = await service_events.published("budget.invoice_paid")
    assert paid_event.data.commitment_id == str(commitment["id"])  # type: ignore[attr-defined]
    trial = (await client.get("/accounting/trial-balance", headers=chain.accountant)).json()
    balances = {r["account"]: r["balance"] for r in trial["rows"]}
    assert balances == {"401": "0.00", "515": "-1200.00", "606": "1200.00"}


async def test_receipt_beyond_commitment_or_without_order(
    client: httpx.AsyncClient,
    budget: Any,
    service_events: ServiceEvents,
    make_order: Callable[..., PurchaseOrderedV1],
    make_receipt: Callable[..., PurchaseReceivedV1],
) -> None:
    await budget.allocate("DR-BRE", "5000.00", "4000.00")
    # an order budget never committed (rejected): the receipt is ignored
    assert await service_events.deliver(make_receipt("PO-NONE", "R-9", "10.00")) == "applied"
    assert (await client.get("/service-done", headers=budget.manager)).json()["items"] == []
    await service_events.deliver(make_order("PO-8", "100.00"), subject="PO-8")
    await service_events.deliver(make_order("PO-9", "50.00"), subject="PO-9")
    await service_events.deliver(
        PurchaseCancelledV1(order_id="PO-9", unit_code="DR-BRE", reason="Annulée"), subject="PO-9"
    )
    assert await service_events.deliver(make_receipt("PO-9", "R-11", "50.00")) == "applied"
    assert (await client.get("/service-done", headers=budget.manager)).json()["items"] == []
    with pytest.raises(ProblemError) as refused:
        await service_events.deliver(make_receipt("PO-8", "R-10", "100.01"), subject="PO-8")
    assert refused.value.type_slug == "service-done-exceeds-commitment"
