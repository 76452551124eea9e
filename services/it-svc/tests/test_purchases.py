"""IT purchases become expected items; receipts move them to stock (handlers, in process)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import httpx

from sg_common.testing import ServiceEvents
from sg_contracts.facilities import (
    OrderedLine,
    PurchaseCancelledV1,
    PurchaseOrderedV1,
    PurchaseReceivedV1,
    ReceivedLine,
)

Headers = dict[str, str]


def ordered(order_id: str = "PO-1") -> PurchaseOrderedV1:
    return PurchaseOrderedV1(
        order_id=order_id,
        unit_code="DR-BRE-SES",
        fiscal_year=2026,
        action="08",
        title="T3",
        channel="UGAP",
        lines=[
            OrderedLine(
                line_id="L1",
                item_code="LAT-5440",
                category="it_equipment",
                description="Portable Latitude 5440",
                quantity=3,
                unit_price_ht=Decimal("900.00"),
                amount_ht=Decimal("2700.00"),
                amount_ttc=Decimal("3240.00"),
            ),
            OrderedLine(
                line_id="L2",
                item_code="CHAIR",
                category="furniture",
                description="Fauteuil",
                quantity=2,
                unit_price_ht=Decimal("200.00"),
                amount_ht=Decimal("400.00"),
                amount_ttc=Decimal("480.00"),
            ),
        ],
        amount_ht=Decimal("3100.00"),
        amount_ttc=Decimal("3720.00"),
    )


def received(quantity: int, receipt: str = "R-1", order_id: str = "PO-1") -> PurchaseReceivedV1:
    amount = Decimal(900 * quantity)
    return PurchaseReceivedV1(
        order_id=order_id,
        receipt_id=receipt,
        unit_code="DR-BRE-SES",
        lines=[
            ReceivedLine(line_id="L1", quantity=quantity, amount_ht=amount, amount_ttc=amount),
            ReceivedLine(line_id="L2", quantity=2, amount_ht=amount, amount_ttc=amount),
        ],
        amount_ht=amount,
        amount_ttc=amount,
        received_on=date(2026, 3, 20),
    )


async def statuses(client: httpx.AsyncClient, headers: Headers) -> list[str]:
    items = (await client.get("/items?purchase_order_id=PO-1", headers=headers)).json()["items"]
    return [i["status"] for i in items]


async def test_it_lines_of_an_order_become_expected_items(
    client: httpx.AsyncClient, tech_bre: Headers, service_events: ServiceEvents
) -> None:
    assert await service_events.deliver(ordered(), subject="PO-1") == "applied"
    items = (await client.get("/items?purchase_order_id=PO-1", headers=tech_bre)).json()["items"]
    assert [(i["status"], i["model"], i["purchase_line_id"]) for i in items] == [
        ("ordered", "LAT-5440", "L1")
    ] * 3
    # the same order sent again under a new event id creates nothing more
    assert await service_events.deliver(ordered(), subject="PO-1") == "applied"
    assert len(await statuses(client, tech_bre)) == 3
    assert await service_events.published("it.asset_registered") == []


async def test_receipts_move_items_to_stock_and_register_them(
    client: httpx.AsyncClient, tech_bre: Headers, service_events: ServiceEvents
) -> None:
    await service_events.deliver(ordered(), subject="PO-1")
    await service_events.deliver(received(2), subject="PO-1")
    assert sorted(await statuses(client, tech_bre)) == ["in_stock", "in_stock", "ordered"]
    registered = await service_events.published("it.asset_registered")
    assert [e.data.purchase_order_id for e in registered] == ["PO-1", "PO-1"]  # type: ignore[attr-defined]
    # more received than still expected: the rest only
    await service_events.deliver(received(5, receipt="R-2"), subject="PO-1")
    assert await statuses(client, tech_bre) == ["in_stock"] * 3
    assert len(await service_events.published("it.asset_registered")) == 3


async def test_a_cancelled_order_retires_what_is_still_expected(
    client: httpx.AsyncClient, tech_bre: Headers, service_events: ServiceEvents
) -> None:
    await service_events.deliver(ordered(), subject="PO-1")
    await service_events.deliver(received(1), subject="PO-1")
    await service_events.deliver(
        PurchaseCancelledV1(order_id="PO-1", unit_code="DR-BRE-SES", reason="rupture"),
        subject="PO-1",
    )
    assert sorted(await statuses(client, tech_bre)) == ["in_stock", "retired", "retired"]


async def test_a_receipt_for_an_unknown_order_changes_nothing(
    client: httpx.AsyncClient, tech_bre: Headers, service_events: ServiceEvents
) -> None:
    assert await service_events.deliver(received(1, order_id="PO-X"), subject="PO-X") == "applied"
    assert (await client.get("/items", headers=tech_bre)).json()["items"] == []
