"""Notifications (issue #22 item 3) in facilities: a requisition awaiting approval goes to the
purchasing office (``facilities.buyer``, every unit), the decision to the person who asked.

Hand-worked amount: 2 desks at 300.00 € HT, VAT 20 % → 600.00 € HT, 720.00 € TTC.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from facilities_svc.roles import BUYER, MANAGER, REQUESTER
from sg_common.testing import ServiceEvents
from sg_contracts.budget import BudgetCommitmentRejectedV1

pytestmark = pytest.mark.usefixtures("frozen_clock")


async def mine(client: httpx.AsyncClient, headers: dict[str, str]) -> list[Any]:
    response = await client.get("/notifications", headers=headers)
    assert response.status_code == 200, response.text
    items: list[Any] = response.json()["items"]
    return items


async def test_requisition_awaiting_approval_then_decision_to_the_requester(
    client: httpx.AsyncClient, purchasing: Any
) -> None:
    await purchasing.item("DESK", "300.00", channel="ugap", category="furniture")
    rita = purchasing.requester("DESE-CN", sub="rita")
    colleague = purchasing.requester("DESE-CN", sub="roger")
    elsewhere = purchasing.auth(roles=[REQUESTER], units=["DR-BRE"], sub="rose")
    manager = purchasing.auth(roles=[MANAGER], units=["DSG"], sub="dsg-manager")
    other_buyer = purchasing.auth(roles=[BUYER], units=["DR-NOR"], sub="bea-buyer")

    req = await purchasing.requisition([("DESK", 2)], headers=rita)
    assert await mine(client, purchasing.buyer) == []  # a draft needs no one
    submitted = await purchasing.step(req["id"], "submit", headers=rita)
    assert submitted.status_code == 200, submitted.text

    [pending] = await mine(client, purchasing.buyer)
    assert pending["kind"] == "requisition.submitted"
    assert pending["title"] == (
        f"Demande d'achat n° {req['id']} de DESE-CN à valider : "
        "Équipement de la division (720.00 € TTC)"
    )
    # buyers serve every unit: one in another unit sees it too; requesters and the DSG do not
    assert [n["id"] for n in await mine(client, other_buyer)] == [pending["id"]]
    for other in (rita, colleague, elsewhere, manager):
        assert await mine(client, other) == []
    not_mine = await client.post(f"/notifications/{pending['id']}/read", headers=rita)
    assert not_mine.status_code == 404

    refused = await purchasing.step(req["id"], "refuse", {"reason": "Stock disponible"})
    assert refused.status_code == 200, refused.text
    [decision] = await mine(client, rita)
    assert decision["kind"] == "requisition.decided"
    assert decision["title"] == (
        f"Votre demande d'achat n° {req['id']} (Équipement de la division) a été refusée"
    )
    assert decision["body"] == "Stock disponible"
    assert await mine(client, colleague) == []
    assert await mine(client, elsewhere) == []
    read = await client.post(f"/notifications/{decision['id']}/read", headers=rita)
    assert read.status_code == 200
    assert read.json()["read_at"] is not None


async def test_order_refused_by_budget_notified_once_from_the_event(
    client: httpx.AsyncClient, purchasing: Any, service_events: ServiceEvents
) -> None:
    await purchasing.item("LAPTOP", "850.00")
    order = await purchasing.ordered([("LAPTOP", 2)])
    rita = purchasing.requester()
    for _ in range(2):  # the event delivered twice (a replay): one notification each
        await service_events.deliver(
            BudgetCommitmentRejectedV1(
                purchase_order_id=order["order_id"],
                unit_code="DESE-CN",
                reason="AE insuffisantes sur l'action 01 T5",
                requested_ae=Decimal("2040.00"),
                available_ae=Decimal("1000.00"),
            ),
            subject=order["order_id"],
        )
    expected = (
        f"Commande {order['order_id']} (Équipement de la division, DESE-CN) refusée par le budget"
    )
    [to_rita] = [n for n in await mine(client, rita) if n["kind"] == "order.rejected_by_budget"]
    assert to_rita["title"] == expected
    assert "AE insuffisantes sur l'action 01 T5" in to_rita["body"]
    to_buyers = [
        n for n in await mine(client, purchasing.buyer) if n["kind"] == "order.rejected_by_budget"
    ]
    assert [n["title"] for n in to_buyers] == [expected]
    colleague = purchasing.requester("DESE-CN", sub="roger")
    assert await mine(client, colleague) == []
