"""Purchases: procedure by thresholds and channel, approval, order → budget → receipt, cancel."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from sg_common.testing import ServiceEvents, assert_problem
from sg_common.testing.plugin import AuthFactory
from sg_contracts.budget import (
    BudgetAllocatedV1,
    BudgetCommitmentRecordedV1,
    BudgetCommitmentRejectedV1,
)
from sg_contracts.facilities import PurchaseOrderedV1, PurchaseReceivedV1

from .conftest import Purchasing

pytestmark = pytest.mark.usefixtures("frozen_clock")

BUYER = "facilities.buyer"
REQUESTER = "facilities.requester"


async def choice(
    client: httpx.AsyncClient,
    auth: AuthFactory,
    amount: str,
    channel: str = "open_market",
    on: str | None = None,
) -> dict:
    params = {"amount_ht": amount, "channel": channel, "kind": "supplies"}
    if on:
        params["on"] = on
    response = await client.get(
        "/procedure-thresholds/choice", params=params, headers=auth(roles=[REQUESTER])
    )
    assert response.status_code == 200, response.text
    return response.json()


async def test_framework_channels_ignore_the_amount(
    client: httpx.AsyncClient, auth: AuthFactory
) -> None:
    assert (await choice(client, auth, "900000.00", "ugap"))["procedure"] == "ugap_order"
    assert (await choice(client, auth, "900000.00", "interministerial"))["procedure"] == (
        "interministerial_contract"
    )
    assert (await choice(client, auth, "10.00", "own_contract"))["procedure"] == (
        "own_contract_order"
    )


async def test_submission_chooses_the_procedure_from_lines(purchasing: Purchasing) -> None:
    await purchasing.item("CHAIR", "400.00", channel="open_market", category="furniture")
    await purchasing.item("LAPTOP", "850.00", channel="ugap")
    below = await purchasing.requisition([("CHAIR", 99)])  # 39 600 HT
    above = await purchasing.requisition([("CHAIR", 100)])  # 40 000 HT
    mixed = await purchasing.requisition([("CHAIR", 1), ("LAPTOP", 1)])
    ugap = await purchasing.requisition([("LAPTOP", 200)])  # 170 000 HT through UGAP
    results = {}
    for name, req in {"below": below, "above": above, "mixed": mixed, "ugap": ugap}.items():
        response = await purchasing.step(req["id"], "submit", headers=purchasing.requester())
        assert response.status_code == 200, response.text
        results[name] = response.json()
    assert results["below"]["procedure"] == "direct_award"
    assert results["above"]["procedure"] == "adapted_procedure"
    assert results["mixed"]["channel"] == "open_market"
    assert results["ugap"]["procedure"] == "ugap_order"
    assert results["ugap"]["amount_ht"] == "170000.00"
    assert results["ugap"]["amount_ttc"] == "204000.00"


async def test_requisition_refuses_unknown_and_withdrawn_items(
    purchasing: Purchasing, client: httpx.AsyncClient
) -> None:
    item = await purchasing.item("OLD", "10.00")
    response = await client.post(
        "/requisitions",
        json={
            "unit_code": "DESE-CN",
            "subject": "x",
            "fiscal_year": 2026,
            "action": "01",
            "kind": "supplies",
            "lines": [{"item_code": "NOPE", "quantity": 1}],
        },
        headers=purchasing.requester(),
    )
    assert_problem(response, 422, "unknown-catalogue-item")
    etag = (await client.get(f"/catalogue/{item['id']}", headers=purchasing.buyer)).headers["ETag"]
    response = await client.patch(
        f"/catalogue/{item['id']}",
        json={"active": False},
        headers={**purchasing.buyer, "If-Match": etag},
    )
    assert response.status_code == 200, response.text
    response = await client.post(
        "/requisitions",
        json={
            "unit_code": "DESE-CN",
            "subject": "x",
            "fiscal_year": 2026,
            "action": "01",
            "kind": "supplies",
            "lines": [{"item_code": "OLD", "quantity": 1}],
        },
        headers=purchasing.requester(),
    )
    assert_problem(response, 409, "inactive-catalogue-item")


async def test_catalogue_is_managed_by_buyers_only(
    purchasing: Purchasing, client: httpx.AsyncClient
) -> None:
    response = await client.post(
        "/catalogue",
        json={
            "code": "X",
            "label": "x",
            "category": "supplies",
            "channel": "ugap",
            "unit_price_ht": "1.00",
            "vat_rate": "0.20",
        },
        headers=purchasing.requester(),
    )
    assert response.status_code == 403
    await purchasing.item("X", "1.00")
    assert_problem(
        await client.post(
            "/catalogue",
            json={
                "code": "X",
                "label": "x",
                "category": "supplies",
                "channel": "ugap",
                "unit_price_ht": "1.00",
                "vat_rate": "0.20",
            },
            headers=purchasing.buyer,
        ),
        409,
        "duplicate-catalogue-item",
    )


async def test_draft_updates_need_if_match_and_stop_at_submission(
    purchasing: Purchasing, client: httpx.AsyncClient
) -> None:
    await purchasing.item("PEN", "2.50", channel="own_contract", category="supplies")
    req = await purchasing.requisition([("PEN", 10)])
    url = f"/requisitions/{req['id']}"
    headers = purchasing.requester()
    response = await client.patch(
        url, json={"lines": [{"item_code": "PEN", "quantity": 20}]}, headers=headers
    )
    assert_problem(response, 428, "if-match-required")
    etag = (await client.get(url, headers=headers)).headers["ETag"]
    response = await client.patch(
        url,
        json={"lines": [{"item_code": "PEN", "quantity": 20}]},
        headers={**headers, "If-Match": etag},
    )
    assert response.status_code == 200, response.text
    assert response.json()["amount_ht"] == "50.00"
    assert len(response.json()["lines"]) == 1
    assert_problem(
        await client.patch(url, json={"subject": "y"}, headers={**headers, "If-Match": etag}),
        412,
        "stale-etag",
    )
    await purchasing.step(req["id"], "submit", headers=headers)
    etag = (await client.get(url, headers=headers)).headers["ETag"]
    assert_problem(
        await client.patch(url, json={"subject": "y"}, headers={**headers, "If-Match": etag}),
        409,
        "invalid-status-transition",
    )


async def test_requester_cannot_approve_own_requisition(purchasing: Purchasing) -> None:
    await purchasing.item("DESK", "300.00", channel="ugap", category="furniture")
    both = purchasing.auth(roles=[BUYER, REQUESTER], units=["DESE-CN"], sub="rita")
    req = await purchasing.requisition([("DESK", 2)], headers=both)
    await purchasing.step(req["id"], "submit", headers=both)
    assert_problem(await purchasing.step(req["id"], "approve", headers=both), 409, "self-approval")
    assert (await purchasing.step(req["id"], "approve")).status_code == 200


async def test_refused_requisition_shows_the_reason(purchasing: Purchasing) -> None:
    await purchasing.item("DESK", "300.00", channel="ugap", category="furniture")
    req = await purchasing.requisition([("DESK", 2)])
    await purchasing.step(req["id"], "submit", headers=purchasing.requester())
    response = await purchasing.step(req["id"], "refuse", {"reason": "Stock disponible"})
    assert response.json()["status"] == "refused"
    assert response.json()["rejection_reason"] == "Stock disponible"
    refused = await purchasing.step(req["id"], "order", {})
    assert_problem(refused, 409, "invalid-status-transition")
    body = refused.json()
    assert body["status"] == 409  # RFC 9457: the HTTP status code, never the record's state
    assert body["requisition_status"] == "refused"


async def test_requester_may_not_approve_or_order(purchasing: Purchasing) -> None:
    await purchasing.item("DESK", "300.00", channel="ugap", category="furniture")
    req = await purchasing.requisition([("DESK", 2)])
    await purchasing.step(req["id"], "submit", headers=purchasing.requester())
    other = purchasing.requester(sub="someone-else")
    assert (await purchasing.step(req["id"], "approve", headers=other)).status_code == 403
    assert (await purchasing.step(req["id"], "order", {}, headers=other)).status_code == 403


async def test_tender_needs_its_reference_before_ordering(purchasing: Purchasing) -> None:
    await purchasing.item("WORKS", "150000.00", channel="open_market", category="services")
    req = await purchasing.requisition([("WORKS", 1)])
    await purchasing.step(req["id"], "submit", headers=purchasing.requester())
    await purchasing.step(req["id"], "approve")
    assert_problem(await purchasing.step(req["id"], "order", {}), 409, "tender-reference-required")
    response = await purchasing.step(req["id"], "order", {"tender_reference": "AO-2026-014"})
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "awaiting_commitment"


async def test_order_publishes_and_commitment_confirms(
    purchasing: Purchasing, service_events: ServiceEvents, client: httpx.AsyncClient
) -> None:
    await purchasing.item("LAPTOP", "850.00")
    await purchasing.item("SCREEN", "199.99", category="it_equipment")
    order = await purchasing.ordered([("LAPTOP", 12), ("SCREEN", 3)])
    assert order["status"] == "awaiting_commitment"
    assert order["order_id"] == f"PO-2026-{order['id']:06d}"
    [event] = await service_events.published("purchase.ordered")
    data = event.data
    assert isinstance(data, PurchaseOrderedV1)
    assert event.subject == order["order_id"]
    assert (data.unit_code, data.fiscal_year, data.action, data.title, data.channel) == (
        "DESE-CN",
        2026,
        "01",
        "T5",
        "ugap",
    )
    assert data.amount_ht == Decimal("10799.97")
    assert data.amount_ttc == Decimal("12959.96")
    assert sum(line.amount_ht for line in data.lines) == data.amount_ht
    assert [line.quantity for line in data.lines] == [12, 3]

    outcome = await service_events.deliver(
        BudgetCommitmentRecordedV1(
            commitment_id="EJ-1",
            purchase_order_id=order["order_id"],
            unit_code="DESE-CN",
            fiscal_year=2026,
            action="01",
            title="T5",
            ae=data.amount_ttc,
        ),
        subject=order["order_id"],
    )
    assert outcome == "applied"
    got = await client.get(f"/requisitions/{order['id']}", headers=purchasing.requester())
    assert got.json()["status"] == "confirmed"
    assert got.json()["commitment_id"] == "EJ-1"


async def test_commitment_rejected_shows_budgets_reason(
    purchasing: Purchasing, service_events: ServiceEvents, client: httpx.AsyncClient
) -> None:
    await purchasing.item("LAPTOP", "850.00")
    order = await purchasing.ordered([("LAPTOP", 2)])
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
    got = (await client.get(f"/requisitions/{order['id']}", headers=purchasing.requester())).json()
    assert got["status"] == "rejected"
    assert "AE insuffisantes sur l'action 01 T5" in got["rejection_reason"]
    assert "1000.00" in got["rejection_reason"]
    assert_problem(
        await client.post(
            f"/requisitions/{order['id']}/receipts",
            json={"lines": [{"line_id": got["lines"][0]["id"], "quantity": 1}]},
            headers=purchasing.buyer,
        ),
        409,
        "order-not-confirmed",
    )


async def test_commitment_for_an_unknown_order_fails_the_handler(
    service_events: ServiceEvents,
) -> None:
    with pytest.raises(LookupError):
        await service_events.deliver(
            BudgetCommitmentRecordedV1(
                commitment_id="EJ-9",
                purchase_order_id="PO-2026-999999",
                unit_code="DESE-CN",
                fiscal_year=2026,
                action="01",
                title="T5",
                ae=Decimal("1.00"),
            ),
            subject="PO-2026-999999",
        )
    outcome = await service_events.deliver(
        BudgetCommitmentRecordedV1(
            commitment_id="EJ-10",
            unit_code="DESE-CN",
            fiscal_year=2026,
            action="01",
            title="T3",
            ae=Decimal("1.00"),
        ),
        subject="EJ-10",
    )
    assert outcome == "applied"  # a commitment of no purchase order is not ours: ignored


async def confirmed(
    purchasing: Purchasing, service_events: ServiceEvents, lines: list[tuple[str, int]]
) -> dict:
    order = await purchasing.ordered(lines)
    await service_events.deliver(
        BudgetCommitmentRecordedV1(
            commitment_id=f"EJ-{order['id']}",
            purchase_order_id=order["order_id"],
            unit_code="DESE-CN",
            fiscal_year=2026,
            action="01",
            title="T5",
            ae=Decimal(order["amount_ttc"]),
        ),
        subject=order["order_id"],
    )
    return order


async def test_partial_receipts_sum_to_the_order(
    purchasing: Purchasing, service_events: ServiceEvents, client: httpx.AsyncClient
) -> None:
    await purchasing.item("CHAIR", "133.33", category="furniture")
    order = await confirmed(purchasing, service_events, [("CHAIR", 3)])
    line_id = order["lines"][0]["id"]
    url = f"/requisitions/{order['id']}/receipts"
    headers = purchasing.requester()
    first = await client.post(
        url, json={"lines": [{"line_id": line_id, "quantity": 1}]}, headers=headers
    )
    assert first.status_code == 201, first.text
    got = (await client.get(f"/requisitions/{order['id']}", headers=headers)).json()
    assert got["status"] == "partially_received"
    assert got["lines"][0]["received_quantity"] == 1
    assert_problem(
        await client.post(
            url, json={"lines": [{"line_id": line_id, "quantity": 3}]}, headers=headers
        ),
        409,
        "receipt-exceeds-order",
    )
    assert_problem(
        await client.post(
            url, json={"lines": [{"line_id": 99999, "quantity": 1}]}, headers=headers
        ),
        422,
        "unknown-order-line",
    )
    second = await client.post(
        url,
        json={"received_on": "2026-03-20", "lines": [{"line_id": line_id, "quantity": 2}]},
        headers=headers,
    )
    assert second.status_code == 201, second.text
    got = (await client.get(f"/requisitions/{order['id']}", headers=headers)).json()
    assert got["status"] == "received"
    events = await service_events.published("purchase.received")
    assert len(events) == 2
    received = [e.data for e in events]
    assert all(isinstance(r, PurchaseReceivedV1) for r in received)
    assert sum(r.amount_ht for r in received) == Decimal(order["amount_ht"])  # type: ignore[attr-defined]
    assert sum(r.amount_ttc for r in received) == Decimal(order["amount_ttc"])  # type: ignore[attr-defined]
    assert received[1].received_on.isoformat() == "2026-03-20"  # type: ignore[attr-defined]
    listed = (await client.get(url, headers=headers)).json()
    assert [r["lines"][0]["quantity"] for r in listed] == [1, 2]
    assert_problem(
        await client.post(
            url, json={"lines": [{"line_id": line_id, "quantity": 1}]}, headers=headers
        ),
        409,
        "invalid-status-transition",
    )
    assert_problem(
        await purchasing.step(order["id"], "cancel", {"reason": "x"}), 409, "not-cancellable"
    )


async def test_cancellation_of_an_order_is_published(
    purchasing: Purchasing, service_events: ServiceEvents
) -> None:
    await purchasing.item("LAPTOP", "850.00")
    draft = await purchasing.requisition([("LAPTOP", 1)])
    response = await purchasing.step(
        draft["id"], "cancel", {"reason": "Doublon"}, headers=purchasing.requester()
    )
    assert response.json()["status"] == "cancelled"
    assert await service_events.published("purchase.cancelled") == []
    order = await purchasing.ordered([("LAPTOP", 1)])
    assert (
        await purchasing.step(
            order["id"], "cancel", {"reason": "x"}, headers=purchasing.requester()
        )
    ).status_code == 403
    response = await purchasing.step(order["id"], "cancel", {"reason": "Besoin annulé"})
    assert response.status_code == 200, response.text
    [event] = await service_events.published("purchase.cancelled")
    assert event.data.order_id == order["order_id"]  # type: ignore[attr-defined]
    assert event.data.reason == "Besoin annulé"  # type: ignore[attr-defined]
    # a late commitment does not revive the cancelled order
    await service_events.deliver(
        BudgetCommitmentRecordedV1(
            commitment_id="EJ-late",
            purchase_order_id=order["order_id"],
            unit_code="DESE-CN",
            fiscal_year=2026,
            action="01",
            title="T5",
            ae=Decimal("1020.00"),
        ),
        subject=order["order_id"],
    )
    got = await purchasing.client.get(f"/requisitions/{order['id']}", headers=purchasing.buyer)
    assert got.json()["status"] == "cancelled"


async def test_scope_another_dr_cannot_list_fetch_or_change(
    purchasing: Purchasing, client: httpx.AsyncClient
) -> None:
    await purchasing.item("LAPTOP", "850.00")
    bre = await purchasing.requisition([("LAPTOP", 1)], unit="DR-BRE-SED")
    pdl = purchasing.requester("DR-PDL", sub="paul")
    listed = await client.get("/requisitions", headers=pdl)
    assert listed.status_code == 200
    assert listed.json()["items"] == []
    assert (await client.get(f"/requisitions/{bre['id']}", headers=pdl)).status_code == 404
    assert (await purchasing.step(bre["id"], "submit", headers=pdl)).status_code == 404
    response = await client.post(
        "/requisitions",
        json={
            "unit_code": "DR-BRE",
            "subject": "x",
            "fiscal_year": 2026,
            "action": "01",
            "kind": "supplies",
            "lines": [{"item_code": "LAPTOP", "quantity": 1}],
        },
        headers=pdl,
    )
    assert_problem(response, 403, "out-of-scope")
    own = await client.get("/requisitions", headers=purchasing.requester("DR-BRE"))
    assert [r["id"] for r in own.json()["items"]] == [bre["id"]]
    all_seen = await client.get("/requisitions", headers=purchasing.buyer)
    assert [r["id"] for r in all_seen.json()["items"]] == [bre["id"]]


async def test_roles_are_required(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    assert (
        await client.get("/requisitions", headers=auth(roles=["hr.manager"]))
    ).status_code == 403
    assert (
        await client.get("/requisitions", headers=auth(roles=["sg.auditor"]))
    ).status_code == 200


async def test_pagination_of_requisitions(
    purchasing: Purchasing, client: httpx.AsyncClient
) -> None:
    await purchasing.item("PEN", "1.00", channel="own_contract", category="supplies")
    ids = [(await purchasing.requisition([("PEN", n)]))["id"] for n in (1, 2, 3)]
    first = (await client.get("/requisitions?limit=2", headers=purchasing.buyer)).json()
    assert [r["id"] for r in first["items"]] == ids[:2]
    second = (
        await client.get(
            f"/requisitions?limit=2&cursor={first['next_cursor']}", headers=purchasing.buyer
        )
    ).json()
    assert [r["id"] for r in second["items"]] == ids[2:]
    assert second["next_cursor"] is None


async def test_budget_availability_before_ordering(
    purchasing: Purchasing, service_events: ServiceEvents, client: httpx.AsyncClient
) -> None:
    allocation = BudgetAllocatedV1(
        allocation_id="AL-1",
        unit_code="DESE-CN",
        fiscal_year=2026,
        action="01",
        title="T5",
        ae=Decimal("50000.00"),
        cp=Decimal("30000.00"),
    )
    assert await service_events.deliver(allocation, subject="AL-1") == "applied"
    await purchasing.item("LAPTOP", "850.00")
    await confirmed(purchasing, service_events, [("LAPTOP", 10)])  # 10 200 TTC committed
    await purchasing.ordered([("LAPTOP", 5)])  # 5 100 TTC awaiting
    response = await client.get(
        "/budget-availability",
        params={"unit_code": "DESE-CN", "fiscal_year": 2026},
        headers=purchasing.requester(),
    )
    assert response.status_code == 200, response.text
    [line] = response.json()["items"]
    assert line["ae_allocated"] == "50000.00"
    assert line["ae_committed"] == "10200.00"
    assert line["ae_awaiting_commitment"] == "5100.00"
    assert line["ae_available"] == "34700.00"
    other = await client.get(
        "/budget-availability",
        params={"unit_code": "DESE-CN", "fiscal_year": 2026},
        headers=purchasing.requester("DR-PDL"),
    )
    assert other.status_code == 404
